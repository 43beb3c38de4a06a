"""Two emotional curves overlaid: how each persona felt before (dashed) and now (solid).

Stages are matched by id, so a renamed stage stays one column; stages only one map
has get their own column, and a curve simply skips stages without a score.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cjm_designer.model import EMOTION_MAX, EMOTION_MIN, JourneyMap

from ..analysis.palette import chart_colors
from ..canvas import style


def stage_columns(old: JourneyMap, new: JourneyMap) -> list[tuple[str, str]]:
    """(stage id, name) of the new map in order, then stages only the old map has."""
    columns = [(stage.id, stage.name) for stage in new.stages]
    known = {stage_id for stage_id, _ in columns}
    columns += [(stage.id, stage.name) for stage in old.stages if stage.id not in known]
    return columns


def curves(journey: JourneyMap) -> dict[str, tuple[str, str | None, dict[str, int]]]:
    """Persona id -> (name, colour, stage id -> score)."""
    result = {}
    for persona in journey.personas:
        scores = {s.id: s.emotions[persona.id] for s in journey.stages if persona.id in s.emotions}
        result[persona.id] = (persona.name, persona.color, scores)
    return result


class EmotionOverlayChart(QWidget):
    """Stage on x, score 1-5 on y; one solid line per persona now, one dashed before."""

    def __init__(
        self, old: JourneyMap, new: JourneyMap, old_title: str, new_title: str, parent=None
    ):
        super().__init__(parent)
        self.columns = stage_columns(old, new)
        self.old_curves, self.new_curves = curves(old), curves(new)
        self.old_title, self.new_title = old_title, new_title
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def personas(self) -> list[str]:
        return list(dict.fromkeys([*self.new_curves, *self.old_curves]))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = chart_colors(self.palette())
        painter.fillRect(self.rect(), colors.paper)
        metrics = QFontMetricsF(self.font())
        if not self.columns or not self.personas():
            painter.setPen(colors.muted)
            painter.drawText(
                self.rect().adjusted(10, 10, -10, -10),
                Qt.TextFlag.TextWordWrap,
                self.tr("Neither map has personas with emotion scores."),
            )
            return
        left, right, top = 34.0, 12.0, 30.0
        bottom = self.height() - 40.0
        width = self.width() - left - right
        step = width / len(self.columns)
        span = EMOTION_MAX - EMOTION_MIN

        def point(index: int, score: int) -> QPointF:
            y = bottom - (score - EMOTION_MIN) / span * (bottom - top)
            return QPointF(left + step * (index + 0.5), y)

        painter.setPen(QPen(colors.rule, 1))
        for score in range(EMOTION_MIN, EMOTION_MAX + 1):
            y = point(0, score).y()
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(4, y - 9, left - 10, 18), Qt.AlignmentFlag.AlignRight, str(score)
            )
            painter.setPen(QPen(colors.rule, 1))
        painter.setPen(colors.ink)
        for index, (_, name) in enumerate(self.columns):
            rect = QRectF(left + step * index + 2, bottom + 4, step - 4, 34)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, 2 * rect.width() - 6),
            )
        x = left
        for number, persona in enumerate(self.personas()):
            name, color_name, _ = self.new_curves.get(persona) or self.old_curves[persona]
            color = style.persona_color(color_name, number)
            for scores, dashed in (
                (self.old_curves.get(persona, ("", None, {}))[2], True),
                (self.new_curves.get(persona, ("", None, {}))[2], False),
            ):
                path = QPainterPath()
                started = False
                for index, (stage_id, _) in enumerate(self.columns):
                    if stage_id not in scores:
                        continue
                    p = point(index, scores[stage_id])
                    path.lineTo(p) if started else path.moveTo(p)
                    started = True
                pen = QPen(color, 1.6 if dashed else 2.6)
                if dashed:
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
                painter.setBrush(colors.paper if dashed else color)
                for index, (stage_id, _) in enumerate(self.columns):
                    if stage_id in scores:
                        painter.drawEllipse(point(index, scores[stage_id]), 3.5, 3.5)
            painter.setPen(QPen(color, 3))
            painter.drawLine(QPointF(x, 14), QPointF(x + 18, 14))
            painter.setPen(colors.ink)
            painter.drawText(QPointF(x + 22, 18), name)
            x += 30 + metrics.horizontalAdvance(name)
        legend = self.tr("dashed: {old}   solid: {new}").format(
            old=self.old_title, new=self.new_title
        )
        painter.setPen(colors.muted)
        painter.drawText(
            QRectF(x + 10, 4, max(10.0, self.width() - x - 16), 20),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            legend,
        )
