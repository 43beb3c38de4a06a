"""The calm print palette (shared look with the canvas) and its greyscale twin."""

from __future__ import annotations

import math

from reportlab.lib.colors import Color, HexColor

from cjm_designer.layout.colors import CHANNEL_COLORS, channel_color
from cjm_designer.model.records import Record, record

__all__ = ["CHANNEL_COLORS", "Palette"]  # CHANNEL_COLORS: the one list, in layout.colors


def _grey(color: Color) -> Color:
    luminance = 0.299 * color.red + 0.587 * color.green + 0.114 * color.blue
    return Color(luminance, luminance, luminance)


CURVE_DASHES = ((), (7, 3), (2, 2.5), (9, 3, 2, 3), (4, 4))
"""Dash patterns (layout units) for persona curves, so they differ in grey print too."""
CURVE_MARKERS = ("circle", "square", "triangle", "diamond", "cross")
CARD_MARKERS = {"emotion": "circle", "pain": "triangle", "opportunity": "diamond", "votes": "star"}
"""A shape per card marker, the same on cards and in the legend: in grey print a pain
count and an idea count must not be the same grey dot."""


def draw_marker(canvas, shape: str, x: float, y: float, radius: float) -> None:
    """A filled point marker: the curve's shape, so curves differ without colour."""
    if shape == "circle":
        canvas.circle(x, y, radius, stroke=0, fill=1)
        return
    path = canvas.beginPath()
    r = radius
    if shape == "square":
        path.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8)
    elif shape == "triangle":
        path.moveTo(x, y + r * 1.15)
        path.lineTo(x - r * 1.1, y - r * 0.75)
        path.lineTo(x + r * 1.1, y - r * 0.75)
        path.close()
    elif shape == "star":  # five points; the inner radius makes it read at 3 mm
        for index in range(10):
            reach = r * (1.3 if index % 2 == 0 else 0.55)
            angle = math.pi / 2 + index * math.pi / 5
            point = (x + reach * math.cos(angle), y + reach * math.sin(angle))
            (path.lineTo if index else path.moveTo)(*point)
        path.close()
    elif shape == "diamond":
        path.moveTo(x, y + r * 1.25)
        path.lineTo(x + r * 1.1, y)
        path.lineTo(x, y - r * 1.25)
        path.lineTo(x - r * 1.1, y)
        path.close()
    else:  # a cross: a square turned 45 degrees with a hole would be hard to see; bars
        w = r * 0.45
        path.rect(x - r, y - w, 2 * r, 2 * w)
        path.rect(x - w, y - r, 2 * w, 2 * r)
    canvas.drawPath(path, stroke=0, fill=1)


@record(slots=False)
class Palette(Record):
    """Colours by role; ``grayscale`` makes every one of them a grey of equal lightness."""

    grayscale: bool = False

    def color(self, value: str | None, default: str = "#52606D") -> Color:
        try:
            color = HexColor(value) if value else HexColor(default)
        except (ValueError, TypeError):
            color = HexColor(default)
        return _grey(color) if self.grayscale else color

    def channel(self, value: str | None, index: int) -> Color:
        """A channel's own colour, else a distinct one by its position in the map."""
        return self.color(channel_color(value, index))

    def tint(self, value: str | None, amount: float = 0.85, default: str = "#52606D") -> Color:
        """A light version of a colour, for backgrounds behind text."""
        return self.tint_of(self.color(value, default), amount)

    def tint_of(self, color: Color, amount: float = 0.6) -> Color:
        """``color`` lightened towards white: a quiet border in the colour of its content."""
        return Color(*(c + (1 - c) * amount for c in (color.red, color.green, color.blue)))

    @property
    def ink(self) -> Color:
        return self.color("#1F2933")

    @property
    def muted(self) -> Color:
        return self.color("#616E7C")

    @property
    def rule(self) -> Color:
        return self.color("#CBD2D9")

    @property
    def header(self) -> Color:
        return self.color("#E4EBF2")

    @property
    def paper(self) -> Color:
        return self.color("#FFFFFF")

    @property
    def card(self) -> Color:
        return self.color("#FFFDF5")

    @property
    def accent(self) -> Color:
        return self.color("#3E7CB1")

    @property
    def pain(self) -> Color:
        return self.color("#C2413A")

    @property
    def opportunity(self) -> Color:
        return self.color("#2F855A")

    def emotion(self, value: float | None) -> Color:
        """1 (bad) .. 5 (good), from a soft red through sand to a soft green."""
        scale = ["#D64545", "#E8875B", "#E9C46A", "#8CC084", "#3F9E6E"]
        if value is None:
            return self.muted
        index = max(0, min(4, round(value) - 1))
        return self.color(scale[index])
