"""Transition arrows between stage headers, flows between cards, the line of visibility."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjm_designer.layout import ArrowRoute, FlowRoute, Point, elide
from cjm_designer.model import TransitionKind

from .. import style
from .base import Z_ARROWS, Z_FLOWS, Z_VISIBILITY, shown_selected

_MEASURER = style.QtMeasurer()

DASHES = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
}


LABEL_SIZE = 10.0
PERCENT_SIZE = 12.0


def kind_label(kind: TransitionKind) -> str:
    """The short translated word drawn on a non-forward arrow."""
    return {
        TransitionKind.FORWARD: "",
        TransitionKind.BACK: QCoreApplication.translate("Canvas", "back"),
        TransitionKind.SKIP: QCoreApplication.translate("Canvas", "skip"),
        TransitionKind.REFERRAL: QCoreApplication.translate("Canvas", "referral"),
        TransitionKind.EXIT: QCoreApplication.translate("Canvas", "exit"),
    }[kind]


def rounded_path(points: tuple[Point, ...], radius: float = 8.0) -> QPainterPath:
    """An orthogonal polyline with softened corners."""
    path = QPainterPath(QPointF(*points[0]))
    for i in range(1, len(points) - 1):
        before, corner, after = (QPointF(*p) for p in points[i - 1 : i + 2])
        into = QLineF(corner, before)
        out = QLineF(corner, after)
        r = min(radius, into.length() / 2, out.length() / 2)
        path.lineTo(into.pointAt(r / max(into.length(), 1e-9)))
        path.quadTo(corner, out.pointAt(r / max(out.length(), 1e-9)))
    path.lineTo(QPointF(*points[-1]))
    return path


def arrow_head(tip: QPointF, before: QPointF, size: float = 7.0) -> QPolygonF:
    angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
    left = QPointF(tip.x() - size * math.cos(angle - 0.45), tip.y() - size * math.sin(angle - 0.45))
    right = QPointF(
        tip.x() - size * math.cos(angle + 0.45), tip.y() - size * math.sin(angle + 0.45)
    )
    return QPolygonF([tip, left, right])


class _RouteItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self._path = QPainterPath()
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        return stroker.createStroke(self._path)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)


class TransitionArrowItem(_RouteItem):
    """One transition: colour, dash and a label tell forward, back, skip, referral and exit apart."""

    def __init__(self, route: ArrowRoute):
        super().__init__()
        self.entity_id = route.id
        self.route: ArrowRoute | None = None
        self.setZValue(Z_ARROWS)
        self.set_route(route)

    def set_route(self, route: ArrowRoute) -> None:
        if route == self.route:
            return
        self.prepareGeometryChange()
        self.route = route
        self._path = rounded_path(route.points)
        full = " · ".join(part for part in (kind_label(route.kind), route.label) if part)
        if len(route.points) > 2:
            span = abs(route.points[-1][0] - route.points[0][0])
            self._text = elide(full, max(span - 12, 150.0), _MEASURER, 10)
        else:
            # Straight arrows and exits live in the narrow gap: the percentage only.
            parts = (kind_label(route.kind), route.short_label)
            self._text = " · ".join(part for part in parts if part)
        self.setToolTip(full)
        label_box = self._label_rect()
        self._bounds = self._path.boundingRect().united(label_box).adjusted(-8, -8, 8, 8)
        self.update()

    def _label_size(self) -> float:
        """The percentage between two headers as large as card titles (the room reads the
        funnel from it); the longer labels on the arcs above stay smaller to fit."""
        return PERCENT_SIZE if len(self.route.points) == 2 else LABEL_SIZE

    def _label_rect(self) -> QRectF:
        if not self._text:
            return QRectF()
        size = self._label_size()
        width = _MEASURER.width(self._text, size, len(self.route.points) == 2) + 8
        height = size + 4
        x, y = self.route.label_pos
        if self.route.kind is TransitionKind.EXIT:
            return QRectF(x - width / 2, y + 1, width, height)
        if self.route.kind is TransitionKind.FORWARD and len(self.route.points) == 2:
            return QRectF(x - width / 2, y - 3 - height, width, height)
        return QRectF(x - width / 2, y - height / 2, width, height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        route = self.route
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color_name, dash = style.TRANSITION_STYLES[route.kind]
        color = QColor(color_name)
        selected = shown_selected(self)
        pen = QPen(
            style.SELECTION if selected else color,
            2.4 if selected else 1.6,
            DASHES[dash],
            Qt.PenCapStyle.RoundCap,
        )
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        tip, before = QPointF(*route.points[-1]), QPointF(*route.points[-2])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pen.color())
        painter.drawPolygon(arrow_head(tip, before))
        if route.kind is TransitionKind.EXIT:
            painter.setPen(QPen(pen.color(), 1.6))
            painter.drawLine(QPointF(tip.x() + 3, tip.y() - 4), QPointF(tip.x() + 3, tip.y() + 4))
        if self._text:
            box = self._label_rect()
            painter.setPen(QPen(color.lighter(150), 1))
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawRoundedRect(box, 4, 4)
            painter.setFont(style.font(self._label_size(), len(route.points) == 2))
            painter.setPen(color.darker(115))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._text)


class FlowItem(_RouteItem):
    """A step of an action tree: a thin grey arrow from one card to another."""

    def __init__(self, route: FlowRoute):
        super().__init__()
        self.entity_id = route.id
        self.route: FlowRoute | None = None
        self.setZValue(Z_FLOWS)
        self.set_route(route)

    def set_route(self, route: FlowRoute) -> None:
        if route == self.route:
            return
        self.prepareGeometryChange()
        self.route = route
        self._path = rounded_path(route.points, 6)
        self.setToolTip(route.label)
        self._bounds = self._path.boundingRect().adjusted(-10, -10, 10, 10)
        if route.label:
            self._bounds = self._bounds.adjusted(-80, -16, 80, 0)
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = style.SELECTION if shown_selected(self) else style.FLOW_COLOR
        painter.setPen(QPen(color, 1.3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        points = self.route.points
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(arrow_head(QPointF(*points[-1]), QPointF(*points[-2]), 6))
        if self.route.label and shown_selected(self):
            middle = self._path.pointAtPercent(0.5)
            text = elide(self.route.label, 150, _MEASURER, 9)
            box = QRectF(middle.x() + 3, middle.y() - 14, _MEASURER.width(text, 9) + 6, 13)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 220))
            painter.drawRoundedRect(box, 3, 3)
            painter.setFont(style.font(9))
            painter.setPen(color)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class VisibilityLineItem(QGraphicsItem):
    """The dashed line that separates what the customer sees from backstage work."""

    def __init__(self) -> None:
        super().__init__()
        self._line = QLineF()
        self.setZValue(Z_VISIBILITY)

    def set_line(self, left: float, right: float, y: float) -> None:
        self.prepareGeometryChange()
        self._line = QLineF(left, y, right, y)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(0, -12, 0, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(style.VISIBILITY, 1.4, Qt.PenStyle.DashLine))
        painter.drawLine(self._line)
        painter.setFont(style.font(10, True))
        painter.setPen(style.BOARD_TEXT)  # small text on the board: the board's text colour
        text = QCoreApplication.translate("Canvas", "Line of visibility")
        painter.drawText(QPointF(self._line.x1() + 8, self._line.y1() - 4), text.upper())
