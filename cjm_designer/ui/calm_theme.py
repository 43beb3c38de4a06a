"""The calm look of the editor: a light Fusion palette and the bundled Fira Sans font.

Workshops run on projectors with washed-out colours, so the chrome stays quiet (warm
greys, one teal accent) and leaves contrast to the map itself. The font is bundled so a
map looks the same on every laptop, Cyrillic and Finnish included.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

FUSION_FROM_START = "cjmFusionFromStart"
"""An application property: made with ``-style Fusion``, so the style need not be asked."""
FONT_POINT_SIZE = 10
MACOS_FONT_POINT_SIZE = 13
"""macOS counts 72 points to the logical inch where Windows and Linux count 96 pixels, so
its native text is 13 pt; 10 pt there would be a quarter smaller than every other app."""
WINDOW_FONT_STYLES = ("regular", "bold", "semibold")
"""The faces the window draws with (text, bold canvas text, headings); each file loaded
costs ~2.5 ms at start-up, and the window never shows italics."""

ACCENT = "#2f7d7a"
WINDOW = "#f4f2ee"
BASE = "#fbfaf8"
ALTERNATE = "#efece6"
TEXT = "#2b2d2f"
MUTED = "#7a7d80"
BUTTON = "#ebe8e2"
ERROR = "#b3412f"
WARNING = "#b07a1e"
INFO = "#3d6f9e"


@cache
def load_fonts() -> str:
    """Register the bundled fonts with Qt once; returns the family to use (system sans if
    none). The window and the canvas both call it; a second registration would parse the
    files again."""
    from cjm_designer.fonts import FAMILY, font_paths

    paths = font_paths()
    wanted = [paths[style] for style in WINDOW_FONT_STYLES if style in paths]
    loaded = [QFontDatabase.addApplicationFont(str(path)) for path in wanted]
    return FAMILY if any(font_id >= 0 for font_id in loaded) else QFont().defaultFamily()


def palette_of(roles: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    """A palette with these colours, and ``disabled_text`` for text that is greyed out."""
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def calm_palette() -> QPalette:
    roles = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: BASE,
        QPalette.ColorRole.AlternateBase: ALTERNATE,
        QPalette.ColorRole.ToolTipBase: BASE,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: MUTED,
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: BUTTON,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#e2ded6",
        QPalette.ColorRole.Mid: "#c9c4bb",
        QPalette.ColorRole.Dark: "#a39e95",
        QPalette.ColorRole.Shadow: "#6d6a65",
    }
    return palette_of(roles, MUTED)


def apply_theme(app: QApplication) -> str:
    """Fusion style, the calm palette and the bundled font; returns the font family used."""
    if not app.property(FUSION_FROM_START) and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # making a new one costs ~10 ms at start-up
    app.setPalette(calm_palette())
    family = load_fonts()
    app.setFont(QFont(family, window_font_point_size()))
    return family


def window_font_point_size(platform: str | None = None) -> int:
    """The window's text size in points: as large as the platform's own text."""
    import sys

    return MACOS_FONT_POINT_SIZE if (platform or sys.platform) == "darwin" else FONT_POINT_SIZE
