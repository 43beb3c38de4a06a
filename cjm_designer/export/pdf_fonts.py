"""Fonts for PDF export: Fira Sans embedded and subset, plus fallbacks for other scripts.

Fira Sans (from the ``fontpkg-fira-sans`` wheel) covers Latin, Cyrillic, Greek and arrows,
which is every language the product ships. Text in other scripts is drawn with the
fallback fonts bundled in ``resources/fonts`` (Arabic, Hebrew, Devanagari, Thai, Korean,
Chinese and Japanese, monochrome emoji), then with the machine's own fonts; a character no
font has is replaced by a visible ``?`` and reported, so a PDF never shows black boxes or
silently loses text. Lines are drawn in visual order and shaped (``pdf_shaping``).
reportlab embeds TrueType fonts as subsets by itself.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cjm_designer.messages import Message
from cjm_designer.model.records import Record, record
from cjm_designer.resources import resource_path

from . import pdf_shaping
from .pdf_spaces import stand_in

REGULAR = "CJM-Sans"
BOLD = "CJM-Sans-Bold"
REPLACEMENT = "?"

FALLBACK_ENV = "CJM_FALLBACK_FONTS"
"""A ``os.pathsep``-separated list of extra .ttf/.ttc files tried before the system's."""

# TrueType (not CFF) files with wide coverage, best first. Colour-emoji fonts (CBDT)
# cannot be drawn by reportlab and are deliberately absent.
_SYSTEM_FALLBACKS = (
    "DejaVuSans.ttf",
    "NotoSans-Regular.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansSymbols2-Regular.ttf",
    "DroidSansFallbackFull.ttf",
    "DroidSansFallback.ttf",
    "wqy-zenhei.ttc",
    "wqy-microhei.ttc",
    "arialuni.ttf",
    "seguisym.ttf",
    "msyh.ttc",
    "Arial Unicode.ttf",
)
BUNDLED_FALLBACKS = (
    "Almarai-Regular.ttf",
    "Heebo-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansThai-Regular.ttf",
    "CJMHangulFallback-Regular.ttf",
    "DroidSansFallbackFull.ttf",
    "NotoEmoji-Regular.ttf",
)
"""Shipped in resources/fonts (see its README for sources and licences). They come before
the system's fonts so that a PDF looks the same on every machine."""
_FONTPKG_FALLBACKS = (
    ("fontpkg_noto_sans", "NotoSans-Regular.ttf"),
    ("fontpkg_noto_sans_arabic", "NotoSansArabic-Regular.ttf"),
)


def _font_dirs() -> list[Path]:
    home = Path.home()
    dirs = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".fonts",
        home / ".local/share/fonts",
    ]
    if sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts"), home / "Library/Fonts"]
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
    return [d for d in dirs if d.is_dir()]


def fira_path(bold: bool = False) -> Path:
    """The Fira Sans file the canvas and the PDF share."""
    import fontpkg_fira_sans

    name = "FiraSans-SemiBold.ttf" if bold else "FiraSans-Regular.ttf"
    return Path(fontpkg_fira_sans.ROOT) / "files" / name


def fallback_candidates() -> list[Path]:
    """Fallback font files found on this machine, in the order they are tried."""
    found: list[Path] = []
    for entry in os.environ.get(FALLBACK_ENV, "").split(os.pathsep):
        if entry and Path(entry).is_file():
            found.append(Path(entry))
    for file_name in BUNDLED_FALLBACKS:
        path = resource_path("fonts", file_name)
        if path.is_file():
            found.append(path)
    for module_name, file_name in _FONTPKG_FALLBACKS:
        try:
            module = __import__(module_name)
        except ImportError:
            continue
        path = Path(module.ROOT) / "files" / file_name
        if path.is_file():
            found.append(path)
    by_name: dict[str, Path] = {}
    wanted = set(_SYSTEM_FALLBACKS)
    for folder in _font_dirs():
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name in wanted and name not in by_name:
                    by_name[name] = Path(root) / name
    found += [by_name[name] for name in _SYSTEM_FALLBACKS if name in by_name]
    unique: list[Path] = []
    for path in found:
        if path not in unique:
            unique.append(path)
    return unique


WIDTH_CACHE_LIMIT = 200_000
"""Entries kept before the width cache starts over (some 50 MB at the most)."""


@record
class Piece(Record):
    """A piece of a line as drawn: one font, one direction; ``start`` is where its text
    begins in the line (reading order), ``text`` a ``ShapedStr`` when shaped."""

    font: str
    text: str
    start: int
    rtl: bool


@dataclass
class FontSet:
    """The registered fonts and which characters each can draw.

    ``runs`` splits a string into (font, text) pieces so that every character is drawn
    by a font that has it; characters no font has become ``REPLACEMENT`` and are
    remembered in ``missing`` for the export's warnings.
    """

    regular: str
    bold: str
    fallbacks: list[str]
    coverage: dict[str, frozenset[int]]
    missing: set[str] = field(default_factory=set)
    _widths: dict[tuple[str, float, bool], float] = field(
        default_factory=dict, repr=False, compare=False
    )
    """Measured widths: laying out a poster measures the same words and prefixes over
    and over (every column width tried re-wraps every card), and measuring goes through
    font runs, bidi and shaping checks each time."""

    def font(self, bold: bool) -> str:
        return self.bold if bold else self.regular

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        main = self.font(bold)
        covered = self.coverage[main]
        if all(ord(ch) in covered for ch in text):
            return [(main, text)] if text else []
        pieces: list[tuple[str, str]] = []
        for ch in text:
            if ch in "\u200c\u200d" and pieces:  # a joiner belongs to its letters' run
                pieces[-1] = (pieces[-1][0], pieces[-1][1] + ch)
                continue
            ch = stand_in(ch, covered)  # "2026\u202fг.": a space the font has
            font = self._font_for(ch, main)
            if font is None:
                self.missing.add(ch)
                font, ch = main, REPLACEMENT
            if pieces and pieces[-1][0] == font:
                pieces[-1] = (font, pieces[-1][1] + ch)
            else:
                pieces.append((font, ch))
        return pieces

    def visual_runs(
        self, text: str, bold: bool = False, positioned: bool = True, rtl: bool | None = None
    ) -> list[tuple[str, str]]:
        """(font, piece) as drawn left to right: right-to-left runs reversed, runs of
        complex scripts shaped by HarfBuzz (a piece may be a reportlab ``ShapedStr``;
        with ``positioned=False``, plain glyph characters instead). ``rtl`` is the
        paragraph's direction when the line is part of one (default: the line's own)."""
        return [
            (piece.font, piece.text)
            for piece in self.visual_pieces([(text, bold)], rtl, positioned)
        ]

    def visual_pieces(
        self,
        spans: list[tuple[str, bool]],
        rtl: bool | None = None,
        positioned: bool = True,
    ) -> list[Piece]:
        """A line made of (text, bold) spans as :class:`Piece` s in visual order, each
        knowing where its text starts in the line (for drawing in reading order)."""
        text = "".join(part for part, _bold in spans)
        if not text:
            return []
        if not rtl and not pdf_shaping.needs_bidi(text) and not pdf_shaping.needs_shaping(text):
            pieces: list[Piece] = []
            start = 0
            for part, bold in spans:
                for font, run in self.runs(part, bold):
                    pieces.append(Piece(font, run, start, False))
                    start += len(run)
            return pieces
        bounds: list[tuple[int, int, bool]] = []  # the spans' [start, end) and boldness
        start = 0
        for part, bold in spans:
            if part:
                bounds.append((start, start + len(part), bold))
                start += len(part)
        pieces = []
        for seg_start, logical, display, seg_rtl in pdf_shaping.visual_spans(text, rtl):
            seg_end = seg_start + len(logical)
            cuts = [
                (max(low, seg_start), min(high, seg_end), bold)
                for low, high, bold in bounds
                if low < seg_end and high > seg_start
            ]
            if seg_rtl:
                cuts.reverse()
            for low, high, bold in cuts:
                if len(display) == len(logical):
                    shown = (
                        display[seg_end - high : seg_end - low]
                        if seg_rtl
                        else display[low - seg_start : high - seg_start]
                    )
                else:  # explicit formatting characters were removed: no mirroring
                    shown = text[low:high][::-1] if seg_rtl else text[low:high]
                pieces += self._run_pieces(text[low:high], shown, seg_rtl, bold, positioned, low)
        return pieces

    def _run_pieces(
        self, logical: str, shown: str, rtl: bool, bold: bool, positioned: bool, start: int
    ) -> list[Piece]:
        """One run of one direction, cut by font and shaped where its script needs it."""
        main = self.font(bold)
        runs = self.runs(logical, bold)
        starts = []
        offset = 0
        for _font, piece in runs:
            starts.append(start + offset)
            offset += len(piece)
        order = list(range(len(runs)))
        if rtl:
            order.reverse()
        pieces: list[Piece] = []
        offset = 0
        for index in order:
            font, piece = runs[index]
            span = shown[offset : offset + len(piece)]
            offset += len(piece)
            shape = (
                font != main
                and (not rtl or pdf_shaping._STRONG_RTL.search(piece) is not None)
                and pdf_shaping.can_shape(font)
            )
            if shape and positioned:
                drawn = pdf_shaping.shaped(piece, font, rtl)
            elif shape:
                drawn = pdf_shaping.glyph_text(piece, font, rtl)
            elif rtl:  # mirrored brackets from the bidi display, replacements kept
                kept = zip(reversed(piece), span, strict=False)
                drawn = "".join(p if p == REPLACEMENT or p.isspace() else d for p, d in kept)
            else:
                drawn = piece
            pieces.append(Piece(font, drawn, starts[index], rtl))
        return pieces

    def _font_for(self, ch: str, main: str) -> str | None:
        code = ord(ch)
        if code in self.coverage[main]:
            return main
        for name in self.fallbacks:
            if code in self.coverage[name]:
                return name
        return None

    def safe_text(self, text: str, bold: bool = False) -> str:
        """The text as it will be drawn: unknown characters replaced."""
        return "".join(piece for _font, piece in self.runs(text, bold))

    def width(self, text: str, size: float, bold: bool = False) -> float:
        key = (text, size, bold)
        found = self._widths.get(key)
        if found is None:
            if len(self._widths) > WIDTH_CACHE_LIMIT:
                self._widths.clear()
            found = self._widths[key] = sum(
                pdf_shaping.shaped_width(piece, font, size)
                for font, piece in self.visual_runs(text, bold)
            )
        return found

    def line_height(self, size: float) -> float:
        return size * 1.25

    def missing_warning(self) -> Message | None:
        if not self.missing:
            return None
        shown = "".join(sorted(self.missing)[:20])
        scripts = sorted({script_of(ch) for ch in self.missing})
        return Message(
            "export.missing-glyphs",
            count=len(self.missing),
            scripts=", ".join(scripts),
            replacement=REPLACEMENT,
            shown=shown,
            env=FALLBACK_ENV,
        )


_SCRIPTS = (
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x08FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x0DFF, "Indic scripts"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x0530, 0x058F, "Armenian"),
    (0x1100, 0x11FF, "Korean"),
    (0x3130, 0x318F, "Korean"),
    (0xAC00, 0xD7AF, "Korean"),
    (0x3040, 0x30FF, "Japanese kana"),
    (0x3400, 0x9FFF, "Chinese characters"),
    (0xF900, 0xFAFF, "Chinese characters"),
    (0x2600, 0x27BF, "symbols and emoji"),
    (0x1F000, 0x1FAFF, "emoji"),
)


def script_of(ch: str) -> str:
    """The writing system a character belongs to, as a user would name it."""
    code = ord(ch)
    for low, high, name in _SCRIPTS:
        if low <= code <= high:
            return name
    return "other scripts"


def _register(name: str, path: Path, subfont: int = 0) -> frozenset[int]:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=subfont))
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


@cache
def _registered(fallback_paths: tuple[Path, ...]) -> tuple[dict[str, frozenset[int]], list[str]]:
    coverage = {
        REGULAR: _register(REGULAR, fira_path(False)),
        BOLD: _register(BOLD, fira_path(True)),
    }
    fallbacks: list[str] = []
    for index, path in enumerate(fallback_paths):
        name = f"CJM-Fallback-{index}-{path.stem}"
        try:
            coverage[name] = _register(name, path)
        except Exception:  # a CFF/OTF or broken file: reportlab cannot use it, skip it
            continue
        fallbacks.append(name)
    return coverage, fallbacks


def load_fonts(fallbacks: Iterable[Path] | None = None) -> FontSet:
    """A fresh FontSet (its own ``missing`` record) over fonts registered once per process.

    ``fallbacks=[]`` disables fallback fonts, e.g. to test the replacement path.
    """
    paths = tuple(fallback_candidates() if fallbacks is None else fallbacks)
    coverage, names = _registered(paths)
    return FontSet(REGULAR, BOLD, names, coverage)
