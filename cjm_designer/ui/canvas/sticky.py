"""Frozen panes: lane and row titles stay at the left edge, stage headers at the top.

On a projector the room must always see which channel and which stage a card is in,
however far the map is scrolled. The header items stay real scene items (so dragging,
clicking and renaming work as before); the view reports the visible scene rectangle and
they are moved to its left / top edge, within the map, above the cards. Opaque backdrops
cover what scrolls underneath, with a soft shadow on their inner edge.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from . import style
from .items.base import Z_DRAGGED, Z_HEADERS, Z_ROWS

Z_LEFT_BAND = 10
Z_LEFT_HEADERS = 11
Z_TOP_BAND = 12
Z_TOP_HEADERS = 13
Z_CORNER = 14
SHADOW = 7.0


class StickyBackdrop(QGraphicsItem):
    """An opaque band behind pinned headers; ``shadow`` is "right", "bottom" or ""."""

    def __init__(self, z: float, shadow: str):
        super().__init__()
        self.shadow = shadow
        self.title = ""
        self.title_rect = QRectF()
        self._rect = QRectF()
        self.setZValue(z)
        self.setVisible(False)
        # Swallow hovers so cards underneath do not light up through the band.
        self.setAcceptHoverEvents(True)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
            self.update()

    def boundingRect(self) -> QRectF:
        r = self._rect
        if self.shadow == "right":
            return r.adjusted(0, 0, SHADOW, 0)
        if self.shadow == "bottom":
            return r.adjusted(0, 0, 0, SHADOW)
        return QRectF(r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Imported here: its class's enums (170 gradient presets) cost start-up time, and
        # the bands show only once the map is scrolled.
        from PySide6.QtGui import QLinearGradient

        r = self._rect
        painter.fillRect(r, style.BACKGROUND)
        if self.shadow == "right":
            gradient = QLinearGradient(QPointF(r.right(), 0), QPointF(r.right() + SHADOW, 0))
            edge = QRectF(r.right(), r.top(), SHADOW, r.height())
        elif self.shadow == "bottom":
            gradient = QLinearGradient(QPointF(0, r.bottom()), QPointF(0, r.bottom() + SHADOW))
            edge = QRectF(r.left(), r.bottom(), r.width(), SHADOW)
        else:
            edge = None
        if edge is not None:
            gradient.setColorAt(0.0, QColor(20, 30, 50, 46))
            gradient.setColorAt(1.0, QColor(20, 30, 50, 0))
            painter.fillRect(edge, gradient)
        if self.title and not self.title_rect.isEmpty():
            painter.setFont(style.font(14, True))
            painter.setPen(style.BOARD_TEXT)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.save()
            painter.setClipRect(self.title_rect)
            painter.drawText(self.title_rect, int(flags | Qt.TextFlag.TextWordWrap), self.title)
            painter.restore()


class StickyHeaders:
    """Keeps a MapScene's headers pinned to the visible rectangle of its main view."""

    def __init__(self, scene: QGraphicsScene):
        self.scene = scene
        self.visible: QRectF | None = None
        self.offset = QPointF(0, 0)
        self.left_band = StickyBackdrop(Z_LEFT_BAND, "right")
        self.top_band = StickyBackdrop(Z_TOP_BAND, "bottom")
        self.corner = StickyBackdrop(Z_CORNER, "")
        self.bands = (self.left_band, self.top_band, self.corner)
        for band in self.bands:
            scene.addItem(band)

    def pin(self, visible: QRectF | None) -> None:
        """Pin the headers to ``visible`` (scene units); None puts them back in the map."""
        self.visible = QRectF(visible) if visible is not None else None
        self.apply()

    def apply(self) -> None:
        """Place headers for the current layout and visible rectangle (after each re-layout)."""
        scene = self.scene
        layout = scene.layout
        if layout is None:
            return
        m = scene.options.metrics
        dx = dy = 0.0
        visible = self.visible
        header_top = layout.stages[0].header.y if layout.stages else layout.grid.y
        header_h = layout.stages[0].header.h if layout.stages else 0.0
        width, height = layout.size
        if visible is not None:
            dx = max(
                0.0, min(visible.left() - m.margin, width - 2 * m.margin - m.lane_header_width)
            )
            dy = max(
                0.0, min(visible.top() - header_top, height - m.margin - header_h - header_top)
            )
        self.offset = QPointF(dx, dy)
        for box in layout.lanes:
            item = scene.lane_headers.get(box.id)
            if item is not None and item.zValue() != Z_DRAGGED:
                item.setPos(box.header.x + dx, box.header.y)
                item.setZValue(Z_LEFT_HEADERS if dx else Z_HEADERS)
        for row in layout.rows:
            item = scene.row_headers.get(row.id)
            if item is not None:
                item.setPos(row.header.x + dx, row.header.y)
                item.setZValue(Z_LEFT_HEADERS if dx else Z_ROWS)
        for box in layout.stages:
            item = scene.stage_headers.get(box.id)
            if item is not None and item.zValue() != Z_DRAGGED:
                item.setPos(box.header.x, box.header.y + dy)
                item.setZValue(Z_TOP_HEADERS if dy else Z_HEADERS)
        self._place_bands(dx, dy, header_top, header_h)

    def pinned_edges(self) -> tuple[float, float]:
        """The right edge of the lane-name column and the bottom of the stage header row
        (with its band), in scene units, where they are drawn now."""
        layout = self.scene.layout
        m = self.scene.options.metrics
        if layout is None:
            return 0.0, 0.0
        header_top = layout.stages[0].header.y if layout.stages else layout.grid.y
        header_h = layout.stages[0].header.h if layout.stages else 0.0
        dx, dy = self.offset.x(), self.offset.y()
        return m.margin + dx + m.lane_header_width, header_top + dy + header_h + 6

    def _place_bands(self, dx: float, dy: float, header_top: float, header_h: float) -> None:
        scene = self.scene
        layout = scene.layout
        m = scene.options.metrics
        visible = self.visible
        if visible is None or not (dx or dy):
            for band in self.bands:
                band.setVisible(False)
            return
        bounds = QRectF(0, 0, *layout.size)
        view = visible.intersected(bounds)
        column_right = m.margin + dx + m.lane_header_width
        top_bottom = header_top + dy + header_h + 6
        self.left_band.setVisible(bool(dx))
        self.left_band.set_rect(
            QRectF(view.left(), view.top(), column_right - view.left(), view.height())
        )
        self.top_band.setVisible(bool(dy))
        self.top_band.set_rect(
            QRectF(view.left(), view.top(), view.width(), top_bottom - view.top())
        )
        self.corner.setVisible(True)
        corner_bottom = top_bottom if dy else header_top + header_h + 6
        self.corner.set_rect(
            QRectF(view.left(), view.top(), column_right - view.left(), corner_bottom - view.top())
        )
        self.corner.title = scene.journey.title
        self.corner.title_rect = QRectF(
            m.margin + dx + 4, header_top + dy, m.lane_header_width - 12, header_h + 2
        )
        self.corner.update()
