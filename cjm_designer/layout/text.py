"""Measuring, wrapping and eliding text without a GUI toolkit.

Layout needs text widths but must not depend on Qt or reportlab, so the measurer is
injected: the canvas passes one built on QFontMetricsF, the PDF one built on reportlab's
font metrics, and tests use :class:`AverageMeasurer`. Wrapping is the same code for all
three, which is what keeps the printed map equal to the screen.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

ELLIPSIS = "…"

# Where a line may break: any whitespace but the no-break spaces ("2\u00a0нед.",
# "70\u00a0%", "1\u202f000") that keep a number with its unit.
_BREAKS = re.compile(r"[^\S\u00a0\u202f\u2007]+")


def words(text: str) -> list[str]:
    """``text.split()`` that keeps no-break spaces inside the words they join."""
    return [word for word in _BREAKS.split(text) if word]


class TextMeasurer(Protocol):
    """How wide a string is and how tall a line is, in layout units (1 unit = 1 pt)."""

    def width(self, text: str, size: float, bold: bool = False) -> float: ...

    def line_height(self, size: float) -> float: ...


def _is_wide(char: str) -> bool:
    code = ord(char)
    if code >= 0x1F000:  # emoji and pictographs
        return True
    return unicodedata.east_asian_width(char) in ("W", "F")


class AverageMeasurer:
    """A font-free measurer: narrow letters take ``advance`` em, wide (CJK, emoji) 1 em.

    Good enough for tests and for headless use; exact for itself, so its wraps never
    overflow the width they were wrapped to.
    """

    def __init__(self, advance: float = 0.52, bold_factor: float = 1.07, leading: float = 1.25):
        self.advance = advance
        self.bold_factor = bold_factor
        self.leading = leading

    def width(self, text: str, size: float, bold: bool = False) -> float:
        factor = size * (self.bold_factor if bold else 1.0)
        if text.isascii():
            return len(text) * self.advance * factor
        total = 0.0
        for char in text:
            if unicodedata.combining(char) or char in "\u200b\u200d\ufe0f":
                continue
            total += 1.0 if _is_wide(char) else self.advance
        return total * factor

    def line_height(self, size: float) -> float:
        return size * self.leading


def _fit_prefix(text: str, width: float, measurer: TextMeasurer, size: float, bold: bool) -> int:
    """The longest prefix length of ``text`` that fits ``width`` (at least 1 character)."""
    low, high = 1, len(text)
    if measurer.width(text, size, bold) <= width:
        return high
    while low < high:
        middle = (low + high + 1) // 2
        if measurer.width(text[:middle], size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def elide(text: str, width: float, measurer: TextMeasurer, size: float, bold: bool = False) -> str:
    """``text`` cut to fit ``width`` with an ellipsis; empty if not even "…" fits."""
    if measurer.width(text, size, bold) <= width:
        return text
    room = width - measurer.width(ELLIPSIS, size, bold)
    if room <= 0:
        return ELLIPSIS if measurer.width(ELLIPSIS, size, bold) <= width else ""
    if measurer.width(text[:1], size, bold) > room:
        return ELLIPSIS
    keep = _fit_prefix(text, room, measurer, size, bold)
    return text[:keep].rstrip() + ELLIPSIS


def wrap_lines(
    text: str,
    width: float,
    measurer: TextMeasurer,
    size: float,
    max_lines: int = 0,
    bold: bool = False,
) -> list[str]:
    """Break ``text`` into lines no wider than ``width``; elide the last if over ``max_lines``.

    Words longer than a line are broken between characters, so a 300-letter word or a
    line of CJK text without spaces still fits. ``max_lines`` 0 means no limit. Work
    stops once the limit is passed, so a 5,000-letter text costs no more than a short one.
    """
    width = max(width, 1.0)
    limit = max_lines if max_lines > 0 else None
    lines: list[str] = []
    truncated = False
    space = measurer.width(" ", size, bold)
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        current = ""
        current_width = 0.0
        for word in words(paragraph):
            word_width = measurer.width(word, size, bold)
            if current and current_width + space + word_width <= width:
                current += " " + word
                current_width += space + word_width
                continue
            if current:
                lines.append(current)
                current, current_width = "", 0.0
            while word_width > width:
                cut = _fit_prefix(word, width, measurer, size, bold)
                lines.append(word[:cut])
                word = word[cut:]
                word_width = measurer.width(word, size, bold)
                if limit is not None and len(lines) > limit:
                    break
            if limit is not None and len(lines) > limit:
                truncated = True
                break
            current, current_width = word, word_width
        if truncated:
            break
        if current or not paragraph.strip():
            lines.append(current)
        if limit is not None and len(lines) > limit:
            truncated = True
            break
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    if limit is not None and len(lines) > limit:
        last = lines[limit - 1] + " " + lines[limit]
        lines = [*lines[: limit - 1], _elide_line(last, width, measurer, size, bold)]
    return lines


def _elide_line(text: str, width: float, measurer: TextMeasurer, size: float, bold: bool) -> str:
    """Force an ellipsis at the end: the text continues beyond this line."""
    room = width - measurer.width(ELLIPSIS, size, bold)
    if room <= 0:
        return ELLIPSIS if measurer.width(ELLIPSIS, size, bold) <= width else ""
    keep = _fit_prefix(text, room, measurer, size, bold) if text else 0
    if keep and measurer.width(text[:keep], size, bold) > room:
        keep = 0
    return text[:keep].rstrip() + ELLIPSIS
