"""Where the bundled typeface (Fira Sans) lives, for the canvas and the PDF alike.

The canvas and the printed poster must use the same font so text wraps the same way on
screen and on paper. This module knows only paths: Qt and reportlab load them themselves.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

FAMILY = "Fira Sans"
STYLES: dict[str, str] = {
    "regular": "FiraSans-Regular.ttf",
    "bold": "FiraSans-Bold.ttf",
    "italic": "FiraSans-Italic.ttf",
    "bold-italic": "FiraSans-BoldItalic.ttf",
    "medium": "FiraSans-Medium.ttf",
    "semibold": "FiraSans-SemiBold.ttf",
}


def _package_folder() -> Path | None:
    try:
        folder = resources.files("fontpkg_fira_sans") / "files"
    except ModuleNotFoundError:
        return None
    path = Path(str(folder))
    return path if path.is_dir() else None


def _resource_folder() -> Path | None:
    try:
        from cjm_designer.resources import resource_path

        path = resource_path("fonts")
    except FileNotFoundError:
        return None
    return path if path.is_dir() else None


@cache
def font_path(style: str = "regular") -> Path | None:
    """The .ttf file of one style, or None when no copy of Fira Sans is installed."""
    name = STYLES[style]
    for folder in (_package_folder(), _resource_folder()):
        if folder is not None and (folder / name).is_file():
            return folder / name
    return None


def font_paths() -> dict[str, Path]:
    """Every style that could be found, by style name."""
    found = {style: font_path(style) for style in STYLES}
    return {style: path for style, path in found.items() if path is not None}
