"""Lines as they are seen: bidi reordering and HarfBuzz shaping for reportlab.

reportlab draws glyphs left to right in the order given, one glyph per character. Hebrew
and Arabic must be drawn in visual order, Arabic letters joined, Devanagari and Thai
clusters reordered and stacked: that is what HarfBuzz (``uharfbuzz``) does. reportlab
already knows how to draw HarfBuzz output (``ShapedStr`` with per-glyph positions); this
module cuts a line into runs of one direction and one font in visual order (Unicode bidi
algorithm, python-bidi) and shapes the runs of complex scripts with an explicit direction.

Glyphs with no character of their own (joined Arabic forms, Devanagari conjuncts) get a
private-use code from reportlab; :data:`PRIVATE_TEXT` remembers which text each one stands
for, so that ``pdf_finish`` can write it into the font's ToUnicode map and copying text
out of the PDF gives the letters, not private-use codes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

try:  # a dependency; without it text is still drawn, unshaped
    import uharfbuzz
    from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
except ImportError:  # pragma: no cover - only on a broken install
    uharfbuzz = None

RTL_CHARS = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff]")
_STRONG_RTL = re.compile(
    r"[\u0590-\u05ff\u0600-\u065f\u066d-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]"
)
COMPLEX = re.compile(
    "["
    "\u0590-\u08ff"  # Hebrew (points), Arabic, Syriac, Thaana, N'Ko
    "\u0900-\u0dff"  # Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, ... Sinhala
    "\u0e00-\u0fff"  # Thai, Lao, Tibetan
    "\u1000-\u109f"  # Myanmar
    "\u1100-\u11ff"  # Hangul jamo (compose into syllables)
    "\u1780-\u17ff"  # Khmer
    "\ua960-\ua97f\ud7b0-\ud7ff"  # Hangul jamo extended
    "\ufb1d-\ufdff\ufe70-\ufefc"  # Hebrew and Arabic presentation forms
    "\u0300-\u036f"  # combining marks on Latin, Greek, Cyrillic
    "]"
)
"""Characters whose look depends on their neighbours: runs holding one are shaped."""

PRIVATE_TEXT: dict[str, dict[int, str]] = {}
"""PostScript font name -> private-use code -> the text its glyph stands for."""


def needs_bidi(text: str) -> bool:
    return bool(RTL_CHARS.search(text))


def needs_shaping(text: str) -> bool:
    return bool(COMPLEX.search(text))


def base_rtl(text: str) -> bool:
    """Whether a paragraph reads right to left: its first strong letter is Hebrew or
    Arabic (rule P2 of the Unicode bidi algorithm)."""
    if not needs_bidi(text):
        return False
    from bidi import algorithm

    return algorithm.get_base_level(text) == 1


def move_text(source: str, target: str) -> str:
    """ "source → target", with the arrow pointing from source to target as seen: in a
    line that reads right to left (a Hebrew or Arabic source) the source stands at the
    right, so the arrow is ←; arrows are not mirrored by the bidi algorithm."""
    arrow = "←" if base_rtl(source) else "→"
    return f"{source} {arrow} {target}"


def visual_segments(text: str, rtl: bool | None = None) -> list[tuple[str, str, bool]]:
    """``text`` cut into runs of one direction, in the order they are seen.

    Each run is ``(logical, display, rtl)``: its characters in reading order (what a
    shaper needs), the same characters as they are seen (reversed and mirrored for a
    right-to-left run, what a plain font draws), and its direction. ``rtl`` is the
    paragraph's direction (a wrapped line of a Hebrew paragraph that starts with a
    Latin word is still laid out right to left); by default the line's own.
    """
    return [
        (logical, display, run_rtl) for _s, logical, display, run_rtl in visual_spans(text, rtl)
    ]


def visual_spans(text: str, rtl: bool | None = None) -> list[tuple[int, str, str, bool]]:
    """:func:`visual_segments` with where each run starts in ``text``."""
    if not text:
        return []
    if not needs_bidi(text) and not rtl:
        return [(0, text, text, False)]
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(text) if rtl is None else int(rtl)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    segments: list[tuple[int, str, str, bool]] = []
    run: list[dict] = []

    def flush() -> None:
        if not run:
            return
        run_rtl = bool(run[0]["level"] % 2)
        indices = [c["index"] for c in run]
        start = min(indices)
        logical = text[start : max(indices) + 1]
        segments.append((start, logical, "".join(c["ch"] for c in run), run_rtl))

    for char in storage["chars"]:
        if "index" not in char:  # removed explicit formatting characters
            continue
        if run:
            last = run[-1]
            level_rtl = last["level"] % 2
            step = -1 if level_rtl else 1
            if char["level"] % 2 == level_rtl and char["index"] == last["index"] + step:
                run.append(char)
                continue
            flush()
        run = [char]
    flush()
    return segments


def can_shape(font_name: str) -> bool:
    font = pdfmetrics.getFont(font_name)
    return uharfbuzz is not None and bool(getattr(font, "shapable", False))


@lru_cache(maxsize=4096)
def shaped(text: str, font_name: str, rtl: bool) -> ShapedStr:
    """``text`` (reading order) shaped with ``font_name``, ready for ``textOut``.

    The result is a reportlab ``ShapedStr`` (positions in 1/1000 em, any font size).
    """
    glyphs, _ends = _shape(text, font_name, rtl)
    return _positioned(glyphs, pdfmetrics.getFont(font_name))


@lru_cache(maxsize=4096)
def glyph_text(text: str, font_name: str, rtl: bool) -> str:
    """The shaped glyphs as characters of the font, in visual order, for reportlab's
    Paragraph (which draws one glyph per character): letters joined and conjuncts
    formed, without HarfBuzz's fine positioning of marks."""
    glyphs, _ends = _shape(text, font_name, rtl)
    # HarfBuzz draws a joiner as an empty glyph of no width; Paragraph would give it the
    # font's full space.
    return "".join(chr(glyph[1]) for glyph in glyphs if glyph[2] or glyph[1] != 0x20)


def _shape(text: str, font_name: str, rtl: bool) -> tuple[list[tuple], dict[int, int]]:
    """HarfBuzz's glyphs in visual order: (cluster, code, advance, x_offset, y_advance,
    y_offset) in 1/1000 em, with a private code for a glyph no character maps to; and
    where each cluster's text ends."""
    font = pdfmetrics.getFont(font_name)
    hb_font = font.hbFont(10)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    uharfbuzz.shape(hb_font, buffer, {"kern": True, "liga": True})
    infos = buffer.glyph_infos
    positions = buffer.glyph_positions
    starts = sorted({info.cluster for info in infos})
    ends = {
        start: (starts[i + 1] if i + 1 < len(starts) else len(text))
        for i, start in enumerate(starts)
    }
    face = font.face
    private = PRIVATE_TEXT.setdefault(face.name.decode("latin-1"), {})
    glyphs = []
    by_cluster: dict[int, list[int]] = {}
    for info, position in zip(infos, positions, strict=True):
        gid = info.codepoint
        advance = font.pdfScale(position.x_advance)
        codes = face.glyphToChar.get(gid)
        if codes:
            code = codes[0]
        else:
            name = hb_font.glyph_to_string(gid)
            code = font.hbAddPrivate(name, gid, advance)
            letters = text_of_glyph_name(name)
            if letters and code not in private:
                private[code] = letters
        by_cluster.setdefault(info.cluster, []).append(code)
        glyphs.append(
            (
                info.cluster,
                code,
                advance,
                font.pdfScale(position.x_offset),
                font.pdfScale(position.y_advance),
                font.pdfScale(position.y_offset),
            )
        )
    for cluster, codes in by_cluster.items():
        rest = text[cluster : ends[cluster]]
        for code in codes:  # what the glyphs with a character already say
            if not 0xE000 <= code <= 0xF8FF:
                rest = rest.replace(unicodedata.normalize("NFKC", chr(code)), "", 1)
        unknown = [code for code in codes if 0xE000 <= code <= 0xF8FF]
        if unknown and rest and unknown[0] not in private:
            private[unknown[0]] = rest
    return glyphs, ends


_UNI = re.compile(r"^uni((?:[0-9A-F]{4})+)$")
_U = re.compile(r"^u([0-9A-F]{4,6})$")


def text_of_glyph_name(name: str) -> str:
    """The characters a glyph stands for, from its name as fonts conventionally write
    it (``uni0915094D0937`` for a conjunct, ``uni093F.04`` for a variant, ``f_i``);
    empty when the name does not say."""
    base = name.split(".", 1)[0]
    letters: list[str] = []
    for part in base.split("_"):
        match = _UNI.match(part)
        if match:
            digits = match.group(1)
            letters += [chr(int(digits[i : i + 4], 16)) for i in range(0, len(digits), 4)]
            continue
        match = _U.match(part)
        if match:
            letters.append(chr(int(match.group(1), 16)))
            continue
        if len(part) == 1 and part.isascii() and part.isalpha():
            letters.append(part)
            continue
        return ""
    return "".join(letters)


def _positioned(glyphs: list[tuple], font) -> ShapedStr:
    """Glyphs in visual order as reportlab draws them: each glyph's advance and its
    offset from the pen (marks above and below their letter)."""
    face = font.face
    chars: list[str] = []
    data = []
    for cluster, code, advance, x_offset, y_advance, y_offset in glyphs:
        chars.append(chr(code))
        width = face.charWidths.get(code, advance)
        data.append(ShapeData(cluster, advance, y_advance, x_offset, y_offset, width))
    return ShapedStr("".join(chars), shapeData=data)


def shaped_width(piece: str, font_name: str, size: float) -> float:
    """Width of a drawn piece: a ShapedStr by its glyph advances, else by its widths."""
    if uharfbuzz is not None and isinstance(piece, ShapedStr):
        return sum(d.x_advance for d in piece.__shapeData__) * size / 1000
    return pdfmetrics.stringWidth(piece, font_name, size)
