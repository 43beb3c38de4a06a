"""PowerPoint export: the map picture rendered by Qt, the deck built by ``export.pptx_deck``.

The picture comes from the same scene drawing as the canvas and the PNG export; the
deck module never imports Qt, so only this glue knows both.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from cjm_designer.export.pptx_deck import DeckResult, build_deck
from cjm_designer.model import JourneyMap

from .image_export import View, map_image, max_dpi_for, offscreen_scene, png_bytes

if TYPE_CHECKING:
    from ..window_parts import WindowParts

SLIDE_DPI = 200
"""Sharp on a projector and when zoomed in PowerPoint, a few MB for a big map."""


def deck_picture(journey: JourneyMap, view: View | None = None) -> bytes:
    """The whole map as PNG bytes for the map slide (GUI thread: it draws a scene)."""
    rect = offscreen_scene(journey, view).sceneRect()
    image: QImage = map_image(journey, min(SLIDE_DPI, max_dpi_for(rect)), view)
    return png_bytes(image)


def export_pptx(
    journey: JourneyMap, path: str | os.PathLike, progress=None, view: View | None = None
) -> DeckResult:
    """Render the picture, then build and write the deck (one call, e.g. for the CLI)."""
    return build_deck(journey, path, deck_picture(journey, view), progress)


def run_pptx_export(parts: WindowParts) -> bool:
    """File > Export > PowerPoint…: the picture now, the slides behind a progress dialog."""
    from ..dialogs import messages
    from . import files
    from .progress import run_with_progress

    window = parts.window
    path = files.ask_export_path(
        window,
        parts.controller,
        QCoreApplication.translate("PptxExport", "Export PowerPoint"),
        QCoreApplication.translate("PptxExport", "PowerPoint presentations (*.pptx)"),
        ".pptx",
    )
    if not path:
        return False
    journey = parts.controller.journey.copy()
    picture = deck_picture(journey)
    outcome = run_with_progress(
        window,
        QCoreApplication.translate("PptxExport", "Writing {name}…").format(name=Path(path).name),
        lambda progress: build_deck(journey, path, picture, progress),
    )
    if outcome.cancelled:
        window.statusBar().showMessage(
            QCoreApplication.translate("PptxExport", "Export cancelled; no file was written."), 5000
        )
        return False
    if outcome.error is not None:
        messages.show_error(
            window,
            QCoreApplication.translate("PptxExport", "Cannot export PowerPoint"),
            QCoreApplication.translate(
                "PptxExport", "The presentation was not written: {reason}"
            ).format(reason=outcome.error),
        )
        return False
    assert outcome.value is not None  # neither cancelled nor failed: the deck was built
    window.statusBar().showMessage(
        QCoreApplication.translate("PptxExport", "Exported {slides} slides to {path}").format(
            slides=outcome.value.slides, path=path
        ),
        8000,
    )
    return True
