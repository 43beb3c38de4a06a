"""The command line's one door into Qt: pictures and slides drawn without a window.

``cjm-designer export -o OUT.png|OUT.svg|OUT.pptx`` draws with the canvas scene, so it
needs Qt; ``commands/_pictures.py`` may import this module and nothing else of ``ui``
(an import-linter contract checks it). Qt loads only inside these functions, after the
platform is chosen, so importing this module costs nothing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cjm_designer.export.pptx_deck import DeckResult
    from cjm_designer.layout.filters import View
    from cjm_designer.model import JourneyMap


def needs_offscreen(platform: str | None = None, environ: Mapping[str, str] | None = None) -> bool:
    """True when Qt would find no screen: an X11/Wayland system with neither display set.

    Windows and macOS never set ``DISPLAY``; their own platform plugin always works in a
    user's session, draws with the system's fonts, and is what the window uses, so the
    pictures come out the same. A platform chosen by the user (QT_QPA_PLATFORM) stays.
    """
    platform = platform or sys.platform
    environ = os.environ if environ is None else environ
    if "QT_QPA_PLATFORM" in environ or platform in ("win32", "darwin"):
        return False
    return not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY")


def ensure_qt_application():
    """A QApplication (the scene needs widgets' fonts), offscreen when there is no display.

    The platform must be chosen before PySide6 starts, so the environment is set first.
    """
    if needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    app = QApplication(["cjm-designer"])
    # The picture's row titles and arrow words in the command line's language, as the
    # window would draw them (the PDF exporter uses the map's language instead).
    from cjm_designer.messages import current_language

    from .i18n import install_translations

    install_translations(app, current_language())
    return app


def write_png(journey: JourneyMap, output: str | Path, dpi: float, view: View) -> tuple[int, int]:
    """Write a PNG of the map; its size in pixels. MapSaveError, OSError or ValueError."""
    from .export.image_export import export_png

    size = export_png(journey, output, dpi, view)
    return size.width(), size.height()


def write_svg(journey: JourneyMap, output: str | Path, view: View) -> None:
    """Write an SVG of the map. MapSaveError, OSError or ValueError."""
    from .export.image_export import export_svg

    export_svg(journey, output, view)


def write_pptx(journey: JourneyMap, output: str | Path, view: View) -> DeckResult:
    """Write a PowerPoint deck with the map's picture. OSError or ValueError."""
    from .export.pptx_export import export_pptx

    return export_pptx(journey, output, view=view)
