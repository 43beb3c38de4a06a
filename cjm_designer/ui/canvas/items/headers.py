"""Stage headers (top), lane headers (left), and the grid background behind the cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjm_designer.layout import LaneBox, MapLayout, Metrics, StageBox
from cjm_designer.model import Channel, Duration, DurationUnit, Stage
from cjm_designer.model.duration_text import format_duration

from .. import style
from .base import (
    Z_GRID,
    Z_HEADERS,
    EntityItem,
    HoverEntityItem,
    draw_lines,
    fill_rect,
    shown_selected,
)

RESIZE_ZONE = 6.0
HANDLE_SIZE = 18.0
"""The new-transition handle: big enough to find and to hit on a projector at 100%."""


def duration_text(duration: Duration) -> str:
    """A stage's duration in the UI language ("2 нед.", "3 pv"), not the file form "2w"."""
    units = {
        DurationUnit.MINUTES: QCoreApplication.translate("Duration", "min"),
        DurationUnit.HOURS: QCoreApplication.translate("Duration", "h"),
        DurationUnit.DAYS: QCoreApplication.translate("Duration", "d"),
        DurationUnit.WEEKS: QCoreApplication.translate("Duration", "wk"),
        DurationUnit.MONTHS: QCoreApplication.translate("Duration", "mo"),
    }
    return format_duration(duration, units=units, decimal=QLocale().decimalPoint())


class StageHeaderItem(HoverEntityItem):
    """A coloured stage header: name, duration; a resize edge and a new-transition handle."""

    def __init__(self, stage: Stage, box: StageBox, metrics: Metrics):
        super().__init__(stage.id, box.header, metrics, Z_HEADERS)
        self.stage = stage
        self.box = box

    def set_content(self, stage: Stage, box: StageBox) -> None:
        changed = stage is not self.stage or box.name_lines != self.box.name_lines
        changed = changed or box.index != self.box.index
        self.stage, self.box = stage, box
        self.place(box.header)
        if changed:
            self.update()

    def resize_zone(self) -> QRectF:
        return QRectF(self.width - RESIZE_ZONE, 0, RESIZE_ZONE + 2, self.height)

    def link_handle(self) -> QRectF:
        """Press here and drag to another stage to draw a new transition."""
        return QRectF(
            self.width - RESIZE_ZONE - HANDLE_SIZE - 3,
            (self.height - HANDLE_SIZE) / 2,
            HANDLE_SIZE,
            HANDLE_SIZE,
        )

    def hoverLeaveEvent(self, event) -> None:
        self.unsetCursor()
        super().hoverLeaveEvent(event)

    def hoverMoveEvent(self, event) -> None:
        if self.resize_zone().contains(event.pos()):
            self.setCursor(Qt.CursorShape.SizeHorCursor)
        elif self.link_handle().contains(event.pos()):
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = self.metrics
        color = style.stage_color(self.stage.color, self.box.index)
        rect = QRectF(0.5, 0.5, self.width - 1, self.height - 1)
        path = QPainterPath()
        path.addRoundedRect(rect, 7, 7)
        painter.fillPath(path, color)
        selected = shown_selected(self)
        painter.setPen(
            QPen(style.SELECTION if selected else color.darker(112), 2 if selected else 1)
        )
        painter.drawPath(path)
        pad = m.header_padding
        bottom = draw_lines(
            painter,
            self.box.name_lines,
            style.font(m.header_name_size, True),
            pad,
            pad,
            style.HEADER_TEXT,
        )
        meta = []
        if self.stage.duration is not None:
            meta.append(duration_text(self.stage.duration))
        if self.stage.final:  # a word, not a sign: a square read as a stray mark
            meta.append(QCoreApplication.translate("StageHeader", "final stage"))
        if meta:
            draw_lines(
                painter,
                (" · ".join(meta),),
                style.font(m.header_meta_size),
                pad,
                bottom + 2,
                style.MUTED_TEXT,
            )
        if self.hover_shown or selected:
            handle = self.link_handle()
            painter.setPen(QPen(style.SELECTION, 1.6))
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(handle)
            c = handle.center()
            arm = HANDLE_SIZE / 4
            painter.drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()))
            painter.drawLine(
                QPointF(c.x() + arm / 2, c.y() - arm / 1.5), QPointF(c.x() + arm, c.y())
            )
            painter.drawLine(
                QPointF(c.x() + arm / 2, c.y() + arm / 1.5), QPointF(c.x() + arm, c.y())
            )
            painter.setPen(QPen(color.darker(130), 2))
            painter.drawLine(
                QPointF(self.width - 3, self.height / 2 - 8),
                QPointF(self.width - 3, self.height / 2 + 8),
            )


class LaneHeaderItem(EntityItem):
    """A channel's name at the left of its swimlane, with its colour bar."""

    def __init__(self, channel: Channel, box: LaneBox, metrics: Metrics):
        super().__init__(channel.id, box.header, metrics, Z_HEADERS)
        self.channel = channel
        self.box = box
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def set_content(self, channel: Channel, box: LaneBox) -> None:
        changed = channel is not self.channel or box.name_lines != self.box.name_lines
        changed = changed or box.index != self.box.index  # moved: the colour follows
        self.channel, self.box = channel, box
        self.place(box.header)
        if changed:
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = self.metrics
        fill = style.BACKSTAGE_HEADER_FILL if self.channel.backstage else style.LANE_HEADER_FILL
        fill_rect(painter, QRectF(0, 0, self.width, self.height), fill)
        fill_rect(
            painter,
            QRectF(0, 0, 4, self.height),
            style.lane_color(self.channel.color, self.box.index),
        )
        painter.setPen(QPen(style.GRID_LINE, 1))
        painter.drawLine(QPointF(0, self.height - 0.5), QPointF(self.width, self.height - 0.5))
        painter.drawLine(QPointF(self.width - 0.5, 0), QPointF(self.width - 0.5, self.height))
        if shown_selected(self):
            painter.setPen(QPen(style.SELECTION, 2))
            painter.drawRect(QRectF(1, 1, self.width - 2, self.height - 2))
        draw_lines(
            painter,
            self.box.name_lines,
            style.font(m.lane_name_size, True),
            m.cell_padding + 2,
            m.cell_padding,
            style.HEADER_TEXT,
        )


class GridItem(QGraphicsItem):
    """The swimlane bands and stage column lines behind the cards, painted as one item."""

    def __init__(self) -> None:
        super().__init__()
        self.layout: MapLayout | None = None
        self.channels: dict[str, Channel] = {}
        self.header_width = 0.0
        self.title = ""
        self._bounds = QRectF()
        self.setZValue(Z_GRID)

    def set_layout(
        self, layout: MapLayout, channels: dict[str, Channel], header_width: float, title: str = ""
    ) -> None:
        self.prepareGeometryChange()
        self.header_width = header_width
        self.title = title
        self.layout = layout
        self.channels = channels
        self._bounds = QRectF(0, 0, *layout.size)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        layout = self.layout
        if layout is None:
            return
        exposed = option.exposedRect
        for lane in layout.lanes:
            band = QRectF(lane.rect.x, lane.rect.y, lane.rect.w, lane.rect.h)
            if not band.intersects(exposed):
                continue
            fill = (
                style.BACKSTAGE_FILL
                if lane.backstage
                else (style.LANE_FILL if lane.order % 2 == 0 else style.LANE_FILL_ALT)
            )
            fill_rect(painter, band, fill)
            painter.setPen(QPen(style.GRID_LINE, 1))
            painter.drawLine(
                QPointF(band.left(), band.bottom() - 0.5),
                QPointF(band.right(), band.bottom() - 0.5),
            )
        header_right = layout.grid.x + self.header_width
        if self.title and layout.stages:
            top = layout.stages[0].header.y
            corner = QRectF(layout.grid.x + 4, top, self.header_width - 12, layout.grid.y - top - 4)
            painter.setFont(style.font(14, True))
            painter.setPen(style.BOARD_TEXT)
            flags = (
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap
            )
            painter.save()
            painter.setClipRect(corner)
            painter.drawText(corner, int(flags), self.title)
            painter.restore()
        for row in layout.rows:
            band = QRectF(header_right, row.rect.y, row.rect.right - header_right, row.rect.h)
            if not band.intersects(exposed):
                continue
            fill_rect(painter, band, style.ROW_FILL)
            painter.setPen(QPen(style.GRID_LINE, 1))
            painter.drawLine(
                QPointF(band.left(), band.bottom() - 0.5),
                QPointF(band.right(), band.bottom() - 0.5),
            )
            scale = layout.emotion_scale
            if row.kind == "emotions" and scale is not None:
                for score in range(scale.low, scale.high + 1):
                    y = scale.y_for(score)
                    painter.setPen(QPen(QColor("#d4d8df") if score == 3 else QColor("#e6e9ee"), 1))
                    painter.drawLine(QPointF(band.left() + 4, y), QPointF(band.right() - 4, y))
        bands = [lane.rect for lane in layout.lanes] + [row.rect for row in layout.rows]
        if bands:
            top = min(rect.y for rect in bands)
            bottom = max(rect.bottom for rect in bands)
            painter.setPen(QPen(style.GRID_LINE, 1))
            gap = layout_gap(layout)
            for stage in layout.stages:
                x = stage.header.right + gap / 2
                painter.drawLine(QPointF(x, top), QPointF(x, bottom))


def layout_gap(layout: MapLayout) -> float:
    if len(layout.stages) >= 2:
        return layout.stages[1].header.x - layout.stages[0].header.right
    return 0.0
