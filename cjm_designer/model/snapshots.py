"""Named, dated copies of a map kept inside the same file ("As-is, workshop 1").

A snapshot holds the map's *plain data* (what the file format writes), not live
entities: it is frozen history, read rarely, so it is decoded only when someone opens
or restores it (``cjm_designer.io.snapshot_format``). Changes to the list go through
``SetMapField("snapshots", ...)``, so saving or deleting a snapshot is undoable, and
restoring one is a single composite edit.
"""

from __future__ import annotations

from typing import Any

from cjm_designer.messages import Message, localize

from .edits import CompositeEdit, Edit, InsertEntity, RemoveEntity, SetMapField
from .journey_map import MAP_FIELDS, JourneyMap, Kind
from .records import Record, record


@record
class Snapshot(Record):
    """``data`` is the map as plain file data, without its own snapshots; never mutate it."""

    name: str
    date: str
    data: dict[str, Any]

    def __hash__(self) -> int:
        return hash((self.name, self.date))


class SnapshotError(KeyError):
    """No snapshot has that name, or the name is already taken."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""

    def localized(self, language: str | None = None) -> str:
        return localize(self.args[0], language) if self.args else ""


def find_snapshot(journey: JourneyMap, name: str) -> Snapshot:
    for snapshot in journey.snapshots:
        if snapshot.name == name:
            return snapshot
    known = ", ".join(repr(s.name) for s in journey.snapshots) or Message("io.none")
    raise SnapshotError(Message("model.no-snapshot", name=name, known=known))


def add_snapshot(journey: JourneyMap, snapshot: Snapshot, replace: bool = False) -> SetMapField:
    """The edit that appends a snapshot; a taken name is an error unless ``replace``."""
    names = [s.name for s in journey.snapshots]
    if snapshot.name in names and not replace:
        raise SnapshotError(Message("model.snapshot-exists", name=snapshot.name))
    if snapshot.name in names:
        kept = tuple(snapshot if s.name == snapshot.name else s for s in journey.snapshots)
    else:
        kept = (*journey.snapshots, snapshot)
    return SetMapField("snapshots", kept)


def delete_snapshot(journey: JourneyMap, name: str) -> SetMapField:
    find_snapshot(journey, name)
    return SetMapField("snapshots", tuple(s for s in journey.snapshots if s.name != name))


def restore_edit(journey: JourneyMap, restored: JourneyMap) -> CompositeEdit:
    """One undo step turning ``journey`` into ``restored``, keeping the snapshot list.

    Everything is removed and inserted again rather than diffed: restoring is rare and
    a plain rebuild is obviously correct, with exact undo from the primitive edits.
    """
    edits: list[Edit] = []
    for kind in reversed(Kind):
        for entity in reversed(journey.items(kind)):
            edits.append(RemoveEntity(kind, entity.id))
    for kind in Kind:
        for entity in restored.items(kind):
            edits.append(InsertEntity(kind, entity))
    for name in MAP_FIELDS:
        if name != "snapshots" and getattr(journey, name) != getattr(restored, name):
            edits.append(SetMapField(name, getattr(restored, name)))
    return CompositeEdit(edits)
