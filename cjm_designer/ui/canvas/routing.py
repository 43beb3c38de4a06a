"""Which gesture a mouse press or double-click on the canvas starts.

The scene hit-tests and hands the press here: a card starts a card drag (or a new flow
from its link handle), a stage header a stage drag, resize or new transition, empty
space a rubber band. A double-click edits in place, sets an emotion score or adds a
card, through the editing session. The interactions themselves live in
``interactions.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from cjm_designer.layout import ROW_EMOTIONS

from .emotion_lane import EmotionLaneInteraction, lane_persona
from .interactions import (
    CardDragInteraction,
    EmotionDragInteraction,
    Interaction,
    LaneDragInteraction,
    NewFlowInteraction,
    NewTransitionInteraction,
    RubberBandInteraction,
    StageDragInteraction,
    StageResizeInteraction,
)
from .items import (
    CardItem,
    EmotionPointItem,
    FlowItem,
    LaneHeaderItem,
    RowCellItem,
    StageHeaderItem,
    TransitionArrowItem,
)
from .sticky import StickyBackdrop

if TYPE_CHECKING:
    from .scene import MapScene


def start_interaction(scene: MapScene, pos: QPointF, toggle: bool) -> Interaction | None:
    """Select what was pressed and return the gesture it starts (None: a click only)."""
    for item in scene.items(pos):
        if isinstance(item, StickyBackdrop):
            break
        if isinstance(item, EmotionPointItem):
            return EmotionDragInteraction(scene, item, pos)
        if isinstance(item, CardItem):
            scene.current_cell = (item.box.stage, item.box.channel)
            if item.link_handle().contains(item.mapFromScene(pos)) and not toggle:
                return NewFlowInteraction(scene, item, pos)
            scene.click_select(item, toggle)
            return None if toggle else CardDragInteraction(scene, item, pos)
        if isinstance(item, StageHeaderItem):
            local = item.mapFromScene(pos)
            if item.resize_zone().contains(local):
                return StageResizeInteraction(scene, item, pos)
            if item.link_handle().contains(local):
                return NewTransitionInteraction(scene, item, pos)
            scene.click_select(item, toggle)
            return None if toggle else StageDragInteraction(scene, item, pos)
        if isinstance(item, LaneHeaderItem):
            scene.click_select(item, toggle)
            return None if toggle else LaneDragInteraction(scene, item, pos)
        if (
            isinstance(item, RowCellItem)
            and item.kind == ROW_EMOTIONS
            and not toggle
            and scene.layout is not None
            and scene.layout.emotion_scale is not None
            and lane_persona(scene) is not None
        ):
            return EmotionLaneInteraction(scene, item.cell.stage, pos)  # emotion_lane.py
        if isinstance(item, TransitionArrowItem | FlowItem):
            scene.click_select(item, toggle)
            return None
    scene.current_cell = scene.cell_at(pos)
    if not toggle:
        with scene.bulk_selection():
            scene.clearSelection()
    return RubberBandInteraction(scene, pos, toggle)


def double_click(scene: MapScene, pos: QPointF) -> None:
    """Edit the name under the pointer, score an emotion, or add a card to the cell."""
    for item in scene.items(pos):
        if isinstance(item, StickyBackdrop):
            return
        if isinstance(item, CardItem | StageHeaderItem | LaneHeaderItem):
            scene.session.set_selection([item.entity_id])
            scene.start_inline_edit()
            return
        if isinstance(item, RowCellItem) and item.kind == ROW_EMOTIONS:
            set_emotion_at(scene, item.cell.stage, pos.y())
            return
    cell = scene.cell_at(pos)
    if cell is not None and scene.session.add_touchpoint(*cell):
        scene.start_inline_edit()


def set_emotion_at(scene: MapScene, stage_id: str, y: float) -> None:
    """Double-click in the emotion row: give a persona a score at that height."""
    layout = scene.layout
    if layout is None or layout.emotion_scale is None:
        return
    scene.session.set_emotion(stage_id, scene.options.persona, layout.emotion_scale.score_at(y))
