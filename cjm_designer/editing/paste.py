"""Paste planning: the model edit that inserts a clipboard fragment (or plain lines).

Every pasted entity gets a fresh unique id; references between pasted entities follow
the renames, references to what the map lacks are dropped. The result is one
``CompositeEdit`` (one undo step) and the ids it creates, for the caller to select.
"""

from __future__ import annotations

from dataclasses import replace

from cjm_designer.io.errors import MapLoadError
from cjm_designer.io.yaml_format import loads_map
from cjm_designer.model import JourneyMap, Kind, Stage, Touchpoint, new_id
from cjm_designer.model.edits import CompositeEdit, Edit, InsertEntity

from .clipboard import CLIPBOARD_KEY

MAX_TEXT_CARDS = 200
"""Plain text pastes at most this many lines as cards (a pasted novel is not a map)."""


def paste_edit(
    journey: JourneyMap, text: str, cell: tuple[str, str] | None = None
) -> tuple[CompositeEdit, list[str]] | None:
    """The edit that pastes ``text`` (and the ids it creates), or None if nothing fits.

    Copied cards go into ``cell`` when given, else back into their own stage and
    channel (created from the fragment's context when this map lacks them). Plain
    text that is not a map becomes one card per line in ``cell``.
    """
    try:
        fragment = loads_map(text).map
    except MapLoadError:
        return _text_cards(journey, text, cell)
    marker = fragment.extra.get(CLIPBOARD_KEY)
    copied_ids = set(marker.get("copied", [])) if isinstance(marker, dict) else None
    if copied_ids is None:
        copied_ids = {
            e.id
            for kind, e in fragment.all_entities()
            if kind in (Kind.STAGE, Kind.TOUCHPOINT, Kind.TRANSITION, Kind.FLOW)
        }
    taken = set(journey.ids())
    renamed: dict[str, str] = {}
    edits: list[Edit] = []
    created: list[str] = []

    def fresh(entity_id: str) -> str:
        new = new_id(entity_id, taken)
        taken.add(new)
        renamed[entity_id] = new
        return new

    def insert(kind: Kind, entity, index: int | None = None) -> None:
        edits.append(InsertEntity(kind, entity, index))
        created.append(entity.id)

    personas = {p.id for p in journey.personas} | {
        p.id for p in fragment.personas if p.id in renamed
    }
    rows = {r.id for r in journey.rows}
    scenarios = {s.id for s in journey.scenarios}

    def clean_stage(stage: Stage) -> Stage:
        emotions = {k: v for k, v in stage.emotions.items() if k in personas}
        notes = {k: v for k, v in stage.notes.items() if k in rows}
        return replace(stage, id=fresh(stage.id), emotions=emotions, notes=notes)

    stage_positions = {s.id: i for i, s in enumerate(journey.stages)}
    offset = 0
    for stage in fragment.stages:
        if stage.id in copied_ids:
            index = stage_positions.get(stage.id)
            insert(Kind.STAGE, clean_stage(stage), None if index is None else index + 1 + offset)
            offset += 1
    channel_positions = {c.id: i for i, c in enumerate(journey.channels)}
    offset = 0
    for channel in fragment.channels:
        if channel.id in copied_ids:
            index = channel_positions.get(channel.id)
            insert(
                Kind.CHANNEL,
                replace(channel, id=fresh(channel.id)),
                None if index is None else index + 1 + offset,
            )
            offset += 1

    def home(entity_id: str, kind: Kind) -> str:
        """Where a card goes when its stage or channel was not copied itself."""
        if entity_id in renamed:
            return renamed[entity_id]
        if journey.kind_of(entity_id) is kind:
            return entity_id
        if kind is Kind.STAGE:
            insert(kind, clean_stage(fragment.stage(entity_id)))
        else:
            insert(kind, replace(fragment.channel(entity_id), id=fresh(entity_id)))
        return renamed[entity_id]

    for tp in fragment.touchpoints:
        if tp.id not in copied_ids:
            continue
        if cell is not None and tp.stage not in copied_ids and tp.channel not in copied_ids:
            stage_id, channel_id = cell
        else:
            stage_id, channel_id = home(tp.stage, Kind.STAGE), home(tp.channel, Kind.CHANNEL)
        card = replace(
            tp,
            id=fresh(tp.id),
            stage=stage_id,
            channel=channel_id,
            personas=tuple(p for p in tp.personas if p in personas),
            scenarios=tuple(s for s in tp.scenarios if s in scenarios),
            actions=tuple(
                a
                if a.channel is None or journey.kind_of(a.channel) is Kind.CHANNEL
                else replace(a, channel=renamed.get(a.channel))
                for a in tp.actions
            ),
            pains=_relinked(tp.pains, journey, renamed),
            opportunities=_relinked(tp.opportunities, journey, renamed),
        )
        insert(Kind.TOUCHPOINT, card)
    for transition in fragment.transitions:
        if (
            transition.id in copied_ids
            and transition.source in renamed
            and (transition.target is None or transition.target in renamed)
        ):
            target = renamed.get(transition.target) if transition.target else None
            scenarios_kept = tuple(s for s in transition.scenarios if s in scenarios)
            moved = replace(
                transition,
                id=fresh(transition.id),
                source=renamed[transition.source],
                target=target,
                scenarios=scenarios_kept,
            )
            insert(Kind.TRANSITION, moved)
    for flow in fragment.flows:
        if flow.id in copied_ids and flow.source in renamed and flow.target in renamed:
            insert(
                Kind.FLOW,
                replace(
                    flow,
                    id=fresh(flow.id),
                    source=renamed[flow.source],
                    target=renamed[flow.target],
                ),
            )
    if not edits:
        empty = not any(True for _ in fragment.all_entities())
        return _text_cards(journey, text, cell) if empty else None
    return CompositeEdit(edits), created


def _text_cards(
    journey: JourneyMap, text: str, cell: tuple[str, str] | None
) -> tuple[CompositeEdit, list[str]] | None:
    if cell is None or cell[0] not in journey or cell[1] not in journey:
        return None
    lines = [line.strip() for line in text.splitlines() if line.strip()][:MAX_TEXT_CARDS]
    taken = set(journey.ids())
    edits: list[Edit] = []
    created = []
    for line in lines:
        card_id = new_id(line, taken, "touchpoint")
        taken.add(card_id)
        edits.append(InsertEntity(Kind.TOUCHPOINT, Touchpoint(card_id, cell[0], cell[1], line)))
        created.append(card_id)
    return (CompositeEdit(edits), created) if edits else None


def _relinked(insights: tuple, journey: JourneyMap, renamed: dict[str, str]) -> tuple:
    """Insights whose ``link`` points where it can in this map: to the pasted copy of the
    transition or stage, else to the same one here; a link with no target here is dropped
    with its expected change (pasting into another map), never left dangling."""
    kept = []
    for insight in insights:
        link = insight.link
        if link is not None and link in renamed:
            insight = replace(insight, link=renamed[link])
        elif link is not None and journey.kind_of(link) not in (Kind.TRANSITION, Kind.STAGE):
            insight = replace(insight, link=None, change=None)
        kept.append(insight)
    return tuple(kept)
