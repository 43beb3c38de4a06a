"""Light and dark looks for the window and the canvas; printing never reads them.

The light theme is the calm workshop palette of ``calm_theme.py``. The dark theme darkens the
window chrome and the canvas *board* (background, swimlane bands, grid lines) while cards,
stage and lane headers and the rows under the grid stay paper-coloured with dark text:
sticky notes on a dark wall. That keeps text contrast identical in both themes (checked
by tests against WCAG 4.5:1) and the canvas close to what the printed poster looks like.
"System" follows the platform's colour scheme.

The PDF exporter lives in ``export/`` and cannot import this module (layer contracts), so
printed output is the same whatever theme the window shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from cjm_designer.model.records import Record, record

from . import calm_theme as calm
from .canvas import style
from .chrome import install_focus_ring


@record(slots=False)
class BoardColors(Record):
    """The canvas colours a theme changes (names of ``canvas/style.py`` constants)."""

    BACKGROUND: str
    GRID_LINE: str
    LANE_FILL: str
    LANE_FILL_ALT: str
    BACKSTAGE_FILL: str
    BOARD_TEXT: str


LIGHT_BOARD = BoardColors(
    BACKGROUND="#f6f7f9",
    GRID_LINE="#dde1e7",
    LANE_FILL="#ffffff",
    LANE_FILL_ALT="#fbfbfd",
    BACKSTAGE_FILL="#f1f2f6",
    BOARD_TEXT="#5f6b7a",
)
DARK_BOARD = BoardColors(
    BACKGROUND="#1b1e22",
    GRID_LINE="#3a414b",
    LANE_FILL="#23272d",
    LANE_FILL_ALT="#262a31",
    BACKSTAGE_FILL="#1f2227",
    BOARD_TEXT="#c3cad3",
)

DARK_CHROME = {
    QPalette.ColorRole.Window: "#25282c",
    QPalette.ColorRole.WindowText: "#e8e6e3",
    QPalette.ColorRole.Base: "#1c1e21",
    QPalette.ColorRole.AlternateBase: "#2b2e33",
    QPalette.ColorRole.ToolTipBase: "#2b2e33",
    QPalette.ColorRole.ToolTipText: "#e8e6e3",
    QPalette.ColorRole.PlaceholderText: "#9a9fa6",
    QPalette.ColorRole.Text: "#e8e6e3",
    QPalette.ColorRole.Button: "#2f3338",
    QPalette.ColorRole.ButtonText: "#e8e6e3",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#3f9c98",
    QPalette.ColorRole.HighlightedText: "#0d1414",
    QPalette.ColorRole.Link: "#6cc7c2",
    QPalette.ColorRole.Light: "#3d4147",
    QPalette.ColorRole.Midlight: "#34383d",
    QPalette.ColorRole.Mid: "#4a4f56",
    QPalette.ColorRole.Dark: "#16181b",
    QPalette.ColorRole.Shadow: "#0b0c0d",
}
DARK_DISABLED_TEXT = "#8a8f96"


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def resolve(name: str) -> str:
    """ "light" or "dark" for a setting of "system", "light" or "dark"."""
    if name in ("light", "dark"):
        return name
    return "dark" if system_prefers_dark() else "light"


def dark_palette() -> QPalette:
    return calm.palette_of(DARK_CHROME, DARK_DISABLED_TEXT)


def board(name: str) -> BoardColors:
    return DARK_BOARD if resolve(name) == "dark" else LIGHT_BOARD


def apply_canvas_colors(name: str) -> BoardColors:
    """Point the canvas style constants at the theme's board colours (read at paint time)."""
    colors = board(name)
    for field, value in colors.__dict__.items():
        setattr(style, field, QColor(value))
    return colors


def refresh_scenes(app: QApplication) -> None:
    """Repaint open canvases after a theme switch (their background brush is a copy)."""
    for widget in app.topLevelWidgets():
        if hasattr(widget, "refresh_canvas_colors"):  # a document window (MainWindow)
            widget.refresh_canvas_colors()


def apply(app: QApplication, name: str = "system") -> str:
    """Fusion style with the light or dark palette, the bundled font and canvas colours.

    Returns the theme actually used ("light" or "dark").
    """
    used = resolve(name)
    calm.apply_theme(app)
    if used == "dark":
        app.setPalette(dark_palette())
    install_focus_ring(app)
    app.setProperty("cjmTheme", used)
    apply_canvas_colors(used)
    refresh_scenes(app)
    return used


def current(app: QApplication) -> str:
    return str(app.property("cjmTheme") or "light")
