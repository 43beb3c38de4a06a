"""The room on the canvas: waiting notes as badges, and the room's emotional curve.

A purple badge on a stage's header counts the notes of that stage that wait in the
Room panel, so the consultant sees at a glance where the room has something to say.
The room's curve (mean rating per stage) is drawn dashed in the emotions row beside
the personas' curves, with the number of ratings at each point. Both are rebuilt when
the room or the layout changes; neither is part of the map until kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from cjm_designer.messages import number
from cjm_designer.room.accept import ROOM_COLOR
from cjm_designer.room.state import PENDING

from ..canvas.items.base import Z_OVERLAY
from ..workshop.common import refresh_timer

SIZE = 22.0


class PendingBadge(QGraphicsItem):
    def __init__(self, parent: QGraphicsItem, count: int):
        super().__init__(parent)
        self.count = count
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(2)
        self.setToolTip(
            QCoreApplication.translate("Room", "%n note(s) from the room waiting", None, count)
        )

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, SIZE + 8, SIZE)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(QColor(ROOM_COLOR))
        painter.drawRoundedRect(self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        painter.setPen(QColor("#ffffff"))
        font = painter.font()
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, str(self.count))


class RoomCurveItem(QGraphicsItem):
    """The room's curve: a dashed purple line with a dot and "mean (count)" per stage."""

    def __init__(self, points: list[tuple[QPointF, float, int]]):
        super().__init__()
        self.points = points
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_OVERLAY - 3)
        path = QPainterPath(points[0][0])
        for point, _mean, _count in points[1:]:
            path.lineTo(point)
        self.path = path
        self.setToolTip(QCoreApplication.translate("Room", "Room's emotional curve"))

    def boundingRect(self) -> QRectF:
        return self.path.boundingRect().adjusted(-40, -20, 40, 20)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(ROOM_COLOR), 3, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        font = painter.font()
        font.setPixelSize(10)
        font.setBold(True)
        painter.setFont(font)
        for point, mean, count in self.points:
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(QColor(ROOM_COLOR))
            painter.drawEllipse(point, 5, 5)
            painter.setPen(QColor(ROOM_COLOR))
            painter.drawText(
                QRectF(point.x() + 7, point.y() - 16, 70, 14),
                Qt.AlignmentFlag.AlignLeft,
                f"{number(mean, '.1f')} ({count})",
            )


class PendingMarks(QObject):
    def __init__(self, scene, session):
        super().__init__(scene)
        self.scene = scene
        self.session = session
        self.badges: dict[str, PendingBadge] = {}
        self.curve: RoomCurveItem | None = None
        self._timer = refresh_timer(self, self.sync)
        self._timer.setInterval(150)  # a busy room: at most a few redraws a second
        session.changed.connect(lambda _what: self.schedule())
        scene.layoutChanged.connect(self.schedule)

    def schedule(self, *_args) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def counts(self) -> dict[str, int]:
        state = self.session.state
        counts: dict[str, int] = {}
        for note in state.notes_list(PENDING) if state else []:
            counts[note.stage] = counts.get(note.stage, 0) + 1
        return counts

    def sync(self) -> None:
        for badge in self.badges.values():
            if badge.scene() is not None:
                badge.scene().removeItem(badge)
        self.badges.clear()
        headers = getattr(self.scene, "stage_headers", {})
        for stage_id, count in self.counts().items():
            header = headers.get(stage_id)
            if header is None:
                continue
            badge = PendingBadge(header, count)
            badge.setPos(4, -SIZE / 2)
            self.badges[stage_id] = badge
        self._sync_curve()

    def curve_points(self) -> list[tuple[QPointF, float, int]]:
        """Where the room's curve runs: the emotions row's scale at each stage's middle."""
        state = self.session.state
        layout = getattr(self.scene, "layout", None)
        scale = getattr(layout, "emotion_scale", None)
        if state is None or scale is None or layout is None:
            return []
        curve = state.curve()
        points = []
        for stage in layout.stages:
            if stage.id in curve:
                mean, count = curve[stage.id]
                x = stage.column.x + stage.column.w / 2
                points.append((QPointF(x, scale.y_for(mean)), mean, count))
        return points

    def _sync_curve(self) -> None:
        if self.curve is not None and self.curve.scene() is not None:
            self.curve.scene().removeItem(self.curve)
        self.curve = None
        points = self.curve_points()
        if points:
            self.curve = RoomCurveItem(points)
            self.scene.addItem(self.curve)
