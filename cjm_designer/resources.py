"""Where the bundled resources live, in a checkout, an installed wheel or a frozen bundle.

The wheel carries ``resources/`` inside the package as ``cjm_designer/_resources`` (see
pyproject.toml); a checkout and an editable install use the top-level folder; a
PyInstaller bundle unpacks it next to the executable (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    package_dir = Path(__file__).resolve().parent
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates += [package_dir / "_resources", package_dir.parent / "resources"]
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError(
        "CJM Designer cannot find its resources folder; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def example_map_path() -> Path:
    return resource_path("examples", "protein-bars.cjm.yaml")
