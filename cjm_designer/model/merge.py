"""Three-way merge of maps by identity: the git merge driver's core.

Two people who edit different cards, or different fields of one card, never conflict:
every entity is matched by id and merged field by field against the common ancestor.
A real conflict (the same field changed two ways, a deletion against an edit) keeps a
valid map: the field takes *our* value, an edited entity survives a deletion, and every
conflict is listed in ``extra["merge_conflicts"]`` so it is visible in the file and in
the editor's problems list until someone resolves it and deletes the key.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from cjm_designer.messages import TEXTS, Message

from .diff import field_label, to_plain
from .entities import Entity, Flow, Stage, Touchpoint, Transition
from .journey_map import MAP_FIELDS, JourneyMap, Kind
from .records import Record, record

CONFLICTS_KEY = "merge_conflicts"

_MISSING = object()


@record
class Conflict(Record):
    """One place where both sides changed the same thing differently.

    ``kind`` is None for a field of the map itself (or ``"snapshots"`` for a snapshot);
    ``field`` is None when whole entities clash (deleted on one side, edited on the
    other); a missing side's value is None. ``kept`` says whose value the file holds.
    """

    kind: str
    id: str | None
    field: str | None
    base: Any
    ours: Any
    theirs: Any
    reason: str
    kept: str = "ours"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        if self.id is not None:
            out["id"] = self.id
        if self.field is not None:
            out["field"] = self.field
        out["reason"] = str(self.reason)  # the file keeps the English reason
        out["kept"] = self.kept
        for side in ("base", "ours", "theirs"):
            out[side] = to_plain(getattr(self, side))
        return out

    def describe(self) -> Message:
        """One line about the conflict; a Message, so the CLI prints it in its language."""
        kind = (
            Message(f"merge.kind.{self.kind}") if f"merge.kind.{self.kind}" in TEXTS else self.kind
        )
        where = kind if self.id is None else Message("merge.where-id", kind=kind, id=self.id)
        if self.field:
            where = Message("merge.where-field", where=where, field=field_label(self.field))
        kept = Message(f"merge.side.{self.kept}")
        return Message("merge.conflict", where=where, reason=self.reason, kept=kept)


@record(slots=False)
class MergeResult(Record):
    map: JourneyMap
    conflicts: tuple[Conflict, ...]

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_maps(base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) -> MergeResult:
    """Merge ``theirs`` into ``ours`` relative to ``base``; never raises on conflicts."""
    conflicts: list[Conflict] = []
    fields: dict[str, Any] = {}
    for name in MAP_FIELDS:
        b, o, t = getattr(base, name), getattr(ours, name), getattr(theirs, name)
        if name == "snapshots":
            fields[name] = _merge_snapshots(b, o, t, conflicts)
            continue
        value, clashes = merge_value(b, o, t)
        fields[name] = value
        for suffix, cb, co, ct in clashes:
            conflicts.append(
                Conflict("map", None, name + suffix, cb, co, ct, Message("merge.changed-both"))
            )
    merged = JourneyMap(**fields)
    used: dict[str, Kind] = {}
    for kind in Kind:
        entities = _merge_kind(kind, base, ours, theirs, conflicts)
        kept = []
        for entity in entities:
            if entity.id in used:
                conflicts.append(
                    Conflict(
                        kind.value, entity.id, None, None, ours.get(entity.id),
                        theirs.get(entity.id),
                        Message("merge.id-used", kind=Message(f"merge.kind-one.{used[entity.id].value}")),
                    )
                )  # fmt: skip
                continue
            used[entity.id] = kind
            kept.append(entity)
        merged.extend(kind, kept)
    _restore_referenced(merged, base, ours, theirs, conflicts)
    if conflicts:
        extra = dict(merged.extra)
        extra[CONFLICTS_KEY] = [conflict.to_dict() for conflict in conflicts]
        merged.extra = extra
    return MergeResult(merged, tuple(conflicts))


# --- values ------------------------------------------------------------------------------

Clash = tuple[str, Any, Any, Any]


def merge_value(b: Any, o: Any, t: Any) -> tuple[Any, list[Clash]]:
    """Three-way merge of one value; dicts merge per key, tuples per item when safe."""
    if o == t:
        return o, []
    if o == b:
        return t, []
    if t == b:
        return o, []
    if isinstance(o, dict) and isinstance(t, dict) and isinstance(b, dict | type(None)):
        return _merge_dict(b or {}, o, t)
    if isinstance(o, tuple) and isinstance(t, tuple) and isinstance(b, tuple):
        merged = merge_sequence(b, o, t)
        if merged is not None:
            return merged, []
    return o, [("", b, o, t)]


def _merge_dict(b: dict, o: dict, t: dict) -> tuple[dict, list[Clash]]:
    out: dict = {}
    clashes: list[Clash] = []
    for key in [*o, *(k for k in t if k not in o), *(k for k in b if k not in o and k not in t)]:
        vb, vo, vt = b.get(key, _MISSING), o.get(key, _MISSING), t.get(key, _MISSING)
        if vo == vt:
            value = vo
        elif vo == vb:
            value = vt
        elif vt == vb:
            value = vo
        else:
            value = vo
            clashes.append(
                (f".{key}", *(None if v is _MISSING else v for v in (vb, vo, vt)))  # type: ignore[arg-type]
            )
        if value is not _MISSING:
            out[key] = value
    return out, clashes


def _index_of(items: Sequence, item: Any) -> int:
    for index, candidate in enumerate(items):
        if candidate == item:
            return index
    return -1


def _has_duplicates(items: Sequence) -> bool:
    return any(_index_of(items, item) != index for index, item in enumerate(items))


def merge_sequence(b: tuple, o: tuple, t: tuple) -> tuple | None:
    """Both sides added or removed different items (e.g. each added a pain): take both.

    Items are compared by value, so editing an item looks like removing it and adding
    a new one; when both sides did that to the same item the result would silently hold
    both edits, so that case (and duplicates, and two different reorderings) is None.
    """
    if _has_duplicates(b) or _has_duplicates(o) or _has_duplicates(t):
        return None
    removed_o = [x for x in b if x not in o]
    removed_t = [x for x in b if x not in t]
    added_o = [x for x in o if x not in b]
    added_t = [x for x in t if x not in b]
    if any(x in removed_t for x in removed_o) and added_o and added_t and added_o != added_t:
        return None
    common = [x for x in b if x in o and x in t]
    rel_o = [x for x in o if x in common]
    rel_t = [x for x in t if x in common]
    if rel_o != common and rel_t != common and rel_o != rel_t:
        return None
    primary, secondary = (t, o) if rel_o == common and rel_t != common else (o, t)
    gone = removed_o + removed_t
    return tuple(weave([x for x in primary if x not in gone], secondary, lambda x: x not in gone))


def weave(result: list, secondary: Sequence, wanted: Callable[[Any], bool]) -> list:
    """Insert the wanted items of ``secondary`` missing from ``result`` after their predecessor."""
    out = list(result)
    for position, item in enumerate(secondary):
        if not wanted(item) or item in out:
            continue
        at = 0
        for previous in reversed(secondary[:position]):
            index = _index_of(out, previous)
            if index >= 0:
                at = index + 1
                break
        while at < len(out) and out[at] not in secondary:
            at += 1  # the primary side's own additions at the same place come first
        out.insert(at, item)
    return out


# --- entities ----------------------------------------------------------------------------


def _merge_kind(
    kind: Kind, base: JourneyMap, ours: JourneyMap, theirs: JourneyMap, conflicts: list[Conflict]
) -> list[Entity]:
    b = {e.id: e for e in base.items(kind)}
    o = {e.id: e for e in ours.items(kind)}
    t = {e.id: e for e in theirs.items(kind)}
    name = kind.value
    result: dict[str, Entity] = {}
    for entity_id in [*o, *(i for i in t if i not in o)]:
        eb, eo, et = b.get(entity_id), o.get(entity_id), t.get(entity_id)
        if eo is not None and et is not None:
            if eb is None and eo != et:
                conflicts.append(
                    Conflict(name, entity_id, None, None, eo, et, Message("merge.added-both"))
                )
                result[entity_id] = eo
            else:
                result[entity_id] = _merge_entity(name, eb or eo, eo, et, conflicts)
        elif eb is None:
            result[entity_id] = eo or et  # type: ignore[assignment]
        elif eo is not None and eo != eb:
            conflicts.append(
                Conflict(name, entity_id, None, eb, eo, None, Message("merge.edited-deleted"))
            )
            result[entity_id] = eo
        elif et is not None and et != eb:
            conflicts.append(
                Conflict(
                    name, entity_id, None, eb, None, et, Message("merge.deleted-edited"),
                    kept="theirs",
                )
            )  # fmt: skip
            result[entity_id] = et
    order = _merge_order(
        [e.id for e in base.items(kind)],
        [e.id for e in ours.items(kind)],
        [e.id for e in theirs.items(kind)],
        set(result),
    )
    return [result[entity_id] for entity_id in order]


def _merge_entity(
    kind: str, base: Entity, ours: Entity, theirs: Entity, conflicts: list[Conflict]
) -> Entity:
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    changes: dict[str, Any] = {}
    for spec in dataclasses.fields(ours):
        if spec.name == "id":
            continue
        value, clashes = merge_value(
            getattr(base, spec.name), getattr(ours, spec.name), getattr(theirs, spec.name)
        )
        changes[spec.name] = value
        for suffix, cb, co, ct in clashes:
            conflicts.append(
                Conflict(
                    kind, ours.id, spec.name + suffix, cb, co, ct,
                    Message("merge.changed-both"),
                )
            )  # fmt: skip
    return dataclasses.replace(ours, **changes)


def _merge_order(base: list[str], ours: list[str], theirs: list[str], keep: set[str]) -> list[str]:
    """Ours' order, unless only theirs reordered; the other side's additions follow their
    predecessor; entities revived from the base go back near their old place."""
    common = [i for i in base if i in ours and i in theirs]
    rel_o = [i for i in ours if i in common]
    rel_t = [i for i in theirs if i in common]
    primary, secondary = (theirs, ours) if rel_o == common and rel_t != common else (ours, theirs)
    order = weave([i for i in primary if i in keep], secondary, keep.__contains__)
    return weave(order, base, keep.__contains__)


def _merge_snapshots(b: tuple, o: tuple, t: tuple, conflicts: list[Conflict]) -> tuple:
    by_b = {s.name: s for s in b}
    by_o = {s.name: s for s in o}
    by_t = {s.name: s for s in t}
    kept: dict[str, Any] = {}
    for name in [*by_o, *(n for n in by_t if n not in by_o)]:
        sb, so, st = by_b.get(name), by_o.get(name), by_t.get(name)
        if so is not None and st is not None:
            value, clashes = merge_value(sb, so, st)
            if clashes:
                conflicts.append(
                    Conflict(
                        "snapshots",
                        name,
                        None,
                        None,
                        so.date,
                        st.date,
                        Message("merge.changed-both-snapshot"),
                    )
                )
            kept[name] = value
        elif sb is None or (so or st) != sb:
            kept[name] = so or st
    order = _merge_order(list(by_b), list(by_o), list(by_t), set(kept))
    return tuple(kept[name] for name in order)


# --- references --------------------------------------------------------------------------


def references(entity: Entity) -> Iterable[str]:
    """Ids an entity points to; a merged map must not point at a deleted one."""
    if isinstance(entity, Stage):
        yield from entity.emotions
        yield from entity.notes
    elif isinstance(entity, Touchpoint):
        yield entity.stage
        yield entity.channel
        yield from entity.personas
        yield from entity.scenarios
        yield from (a.channel for a in entity.actions if a.channel)
        yield from (i.link for i in (*entity.pains, *entity.opportunities) if i.link)
    elif isinstance(entity, Transition):
        yield entity.source
        if entity.target is not None:
            yield entity.target
        yield from entity.scenarios
    elif isinstance(entity, Flow):
        yield entity.source
        yield entity.target


def _restore_referenced(
    merged: JourneyMap,
    base: JourneyMap,
    ours: JourneyMap,
    theirs: JourneyMap,
    conflicts: list[Conflict],
) -> None:
    """One side deleted a stage while the other put a card in it: bring the stage back."""
    changed = True
    while changed:
        changed = False
        wanted: dict[str, str] = {}
        for _, entity in merged.all_entities():
            for ref in references(entity):
                if ref not in merged and ref not in wanted:
                    wanted[ref] = entity.id
        if merged.entry and merged.entry not in merged:
            wanted.setdefault(merged.entry, "entry")
        for measurement in merged.measured:
            if measurement.stage not in merged:
                wanted.setdefault(measurement.stage, "measured")
        for ref, user in wanted.items():
            kind = base.kind_of(ref)
            if kind is None:
                continue  # never existed: validation reports it
            revived = base.find(kind, ref)
            merged.insert(kind, revived, _revived_index(merged, base, kind, ref))
            deleter = "ours" if ref not in ours else "theirs"
            conflicts.append(
                Conflict(
                    kind.value, ref, None, revived, ours.get(ref), theirs.get(ref),
                    Message("merge.restored", side=Message(f"merge.side.{deleter}"), user=user),
                    kept="base",
                )
            )  # fmt: skip
            changed = True


def _revived_index(merged: JourneyMap, base: JourneyMap, kind: Kind, entity_id: str) -> int:
    order = [e.id for e in base.items(kind)]
    for previous in reversed(order[: order.index(entity_id)]):
        if previous in merged and merged.kind_of(previous) is kind:
            return merged.index_of(kind, previous) + 1
    return 0
