"""Shape and dash cues for persona curves, so they differ without relying on colour.

Two personas whose colours look alike to someone with colour-blindness (or on a
washed-out projector) still differ: the n-th curve gets the n-th point marker and dash.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

MARKERS = ("circle", "square", "diamond", "triangle", "triangle-down", "hexagon")
DASHES: tuple[tuple[float, ...] | None, ...] = (
    None,  # solid
    (6.0, 3.0),
    (1.0, 2.5),
    (6.0, 2.5, 1.0, 2.5),
    (10.0, 3.0),
    (3.0, 2.0, 3.0, 5.0),
)
"""Dash patterns in pen widths (QPen.setDashPattern); None is a solid line."""


def marker_name(index: int) -> str:
    return MARKERS[index % len(MARKERS)]


def dash_pattern(index: int) -> tuple[float, ...] | None:
    return DASHES[index % len(DASHES)]


def _polygon(points: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


def marker_path(index: int, radius: float) -> QPainterPath:
    """The n-th marker centred on (0, 0), about ``2 * radius`` across."""
    name = marker_name(index)
    r = radius
    if name == "circle":
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), r, r)
        return path
    if name == "square":
        s = r * 0.88
        return _polygon([(-s, -s), (s, -s), (s, s), (-s, s)])
    if name == "diamond":
        d = r * 1.2
        return _polygon([(0, -d), (d, 0), (0, d), (-d, 0)])
    if name in ("triangle", "triangle-down"):
        t = r * 1.2
        sign = 1 if name == "triangle" else -1
        return _polygon([(0, -t * sign), (t, t * 0.8 * sign), (-t, t * 0.8 * sign)])
    corners = [(math.cos(a), math.sin(a)) for a in (k * math.pi / 3 for k in range(6))]
    return _polygon([(x * r * 1.05, y * r * 1.05) for x, y in corners])


def pen_style(index: int) -> Qt.PenStyle:
    return Qt.PenStyle.SolidLine if dash_pattern(index) is None else Qt.PenStyle.CustomDashLine
