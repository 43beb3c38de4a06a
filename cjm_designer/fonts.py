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


FALLBACK_SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("Heebo-Regular.ttf", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
    (
        "Almarai-Regular.ttf",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    ),
    ("NotoSansDevanagari-Regular.ttf", ((0x0900, 0x097F), (0x1CD0, 0x1CFF), (0xA8E0, 0xA8FF))),
    ("NotoSansThai-Regular.ttf", ((0x0E00, 0x0E7F),)),
    (
        "CJMHangulFallback-Regular.ttf",
        ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF)),
    ),
    (
        "DroidSansFallbackFull.ttf",
        (
            (0x2E80, 0x2FDF),
            (0x3000, 0x30FF),
            (0x3100, 0x312F),
            (0x31F0, 0x4DBF),
            (0x4E00, 0x9FFF),
            (0xF900, 0xFAFF),
            (0xFF00, 0xFFEF),
        ),
    ),
    (
        "NotoEmoji-Regular.ttf",
        ((0x2300, 0x23FF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF)),
    ),
)
"""The fallback fonts in resources/fonts (its README) and the blocks each one is for.
Fira Sans stops before U+0590 apart from punctuation and arrows, so text below that
needs none of them; the canvas registers a file only when a map uses its blocks."""
BEYOND_FIRA = 0x0590
"""The first code point Fira Sans leaves to the fallbacks. A plain comparison: a regular
expression class up to U+10FFFF took 9 ms to compile at start-up."""


def fallback_files_for(text: str) -> list[str]:
    """The bundled fallback font files that draw characters of ``text`` Fira Sans lacks,
    in FALLBACK_SCRIPTS order; one pass over the distinct characters, none for Latin or
    Cyrillic text."""
    if text.isascii():
        return []
    codes = {code for code in map(ord, set(text)) if code >= BEYOND_FIRA}
    if not codes:
        return []
    return [
        name
        for name, blocks in FALLBACK_SCRIPTS
        if any(low <= code <= high for code in codes for low, high in blocks)
    ]
