"""Reversible edits: the only way the editor changes a map.

Each edit applies itself to a map and reverts exactly; the UI wraps one edit in one
QUndoCommand, and tests drive the same edits without Qt. Removing an entity cascades
into the entities that refer to it, and undo puts every one back at its old index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .entities import Entity, Stage, Touchpoint, Transition
from .journey_map import JourneyMap, Kind
from .records import MutableRecord


class Edit(MutableRecord):
    """Base class; subclasses implement ``apply`` and ``revert``."""

    __slots__ = ()

    def apply(self, journey: JourneyMap) -> None:
        raise NotImplementedError

    def revert(self, journey: JourneyMap) -> None:
        raise NotImplementedError

    def is_noop(self) -> bool:
        return False


@dataclass(eq=False, repr=False)
class InsertEntity(Edit):
    """Adds an entity (at ``index``, else at the end); undone by removing it."""

    kind: Kind
    entity: Entity
    index: int | None = None

    def apply(self, journey: JourneyMap) -> None:
        self.index = journey.insert(self.kind, self.entity, self.index)

    def revert(self, journey: JourneyMap) -> None:
        journey.remove(self.kind, self.entity.id)


@dataclass(eq=False, repr=False)
class RemoveEntity(Edit):
    """Removes one entity, remembering where it was. Use :func:`remove` for the cascade."""

    kind: Kind
    entity_id: str
    index: int = -1
    entity: Entity | None = None

    def apply(self, journey: JourneyMap) -> None:
        self.index, self.entity = journey.remove(self.kind, self.entity_id)

    def revert(self, journey: JourneyMap) -> None:
        assert self.entity is not None
        journey.insert(self.kind, self.entity, self.index)


@dataclass(eq=False, repr=False)
class ReplaceEntity(Edit):
    """Swap an entity for a new version; ``old_id`` set when the id itself changes."""

    kind: Kind
    new: Entity
    old_id: str | None = None
    old: Entity | None = None

    def apply(self, journey: JourneyMap) -> None:
        self.old = journey.replace(self.kind, self.new, self.old_id)

    def revert(self, journey: JourneyMap) -> None:
        assert self.old is not None
        journey.replace(self.kind, self.old, self.new.id)

    def is_noop(self) -> bool:
        return self.old is not None and self.old == self.new


@dataclass(eq=False, repr=False)
class MoveEntity(Edit):
    """Moves an entity to ``new_index`` in its list; undone by moving it back."""

    kind: Kind
    entity_id: str
    new_index: int
    old_index: int = -1

    def apply(self, journey: JourneyMap) -> None:
        self.old_index = journey.move(self.kind, self.entity_id, self.new_index)

    def revert(self, journey: JourneyMap) -> None:
        journey.move(self.kind, self.entity_id, self.old_index)

    def is_noop(self) -> bool:
        return self.old_index == self.new_index


@dataclass(eq=False, repr=False)
class SetMapField(Edit):
    """Sets one of the map's own fields (title, description...); undone by the old value."""

    name: str
    value: Any
    old: Any = None

    def apply(self, journey: JourneyMap) -> None:
        self.old = journey.set_field(self.name, self.value)

    def revert(self, journey: JourneyMap) -> None:
        journey.set_field(self.name, self.old)

    def is_noop(self) -> bool:
        return self.old == self.value


@dataclass(eq=False, repr=False)
class CompositeEdit(Edit):
    """Several edits as one undo step; reverted in reverse order."""

    edits: list[Edit] = field(default_factory=list)

    def apply(self, journey: JourneyMap) -> None:
        done: list[Edit] = []
        try:
            for edit in self.edits:
                edit.apply(journey)
                done.append(edit)
        except Exception:
            for edit in reversed(done):
                edit.revert(journey)
            raise

    def revert(self, journey: JourneyMap) -> None:
        for edit in reversed(self.edits):
            edit.revert(journey)

    def is_noop(self) -> bool:
        return all(edit.is_noop() for edit in self.edits)


# --- builders for common edits ---------------------------------------------------------


def update(journey: JourneyMap, kind: Kind, entity_id: str, **changes: Any) -> ReplaceEntity:
    """An edit that changes some fields of one entity (not its id)."""
    current = journey.find(kind, entity_id)
    return ReplaceEntity(kind, replace(current, **changes))


def move_touchpoint(
    journey: JourneyMap, touchpoint_id: str, stage_id: str, channel_id: str, position: int
) -> CompositeEdit:
    """Put a card into a cell at ``position`` among that cell's cards (0 = first)."""
    card = journey.touchpoint(touchpoint_id)
    edits: list[Edit] = []
    moved = replace(card, stage=stage_id, channel=channel_id)
    if moved != card:
        edits.append(ReplaceEntity(Kind.TOUCHPOINT, moved))
    others = [tp for tp in journey.touchpoints_in(stage_id, channel_id) if tp.id != card.id]
    position = max(0, min(position, len(others)))
    flat = [tp.id for tp in journey.touchpoints if tp.id != card.id]
    if others:
        anchor = others[position] if position < len(others) else others[-1]
        flat_index = flat.index(anchor.id) + (0 if position < len(others) else 1)
    else:
        flat_index = journey.index_of(Kind.TOUCHPOINT, card.id)
        flat_index = min(flat_index, len(flat))
    if flat_index != journey.index_of(Kind.TOUCHPOINT, card.id):
        edits.append(MoveEntity(Kind.TOUCHPOINT, card.id, flat_index))
    return CompositeEdit(edits)


def remove(journey: JourneyMap, kind: Kind, entity_id: str) -> CompositeEdit:
    """Remove an entity and everything that would dangle without it, as one edit."""
    return remove_many(journey, [(kind, entity_id)])


def remove_many(journey: JourneyMap, targets: Sequence[tuple[Kind, str]]) -> CompositeEdit:
    """Remove several entities with their cascade; each entity is removed once."""
    doomed: dict[str, Kind] = {}
    for kind, entity_id in targets:
        _collect_doomed(journey, kind, entity_id, doomed)
    edits: list[Edit] = []
    edits.extend(_scrub_references(journey, doomed))
    edits.extend(_scrub_plan_links(journey, doomed))
    # Dependents first (flows, cards, transitions), then the containers.
    order = [Kind.FLOW, Kind.TRANSITION, Kind.TOUCHPOINT, Kind.STAGE, Kind.CHANNEL]
    order += [Kind.PERSONA, Kind.SCENARIO, Kind.ROW]
    for kind in order:
        for entity in journey.items(kind):
            if doomed.get(entity.id) is kind:
                edits.append(RemoveEntity(kind, entity.id))
    if journey.entry in doomed:
        edits.append(SetMapField("entry", None))
    return CompositeEdit(edits)


def _collect_doomed(journey: JourneyMap, kind: Kind, entity_id: str, doomed: dict) -> None:
    if entity_id in doomed:
        return
    journey.find(kind, entity_id)
    doomed[entity_id] = kind
    if kind in (Kind.STAGE, Kind.CHANNEL):
        attribute = "stage" if kind is Kind.STAGE else "channel"
        for tp in journey.touchpoints:
            if getattr(tp, attribute) == entity_id:
                _collect_doomed(journey, Kind.TOUCHPOINT, tp.id, doomed)
    if kind is Kind.STAGE:
        for transition in journey.transitions:
            if entity_id in (transition.source, transition.target):
                doomed[transition.id] = Kind.TRANSITION
    if kind is Kind.TOUCHPOINT:
        for flow in journey.flows:
            if entity_id in (flow.source, flow.target):
                doomed[flow.id] = Kind.FLOW


def _scrub_references(journey: JourneyMap, doomed: dict[str, Kind]) -> list[Edit]:
    """Edits that drop soft references (persona, scenario, row, action channel) to doomed ids."""
    soft = {i for i, k in doomed.items() if k in (Kind.PERSONA, Kind.SCENARIO, Kind.ROW)}
    channels = {i for i, k in doomed.items() if k is Kind.CHANNEL}
    if not soft and not channels:
        return []
    edits: list[Edit] = []
    for stage in journey.stages:
        if stage.id in doomed:
            continue
        cleaned = _clean_stage(stage, soft)
        if cleaned != stage:
            edits.append(ReplaceEntity(Kind.STAGE, cleaned))
    for tp in journey.touchpoints:
        if tp.id in doomed:
            continue
        cleaned_tp = _clean_touchpoint(tp, soft, channels)
        if cleaned_tp != tp:
            edits.append(ReplaceEntity(Kind.TOUCHPOINT, cleaned_tp))
    for transition in journey.transitions:
        if transition.id in doomed:
            continue
        cleaned_tr = _clean_transition(transition, soft)
        if cleaned_tr != transition:
            edits.append(ReplaceEntity(Kind.TRANSITION, cleaned_tr))
    return edits


def _scrub_plan_links(journey: JourneyMap, doomed: dict[str, Kind]) -> list[Edit]:
    """Opportunities linked to a doomed stage or transition lose the link (and its change)."""
    gone = {i for i, k in doomed.items() if k in (Kind.STAGE, Kind.TRANSITION)}
    if not gone:
        return []
    edits: list[Edit] = []
    for tp in journey.touchpoints:
        if tp.id in doomed:
            continue
        changed: dict[str, Any] = {
            part: tuple(
                replace(i, link=None, change=None) if i.link in gone else i
                for i in getattr(tp, part)
            )
            for part in ("pains", "opportunities")
        }
        if changed["pains"] != tp.pains or changed["opportunities"] != tp.opportunities:
            edits.append(ReplaceEntity(Kind.TOUCHPOINT, replace(tp, **changed)))
    measured = tuple(m for m in journey.measured if m.stage not in gone)
    if measured != journey.measured:
        edits.append(SetMapField("measured", measured))
    return edits


def _clean_stage(stage: Stage, soft: set[str]) -> Stage:
    emotions = {k: v for k, v in stage.emotions.items() if k not in soft}
    notes = {k: v for k, v in stage.notes.items() if k not in soft}
    if emotions == stage.emotions and notes == stage.notes:
        return stage
    return replace(stage, emotions=emotions, notes=notes)


def _clean_touchpoint(tp: Touchpoint, soft: set[str], channels: set[str]) -> Touchpoint:
    personas = tuple(p for p in tp.personas if p not in soft)
    scenarios = tuple(s for s in tp.scenarios if s not in soft)
    actions = tuple(
        replace(action, channel=None) if action.channel in channels else action
        for action in tp.actions
    )
    if personas == tp.personas and scenarios == tp.scenarios and actions == tp.actions:
        return tp
    return replace(tp, personas=personas, scenarios=scenarios, actions=actions)


def _clean_transition(transition: Transition, soft: set[str]) -> Transition:
    scenarios = tuple(s for s in transition.scenarios if s not in soft)
    if scenarios == transition.scenarios:
        return transition
    return replace(transition, scenarios=scenarios)
