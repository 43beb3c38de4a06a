"""Pages of a PDF we wrote, as images: for the export dialog's preview and for printing.

Rasterizing the real PDF (with PDFium, bundled by the ``pypdfium2`` wheel) means the
preview and the printout show exactly the pages the file holds: the same fonts, title
block, scale and tiling, with no second drawing of the map to keep in step. The raw
pixels are made in whatever thread calls; :func:`to_qimage` wraps them in the GUI thread.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

from cjm_designer.model.records import Record, record

POINTS_PER_INCH = 72.0


@record(slots=False)
class PageImage(Record):
    """One rendered page: BGRx pixels, and the page's size in points."""

    width: int
    height: int
    stride: int
    pixels: bytes
    width_pt: float
    height_pt: float


def page_sizes(path: str | os.PathLike) -> list[tuple[float, float]]:
    """Every page's (width, height) in points."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [tuple(document[i].get_size()) for i in range(len(document))]
    finally:
        document.close()


def render_pages(
    path: str | os.PathLike,
    dpi: float | None = None,
    max_side: int | None = None,
    max_pixels: int = 120_000_000,
    first: int = 0,
    last: int | None = None,
) -> Iterator[PageImage]:
    """Pages ``first..last`` at ``dpi``, or scaled so the long side is ``max_side`` pixels.

    ``max_pixels`` caps one page (an A0 poster at printer resolution would need GBs).
    """
    document = pdfium.PdfDocument(str(path))
    try:
        stop = len(document) if last is None else min(last + 1, len(document))
        for index in range(first, stop):
            page = document[index]
            width_pt, height_pt = page.get_size()
            if max_side is not None:
                scale = max_side / max(width_pt, height_pt)
            else:
                scale = (dpi or 150.0) / POINTS_PER_INCH
            area = width_pt * height_pt * scale * scale
            if area > max_pixels:
                scale *= (max_pixels / area) ** 0.5
            bitmap = page.render(scale=scale, prefer_bgrx=True, may_draw_forms=False)
            try:
                yield PageImage(
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    bytes(bitmap.buffer),
                    width_pt,
                    height_pt,
                )
            finally:
                bitmap.close()
                page.close()
    finally:
        document.close()


def to_qimage(page: PageImage) -> QImage:
    """A QImage owning a copy of the pixels (BGRx in memory is RGB32 on every platform
    Qt runs on with little-endian byte order)."""
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB32)
    copy = image.copy()
    dots = round(page.width / page.width_pt * POINTS_PER_INCH / 0.0254)
    copy.setDotsPerMeterX(dots)
    copy.setDotsPerMeterY(dots)
    return copy
