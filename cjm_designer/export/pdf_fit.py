"""The largest type size at which a one-line text really fits its box.

A width measured over the whole string can differ by a hair from the wrapped line's
(right-to-left and shaped runs are measured word by word when wrapping), so a size
computed as "box width / text width" could still push the last word out and end the
title with "…" on a sheet that had room. The size here is checked with ``wrap`` itself.
"""

from __future__ import annotations

from .pdf_fonts import FontSet
from .pdf_text import one_line, wrap


def size_to_fit(
    text: str, width: float, size: float, floor: float, fonts: FontSet, bold: bool = False
) -> float:
    """``size``, or the largest smaller size (not under ``floor``) that keeps ``text``
    on one line of ``width`` without cutting it; ``floor`` when even that cuts it."""
    whole = one_line(text)
    wide = fonts.width(whole, size, bold)
    if wide > width > 0:
        size = max(floor, size * width / wide)
    while size > floor and wrap(whole, width, size, fonts, bold, 1) != [whole]:
        size = max(floor, size * 0.98)
    return size
