"""Pending room notes as marks on the canvas: a purple badge on each stage's header.

The badge counts the notes of that stage that wait in the Room panel, so the
consultant sees at a glance where the room has something to say. Badges are child
items of the stage headers (they move with them) and are rebuilt when the room or
the layout changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from cjm_designer.room.accept import ROOM_COLOR
from cjm_designer.room.state import PENDING

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


class PendingMarks(QObject):
    def __init__(self, scene, session):
        super().__init__(scene)
        self.scene = scene
        self.session = session
        self.badges: dict[str, PendingBadge] = {}
        self._timer = refresh_timer(self, self.sync)
        session.changed.connect(lambda _what: self._timer.start())
        scene.layoutChanged.connect(self._timer.start)

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
