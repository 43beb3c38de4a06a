"""PNG and SVG pictures of a map, drawn by the same scene items as the canvas.

A picture is rendered from a fresh, off-screen :class:`MapScene` over a copy of the
map, so the editor's selection, hover and drop markers never leak into it and the
export can run while the user keeps the window. Scene units are points (1/72 inch,
see ``layout.Metrics``), so a picture at ``dpi`` is ``size * dpi / 72`` pixels.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from cjm_designer.io.atomic import write_atomic
from cjm_designer.layout.filters import View
from cjm_designer.messages import Message
from cjm_designer.model import JourneyMap

from ..canvas.scene import MapScene
from ..controller import DocumentController

MIN_DPI = 36
MAX_DPI = 300
DEFAULT_DPI = 150
POINTS_PER_INCH = 72.0
MAX_PIXELS = 400_000_000  # ~1.6 GB of ARGB32; a 300 dpi A0-sized map fits
MAX_SIDE = 32_000  # PNG viewers and QPainter's raster engine stay reliable below this
PADDING = 12.0  # points around a selection


class PictureTooLargeError(ValueError):
    """The picture would not fit in memory at the asked resolution."""


def offscreen_scene(journey: JourneyMap, view: View | None = None) -> MapScene:
    """A scene laid out like the canvas, over a private copy of ``journey``."""
    view = view or View()
    controller = DocumentController(journey.copy())
    scene = MapScene(controller)
    if view != View():
        scene.set_filters(view.persona, view.scenario, view.rows)
    scene.flush()
    for item in scene.items():
        # The canvas caches cards as pixmaps for speed; a picture wants them drawn afresh
        # at its own resolution, and SVG wants text and paths, not embedded bitmaps.
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return scene


def pixel_size(rect: QRectF, dpi: float) -> QSize:
    scale = dpi / POINTS_PER_INCH
    return QSize(max(1, math.ceil(rect.width() * scale)), max(1, math.ceil(rect.height() * scale)))


def max_dpi_for(rect: QRectF) -> int:
    """The highest DPI (at most MAX_DPI) at which ``rect`` still fits the pixel limits."""
    area = max(1.0, rect.width() * rect.height()) / POINTS_PER_INCH**2
    by_area = math.sqrt(MAX_PIXELS / area)
    by_side = MAX_SIDE * POINTS_PER_INCH / max(1.0, rect.width(), rect.height())
    return max(1, min(MAX_DPI, math.floor(min(by_area, by_side))))


def render_image(scene: MapScene, dpi: float, rect: QRectF | None = None) -> QImage:
    """The scene (or ``rect`` of it, in points) as an image at ``dpi``."""
    source = QRectF(rect) if rect is not None else scene.sceneRect()
    size = pixel_size(source, dpi)
    if (
        size.width() > MAX_SIDE
        or size.height() > MAX_SIDE
        or (size.width() * size.height() > MAX_PIXELS)
    ):
        raise PictureTooLargeError(
            Message(
                "export.picture.too-many-pixels",
                width=size.width(),
                height=size.height(),
                dpi=max_dpi_for(source),
            )
        )
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_meter = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    image.fill(scene.backgroundBrush().color())
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    target = QRectF(0, 0, size.width(), size.height())
    scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    return image


def map_image(
    journey: JourneyMap, dpi: float = DEFAULT_DPI, view: View | None = None, ids=None
) -> QImage:
    """The whole map, or only the entities ``ids`` (with a little room around them)."""
    scene = offscreen_scene(journey, view)
    rect = selection_rect(scene, ids) if ids else None
    return render_image(scene, dpi, rect)


def selection_rect(scene: MapScene, ids) -> QRectF | None:
    """The area covered by the items of ``ids`` in ``scene``; None when none is drawn."""
    rect = QRectF()
    for entity_id in ids:
        item = scene.entity_item(entity_id)
        if item is not None:
            rect = rect.united(item.sceneBoundingRect())
    if rect.isEmpty():
        return None
    padded = rect.adjusted(-PADDING, -PADDING, PADDING, PADDING)
    return padded.intersected(scene.sceneRect())


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(0, Message("export.picture.png-failed"))
    buffer.close()
    return bytes(data)


def export_png(
    journey: JourneyMap,
    path: str | os.PathLike,
    dpi: float = DEFAULT_DPI,
    view: View | None = None,
) -> QSize:
    """Write a PNG of the map at ``dpi`` (MIN_DPI..MAX_DPI); returns its pixel size."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ValueError(Message("export.picture.dpi", low=MIN_DPI, high=MAX_DPI))
    image = map_image(journey, dpi, view)
    if journey.title:
        image.setText("Title", journey.title)
    image.setText("Software", "CJM Designer")
    write_atomic(path, png_bytes(image))
    return image.size()


def svg_bytes(journey: JourneyMap, view: View | None = None) -> bytes:
    """The map as SVG, one user unit per point; text stays text (searchable, editable)."""
    scene = offscreen_scene(journey, view)
    rect = scene.sceneRect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = QSize(math.ceil(rect.width()), math.ceil(rect.height()))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(round(POINTS_PER_INCH))
    generator.setTitle(journey.title or "Customer journey map")
    generator.setDescription(journey.description or "")
    painter = QPainter(generator)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), rect)
    painter.end()
    buffer.close()
    return bytes(data)


def export_svg(journey: JourneyMap, path: str | os.PathLike, view: View | None = None) -> Path:
    write_atomic(path, svg_bytes(journey, view))
    return Path(path)
