"""Taking and opening snapshots: the model keeps plain data, the format turns it into maps.

A snapshot is written as the file format's own plain data (with its ``cjm`` version
key), so an old snapshot goes through the same migrations as an old file when opened.
"""

from __future__ import annotations

import datetime as _dt

from cjm_designer.messages import Message, reason_of
from cjm_designer.model import JourneyMap, path_text
from cjm_designer.model.snapshots import Snapshot, find_snapshot

from .errors import FileMessage, Location, MapLoadError
from .format_v1 import decode_map, encode_map
from .migrations import FormatVersionError, upgrade


def take_snapshot(journey: JourneyMap, name: str, date: str | None = None) -> Snapshot:
    """A snapshot of the map as it is now (its own snapshots are not nested inside)."""
    bare = journey.copy()
    bare.snapshots = ()
    stamp = date if date is not None else _dt.date.today().isoformat()
    return Snapshot(name, stamp, encode_map(bare))


def open_snapshot(snapshot: Snapshot, file: str = "") -> JourneyMap:
    """The snapshot as a map of its own; MapLoadError if its data is broken."""
    where = Location(f"{file}@{snapshot.name}" if file else snapshot.name)
    try:
        data, _ = upgrade(dict(snapshot.data))
    except FormatVersionError as error:
        raise MapLoadError([FileMessage(reason_of(error), where)]) from None
    journey, issues = decode_map(data)
    errors = [issue for issue in issues if issue.severity == "error"]
    if journey is None or errors:
        messages = [
            FileMessage(
                Message("io.snapshot-issue", message=issue.message, path=path_text(issue.path)),
                where,
            )
            for issue in errors
        ] or [FileMessage(Message("io.snapshot-unreadable"), where)]
        raise MapLoadError(messages)
    journey.snapshots = ()
    return journey


def open_named_snapshot(journey: JourneyMap, name: str, file: str = "") -> JourneyMap:
    """Shortcut for ``open_snapshot(find_snapshot(...))``; raises SnapshotError or MapLoadError."""
    return open_snapshot(find_snapshot(journey, name), file)
