"""A persona's emotional curve with draggable points (drag up = feels better)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from cjm_designer.layout import Curve, CurvePoint

from .. import markers, style
from .base import Z_CURVES

POINT_RADIUS = 6.0
LABEL_GAP = 10.0
"""Scene units between a curve's last point and the persona's name after it."""


class EmotionPointItem(QGraphicsItem):
    """One stage's score on a curve; the drag interaction moves it and pushes the edit."""

    def __init__(self, curve: EmotionCurveItem, point: CurvePoint):
        super().__init__(curve)
        self.curve = curve
        self.point = point
        self.setPos(point.x, point.y)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setZValue(1)

    @property
    def persona_id(self) -> str:
        return self.curve.curve.persona

    @property
    def stage_id(self) -> str:
        return self.point.stage

    def boundingRect(self) -> QRectF:
        r = POINT_RADIUS * 1.25 + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(self.curve.color)
        painter.drawPath(markers.marker_path(self.curve.cue_index(), POINT_RADIUS))


class EmotionCurveItem(QGraphicsObject):
    """The curve through a persona's scores, smooth between stage centres."""

    def __init__(self, curve: Curve, color: QColor):
        super().__init__()
        self.entity_id = f"curve/{curve.persona}"
        self.curve = curve
        self.color = color
        self.points: list[EmotionPointItem] = []
        self._path = QPainterPath()
        self._label = QRectF()
        self.setZValue(Z_CURVES)
        self.set_curve(curve, color)

    def set_curve(self, curve: Curve, color: QColor) -> None:
        self.prepareGeometryChange()
        self.curve = curve
        self.color = color
        for item in self.points:
            item.setParentItem(None)
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.points = [EmotionPointItem(self, point) for point in curve.points]
        self.rebuild_path()

    def cue_index(self) -> int:
        """The persona's place in the map: picks the point marker and dash pattern."""
        scene = self.scene()
        journey = getattr(scene, "journey", None)
        personas = [p.id for p in getattr(journey, "personas", ())]
        persona = self.curve.persona
        return personas.index(persona) if persona in personas else 0

    def rebuild_path(self) -> None:
        """Re-trace the curve through the points' current positions (also while dragging)."""
        self.prepareGeometryChange()
        path = QPainterPath()
        positions = [item.pos() for item in self.points]
        if positions:
            path.moveTo(positions[0])
            for previous, current in itertools.pairwise(positions):
                middle = (previous.x() + current.x()) / 2
                path.cubicTo(QPointF(middle, previous.y()), QPointF(middle, current.y()), current)
        self._path = path
        self._label = self._label_rect()
        self.update()

    def _label_rect(self) -> QRectF:
        """Where the persona's name is drawn, after the last point (item units)."""
        if not self.points:
            return QRectF()
        last = self.points[-1].pos()
        text = QFontMetricsF(style.font(11, True)).boundingRect(self.curve.name)
        return text.translated(last.x() + LABEL_GAP, last.y() + 4).adjusted(-2, -2, 2, 2)

    def boundingRect(self) -> QRectF:
        # The whole name, however long: a fixed margin left a long name's end outside,
        # unpainted on partial repaints and outside the scene rect the fits use.
        return self._path.boundingRect().adjusted(-8, -8, 8, 8).united(self._label)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(6)
        return stroker.createStroke(self._path)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        index = self.cue_index()
        pen = QPen(self.color, 2.5, markers.pen_style(index), Qt.PenCapStyle.RoundCap)
        dashes = markers.dash_pattern(index)
        if dashes is not None:
            pen.setDashPattern(list(dashes))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if self.points:
            last = self.points[-1].pos()
            painter.setFont(style.font(11, True))
            painter.setPen(self.color)
            painter.drawText(QPointF(last.x() + LABEL_GAP, last.y() + 4), self.curve.name)
