"""Copy and paste of map fragments as YAML text (the same format as a map file).

A copied fragment is a complete, valid map: the selected entities plus the stages,
channels, personas and rows they refer to (as context), and a top-level key naming
which ids were really copied. So the clipboard can be pasted into another map, into
a text editor, or opened as a file. Paste gives every new entity a fresh unique id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from cjm_designer.io.errors import MapLoadError
from cjm_designer.io.yaml_format import loads_map
from cjm_designer.io.yaml_writer import MapWriter, dumps_map
from cjm_designer.model import JourneyMap, Kind, Stage, Touchpoint, new_id
from cjm_designer.model.edits import CompositeEdit, Edit, InsertEntity

CLIPBOARD_KEY = "x-cjm-clipboard"
MAX_TEXT_CARDS = 200


def copy_text(journey: JourneyMap, ids: Iterable[str]) -> str:
    """YAML text of the selected entities (empty when nothing copyable is selected)."""
    chosen = [i for i in dict.fromkeys(ids) if journey.kind_of(i) is not None]
    copied: dict[str, Kind] = {}
    for entity_id in chosen:
        kind = journey.kind_of(entity_id)
        if kind in (Kind.TOUCHPOINT, Kind.STAGE, Kind.CHANNEL, Kind.TRANSITION, Kind.FLOW):
            copied[entity_id] = kind
    containers = {i for i, k in copied.items() if k in (Kind.STAGE, Kind.CHANNEL)}
    for tp in journey.touchpoints:
        if tp.stage in containers or tp.channel in containers:
            copied.setdefault(tp.id, Kind.TOUCHPOINT)
    stages_copied = {i for i, k in copied.items() if k is Kind.STAGE}
    for transition in journey.transitions:
        if transition.source in stages_copied and (
            transition.target in stages_copied or transition.target is None
        ):
            copied.setdefault(transition.id, Kind.TRANSITION)
    for flow in journey.flows:
        if (
            copied.get(flow.source) is Kind.TOUCHPOINT
            and copied.get(flow.target) is Kind.TOUCHPOINT
        ):
            copied.setdefault(flow.id, Kind.FLOW)
    copied = {i: k for i, k in copied.items() if not _dangling(journey, i, k, copied)}
    if not copied:
        return ""
    needed: set[str] = set(copied)
    for entity_id, kind in copied.items():
        entity = journey.get(entity_id)
        if kind is Kind.TOUCHPOINT:
            needed.update((entity.stage, entity.channel, *entity.personas, *entity.scenarios))
        elif kind is Kind.STAGE:
            needed.update((*entity.emotions, *entity.notes))
        elif kind is Kind.TRANSITION:
            needed.update(entity.scenarios)
    for entity_id in list(needed):
        entity = journey.get(entity_id)
        if isinstance(entity, Stage):
            needed.update((*entity.emotions, *entity.notes))
    fragment = JourneyMap(title=journey.title, language=journey.language)
    for kind in Kind:
        fragment.extend(kind, [e for e in journey.items(kind) if e.id in needed])
    fragment.extra = {
        CLIPBOARD_KEY: {"copied": [i for _, e in fragment.all_entities() if (i := e.id) in copied]}
    }
    return dumps_map(fragment, MapWriter())


def _dangling(journey: JourneyMap, entity_id: str, kind: Kind, copied: dict[str, Kind]) -> bool:
    if kind is Kind.FLOW:
        flow = journey.get(entity_id)
        return (
            copied.get(flow.source) is not Kind.TOUCHPOINT
            or copied.get(flow.target) is not Kind.TOUCHPOINT
        )
    return False


def paste_edit(
    journey: JourneyMap, text: str, cell: tuple[str, str] | None = None, new_card_title: str = ""
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
        source = fragment.get(entity_id)
        if kind is Kind.STAGE:
            insert(kind, clean_stage(source))
        else:
            insert(kind, replace(source, id=fresh(entity_id)))
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
