"""The coverage heat map: cards per stage x channel cell, coloured and numbered.

Empty cells show where the journey has no touchpoint in a channel (source 002: "don't
forget traditional channels"); crowded ones where the team piles up ideas. Clicking a
cell asks to select its cards.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from .palette import chart_colors, sequential, text_on

CELL_H = 24.0
MIN_CELL_W = 34.0


class CoverageHeatMap(QWidget):
    """Stages as columns, channels as rows, like the map itself."""

    cellClicked = Signal(str, str)  # stage id, channel id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.stages: list[tuple[str, str]] = []
        self.channels: list[tuple[str, str]] = []
        self.counts: list[list[int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def set_data(
        self,
        stages: list[tuple[str, str]],
        channels: list[tuple[str, str]],
        counts: list[list[int]],
    ) -> None:
        """``counts[i][j]`` is the number of cards of stage i in channel j."""
        self.stages, self.channels, self.counts = stages, channels, counts
        self.updateGeometry()
        self.update()

    def count(self, stage_id: str, channel_id: str) -> int:
        i = [s for s, _ in self.stages].index(stage_id)
        j = [c for c, _ in self.channels].index(channel_id)
        return self.counts[i][j]

    def _label_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(name) for _, name in self.channels), default=40)
        return min(widest + 14, max(90.0, self.width() * 0.3))

    def _header_height(self) -> float:
        return 44.0

    def _cell_width(self) -> float:
        free = self.width() - self._label_width() - 8
        return max(MIN_CELL_W, free / max(1, len(self.stages)))

    def sizeHint(self) -> QSize:
        return QSize(480, int(self._header_height() + CELL_H * len(self.channels) + 12))

    def cell_rect(self, i: int, j: int) -> QRectF:
        """Where stage i, channel j is drawn (widget coordinates)."""
        w = self._cell_width()
        return QRectF(self._label_width() + i * w, self._header_height() + j * CELL_H, w, CELL_H)

    def cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        for i, (stage_id, _) in enumerate(self.stages):
            for j, (channel_id, _) in enumerate(self.channels):
                if self.cell_rect(i, j).contains(pos):
                    return stage_id, channel_id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cellClicked.emit(*cell)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is None:
            self.setToolTip("")
        else:
            stage = dict(self.stages)[cell[0]]
            channel = dict(self.channels)[cell[1]]
            self.setToolTip(
                self.tr("{stage} × {channel}: {count} touchpoints").format(
                    stage=stage, channel=channel, count=self.count(*cell)
                )
            )
        super().mouseMoveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colors = chart_colors(self.palette())
        painter.fillRect(self.rect(), colors.paper)
        if not self.stages or not self.channels:
            painter.setPen(colors.muted)
            painter.drawText(
                self.rect().adjusted(10, 10, -10, -10),
                Qt.TextFlag.TextWordWrap,
                self.tr("Add stages and channels to see where the touchpoints are."),
            )
            return
        metrics = QFontMetricsF(self.font())
        highest = max((max(row, default=0) for row in self.counts), default=0) or 1
        label_w, w = self._label_width(), self._cell_width()
        header = self._header_height()
        painter.setPen(colors.ink)
        for i, (_, name) in enumerate(self.stages):
            rect = QRectF(label_w + i * w + 2, 2, w - 4, header - 4)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignBottom
                | Qt.TextFlag.TextWordWrap,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, 2 * rect.width() - 8),
            )
        for j, (_, name) in enumerate(self.channels):
            rect = QRectF(4, header + j * CELL_H, label_w - 10, CELL_H)
            painter.setPen(colors.ink)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()),
            )
        for i in range(len(self.stages)):
            for j in range(len(self.channels)):
                count = self.counts[i][j]
                rect = self.cell_rect(i, j)
                fill = sequential(count / highest) if count else colors.paper
                painter.fillRect(rect, fill)
                painter.setPen(colors.rule)
                painter.drawRect(rect)
                painter.setPen(text_on(fill) if count else colors.muted)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count) if count else "·")
