"""A click (or a drag) in the Emotions row sets a persona's score for that stage.

The row has a labelled 1-5 scale (items/rows.py); pressing in a stage's part of the row
shows a dot at the score under the pointer, dragging moves it, releasing sets the score
as one undo step. The persona is the one the persona filter shows, else the first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QGraphicsSimpleTextItem

from . import style
from .interactions import Interaction

if TYPE_CHECKING:
    from .scene import MapScene

RADIUS = 7.0
Z_PREVIEW = 90


def lane_persona(scene: MapScene) -> str | None:
    journey = scene.session.journey
    wanted = scene.options.persona
    if wanted is not None and any(p.id == wanted for p in journey.personas):
        return wanted
    return journey.personas[0].id if journey.personas else None


class EmotionLaneInteraction(Interaction):
    """Press in the emotion row: preview the score under the pointer, set it on release."""

    def __init__(self, scene: MapScene, stage_id: str, pos: QPointF):
        super().__init__(scene)
        self.stage_id = stage_id
        self.persona = lane_persona(scene)
        self.scale = scene.layout.emotion_scale
        box = scene.layout.stage_box(stage_id)
        self.x = box.column.x + box.column.w / 2 if box is not None else pos.x()
        index = next(
            (i for i, p in enumerate(scene.session.journey.personas) if p.id == self.persona), 0
        )
        persona = scene.session.journey.persona(self.persona) if self.persona else None
        color = style.persona_color(getattr(persona, "color", None), index)
        from PySide6.QtWidgets import (
            QGraphicsEllipseItem,
        )  # here: its class's enums cost start-up time

        self.dot = QGraphicsEllipseItem()
        self.dot.setPen(QPen(QColor("#ffffff"), 2))
        self.dot.setBrush(color)
        self.dot.setZValue(Z_PREVIEW)
        self.label = QGraphicsSimpleTextItem()
        self.label.setFont(style.font(13, True))
        self.label.setBrush(color)
        self.label.setZValue(Z_PREVIEW)
        for item in (self.dot, self.label):
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            scene.addItem(item)
        self.score = self.scale.score_at(pos.y())
        self._show()

    def _show(self) -> None:
        y = self.scale.y_for(self.score)
        self.dot.setRect(QRectF(self.x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS))
        self.label.setText(str(self.score))
        self.label.setPos(self.x + RADIUS + 4, y - 9)

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        self.score = self.scale.score_at(event.scenePos().y())
        self._show()

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.finished = True
        self._drop()
        if self.persona is not None:
            self.scene.session.set_emotion(self.stage_id, self.persona, self.score)

    def cancel(self) -> None:
        self.finished = True
        self._drop()

    def _drop(self) -> None:
        for item in (self.dot, self.label):
            if item.scene() is not None:
                item.scene().removeItem(item)
