"""The version, read from the installed metadata so pyproject.toml stays the one source."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path


def _read_version() -> str:
    try:
        return metadata.version("cjm-designer")
    except metadata.PackageNotFoundError:
        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        if pyproject.is_file():
            match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.M)
            if match:
                return match.group(1)
        return "0+unknown"


__version__ = _read_version()
