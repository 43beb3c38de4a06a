"""Shared bits of canvas items: placing an item on its layout box, text drawing."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from cjm_designer.layout import Metrics, Rect

Z_GRID = 0
Z_ROWS = 1
Z_HEADERS = 2
Z_VISIBILITY = 3
Z_CARDS = 5
Z_FLOWS = 6
Z_ARROWS = 7
Z_CURVES = 8
Z_DRAGGED = 20
Z_OVERLAY = 25
Z_EDITOR = 30
READABLE_PX = 4.0
"""Text lower than this many device pixels is drawn as bars (see ``draw_lines``)."""


def marks_shown(item: QGraphicsItem) -> bool:
    """False while the scene is presented (F5): the room sees the map, not the selection
    frame or the hover handles of the editor."""
    return not getattr(item.scene(), "presenting", False)


def shown_selected(item: QGraphicsItem) -> bool:
    """Paint as selected: selected, and not presented."""
    return item.isSelected() and marks_shown(item)


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class BoxItem(QGraphicsItem):
    """An item that occupies one layout rectangle; re-layout moves it instead of rebuilding."""

    def __init__(self, rect: Rect, parent: QGraphicsItem | None = None):
        super().__init__(parent)
        self._size = (rect.w, rect.h)
        self.setPos(rect.x, rect.y)

    def place(self, rect: Rect) -> None:
        """Move and resize to a new layout rectangle (cheap when nothing changed)."""
        if (rect.w, rect.h) != self._size:
            self.prepareGeometryChange()
            self._size = (rect.w, rect.h)
            self.update()
        if self.pos() != QPointF(rect.x, rect.y):
            self.setPos(rect.x, rect.y)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, *self._size)

    @property
    def width(self) -> float:
        return self._size[0]

    @property
    def height(self) -> float:
        return self._size[1]


class EntityItem(BoxItem):
    """A selectable box drawing one model entity; repaints when its selection changes."""

    def __init__(self, entity_id: str, rect: Rect, metrics: Metrics, z: float):
        super().__init__(rect)
        self.entity_id = entity_id
        self.metrics = metrics
        self.setZValue(z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)


class HoverEntityItem(EntityItem):
    """An entity item that paints a hover state (link handle, highlight)."""

    def __init__(self, entity_id: str, rect: Rect, metrics: Metrics, z: float):
        super().__init__(entity_id, rect, metrics, z)
        self.hovered = False

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()

    @property
    def hover_shown(self) -> bool:
        """Paint the hover state (the link handle): hovered, and not presented."""
        return self.hovered and marks_shown(self)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()


def draw_lines(
    painter: QPainter,
    lines: tuple[str, ...] | list[str],
    font: QFont,
    x: float,
    y: float,
    color: QColor,
    line_height: float | None = None,
) -> float:
    """Draw pre-wrapped lines top-down from (x, y); returns the y below the last line.

    Text too small to read on screen (the Overview, a far zoom) is drawn as grey bars,
    as drawing editors do: glyphs are the costliest thing the canvas paints, and the
    Overview paints the whole map.
    """
    metrics = QFontMetricsF(font)
    step = line_height or metrics.height()
    if too_small_to_read(painter, metrics.height()):
        _draw_bars(painter, lines, metrics, x, y, step, color)
        return y + step * len(lines)
    painter.setFont(font)
    painter.setPen(color)
    baseline = y + metrics.ascent()
    for line in lines:
        painter.drawText(QPointF(x, baseline), line)
        baseline += step
    return y + step * len(lines)


def too_small_to_read(painter: QPainter, height: float) -> bool:
    """Would ``height`` scene units of text be under READABLE_PX pixels on the device?"""
    scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
    return height * scale < READABLE_PX


def fill_rect(painter: QPainter, rect: QRectF, color: QColor) -> None:
    """``painter.fillRect(rect, color)``, drawn as a rectangle without an outline.

    Choosing among fillRect's overloads (one takes a gradient preset) makes PySide build
    QGradient's enums, 170 presets and 13 million instructions, before the first frame.
    The same fill, antialiased or not as the painter is, without that detour.
    """
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRect(rect)
    painter.restore()


def _draw_bars(painter, lines, metrics: QFontMetricsF, x, y, step, color: QColor) -> None:
    bar = QColor(color)
    bar.setAlphaF(0.35)
    average = metrics.averageCharWidth()
    thickness = metrics.xHeight()
    top = y + metrics.ascent() - thickness
    for line in lines:
        if line.strip():
            fill_rect(painter, QRectF(x, top, average * len(line), thickness), bar)
        top += step
