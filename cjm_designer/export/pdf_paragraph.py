"""Handout paragraphs in scripts reportlab's Paragraph cannot lay out.

reportlab's Paragraph draws one glyph per character and wraps text as it is given: a
Hebrew paragraph reordered for display before wrapping ends up with its last words on
the first line, and Paragraph cannot place HarfBuzz's marks (Arabic harakat, Thai tone
marks over upper vowels). :class:`ScriptParagraph` is a flowable that wraps in reading
order, lays out each line in visual order with the paragraph's direction, and draws it
with the posters' shaped-line drawing (:meth:`TextPainter.draw_spans`). It splits across
pages like a Paragraph, so the handout's page logic (stages kept together, no page under
a third full) is unchanged. Text in Latin, Cyrillic and Greek keeps reportlab's Paragraph.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from cjm_designer.layout.text import words

from .pdf_fonts import FontSet
from .pdf_shaping import base_rtl, needs_bidi, needs_shaping, shaped_width
from .pdf_text import ASCENT, Box, TextPainter, _break_word, clean

Spans = list[tuple[str, bool]]
"""(text, bold) in reading order."""


def needs_script_layout(spans: Spans) -> bool:
    """Whether reportlab's Paragraph would get these spans wrong (bidi or shaping)."""
    text = "".join(part for part, _bold in spans)
    return needs_bidi(text) or needs_shaping(text)


def wrap_spans(spans: Spans, width: float, size: float, fonts: FontSet) -> list[tuple[Spans, bool]]:
    """Lines of at most ``width``, broken in reading order, each with its source
    paragraph's direction (True: right to left)."""
    lines: list[tuple[Spans, bool]] = []
    blocks: list[Spans] = [[]]
    for part, bold in spans:  # cut at newlines: each block is a paragraph of its own
        for number, piece in enumerate(clean(part).split("\n")):
            if number:
                blocks.append([])
            if piece:
                blocks[-1].append((piece, bold))
    for block in blocks:
        rtl = base_rtl("".join(part for part, _bold in block))
        tokens: list[tuple[str, bool, bool]] = []  # word, bold, space before it
        for part, bold in block:
            for index, word in enumerate(words(part)):
                spaced = index > 0 or part[:1].isspace()
                tokens.append((word, bold, spaced))
        current: Spans = []
        used = 0.0
        for word, bold, spaced in tokens:
            word_width = fonts.width(word, size, bold)
            gap = fonts.width(" ", size, bold) if spaced and current else 0.0
            if current and used + gap + word_width <= width:
                current.append(((" " if gap else "") + word, bold))
                used += gap + word_width
                continue
            if current:
                lines.append((_merged(current), rtl))
                current, used = [], 0.0
            pieces = [word] if word_width <= width else _break_word(word, width, size, bold, fonts)
            for piece in pieces[:-1]:
                lines.append(([(piece, bold)], rtl))
            if pieces:
                current, used = [(pieces[-1], bold)], fonts.width(pieces[-1], size, bold)
        if current:
            lines.append((_merged(current), rtl))
        elif not tokens:
            lines.append(([], rtl))  # an empty line keeps its place
    while lines and not lines[-1][0]:
        lines.pop()
    return lines


def _merged(spans: Spans) -> Spans:
    out: Spans = []
    for part, bold in spans:
        if out and out[-1][1] == bold:
            out[-1] = (out[-1][0] + part, bold)
        else:
            out.append((part, bold))
    return out


class ScriptParagraph(Flowable):
    """A paragraph of (text, bold) spans laid out line by line with bidi and shaping.

    Right-to-left paragraphs are right-aligned, their indents and bullet mirrored.
    """

    def __init__(
        self,
        spans: Spans,
        style: ParagraphStyle,
        fonts: FontSet,
        bullet: str | None = None,
        lines: list[tuple[Spans, bool]] | None = None,
    ) -> None:
        super().__init__()
        self.spans = spans
        self.style = style
        self.fonts = fonts
        self.bullet = bullet
        self._lines = lines
        self._wrapped_for: float | None = None
        self._cache: list[tuple[Spans, bool]] = []
        self.painter = TextPainter(fonts, record=False)

    @property
    def text(self) -> str:
        return "".join(part for part, _bold in self.spans)

    def _text_width(self, width: float) -> float:
        return max(1.0, width - self.style.leftIndent - self.style.rightIndent)

    def _wrap_lines(self, width: float) -> list[tuple[Spans, bool]]:
        if self._lines is not None:
            return self._lines
        if self._wrapped_for != width:
            self._cache = wrap_spans(
                self.spans, self._text_width(width), self.style.fontSize, self.fonts
            )
            self._wrapped_for = width
        return self._cache

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self._wrap_lines(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._wrap_lines(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit == 1 and not getattr(self.style, "allowOrphans", 0):
            fit = 0  # as Paragraph: no first line left alone at a page's foot
        if fit <= 0 or fit >= len(lines):
            return []
        first = ScriptParagraph(self.spans, self.style, self.fonts, self.bullet, lines[:fit])
        rest = ScriptParagraph(self.spans, self.style, self.fonts, None, lines[fit:])
        first.spaceAfter = 0
        rest.spaceBefore = 0
        for name in ("toc_level", "toc_key", "toc_text", "toc_markup"):  # a heading's part
            if hasattr(self, name):
                setattr(first, name, getattr(self, name))
        return [first, rest]

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        size, leading = style.fontSize, style.leading
        lines = self._wrap_lines(self.width)
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        baseline = self.height - ASCENT * size  # as Paragraph: the font's ascent
        for number, (spans, rtl) in enumerate(lines):
            left = style.rightIndent if rtl else style.leftIndent
            right = self.width - (style.leftIndent if rtl else style.rightIndent)
            box = Box(left, baseline - leading / 2, right - left, leading)
            line_width = sum(
                shaped_width(piece.text, piece.font, size)
                for piece in self.fonts.visual_pieces(spans, rtl)
            )
            x = right - line_width if rtl else left
            if spans:
                self.painter.draw_spans(canvas, spans, x, baseline, size, box, rtl)
            if number == 0 and self.bullet:
                bullet_width = self.fonts.width(self.bullet, size)
                indent = style.bulletIndent
                bullet_x = self.width - indent - bullet_width if rtl else indent
                self.painter.draw_line(canvas, self.bullet, bullet_x, baseline, size, False, box)
            baseline -= leading
        canvas.restoreState()
