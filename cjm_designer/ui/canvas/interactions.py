"""Mouse modes of the canvas, one class each (as in orange-canvas-core).

The scene starts an interaction on press and routes move/release to it. Items move
freely while the mouse is held; the model changes only on release, as one undo step.
Escape (or a lost grab) cancels and puts every item back from the current layout.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
)

from cjm_designer.editing.gestures import channel_index_for_slot
from cjm_designer.layout import Rect, elbow

from . import style
from .items import Z_DRAGGED, Z_OVERLAY, CardItem, EmotionPointItem, LaneHeaderItem, StageHeaderItem
from .items.base import Z_CARDS, Z_HEADERS

if TYPE_CHECKING:
    from .scene import MapScene


class Interaction:
    """Base mouse mode; ``finished`` tells the scene to drop it."""

    cursor: Qt.CursorShape | None = None

    def __init__(self, scene: MapScene):
        self.scene = scene
        self.finished = False

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pass

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.finished = True

    def cancel(self) -> None:
        self.finished = True
        self.scene.restore_positions()


def _overlay_rect(scene: MapScene, fill: QColor, pen: QPen | None = None) -> QGraphicsRectItem:
    item = QGraphicsRectItem()
    item.setBrush(fill)
    item.setPen(pen or QPen(Qt.PenStyle.NoPen))
    item.setZValue(Z_OVERLAY)
    scene.addItem(item)
    return item


def _drop(item) -> None:
    if item is not None and item.scene() is not None:
        item.scene().removeItem(item)


class _Threshold:
    """Ignores tiny jitters so a click does not become a drag."""

    def __init__(self, start: QPointF):
        self.start = QPointF(start)
        self.passed = False

    def check(self, pos: QPointF) -> bool:
        if not self.passed:
            self.passed = (pos - self.start).manhattanLength() >= QApplication.startDragDistance()
        return self.passed


class CardDragInteraction(Interaction):
    """Drag selected cards to another cell or to another place in their cell."""

    def __init__(self, scene: MapScene, card: CardItem, start: QPointF):
        super().__init__(scene)
        selected = [item for item in scene.selected_cards() if item is not card]
        self.cards = [card, *selected] if card.isSelected() else [card]
        order = scene.card_order()
        self.cards.sort(key=lambda item: order.get(item.entity_id, 0))
        self.origins = {item.entity_id: item.pos() for item in self.cards}
        moving = set(self.origins)
        layout = scene.layout
        self.flows = [
            route
            for route in (layout.flows if layout else ())
            if route.source in moving or route.target in moving
        ]
        self.threshold = _Threshold(start)
        self.start = QPointF(start)
        self.target: tuple[str, str] | None = None
        self.position = 0
        self.cell_marker: QGraphicsRectItem | None = None
        self.line_marker: QGraphicsRectItem | None = None

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        if not self.threshold.check(pos):
            return
        if self.cell_marker is None:
            self.cell_marker = _overlay_rect(self.scene, style.DROP_TARGET)
            self.line_marker = _overlay_rect(self.scene, style.DROP_LINE)
            for item in self.cards:
                item.setZValue(Z_DRAGGED)
                item.setOpacity(0.85)
        delta = pos - self.start
        for item in self.cards:
            item.setPos(self.origins[item.entity_id] + delta)
        self._follow_flows(delta)
        self._aim(pos)

    def _follow_flows(self, delta: QPointF) -> None:
        """Flows to and from the dragged cards stay attached to them while they move."""
        cards = self.scene.layout.cards

        def rect_now(card_id: str) -> Rect:
            rect = cards[card_id].rect
            return rect.translated(delta.x(), delta.y()) if card_id in self.origins else rect

        for route in self.flows:
            item = self.scene.flows.get(route.id)
            if item is not None:
                points = elbow(rect_now(route.source), rect_now(route.target))
                item.set_route(replace(route, points=points))

    def _aim(self, pos: QPointF) -> None:
        layout = self.scene.layout
        cell = layout.cell_at(pos.x(), pos.y()) if layout else None
        self.target = cell
        if cell is None:
            self.cell_marker.setVisible(False)
            self.line_marker.setVisible(False)
            return
        moving = {item.entity_id for item in self.cards}
        others = [box for box in self.scene.cell_cards(cell) if box.id not in moving]
        self.position = sum(1 for box in others if box.rect.center[1] < pos.y())
        rect = layout.cells[cell]
        self.cell_marker.setRect(QRectF(rect.x, rect.y, rect.w, rect.h))
        self.cell_marker.setVisible(True)
        pad = layout_padding(self.scene)
        if others and self.position < len(others):
            y = others[self.position].rect.y - 5
        elif others:
            y = others[-1].rect.bottom + 3
        else:
            y = rect.y + pad - 4
        self.line_marker.setRect(QRectF(rect.x + pad, y, rect.w - 2 * pad, 2.5))
        self.line_marker.setVisible(True)

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.finished = True
        _drop(self.cell_marker)
        _drop(self.line_marker)
        for item in self.cards:
            item.setOpacity(1.0)
            item.setZValue(Z_CARDS)
        if not self.threshold.passed or self.target is None:
            self.scene.restore_positions()
            return
        cards = [item.entity_id for item in self.cards]
        if not self.scene.session.move_cards(cards, self.target, self.position):
            self.scene.restore_positions()

    def cancel(self) -> None:
        _drop(self.cell_marker)
        _drop(self.line_marker)
        for item in self.cards:
            item.setOpacity(1.0)
            item.setZValue(Z_CARDS)
        super().cancel()


def layout_padding(scene: MapScene) -> float:
    return scene.options.metrics.cell_padding


class _HeaderDragInteraction(Interaction):
    """Drag a header along one axis to reorder its kind; the model moves on release."""

    def __init__(self, scene: MapScene, header: StageHeaderItem | LaneHeaderItem, start: QPointF):
        super().__init__(scene)
        self.header = header
        self.origin = header.pos()
        self.start = QPointF(start)
        self.threshold = _Threshold(start)
        self.marker: QGraphicsRectItem | None = None

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        if not self.threshold.check(pos):
            return
        if self.marker is None:
            self.marker = _overlay_rect(self.scene, style.DROP_LINE)
            self.header.setZValue(Z_DRAGGED)
            self.header.setOpacity(0.85)
        self.follow(pos)

    def follow(self, pos: QPointF) -> None:
        """Move the header with the mouse and place the drop marker."""
        raise NotImplementedError

    def commit(self) -> bool:
        """Push the reorder edit once the drag is real; False when nothing moved."""
        raise NotImplementedError

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.finished = True
        _drop(self.marker)
        self.header.setOpacity(1.0)
        self.header.setZValue(Z_HEADERS)
        if not (self.threshold.passed and self.commit()):
            self.scene.restore_positions()

    def cancel(self) -> None:
        _drop(self.marker)
        self.header.setOpacity(1.0)
        super().cancel()


class StageDragInteraction(_HeaderDragInteraction):
    """Drag a stage header sideways to reorder stages."""

    def __init__(self, scene: MapScene, header: StageHeaderItem, start: QPointF):
        super().__init__(scene, header, start)
        self.index = header.box.index

    def follow(self, pos: QPointF) -> None:
        self.header.setPos(self.origin.x() + pos.x() - self.start.x(), self.origin.y())
        others = [box for box in self.scene.layout.stages if box.id != self.header.entity_id]
        self.index = sum(1 for box in others if box.header.center[0] < pos.x())
        if self.index < len(others):
            x = others[self.index].header.x - 6
        else:
            x = others[-1].header.right + 4 if others else self.origin.x()
        top = self.scene.layout.stages[0].header.y
        self.marker.setRect(QRectF(x, top, 3, self.scene.layout.size[1] - top - 16))

    def commit(self) -> bool:
        if self.index == self.header.box.index:
            return False
        return self.scene.session.move_stage(self.header.entity_id, self.index)


class LaneDragInteraction(_HeaderDragInteraction):
    """Drag a channel header up or down to reorder swimlanes."""

    def __init__(self, scene: MapScene, header: LaneHeaderItem, start: QPointF):
        super().__init__(scene, header, start)
        self.display = header.box.order

    def follow(self, pos: QPointF) -> None:
        self.header.setPos(self.origin.x(), self.origin.y() + pos.y() - self.start.y())
        others = [lane for lane in self.scene.layout.lanes if lane.id != self.header.entity_id]
        self.display = sum(1 for lane in others if lane.rect.center[1] < pos.y())
        if self.display < len(others):
            y = others[self.display].rect.y - 2
        else:
            y = others[-1].rect.bottom - 1 if others else self.origin.y()
        grid = self.scene.layout.grid
        self.marker.setRect(QRectF(grid.x, y, grid.w, 3))

    def commit(self) -> bool:
        lane_id = self.header.entity_id
        shown = [lane.id for lane in self.scene.layout.lanes if lane.id != lane_id]
        session = self.scene.session
        index = channel_index_for_slot(session.journey, lane_id, shown, self.display)
        return session.move_channel(lane_id, index)


class StageResizeInteraction(Interaction):
    """Drag a stage header's right edge to change the column width."""

    def __init__(self, scene: MapScene, header: StageHeaderItem, start: QPointF):
        super().__init__(scene)
        self.header = header
        self.left = header.box.header.x
        self.width = header.box.header.w
        self.start_width = self.width
        self.guide = QGraphicsLineItem()
        self.guide.setPen(QPen(style.DROP_LINE, 1.5, Qt.PenStyle.DashLine))
        self.guide.setZValue(Z_OVERLAY)
        scene.addItem(self.guide)

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        metrics = self.scene.options.metrics
        width = event.scenePos().x() - self.left
        if self.scene.snap_step:
            width = round(width / self.scene.snap_step) * self.scene.snap_step
        self.width = max(metrics.min_stage_width, min(metrics.max_stage_width, width))
        x = self.left + self.width
        box = self.header.box.header
        self.guide.setLine(QLineF(x, box.y, x, self.scene.layout.size[1] - 16))
        self.header.place(box._replace(w=self.width))

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.finished = True
        _drop(self.guide)
        width = round(self.width)
        changed = False
        if abs(width - self.start_width) >= 1:
            changed = self.scene.session.resize_stage(self.header.entity_id, width)
        if not changed:
            self.scene.restore_positions()

    def cancel(self) -> None:
        _drop(self.guide)
        super().cancel()


class _LinkInteraction(Interaction):
    """Shared rubber line from a handle to the item under the cursor."""

    def __init__(self, scene: MapScene, source, start: QPointF):
        super().__init__(scene)
        self.source = source
        self.start = QPointF(start)
        self.line = QGraphicsLineItem(QLineF(start, start))
        self.line.setPen(QPen(style.DROP_LINE, 1.8, Qt.PenStyle.DashLine))
        self.line.setZValue(Z_OVERLAY)
        scene.addItem(self.line)
        self.target = None

    def target_at(self, pos: QPointF):
        raise NotImplementedError

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        self.line.setLine(QLineF(self.start, pos))
        target = self.target_at(pos)
        if target is not self.target:
            if self.target is not None:
                self.target.setSelected(False)
            self.target = target
            if target is not None:
                target.setSelected(True)

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.finished = True
        _drop(self.line)
        target = self.target_at(event.scenePos())
        if target is not None:
            self.connect(target)

    def cancel(self) -> None:
        _drop(self.line)
        super().cancel()

    def connect(self, target) -> None:
        raise NotImplementedError


class NewTransitionInteraction(_LinkInteraction):
    """From a stage's handle to another stage: forward, back or skip by their order."""

    def target_at(self, pos: QPointF):
        item = self.scene.item_at(pos, StageHeaderItem)
        return item if item is not None and item is not self.source else None

    def connect(self, target: StageHeaderItem) -> None:
        self.scene.session.add_transition(self.source.entity_id, target.entity_id)


class NewFlowInteraction(_LinkInteraction):
    """From a card's handle to another card: one step of an action tree."""

    def target_at(self, pos: QPointF):
        item = self.scene.item_at(pos, CardItem)
        return item if item is not None and item is not self.source else None

    def connect(self, target: CardItem) -> None:
        self.scene.session.add_flow(self.source.entity_id, target.entity_id)


class EmotionDragInteraction(Interaction):
    """Drag a point of the emotional curve up or down; it snaps to scores 1..5."""

    def __init__(self, scene: MapScene, point: EmotionPointItem, start: QPointF):
        super().__init__(scene)
        self.point = point
        self.scale = scene.layout.emotion_scale
        self.score = point.point.score

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        self.score = self.scale.score_at(event.scenePos().y())
        self.point.setY(self.scale.y_for(self.score))
        self.point.curve.rebuild_path()

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.finished = True
        changed = False
        if self.score != self.point.point.score:
            changed = self.scene.session.set_emotion(
                self.point.stage_id, self.point.persona_id, self.score
            )
        if not changed:
            self.scene.restore_positions()


class RubberBandInteraction(Interaction):
    """Drag on empty canvas to select everything the band touches (Ctrl adds)."""

    def __init__(self, scene: MapScene, start: QPointF, add: bool):
        super().__init__(scene)
        self.start = QPointF(start)
        self.add = add
        self.base = scene.selectedItems() if add else []
        self.band = _overlay_rect(scene, QColor(47, 111, 222, 30), QPen(style.SELECTION, 1))
        self.band.setVisible(False)

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        rect = QRectF(self.start, event.scenePos()).normalized()
        self.band.setRect(rect)
        self.band.setVisible(True)
        path = QPainterPath()
        path.addRect(rect)
        with self.scene.bulk_selection():
            self.scene.setSelectionArea(path, mode=Qt.ItemSelectionMode.IntersectsItemShape)
            for item in self.base:
                item.setSelected(True)

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.finished = True
        _drop(self.band)

    def cancel(self) -> None:
        self.finished = True
        _drop(self.band)
