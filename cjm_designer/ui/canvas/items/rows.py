"""The rows under the grid: row titles on the left and one text cell per stage."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cjm_designer.layout import (
    ROW_EMOTIONS,
    ROW_OPPORTUNITIES,
    ROW_PAINS,
    EmotionScale,
    Metrics,
    Rect,
    RowCell,
)

from .. import style
from .base import Z_ROWS, BoxItem, draw_lines, fill_rect

ROW_ACCENTS = {ROW_PAINS: style.PAIN, ROW_OPPORTUNITIES: style.OPPORTUNITY}


class RowHeaderItem(BoxItem):
    """The title of a bottom row, in the lane-header column."""

    def __init__(self, row_id: str, kind: str, title: str, rect: Rect, metrics: Metrics):
        super().__init__(rect)
        self.entity_id = row_id
        self.kind = kind
        self.title = title
        self.metrics = metrics
        self.setZValue(Z_ROWS)

    def set_content(self, title: str, rect: Rect) -> None:
        if title != self.title:
            self.title = title
            self.update()
        self.place(rect)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        fill_rect(painter, QRectF(0, 0, self.width, self.height), QColor("#eef0f4"))
        accent = ROW_ACCENTS.get(self.kind, style.VISIBILITY)
        fill_rect(painter, QRectF(0, 0, 4, self.height), accent)
        painter.setPen(QPen(style.GRID_LINE, 1))
        painter.drawLine(QPointF(0, self.height - 0.5), QPointF(self.width, self.height - 0.5))
        m = self.metrics
        draw_lines(
            painter,
            (self.title,),
            style.font(m.lane_name_size, True),
            m.cell_padding + 2,
            m.cell_padding,
            style.HEADER_TEXT,
        )
        if self.kind == ROW_EMOTIONS:
            self._paint_scale(painter)

    def _paint_scale(self, painter: QPainter) -> None:
        """1 (bad) to 5 (good) beside the scale's lines: a click in the row sets a score."""
        layout = getattr(self.scene(), "layout", None)
        scale = getattr(layout, "emotion_scale", None)
        if scale is None:
            return
        size = self.metrics.row_text_size
        painter.setFont(style.font(size, True))
        for score in range(scale.low, scale.high + 1):
            y = scale.y_for(score) - self.pos().y()
            box = QRectF(self.width - 3.2 * size, y - size * 0.75, 2.4 * size, size * 1.5)
            painter.setPen(QColor(style.EMOTION_COLORS.get(score, "#5f6b7a")))
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(score)
            )


class RowCellItem(BoxItem):
    """One stage's text in a bottom row (pains, opportunities, questions, notes)."""

    def __init__(
        self,
        row_id: str,
        kind: str,
        cell: RowCell,
        metrics: Metrics,
        scale: EmotionScale | None = None,
    ):
        super().__init__(cell.rect)
        self.entity_id = f"{row_id}/{cell.stage}"
        self.row_id = row_id
        self.kind = kind
        self.cell = cell
        self.metrics = metrics
        self.scale = scale
        self.setZValue(Z_ROWS)

    def set_content(self, cell: RowCell, scale: EmotionScale | None = None) -> None:
        if cell.lines != self.cell.lines or scale != self.scale:
            self.update()
        self.cell = cell
        self.scale = scale
        self.place(cell.rect)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # The band, column lines and emotion scale are painted by GridItem across the gaps.
        if self.kind == ROW_EMOTIONS:
            return
        m = self.metrics
        draw_lines(
            painter,
            self.cell.lines,
            style.font(m.row_text_size),
            m.row_padding,
            m.row_padding,
            style.HEADER_TEXT,
        )
