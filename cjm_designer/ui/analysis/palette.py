"""Colours of the analysis pictures: a colour-blind-safe sequential blue scale.

The heat map and the reach tint use ColorBrewer's "Blues" (readable for every common
colour-vision deficiency, and in greyscale), always with the number printed as well.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette

INK = QColor("#1f2933")
"""Dark text on light fills (heat-map cells, the reach tint on stage headers)."""
BAR = QColor("#4a86c5")
BAR_FINAL = QColor("#2b6a3f")
BLUES = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"]

ADDED = QColor("#2b8a3e")
REMOVED = QColor("#c92a2a")
CHANGED = QColor("#e08a00")
MOVED = QColor("#2f6fde")


class ChartColors(NamedTuple):
    """Paper and ink of a chart on screen."""

    paper: QColor
    ink: QColor
    muted: QColor
    rule: QColor
    track: QColor


def chart_colors(palette: QPalette) -> ChartColors:
    """The theme's field colours, so a chart is not a white panel in the dark theme; rules
    and empty bar tracks are the ink thinned into the paper. (Charts are only drawn on
    screen: printed maps come from the PDF export, which never follows the theme.)"""
    paper = palette.color(QPalette.ColorRole.Base)
    ink = palette.color(QPalette.ColorRole.Text)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    return ChartColors(paper, ink, muted, _mix(paper, ink, 0.16), _mix(paper, ink, 0.07))


def _rgb(color: QColor) -> tuple[int, int, int]:
    return color.red(), color.green(), color.blue()


def _mix(paper: QColor, ink: QColor, share: float) -> QColor:
    channels = zip(_rgb(paper), _rgb(ink), strict=True)
    return QColor(*(round(p + (i - p) * share) for p, i in channels))


def sequential(value: float) -> QColor:
    """``value`` in 0..1 to a step of the Blues scale (0 is the palest)."""
    value = max(0.0, min(1.0, value))
    return QColor(BLUES[min(len(BLUES) - 1, round(value * (len(BLUES) - 1)))])


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads on ``background``."""
    return QColor("#ffffff") if background.lightnessF() < 0.55 else INK


def reach_tint(reach: float | None) -> QColor | None:
    """The tint of a stage column: stronger where more customers arrive; None if unknown."""
    if reach is None:
        return None
    color = sequential(0.25 + 0.75 * max(0.0, min(1.0, reach)))
    color.setAlpha(70)
    return color
