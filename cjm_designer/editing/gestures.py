"""The edits behind the canvas's mouse gestures, without Qt.

A drag or a new arrow ends as one of these: cards moved into a cell, a stage or a
channel moved to another place, a stage's column resized, a transition or a flow drawn
between two items. The canvas works out the target from the geometry (which cell,
which slot, which item is under the mouse); these functions turn that target into a
model edit, or None when the gesture changes nothing, so a release where it started
leaves no empty undo step. ``ui.session.EditingSession`` pushes them as one undo step
each (``move_cards``, ``move_stage``, ``move_channel``, ``resize_stage``,
``add_transition``, ``add_flow``).
"""

from __future__ import annotations

from collections.abc import Sequence

from cjm_designer.model import Flow, JourneyMap, Kind, Transition, TransitionKind, new_id
from cjm_designer.model.edits import (
    CompositeEdit,
    Edit,
    InsertEntity,
    MoveEntity,
    move_touchpoint,
    update,
)


def move_cards(
    journey: JourneyMap, card_ids: Sequence[str], stage_id: str, channel_id: str, position: int
) -> CompositeEdit | None:
    """Put cards into one cell, one after another from ``position`` (0 = first of the
    cell), keeping their order; None if a card, the stage or the channel is unknown."""
    if (
        not card_ids
        or journey.kind_of(stage_id) is not Kind.STAGE
        or journey.kind_of(channel_id) is not Kind.CHANNEL
        or any(journey.kind_of(card) is not Kind.TOUCHPOINT for card in card_ids)
    ):
        return None
    scratch = journey.copy()  # each move is planned on the map the earlier ones made
    edits: list[Edit] = []
    for offset, card in enumerate(card_ids):
        edit = move_touchpoint(scratch, card, stage_id, channel_id, position + offset)
        edit.apply(scratch)
        edits.append(edit)
    return CompositeEdit(edits)


def _move(journey: JourneyMap, kind: Kind, entity_id: str, index: int) -> MoveEntity | None:
    if journey.kind_of(entity_id) is not kind:
        return None
    count = len(journey.stages if kind is Kind.STAGE else journey.channels)
    index = max(0, min(index, count - 1))
    if index == journey.index_of(kind, entity_id):
        return None
    return MoveEntity(kind, entity_id, index)


def move_stage(journey: JourneyMap, stage_id: str, index: int) -> MoveEntity | None:
    """Move a stage (a column) to ``index`` among the stages; None if it is there."""
    return _move(journey, Kind.STAGE, stage_id, index)


def move_channel(journey: JourneyMap, channel_id: str, index: int) -> MoveEntity | None:
    """Move a channel (a swimlane) to ``index`` among the channels; None if it is there."""
    return _move(journey, Kind.CHANNEL, channel_id, index)


def channel_index_for_slot(
    journey: JourneyMap, channel_id: str, shown: Sequence[str], slot: int
) -> int:
    """The model index that puts a dragged swimlane at ``slot`` of the lanes the canvas
    shows without it (``shown``, top to bottom; lanes may be shown in another order than
    the model's or hidden): before ``shown[slot]``, or after the last shown lane."""
    model = [c.id for c in journey.channels if c.id != channel_id]
    if slot < len(shown):
        return model.index(shown[slot])
    return model.index(shown[-1]) + 1 if shown else 0


def resize_stage(journey: JourneyMap, stage_id: str, width: float) -> Edit | None:
    """Give a stage's column a width (whole points); None if it is within a point of
    the width it has (or the stage is unknown)."""
    if journey.kind_of(stage_id) is not Kind.STAGE:
        return None
    width = float(round(width))
    current = journey.stage(stage_id).width
    if current is not None and abs(current - width) < 1:
        return None
    return update(journey, Kind.STAGE, stage_id, width=width)


def new_transition(journey: JourneyMap, source: str, target: str) -> InsertEntity | None:
    """An arrow between two stages: forward to the next stage, back to an earlier one,
    skip to a later one; None for one stage or an unknown one."""
    if (
        source == target
        or journey.kind_of(source) is not Kind.STAGE
        or journey.kind_of(target) is not Kind.STAGE
    ):
        return None
    source_index = journey.index_of(Kind.STAGE, source)
    target_index = journey.index_of(Kind.STAGE, target)
    if target_index == source_index + 1:
        kind = TransitionKind.FORWARD
    elif target_index < source_index:
        kind = TransitionKind.BACK
    else:
        kind = TransitionKind.SKIP
    transition_id = new_id(f"{source}-{target}", journey.ids(), "transition")
    return InsertEntity(Kind.TRANSITION, Transition(transition_id, source, target, kind))


def new_flow(journey: JourneyMap, source: str, target: str) -> InsertEntity | None:
    """One step of an action tree from card to card; None when that step exists, for
    one card, or for an unknown one."""
    if (
        source == target
        or journey.kind_of(source) is not Kind.TOUCHPOINT
        or journey.kind_of(target) is not Kind.TOUCHPOINT
        or any(f.source == source and f.target == target for f in journey.flows)
    ):
        return None
    flow_id = new_id(f"{source}-{target}", journey.ids(), "flow")
    return InsertEntity(Kind.FLOW, Flow(flow_id, source, target))
