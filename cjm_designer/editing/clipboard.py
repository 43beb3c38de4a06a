"""Copy and paste of map fragments as YAML text (the same format as a map file).

A copied fragment is a complete, valid map: the selected entities plus the stages,
channels, personas and rows they refer to (as context), and a top-level key naming
which ids were really copied. So the clipboard can be pasted into another map, into
a text editor, or opened as a file. Pasting is planned in :mod:`.paste`.
"""

from __future__ import annotations

from collections.abc import Iterable

from cjm_designer.io.yaml_writer import MapWriter, dumps_map
from cjm_designer.model import Flow, JourneyMap, Kind, Stage, Touchpoint, Transition

CLIPBOARD_KEY = "x-cjm-clipboard"


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
    for entity_id in copied:
        entity = journey.get(entity_id)
        if isinstance(entity, Touchpoint):
            needed.update((entity.stage, entity.channel, *entity.personas, *entity.scenarios))
            needed.update(_linked_context(journey, entity))
            needed.update(a.channel for a in entity.actions if a.channel is not None)
        elif isinstance(entity, Stage):
            needed.update((*entity.emotions, *entity.notes))
        elif isinstance(entity, Transition):
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


def _linked_context(journey: JourneyMap, card: Touchpoint) -> set[str]:
    """What the card's valued opportunities link to (a transition and its stages, or a
    stage), so the fragment stays a valid map; they are context, never pasted as such."""
    found: set[str] = set()
    for insight in (*card.pains, *card.opportunities):
        target = journey.get(insight.link) if insight.link else None
        if isinstance(target, Transition):
            found.update(i for i in (target.id, target.source, target.target) if i)
        elif isinstance(target, Stage):
            found.add(target.id)
    return found


def _dangling(journey: JourneyMap, entity_id: str, kind: Kind, copied: dict[str, Kind]) -> bool:
    flow = journey.get(entity_id)
    if kind is Kind.FLOW and isinstance(flow, Flow):
        return (
            copied.get(flow.source) is not Kind.TOUCHPOINT
            or copied.get(flow.target) is not Kind.TOUCHPOINT
        )
    return False
