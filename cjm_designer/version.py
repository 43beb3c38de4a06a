"""The version, read from the installed metadata so pyproject.toml stays the one source.

Looked up on first use (``importlib.metadata`` costs tens of milliseconds at start-up).
"""

from __future__ import annotations

import re
from pathlib import Path


def _read_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("cjm-designer")
    except metadata.PackageNotFoundError:
        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        if pyproject.is_file():
            match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.M)
            if match:
                return match.group(1)
        return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        version = _read_version()
        globals()["__version__"] = version
        return version
    raise AttributeError(name)
