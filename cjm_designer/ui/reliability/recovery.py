"""Recovery copies of unsaved documents, and finding the ones a crashed session left.

Each open document owns one pair of files in the recovery folder: ``NAME.cjm.yaml`` (the
map, canonical YAML) and ``NAME.json`` (original path, title, time, pid, session), so the
start-up dialog can say what was recovered and when without parsing every map. A running
session holds ``sessions/SESSION.lock`` (a QLockFile); entries whose session lock is not
held by a live process belong to a session that crashed or was killed.

Writes go through :func:`write_atomic`, so a recovery copy is itself never half-written.
The sidecar is written *before* the map and removed *after* it: a map file without its
sidecar never appears, so a live session's copy is never mistaken for a crashed one's.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLockFile

from cjm_designer.io.atomic import write_atomic
from cjm_designer.io.errors import MapLoadError
from cjm_designer.io.yaml_format import loads_map
from cjm_designer.messages import localize
from cjm_designer.messages.os_errors import os_reason
from cjm_designer.model import JourneyMap
from cjm_designer.model.records import MutableRecord

MAP_SUFFIX = ".cjm.yaml"
META_SUFFIX = ".json"
META_FORMAT = 1


def _slug(text: str) -> str:
    slug = re.sub(r"[^\w-]+", "-", text, flags=re.UNICODE).strip("-")
    return slug[:40] or "map"


def new_id() -> str:
    """32 random hex digits: the ``uuid`` module and Qt's QUuid (its class's enums) both
    cost start-up time, and a random UUID is only random bytes."""
    return os.urandom(16).hex()


def _host_name() -> str:
    from PySide6.QtCore import QSysInfo  # an autosave's, after the first paint

    return QSysInfo.machineHostName()


def entry_name(path: Path | None, session: str, untitled_id: str) -> str:
    """A stable file stem: readable name + path hash (or untitled id) + session."""
    if path is None:
        return f"untitled-{untitled_id}.{session[:8]}"
    resolved = str(Path(path).expanduser().absolute())
    data = resolved.encode("utf-8", "surrogatepass")
    from PySide6.QtCore import QCryptographicHash  # here: its enums cost start-up time

    digest = bytes(QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha1).toHex())
    digest = digest.decode("ascii")[:12]
    name = Path(path).name
    stem = name[: -len(MAP_SUFFIX)] if name.endswith(MAP_SUFFIX) else Path(name).stem
    return f"{_slug(stem)}-{digest}.{session[:8]}"


@dataclass(eq=False, repr=False)
class RecoveredDocument(MutableRecord):
    """A recovery copy left by a session that is gone: what it was and when."""

    store: RecoveryStore
    name: str
    original_path: Path | None
    title: str
    saved_at: datetime | None
    pid: int | None
    session: str
    journey: JourneyMap | None = None
    error: str = ""
    meta: dict = field(default_factory=dict)

    @property
    def map_file(self) -> Path:
        return self.store.folder / f"{self.name}{MAP_SUFFIX}"

    def load(self) -> JourneyMap | None:
        """Parse the copy; on bad content ``error`` says why and None is returned."""
        try:
            raw = self.map_file.read_bytes()
        except OSError as error:
            self.error = localize(os_reason(error))
            return None
        try:
            self.journey = loads_map(raw, str(self.map_file)).map
        except MapLoadError as error:
            self.error = localize(error.first)
            return None
        return self.journey

    def discard(self) -> None:
        """Delete the copy for good (after it was restored or the user said so)."""
        self.store.remove(self.name)


class RecoveryStore:
    """One recovery folder. ``session`` identifies this process's entries."""

    def __init__(self, folder: Path, session: str | None = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.sessions = self.folder / "sessions"
        self.sessions.mkdir(exist_ok=True)
        self.session = session or new_id()
        self._session_lock: QLockFile | None = None

    # --- this session --------------------------------------------------------------

    def claim_session(self) -> bool:
        """Hold this session's lock so other processes know its entries are alive."""
        if self._session_lock is None:
            lock = QLockFile(str(self.sessions / f"{self.session}.lock"))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                return False
            self._session_lock = lock
        return True

    def release_session(self) -> None:
        if self._session_lock is not None:
            self._session_lock.unlock()
            self._session_lock = None

    def write(self, name: str, text: str, original: Path | None, title: str) -> None:
        """Write one entry atomically (sidecar first). MapSaveError says why it failed."""
        meta = {
            "format": META_FORMAT,
            "original_path": str(original) if original else None,
            "title": title,
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "host": _host_name(),
            "session": self.session,
        }
        payload = json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8")
        # A held recovery file is retried, but never copied beside: the folder is ours,
        # and a stray copy would look like one more crashed session.
        write_atomic(self.folder / f"{name}{META_SUFFIX}", payload, keep_copy=False)
        write_atomic(self.folder / f"{name}{MAP_SUFFIX}", text.encode("utf-8"), keep_copy=False)

    def remove(self, name: str) -> None:
        """Forget an entry: the map first, then its sidecar."""
        for suffix in (MAP_SUFFIX, META_SUFFIX):
            with contextlib.suppress(FileNotFoundError):
                (self.folder / f"{name}{suffix}").unlink()

    def has(self, name: str) -> bool:
        return (self.folder / f"{name}{MAP_SUFFIX}").exists()

    # --- other sessions ------------------------------------------------------------

    def session_alive(self, session: str) -> bool:
        """True while the process that owns ``session`` still runs (its lock is held)."""
        if session == self.session:
            return True
        lock_path = self.sessions / f"{session}.lock"
        if not lock_path.exists():
            return False
        probe = QLockFile(str(lock_path))
        probe.setStaleLockTime(0)
        if probe.tryLock(0):
            probe.unlock()  # it was stale: the owner is gone; unlock deletes the file
            return False
        return True  # held by a live process, or unreadable: never take a live copy

    def orphans(self) -> list[RecoveredDocument]:
        """Entries of sessions that are gone, oldest first; sidecars without maps are cleaned."""
        found: list[RecoveredDocument] = []
        for meta_file in sorted(self.folder.glob(f"*{META_SUFFIX}")):
            name = meta_file.name[: -len(META_SUFFIX)]
            meta = _read_meta(meta_file)
            session = str(meta.get("session") or "")
            if session and self.session_alive(session):
                continue
            map_file = self.folder / f"{name}{MAP_SUFFIX}"
            if not map_file.exists():
                with contextlib.suppress(OSError):
                    meta_file.unlink()
                continue
            original = meta.get("original_path")
            pid = meta.get("pid")
            found.append(
                RecoveredDocument(
                    store=self,
                    name=name,
                    original_path=Path(original) if isinstance(original, str) else None,
                    title=str(meta.get("title") or ""),
                    saved_at=_parse_time(meta.get("saved_at"), map_file),
                    pid=pid if isinstance(pid, int) else None,
                    session=session,
                    meta=meta,
                )
            )
        found.sort(key=lambda doc: doc.saved_at or datetime.min.replace(tzinfo=UTC))
        return found


def _read_meta(meta_file: Path) -> dict:
    """The sidecar's fields; a damaged sidecar yields {} (the map may still be fine)."""
    try:
        data = json.loads(meta_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _parse_time(value: object, fallback: Path) -> datetime | None:
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            parsed = datetime.fromisoformat(value)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    try:
        return datetime.fromtimestamp(fallback.stat().st_mtime, UTC)
    except OSError:
        return None
