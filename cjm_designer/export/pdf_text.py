"""Text that stays inside its box: cleaning, wrapping, eliding, drawing and escaping.

Every string a user typed passes through here before reportlab sees it. Wrapping breaks
at spaces, then inside long words (after hyphens, slashes and dots first, else between
letters), so a 300-letter word still fits; what does not fit the box's height ends
with an ellipsis. Each drawn line is recorded with its box, which the tests use to
prove that no text leaves its box or the page.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from cjm_designer.layout.text import words
from cjm_designer.model.records import Record, record

from .pdf_fonts import FontSet
from .pdf_shaping import base_rtl, needs_bidi, needs_shaping, shaped_width

ELLIPSIS = "…"
ASCENT = 0.935  # Fira Sans, as a fraction of the font size
DESCENT = 0.265
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u2028\u2029\u2060\ufe0e\ufe0f\ufeff]"
    r"|(?<![\u0600-\u0dff])[\u200c\u200d]|[\u200c\u200d](?![\u0600-\u0dff])"
)
"""Controls and invisible joiners (variation selectors, the ZWJ of emoji sequences):
drawn, each would be an empty box. A zero-width (non-)joiner between two Arabic or Indic
letters stays: it decides whether they join (Persian می‌خواهم), and HarfBuzz draws
nothing for it."""


_BREAK_AFTER = "-/_.@\\,;:–—"


def clean(text: object) -> str:
    """Normalised text with newlines kept and control characters (invisible boxes) gone."""
    value = unicodedata.normalize("NFC", str(text or ""))
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", value)


def one_line(text: object) -> str:
    return " ".join(words(clean(text)))


@record
class Box(Record):
    """A rectangle in PDF points, origin bottom-left."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width

    def inset(self, dx: float, dy: float | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(
            self.x + dx, self.y + dy, max(0.0, self.width - 2 * dx), max(0.0, self.height - 2 * dy)
        )


@record
class DrawnLine(Record):
    """One line as drawn: the box it had to stay in and the extent it used."""

    text: str
    box: Box
    x: float
    baseline: float
    width: float
    size: float

    def inside(self, box: Box, tolerance: float = 0.01) -> bool:
        return (
            self.x >= box.x - tolerance
            and self.x + self.width <= box.right + tolerance
            and self.baseline + ASCENT * self.size <= box.top + tolerance
            and self.baseline - DESCENT * self.size >= box.y - tolerance
        )


def max_lines_for(height: float, size: float, fonts: FontSet) -> int:
    """How many lines of ``size`` fit in ``height`` with ascenders and descenders inside."""
    extent = (ASCENT + DESCENT) * size
    if height < extent:
        return 0
    return int((height - extent) // fonts.line_height(size)) + 1


def _break_word(word: str, width: float, size: float, bold: bool, fonts: FontSet) -> list[str]:
    """Split one word too wide for a line into pieces that each fit."""
    pieces: list[str] = []
    rest = word
    while rest and fonts.width(rest, size, bold) > width:
        low, high = 0, len(rest)
        while low < high:  # longest prefix that fits
            mid = (low + high + 1) // 2
            if fonts.width(rest[:mid], size, bold) <= width:
                low = mid
            else:
                high = mid - 1
        if low == 0:
            return pieces  # not even one character fits: drop the rest
        cut = low
        for index in range(low, max(0, low // 2), -1):  # prefer a natural break point
            if rest[index - 1] in _BREAK_AFTER:
                cut = index
                break
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


def elide(text: str, width: float, size: float, bold: bool, fonts: FontSet) -> str:
    """The longest start of ``text`` that fits with a trailing ellipsis."""
    if fonts.width(text, size, bold) <= width:
        return text
    if fonts.width(ELLIPSIS, size, bold) > width:
        return ""
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if fonts.width(text[:mid].rstrip() + ELLIPSIS, size, bold) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap(
    text: object,
    width: float,
    size: float,
    fonts: FontSet,
    bold: bool = False,
    max_lines: int | None = None,
) -> list[str]:
    """Lines of ``text`` each at most ``width`` wide; an ellipsis marks what was cut."""
    return [line for line, _rtl in wrap_directed(text, width, size, fonts, bold, max_lines)]


def wrap_directed(
    text: object,
    width: float,
    size: float,
    fonts: FontSet,
    bold: bool = False,
    max_lines: int | None = None,
) -> list[tuple[str, bool]]:
    """:func:`wrap`, each line with its paragraph's direction (True: right to left).

    Lines are broken in reading order; each is laid out in visual order only when drawn,
    so a Hebrew paragraph's first words stay on its first line.
    """
    if width <= 0 or max_lines == 0:
        return []
    space = fonts.width(" ", size, bold)
    limit = max_lines if max_lines is not None else 1 << 30
    lines: list[str] = []
    directions: list[bool] = []
    truncated = False
    for paragraph in clean(text).split("\n"):
        rtl = base_rtl(paragraph)
        current: list[str] = []
        used = 0.0
        for word in words(paragraph):
            word_width = fonts.width(word, size, bold)
            if current and used + space + word_width <= width:
                current.append(word)
                used += space + word_width
                continue
            if current:
                lines.append(" ".join(current))
                current, used = [], 0.0
            if word_width <= width:
                current, used = [word], word_width
            else:
                pieces = _break_word(word, width, size, bold, fonts)
                lines.extend(pieces[:-1])
                if pieces:
                    current, used = [pieces[-1]], fonts.width(pieces[-1], size, bold)
            if len(lines) > limit:
                break
        if current:
            lines.append(" ".join(current))
        directions += [rtl] * (len(lines) - len(directions))
        if len(lines) > limit:
            truncated = True
            break
    if len(lines) > limit:
        truncated = True
        lines = lines[:limit]
    if truncated and lines:
        lines[-1] = elide(lines[-1] + ELLIPSIS, width, size, bold, fonts)
    return list(zip(lines, directions, strict=False))


class TextPainter:
    """Draws wrapped text into boxes on a reportlab canvas, and records every line."""

    def __init__(self, fonts: FontSet, record: bool = True) -> None:
        self.fonts = fonts
        self.record = record
        self.lines: list[DrawnLine] = []

    def draw_line(
        self,
        canvas,
        text: str,
        x: float,
        baseline: float,
        size: float,
        bold: bool,
        box: Box,
        rtl: bool | None = None,
    ) -> float:
        """Draw one line from ``x``; ``rtl`` is its paragraph's direction (default: the
        line's own). Returns its width."""
        text = _CONTROL.sub("", text)  # layout wraps raw titles: joiners may remain
        return self.draw_spans(canvas, [(text, bold)], x, baseline, size, box, rtl)

    def draw_spans(
        self,
        canvas,
        spans: list[tuple[str, bool]],
        x: float,
        baseline: float,
        size: float,
        box: Box,
        rtl: bool | None = None,
    ) -> float:
        """Draw a line of (text, bold) spans; see :meth:`draw_line`."""
        text = "".join(part for part, _bold in spans)
        pieces = self.fonts.visual_pieces(spans, rtl)
        width = sum(shaped_width(piece.text, piece.font, size) for piece in pieces)
        text_object = canvas.beginText(x, baseline)
        for piece in pieces:
            text_object.setFont(piece.font, size)
            text_object.textOut(piece.text)
        # Glyphs are drawn in visual order, as most PDF writers do: viewers (poppler,
        # PDFium, pdf.js) and pypdf turn right-to-left runs back into reading order when
        # copying (docs/printing.md, "Copy and search"). A shaped left-to-right line (a
        # Devanagari vowel sign drawn before its consonant) carries its reading order as
        # ActualText, which Acrobat and poppler use; a right-to-left line does not, as
        # poppler would reverse ActualText again.
        actual = needs_shaping(text) and not (rtl or needs_bidi(text))
        if actual:
            hex_text = ("\ufeff" + text).encode("utf-16-be").hex().upper()
            canvas.addLiteral(f"/Span <</ActualText <{hex_text}>>> BDC")
        canvas.drawText(text_object)
        if actual:
            canvas.addLiteral("EMC")
        if self.record:
            self.lines.append(DrawnLine(text, box, x, baseline, width, size))
        return width

    def draw_box(
        self,
        canvas,
        text: object,
        box: Box,
        size: float,
        bold: bool = False,
        align: str = "left",
        max_lines: int | None = None,
        valign: str = "top",
    ) -> int:
        """Wrap ``text`` into ``box`` and draw it; returns the number of lines drawn.

        ``align="start"`` is left for left-to-right paragraphs and right for Hebrew or
        Arabic ones (user text in a box); "left" stays left (a label beside a swatch).
        """
        fit = max_lines_for(box.height, size, self.fonts)
        if max_lines is not None:
            fit = min(fit, max_lines)
        lines = wrap_directed(text, box.width, size, self.fonts, bold, fit)
        if not lines:
            return 0
        line_height = self.fonts.line_height(size)
        block = (ASCENT + DESCENT) * size + (len(lines) - 1) * line_height
        top = box.top
        if valign == "middle":
            top = box.top - (box.height - block) / 2
        baseline = top - ASCENT * size
        for line, rtl in lines:
            line_width = self.fonts.width(line, size, bold)
            if align == "center":
                x = box.x + (box.width - line_width) / 2
            elif align == "right" or (align == "start" and rtl):  # Hebrew starts right
                x = box.right - line_width
            else:
                x = box.x
            self.draw_line(canvas, line, x, baseline, size, bold, box, rtl)
            baseline -= line_height
        return len(lines)


def markup(text: object, fonts: FontSet, bold: bool = False) -> str:
    """Paragraph markup for user text: escaped, with fallback-font runs, newlines kept,
    each line in visual order with its complex scripts shaped (``FontSet.visual_runs``).

    reportlab's Paragraph parses its input as markup and silently drops what looks like
    a tag (``<sales@shop.example>``), so user text must never reach it unescaped.
    """
    main = fonts.font(bold)
    out: list[str] = []
    for number, line in enumerate(clean(text).split("\n")):
        if number:
            out.append("<br/>")
        for font, piece in fonts.visual_runs(line, bold, positioned=False):
            safe = escape(piece)
            out.append(safe if font == main else f'<font name="{font}">{safe}</font>')
    return "".join(out)
