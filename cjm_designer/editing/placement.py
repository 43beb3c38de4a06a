"""Where new stages, channels and cards go, and which cell a new card targets.

Qt-free rules behind Insert > Add…, the palette and double-clicks: a new stage or
channel follows the last selected one (else ``index``, else the end); a new card goes
to the end of its cell. Each function returns the insert edit (one undo step) or None
when the request cannot be placed.
"""

from __future__ import annotations

from collections.abc import Sequence

from cjm_designer.model import (
    Channel,
    ChannelKind,
    JourneyMap,
    Kind,
    Stage,
    Touchpoint,
    new_id,
)
from cjm_designer.model.edits import InsertEntity


def _after_selected(
    journey: JourneyMap, kind: Kind, selection: Sequence[str], index: int | None
) -> int | None:
    if index is not None:
        return index
    selected = [i for i in selection if journey.kind_of(i) is kind]
    return journey.index_of(kind, selected[-1]) + 1 if selected else None


def new_stage(
    journey: JourneyMap, name: str, selection: Sequence[str] = (), index: int | None = None
) -> InsertEntity:
    """Insert a stage called ``name`` after the last selected stage (or at ``index``)."""
    stage = Stage(new_id(name, journey.ids(), "stage"), name)
    return InsertEntity(Kind.STAGE, stage, _after_selected(journey, Kind.STAGE, selection, index))


def new_channel(
    journey: JourneyMap,
    name: str,
    selection: Sequence[str] = (),
    index: int | None = None,
    kind: ChannelKind = ChannelKind.DIGITAL,
) -> InsertEntity:
    """Insert a channel after the last selected channel (or at ``index``)."""
    channel = Channel(new_id(name, journey.ids(), "channel"), name, kind)
    return InsertEntity(
        Kind.CHANNEL, channel, _after_selected(journey, Kind.CHANNEL, selection, index)
    )


def new_touchpoint(
    journey: JourneyMap, stage_id: str, channel_id: str, title: str
) -> InsertEntity | None:
    """Insert a card at the end of a cell; None unless both ids name a stage and a channel."""
    if (
        journey.kind_of(stage_id) is not Kind.STAGE
        or journey.kind_of(channel_id) is not Kind.CHANNEL
    ):
        return None
    card = Touchpoint(new_id(title, journey.ids(), "touchpoint"), stage_id, channel_id, title)
    cell_cards = journey.touchpoints_in(stage_id, channel_id)
    index = journey.index_of(Kind.TOUCHPOINT, cell_cards[-1].id) + 1 if cell_cards else None
    return InsertEntity(Kind.TOUCHPOINT, card, index)


def target_cell(journey: JourneyMap, selection: Sequence[str]) -> tuple[str, str] | None:
    """Where a new card goes: the selected card's cell, else the selected stage and channel
    (the first ones by default); None while the map has no stage or no channel."""
    if not journey.stages or not journey.channels:
        return None
    stage_id, channel_id = journey.stages[0].id, journey.channels[0].id
    for entity_id in selection:
        entity = journey.get(entity_id)
        kind = journey.kind_of(entity_id)
        if isinstance(entity, Touchpoint):
            return entity.stage, entity.channel
        if kind is Kind.STAGE:
            stage_id = entity_id
        if kind is Kind.CHANNEL:
            channel_id = entity_id
    return stage_id, channel_id


def emotion_scores(
    journey: JourneyMap, stage_id: str, persona_id: str | None, score: int
) -> dict[str, int] | None:
    """A stage's emotion scores with ``score`` given to ``persona_id`` (None: the first
    persona without a score there, else the first persona); None without personas."""
    if not journey.personas or journey.kind_of(stage_id) is not Kind.STAGE:
        return None
    stage = journey.stage(stage_id)
    if persona_id is None:
        missing = [p.id for p in journey.personas if p.id not in stage.emotions]
        persona_id = missing[0] if missing else journey.personas[0].id
    return {**stage.emotions, persona_id: score}
