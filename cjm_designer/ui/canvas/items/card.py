"""A touchpoint card: title, channel strip, and a footer of small markers."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjm_designer.layout import CardBox, Metrics
from cjm_designer.model import Touchpoint

from .. import style
from .base import Z_CARDS, HoverEntityItem, draw_lines, fill_rect, shown_selected, too_small_to_read

LINK_HANDLE = 10.0


class CardItem(HoverEntityItem):
    """Draws one touchpoint from its CardBox; holds only the current entity and box."""

    def __init__(self, touchpoint: Touchpoint, box: CardBox, lane_color: QColor, metrics: Metrics):
        super().__init__(touchpoint.id, box.rect, metrics, Z_CARDS)
        self.touchpoint = touchpoint
        self.box = box
        self.lane_color = lane_color
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_content(self, touchpoint: Touchpoint, box: CardBox, lane_color: QColor) -> None:
        """Adopt a new entity version and box; repaint only if something visible changed."""
        changed = touchpoint is not self.touchpoint or box.title_lines != self.box.title_lines
        changed = changed or lane_color != self.lane_color
        self.touchpoint, self.lane_color = touchpoint, lane_color
        self.box = box
        self.place(box.rect)
        if changed:
            self.update()

    def link_handle(self) -> QRectF:
        """Where a press starts a new flow to another card (right edge, middle)."""
        return QRectF(
            self.width - LINK_HANDLE, self.height / 2 - LINK_HANDLE / 2, LINK_HANDLE, LINK_HANDLE
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width, self.height
        body = QRectF(0.5, 0.5, w - 1, h - 1)
        path = QPainterPath()
        path.addRoundedRect(body, 6, 6)
        painter.fillPath(path.translated(0, 1.5), style.CARD_SHADOW)
        painter.fillPath(path, style.CARD_FILL)
        painter.save()
        painter.setClipPath(path)
        fill_rect(painter, QRectF(0, 0, 4, h), self.lane_color)
        painter.restore()
        selected = shown_selected(self)
        pen = QPen(style.SELECTION if selected else style.CARD_BORDER, 2 if selected else 1)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

        m = self.metrics
        title = self.box.title_lines or ("",)
        left = m.card_pad_left
        if self.touchpoint.title.strip():
            draw_lines(
                painter,
                title,
                style.font(m.card_title_size),
                left,
                m.card_pad_top,
                style.HEADER_TEXT,
            )
        else:
            draw_lines(
                painter,
                ("…",),
                style.font(m.card_title_size),
                left,
                m.card_pad_top,
                style.MUTED_TEXT,
            )
        if not too_small_to_read(painter, m.card_footer):
            self._paint_footer(
                painter, left, h - m.card_pad_bottom - m.card_footer, w - left - m.card_pad_right
            )
        if self.hover_shown or selected:
            handle = self.link_handle()
            painter.setPen(QPen(style.SELECTION, 1.2))
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(handle.adjusted(1.5, 1.5, -1.5, -1.5))

    def _paint_footer(self, painter: QPainter, x: float, y: float, width: float) -> None:
        tp = self.touchpoint
        small = style.font(10)
        painter.setFont(small)
        mid = y + self.metrics.card_footer / 2
        cursor = x

        def number(value: int, color: QColor) -> None:
            nonlocal cursor
            painter.setPen(color)
            text = str(value)
            painter.drawText(
                QRectF(cursor, y, 24, self.metrics.card_footer), Qt.AlignmentFlag.AlignVCenter, text
            )
            cursor += painter.fontMetrics().horizontalAdvance(text) + 8

        if tp.actions:
            painter.setPen(QPen(style.MUTED_TEXT, 1.2))
            for i in range(3):
                painter.drawLine(
                    QPointF(cursor, mid - 3 + 3 * i), QPointF(cursor + 8, mid - 3 + 3 * i)
                )
            cursor += 11
            number(len(tp.actions), style.MUTED_TEXT)
        if tp.pains:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.PAIN)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(cursor + 4, mid - 4.5),
                        QPointF(cursor + 8.5, mid + 4),
                        QPointF(cursor - 0.5, mid + 4),
                    ]
                )
            )
            cursor += 11
            number(len(tp.pains), style.PAIN)
        if tp.opportunities:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.OPPORTUNITY)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(cursor + 4, mid - 4.5),
                        QPointF(cursor + 8.5, mid),
                        QPointF(cursor + 4, mid + 4.5),
                        QPointF(cursor - 0.5, mid),
                    ]
                )
            )
            cursor += 11
            number(len(tp.opportunities), style.OPPORTUNITY)
        right = x + width
        if tp.emotion is not None:
            color = QColor(style.EMOTION_COLORS.get(tp.emotion, "#999999"))
            dot = QRectF(right - 15, mid - 7.5, 15, 15)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(dot)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(style.font(10, True))
            painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, str(tp.emotion))
            right -= 19
        if tp.votes:
            text = f"+{tp.votes}"
            painter.setFont(style.font(10, True))
            text_width = painter.fontMetrics().horizontalAdvance(text) + 10
            pill = QRectF(right - text_width, mid - 7.5, text_width, 15)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.VOTES)
            painter.drawRoundedRect(pill, 7.5, 7.5)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
