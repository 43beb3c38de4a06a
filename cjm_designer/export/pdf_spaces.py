"""Space characters the print font lacks, drawn as a space it has.

Locale formatting writes narrow and thin spaces: Babel's Russian long date is
"3 декабря 2026\u202fг." and figures may use U+2009 or U+202F between digit groups. Fira
Sans has neither, so such a space would print as the font's missing-glyph box. A
no-break space keeps its no-break meaning (U+00A0); any other space becomes U+0020.
"""

from __future__ import annotations

NO_BREAK_SPACES = frozenset("\u00a0\u202f\u2007")
"""Spaces that must not break a line: they stand in as U+00A0."""


def stand_in(ch: str, covered: frozenset[int]) -> str:
    """``ch`` when the font has it or it is no space; else the nearest space the font has
    (the character unchanged when the font has no space at all, so it is reported)."""
    if ord(ch) in covered or not ch.isspace():
        return ch
    for option in ("\u00a0", " ") if ch in NO_BREAK_SPACES else (" ",):
        if ord(option) in covered:
            return option
    return ch
