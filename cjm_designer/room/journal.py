"""The room's append-only journal: one JSON object per line, fsynced before each reply.

``MAP.cjm.room.jsonl`` sits beside the map. If the program is killed mid-workshop the
journal still holds every request the room answered with success; at the next start
the editor rebuilds the room from it (``RoomState.from_journal``) and offers the notes
that wait for moderation. A line torn by a crash (no newline, bad JSON) is skipped and
reported, never fatal: everything before it is intact because each line is flushed and
fsynced whole.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from cjm_designer.messages import Message

SUFFIX = ".room.jsonl"


def journal_path_for(map_path: str | os.PathLike) -> Path:
    """``workshop.cjm.yaml`` -> ``workshop.cjm.room.jsonl``; the map's name stays readable."""
    path = Path(map_path)
    name = path.name
    for suffix in (".yaml", ".yml"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return path.with_name(name + SUFFIX)


class JournalBusyError(OSError):
    """Another window or program has this map's room open (it holds the journal's lock)."""


def _lock_exclusively(handle) -> None:
    """One writer per journal: two rooms on one map would hand out the same note ids.

    POSIX ``flock`` (released by the system when the holder dies, kill -9 included).
    Windows has no advisory lock that leaves reading free, so there the room relies on
    the editor's own lock of the map file.
    """
    if os.name == "nt":
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


class Journal:
    """Appends records durably; safe to call from several threads."""

    def __init__(self, path: str | os.PathLike, durable: bool = True):
        self.path = Path(path)
        self.durable = durable
        self._lock = threading.Lock()
        self._file: TextIO | None = None

    def _open(self) -> TextIO:
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a", encoding="utf-8", newline="\n")  # noqa: SIM115
            try:
                _lock_exclusively(handle)
            except OSError:
                handle.close()
                raise JournalBusyError(Message("room.busy", path=str(self.path))) from None
            if handle.tell() > 0 and not self._ends_with_newline():
                # A torn last line from a crash: start ours on a fresh line.
                handle.write("\n")
            self._file = handle
        return self._file

    def acquire(self) -> None:
        """Open the journal now and hold its lock (JournalBusyError if someone else has it)."""
        with self._lock:
            self._open()

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as raw:
            raw.seek(-1, os.SEEK_END)
            return raw.read(1) == b"\n"

    def append(self, record: dict, sync: bool = True) -> None:
        """Write one record; with ``sync`` also make it durable (fsync) before returning.

        Callers that hold a lock of their own write with ``sync=False`` and call
        :meth:`sync` after releasing it, so one slow disk flush never holds up the
        other writers (their flushes overlap, and each covers its own line).
        """
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self._lock:
            handle = self._open()
            handle.write(line)
            handle.flush()
        if sync:
            self.sync()

    def sync(self) -> None:
        """Everything appended so far is on disk when this returns."""
        if not self.durable:
            return
        with self._lock:
            handle = self._file
            if handle is None:
                return
            descriptor = os.dup(handle.fileno())  # survives a close() meanwhile
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None


def read_journal(path: str | os.PathLike) -> tuple[list[dict], list[str]]:
    """All whole records of a journal, and a located message for each line skipped."""
    records: list[dict] = []
    problems: list[str] = []
    for number, line in _lines(Path(path)):
        try:
            record = json.loads(line)
        except ValueError as error:
            problems.append(
                Message("room.damaged-line", where=f"{path}:{number}", reason=str(error.args[0]))
            )
            continue
        if not isinstance(record, dict) or not isinstance(record.get("t"), str):
            problems.append(Message("room.not-a-record", where=f"{path}:{number}"))
            continue
        records.append(record)
    return records, problems


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield number, line
