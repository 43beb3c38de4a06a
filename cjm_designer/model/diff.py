"""What changed between two maps, matched by identity (ids), not by text lines.

A text diff of two map files says "line 412 changed"; a workshop wants "the card
'Search ad' moved from Interest to Desire" or "the probability of Research → Comparison
went from 40% to 55%". Entities are matched by id, so renaming a stage is one
"renamed" change and not a removal plus an addition. The records are plain frozen
dataclasses so the CLI, the PDF "changes" page and a future compare view share them.
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import json
from collections.abc import Iterable, Iterator
from dataclasses import field
from typing import Any

from cjm_designer.messages import TEXTS, Message

from .entities import Action, Duration, Entity, Flow, Stage, Touchpoint, Transition
from .journey_map import MAP_FIELDS, JourneyMap, Kind
from .records import Record, record

DIFF_FORMAT_VERSION = 1

SINGULAR: dict[Kind, str] = {
    Kind.PERSONA: "persona",
    Kind.SCENARIO: "scenario",
    Kind.CHANNEL: "channel",
    Kind.STAGE: "stage",
    Kind.TOUCHPOINT: "card",
    Kind.TRANSITION: "transition",
    Kind.FLOW: "flow",
    Kind.ROW: "row",
}


# --- change records --------------------------------------------------------------------


@record
class MapFieldEdited(Record):
    """A field of the map itself (title, entry stage, change log, snapshots...)."""

    field: str
    old: Any
    new: Any


@record
class Added(Record):
    kind: Kind
    id: str
    label: str
    index: int


@record
class Removed(Record):
    kind: Kind
    id: str
    label: str
    index: int


@record
class Renamed(Record):
    """The name (or a card's title) changed; the id, and so the identity, did not."""

    kind: Kind
    id: str
    old: str
    new: str


@record
class Reordered(Record):
    """The entity changed place among the others (for cards: within its cell)."""

    kind: Kind
    id: str
    label: str
    old_index: int
    new_index: int


@record
class Edited(Record):
    """Other fields changed; ``fields`` maps each field name to ``(old, new)``."""

    kind: Kind
    id: str
    label: str
    fields: dict[str, tuple[Any, Any]]


@record
class CardMoved(Record):
    """A card went to another cell: another stage, another channel, or both."""

    id: str
    label: str
    old_stage: str
    old_channel: str
    new_stage: str
    new_channel: str


@record
class ProbabilityChanged(Record):
    id: str
    label: str
    old: float | None
    new: float | None


@record
class EmotionChanged(Record):
    """How a persona feels at a stage (1-5); None where no score was given."""

    stage: str
    label: str
    persona: str
    old: int | None
    new: int | None


@record
class ActionsChanged(Record):
    """A card's actions, matched by their text: added, removed, or edited in place."""

    id: str
    label: str
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    edited: tuple[str, ...] = ()


Change = (
    MapFieldEdited | Added | Removed | Renamed | Reordered | Edited | CardMoved
    | ProbabilityChanged | EmotionChanged | ActionsChanged
)  # fmt: skip

CHANGE_NAMES: dict[type, str] = {
    MapFieldEdited: "map-field-edited",
    Added: "added",
    Removed: "removed",
    Renamed: "renamed",
    Reordered: "reordered",
    Edited: "edited",
    CardMoved: "card-moved",
    ProbabilityChanged: "probability-changed",
    EmotionChanged: "emotion-changed",
    ActionsChanged: "actions-changed",
}


# --- plain values ----------------------------------------------------------------------


def to_plain(value: Any) -> Any:
    """JSON-ready data of any model value; dataclass fields left at their default are omitted."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Duration):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for spec in dataclasses.fields(value):
            item = getattr(value, spec.name)
            if spec.name.startswith("_") or _is_default(spec, item):
                continue
            out[spec.name] = to_plain(item)
        return out
    if isinstance(value, dict):
        return {str(key): to_plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(item) for item in value]
    return value


def _is_default(spec: dataclasses.Field, value: Any) -> bool:
    if spec.default is not dataclasses.MISSING:
        return value == spec.default
    if spec.default_factory is not dataclasses.MISSING:
        return value == spec.default_factory()
    return False


def change_to_dict(change: Change) -> dict[str, Any]:
    """One change as a JSON object: ``change`` names its type, the rest are its fields."""
    out: dict[str, Any] = {"change": CHANGE_NAMES[type(change)]}
    for spec in dataclasses.fields(change):
        value = getattr(change, spec.name)
        if spec.name == "fields":
            out["fields"] = {
                name: {"old": to_plain(old), "new": to_plain(new)}
                for name, (old, new) in value.items()
            }
        else:
            out[spec.name] = to_plain(value)
    return out


# --- the result ------------------------------------------------------------------------


@record(slots=False)
class MapDiff(Record):
    """All changes from ``old`` to ``new``, in a stable order (map fields, then by kind)."""

    changes: tuple[Change, ...]
    old: JourneyMap = field(repr=False, compare=False)
    new: JourneyMap = field(repr=False, compare=False)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def of_type(self, change_type: type) -> list[Any]:
        return [change for change in self.changes if isinstance(change, change_type)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "cjm-diff",
            "version": DIFF_FORMAT_VERSION,
            "identical": not self.changes,
            "changes": [change_to_dict(change) for change in self.changes],
        }

    def to_json(self) -> str:
        """Stable JSON (documented in docs/git-merge.md): same maps, same bytes."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def summary_lines(self) -> list[str]:
        """One sentence per change (Messages: English as text, localized at the edges), for
        the terminal, the compare window and the printed handout."""
        return [_sentence(change, self.old, self.new) for change in self.changes]


# --- computing the diff ----------------------------------------------------------------

_SPECIAL_FIELDS: dict[Kind, tuple[str, ...]] = {
    Kind.STAGE: ("id", "name", "emotions"),
    Kind.TOUCHPOINT: ("id", "title", "stage", "channel", "actions"),
    Kind.TRANSITION: ("id", "probability"),
}


def diff_maps(old: JourneyMap, new: JourneyMap) -> MapDiff:
    """Compare two maps by identity; an empty result means they are the same document."""
    changes: list[Change] = []
    for name in MAP_FIELDS:
        before, after = getattr(old, name), getattr(new, name)
        if name == "snapshots":
            before = [s.name for s in before]
            after = [s.name for s in after]
        if before != after:
            changes.append(MapFieldEdited(name, before, after))
    for kind in Kind:
        changes.extend(_diff_kind(kind, old, new))
    return MapDiff(tuple(changes), old, new)


def label_of(kind: Kind, entity: Entity, journey: JourneyMap) -> str:
    """What a person calls the entity: its name, a card's title, a transition's ends."""
    if isinstance(entity, Transition | Flow):
        source, target = _name(journey, entity.source), _name(journey, entity.target)
        return Message("diff.arrow", source=source, target=target)
    if isinstance(entity, Touchpoint):
        return entity.title
    return getattr(entity, "name", "") or entity.id


def _name(journey: JourneyMap, entity_id: str | None) -> str:
    if entity_id is None:
        return Message("diff.exit")
    entity = journey.get(entity_id)
    if entity is None:
        return entity_id
    return getattr(entity, "name", None) or getattr(entity, "title", None) or entity_id


def _diff_kind(kind: Kind, old: JourneyMap, new: JourneyMap) -> Iterator[Change]:
    old_items = {e.id: (i, e) for i, e in enumerate(old.items(kind))}
    new_items = {e.id: (i, e) for i, e in enumerate(new.items(kind))}
    for entity_id, (index, entity) in old_items.items():
        if entity_id not in new_items:
            yield Removed(kind, entity_id, label_of(kind, entity, old), index)
    for entity_id, (index, entity) in new_items.items():
        if entity_id not in old_items:
            yield Added(kind, entity_id, label_of(kind, entity, new), index)
            continue
        yield from _diff_entity(kind, old_items[entity_id][1], entity, old, new)
    if kind is Kind.TOUCHPOINT:
        yield from _reordered_cards(old, new)
    else:
        order_old = [e.id for e in old.items(kind) if e.id in new_items]
        order_new = [e.id for e in new.items(kind) if e.id in old_items]
        for entity_id in _out_of_place(order_old, order_new):
            yield Reordered(
                kind,
                entity_id,
                label_of(kind, new_items[entity_id][1], new),
                old_items[entity_id][0],
                new_items[entity_id][0],
            )


def _out_of_place(before: list[str], after: list[str]) -> list[str]:
    """Ids that left the longest common order, in their new order: the ones that moved."""
    if before == after:
        return []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    kept: set[str] = set()
    for block in matcher.get_matching_blocks():
        kept.update(after[block.b : block.b + block.size])
    return [entity_id for entity_id in after if entity_id not in kept]


def _reordered_cards(old: JourneyMap, new: JourneyMap) -> Iterator[Reordered]:
    """Card order matters inside a cell only; cards that changed cell are 'moved' instead."""
    old_cells = old.cells()
    for cell, cards in new.cells().items():
        before_ids = [tp.id for tp in old_cells.get(cell, [])]
        after_ids = [tp.id for tp in cards]
        common = set(before_ids) & set(after_ids)
        before = [i for i in before_ids if i in common]
        after = [i for i in after_ids if i in common]
        for card_id in _out_of_place(before, after):
            card = new.touchpoint(card_id)
            yield Reordered(
                Kind.TOUCHPOINT,
                card_id,
                card.title,
                old_cells[cell].index(old.touchpoint(card_id)),
                cards.index(card),
            )


def _diff_entity(
    kind: Kind, before: Entity, after: Entity, old: JourneyMap, new: JourneyMap
) -> Iterator[Change]:
    if before == after:
        return
    label = label_of(kind, after, new)
    name_field = "title" if kind is Kind.TOUCHPOINT else "name"
    if hasattr(before, name_field) and getattr(before, name_field) != getattr(after, name_field):
        yield Renamed(kind, after.id, getattr(before, name_field), getattr(after, name_field))
    if isinstance(before, Touchpoint) and isinstance(after, Touchpoint):
        if (before.stage, before.channel) != (after.stage, after.channel):
            yield CardMoved(
                after.id, label, before.stage, before.channel, after.stage, after.channel
            )
        if before.actions != after.actions:
            yield _actions_changed(after.id, label, before.actions, after.actions)
    if (
        isinstance(before, Transition)
        and isinstance(after, Transition)
        and before.probability != after.probability
    ):
        yield ProbabilityChanged(after.id, label, before.probability, after.probability)
    special = _SPECIAL_FIELDS.get(kind, ("id", "name"))
    edited = {
        spec.name: (getattr(before, spec.name), getattr(after, spec.name))
        for spec in dataclasses.fields(before)
        if spec.name not in special and getattr(before, spec.name) != getattr(after, spec.name)
    }
    if edited:
        yield Edited(kind, after.id, label, edited)
    if isinstance(before, Stage) and isinstance(after, Stage):
        yield from _emotions_changed(after.id, label, before.emotions, after.emotions)


def _actions_changed(
    card_id: str, label: str, before: Iterable[Action], after: Iterable[Action]
) -> ActionsChanged:
    old_by_text = {a.text: a for a in before}
    new_by_text = {a.text: a for a in after}
    return ActionsChanged(
        card_id,
        label,
        added=tuple(t for t in new_by_text if t not in old_by_text),
        removed=tuple(t for t in old_by_text if t not in new_by_text),
        edited=tuple(t for t, a in new_by_text.items() if t in old_by_text and old_by_text[t] != a),
    )


def _emotions_changed(
    stage_id: str, label: str, before: dict[str, int], after: dict[str, int]
) -> Iterator[EmotionChanged]:
    for persona in [*before, *(p for p in after if p not in before)]:
        if before.get(persona) != after.get(persona):
            yield EmotionChanged(stage_id, label, persona, before.get(persona), after.get(persona))


# --- plain English -----------------------------------------------------------------------


def _plan_sentence(before: tuple, after: tuple) -> Message:
    """ "Action plan: "Call back" added; "Retarget" done." rather than two tuples."""
    old = {action.id: action for action in before}
    new = {action.id: action for action in after}
    parts = [Message("diff.plan.added", text=a.text) for i, a in new.items() if i not in old]
    parts += [Message("diff.plan.removed", text=a.text) for i, a in old.items() if i not in new]
    for action_id, action in new.items():
        previous = old.get(action_id)
        if previous is None or previous == action:
            continue
        if previous.status != action.status:
            parts.append(
                Message(
                    "diff.plan.status",
                    text=action.text,
                    before=Message(f"plan.status.{previous.status.value}"),
                    after=Message(f"plan.status.{action.status.value}"),
                )
            )
        else:
            parts.append(Message("diff.plan.edited", text=action.text))
    if not parts:
        return Message("diff.plan-reordered")
    return Message("diff.plan", parts=tuple(parts))


def _short(value: Any) -> str | None:
    """A value short enough to print inline (a Message, so numbers, units and enum words
    are written the reader's way), or None."""
    if value is None:
        return Message("diff.none")
    if isinstance(value, bool):
        return Message("diff.yes" if value else "diff.no")
    if isinstance(value, enum.Enum):
        code = f"value.{value.value}"
        return Message(code) if code in TEXTS else value.value
    if isinstance(value, int | float):
        return Message("diff.number", value=value)
    if isinstance(value, Duration):
        return Message(f"diff.duration.{value.unit.value}", value=value.value)
    if isinstance(value, str) and "\n" not in value and len(value) <= 40:
        return Message("diff.quoted", text=value) if value else Message("diff.empty")
    return None


def _percent(value: float | None) -> str:
    return Message("diff.none") if value is None else Message("diff.percent", value=value * 100)


def field_label(name: str) -> str:
    """A field of the map or an entity as the reader calls it ("описание"); its English is
    the field's name in the file. A path below a field ("plan[2].text") stays as it is."""
    code = f"diff.field.{name}"
    return Message(code) if code in TEXTS else name


def _kind(kind: Kind) -> Message:
    return Message(f"diff.kind.{SINGULAR[kind]}")


def _sentence(change: Change, old: JourneyMap, new: JourneyMap) -> Message:
    """One sentence per change; a Message, so the CLI, the compare window and the handout
    each show it in their language (its ``str`` is the English sentence)."""
    match change:
        case MapFieldEdited(name, before, after):
            if name == "snapshots":
                added = [Message("diff.snapshot-added", name=n) for n in after if n not in before]
                gone = [Message("diff.snapshot-removed", name=n) for n in before if n not in after]
                parts = [*added, *gone]
                if not parts:
                    return Message("diff.snapshots-reordered")
                return Message("diff.snapshots", parts=tuple(parts))
            if name == "plan":
                return _plan_sentence(before, after)
            shown = (_short(before), _short(after))
            if None in shown:
                return Message("diff.map-changed", field=field_label(name))
            return Message(
                "diff.map-changed-to", field=field_label(name), before=shown[0], after=shown[1]
            )
        case Added(kind, _, label, index):
            return Message("diff.added", kind=_kind(kind), label=label, position=index + 1)
        case Removed(kind, _, label, _index):
            return Message("diff.removed", kind=_kind(kind), label=label)
        case Renamed(kind, _, before, after):
            return Message("diff.renamed", kind=_kind(kind), before=before, after=after)
        case Reordered(kind, _, label, before, after):
            code = "diff.reordered-in-cell" if kind is Kind.TOUCHPOINT else "diff.reordered"
            return Message(code, kind=_kind(kind), label=label, before=before + 1, after=after + 1)
        case CardMoved(_, label, s1, c1, s2, c2):
            return Message(
                "diff.card-moved",
                label=label,
                stage_before=_name(old, s1),
                channel_before=_name(old, c1),
                stage_after=_name(new, s2),
                channel_after=_name(new, c2),
            )
        case ProbabilityChanged(_, label, before, after):
            return Message(
                "diff.probability",
                label=label,
                before=_percent(before),
                after=_percent(after),
            )
        case EmotionChanged(_, label, persona, before, after):
            who = _name(new, persona) if persona in new else _name(old, persona)
            return Message(
                "diff.emotion", persona=who, label=label, before=_short(before), after=_short(after)
            )
        case ActionsChanged(_, label, added, removed, edited):
            parts = [
                Message(code, count=len(items))
                for items, code in (
                    (added, "diff.actions-added"),
                    (removed, "diff.actions-removed"),
                    (edited, "diff.actions-edited"),
                )
                if items
            ]
            return Message("diff.actions", label=label, parts=tuple(parts))
        case Edited(kind, _, label, fields):
            changes: list[str] = []
            for name, (before, after) in fields.items():
                shown = (_short(before), _short(after))
                label_of_field = field_label(name)
                changes.append(
                    label_of_field
                    if None in shown
                    else Message(
                        "diff.field-change", field=label_of_field, before=shown[0], after=shown[1]
                    )
                )
            return Message("diff.edited", kind=_kind(kind), label=label, parts=tuple(changes))
    raise TypeError(f"not a change: {change!r}")  # pragma: no cover
