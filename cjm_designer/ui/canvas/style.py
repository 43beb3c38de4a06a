"""The canvas look: one calm palette, the bundled font, and a Qt text measurer.

Layout measures text through :class:`QtMeasurer`, and items paint with the very same
QFont objects, so the wrapped lines computed in ``layout/`` fit when drawn.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont, QFontMetricsF

from cjm_designer.layout.colors import channel_color
from cjm_designer.model import TransitionKind

from .. import script_fonts
from ..calm_theme import load_fonts

BACKGROUND = QColor("#f6f7f9")
GRID_LINE = QColor("#dde1e7")
LANE_FILL = QColor("#ffffff")
LANE_FILL_ALT = QColor("#fbfbfd")
BACKSTAGE_FILL = QColor("#f1f2f6")
ROW_FILL = QColor("#fbfbfc")
LANE_HEADER_FILL = QColor("#ffffff")
BACKSTAGE_HEADER_FILL = QColor("#f1f2f6")
"""Lane headers are labels on paper, like the cards, in either theme: the dark theme
darkens the lane bands behind the cards, never the labels, whose text is HEADER_TEXT."""
HEADER_TEXT = QColor("#1f2933")
MUTED_TEXT = QColor("#5f6b7a")
CARD_FILL = QColor("#ffffff")
CARD_BORDER = QColor("#cfd5dd")
CARD_SHADOW = QColor(20, 30, 50, 22)
SELECTION = QColor("#2f6fde")
DROP_TARGET = QColor(47, 111, 222, 40)
DROP_LINE = QColor("#2f6fde")
PAIN = QColor("#d64545")
OPPORTUNITY = QColor("#2f9e6b")
VOTES = QColor("#7b5cc4")
VISIBILITY = QColor("#8a94a3")
BOARD_TEXT = QColor("#5f6b7a")
"""Text drawn straight on the board (the map title); themes.py changes it with the board."""

STAGE_COLORS = [
    "#dbe8fb", "#dff3ea", "#fdebd3", "#ece3f8", "#fbe0e3", "#e1f2f7", "#f3f0d7", "#e6e9ef",
]  # fmt: skip
# Okabe–Ito colours, told apart with colour-blindness too (tests/gui/test_accessibility.py);
# persona curves also differ by point marker and dash (items/emotion.py). Channels take
# the print's colours (layout.colors), so the wall poster matches the projector.
PERSONA_COLORS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"]
EMOTION_COLORS = {1: "#d64545", 2: "#ef8a3c", 3: "#c9b12d", 4: "#74b84a", 5: "#2f9e6b"}

TRANSITION_STYLES: dict[TransitionKind, tuple[str, str]] = {
    # kind: (colour, dash pattern name)
    TransitionKind.FORWARD: ("#4b5563", "solid"),
    TransitionKind.BACK: ("#d9480f", "dash"),
    TransitionKind.SKIP: ("#2f6fde", "dot"),
    TransitionKind.REFERRAL: ("#2b8a3e", "dashdot"),
    TransitionKind.EXIT: ("#c92a2a", "solid"),
}
FLOW_COLOR = QColor("#7a8699")


def color_or(value: str | None, fallback: str) -> QColor:
    color = QColor(value) if value else QColor()
    return color if color.isValid() else QColor(fallback)


def stage_color(color: str | None, index: int) -> QColor:
    return color_or(color, STAGE_COLORS[index % len(STAGE_COLORS)])


@cache
def lane_color(color: str | None, index: int) -> QColor:
    """The colour of the channel at ``index`` among the map's channels, as the PDF draws
    it. Cached, so unchanged lanes hand out the same object (a cheap identity check)."""
    return color_or(color, channel_color(None, index))


def persona_color(color: str | None, index: int) -> QColor:
    return color_or(color, PERSONA_COLORS[index % len(PERSONA_COLORS)])


@cache
def font(size: float, bold: bool = False) -> QFont:
    """The canvas font at ``size`` layout units (pixels at 100% zoom)."""
    result = QFont(load_fonts())
    result.setPixelSize(max(1, round(size)))
    result.setBold(bold)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    result.setKerning(True)
    return result


class QtMeasurer:
    """Layout's TextMeasurer backed by QFontMetricsF of the fonts the items paint with."""

    def __init__(self) -> None:
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}
        self._widths: dict[tuple[str, float, bool], float] = {}
        self._generation = script_fonts.generation

    def fonts_changed(self) -> bool:
        """True (once, caches dropped) if a fallback font was registered since the last
        measurement: Thai measured as empty boxes has another width than Thai drawn."""
        if self._generation == script_fonts.generation:
            return False
        self._generation = script_fonts.generation
        self._metrics.clear()
        self._widths.clear()
        return True

    def _fm(self, size: float, bold: bool) -> QFontMetricsF:
        key = (size, bold)
        metrics = self._metrics.get(key)
        if metrics is None:
            metrics = self._metrics[key] = QFontMetricsF(font(size, bold))
        return metrics

    def width(self, text: str, size: float, bold: bool = False) -> float:
        if self._generation != script_fonts.generation:
            self.fonts_changed()
        key = (text, size, bold)
        found = self._widths.get(key)
        if found is None:
            if len(self._widths) > 200_000:
                self._widths.clear()
            found = self._widths[key] = self._fm(size, bold).horizontalAdvance(text)
        return found

    def line_height(self, size: float) -> float:
        return self._fm(size, False).height()
