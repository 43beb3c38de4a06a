"""The print shop's frame for each sheet of a tiled print: bleed, TrimBox, BleedBox and
crop marks, as a single-sheet poster gets them from ``pdf_poster.new_canvas``.

Tiles (``--kind tiles``, and blank grids too large for one sheet) start every page with
``start_sheet`` and end it with ``finish_sheet``; without bleed the page is the sheet and
both boxes are the sheet, as before.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from cjm_designer.layout.paper import Paper

from .pdf_poster import MARK_ROOM, draw_crop_marks


def start_sheet(canvas: Canvas, sheet: Paper, bleed: float) -> None:
    """Size the page about to be drawn: the trimmed ``sheet`` plus ``bleed`` and room for
    crop marks on every side, with drawing coordinates left those of the trimmed sheet."""
    slug = bleed + MARK_ROOM if bleed > 0 else 0.0
    canvas.setPageSize((sheet.width + 2 * slug, sheet.height + 2 * slug))
    canvas.setTrimBox((slug, slug, slug + sheet.width, slug + sheet.height))
    canvas.setBleedBox(
        (slug - bleed, slug - bleed, slug + sheet.width + bleed, slug + sheet.height + bleed)
    )
    if slug:
        canvas.translate(slug, slug)


def finish_sheet(canvas: Canvas, sheet: Paper, bleed: float) -> None:
    """Crop marks at the trim's corners, outside the bleed (none without bleed)."""
    draw_crop_marks(canvas, sheet, bleed)
