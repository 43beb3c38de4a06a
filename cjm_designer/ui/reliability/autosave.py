"""Autosave: copy unsaved changes to the recovery folder, never to the user's file.

The map is serialized on the GUI thread (the model is not thread-safe, and the writer's
per-entity cache makes it cheap after a small edit); the disk write runs on one worker
thread, so a slow or stalled disk never freezes the canvas. All disk jobs of all
documents share that one thread and run in submission order, so a removal can never
overtake the write it follows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QSettings,
    QThreadPool,
    QTimer,
    Signal,
)

from cjm_designer.io.errors import MapSaveError

from .. import worker_relay
from .recovery import RecoveryStore, entry_name, new_id

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_SECONDS = 30
SETTINGS_KEY = "reliability/autosaveSeconds"
_POOL: QThreadPool | None = None


def disk_pool() -> QThreadPool:
    """The single worker thread that performs every recovery write, in order."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
        _POOL.setExpiryTimeout(-1)
    return _POOL


def configured_interval(settings: QSettings | None = None) -> int:
    """Seconds between autosaves from the settings; bad values fall back to the default.

    0 turns the timer off (focus loss and crashes still write a copy).
    """
    value = (settings or QSettings()).value(SETTINGS_KEY, DEFAULT_INTERVAL_SECONDS)
    try:
        seconds = int(str(value).strip())
    except (TypeError, ValueError):
        log.warning("ignoring bad %s setting: %r", SETTINGS_KEY, value)
        return DEFAULT_INTERVAL_SECONDS
    return max(0, min(seconds, 24 * 3600))


class _Job(QRunnable):
    def __init__(self, kind: str, name: str, work: Callable[[], None], receiver: int) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._kind, self._name, self._work, self._receiver = kind, name, work, receiver

    def run(self) -> None:
        reason = ""
        try:
            self._work()
        except MapSaveError as error:
            reason = error.reason
        except Exception as error:  # a worker must never take the process down
            log.exception("recovery write failed")
            reason = str(error) or type(error).__name__
        # Through the application-wide relay: the window may have closed meanwhile.
        worker_relay.deliver(self._receiver, (self._kind, self._name, reason))


class Autosaver(QObject):
    """Keeps one document's recovery copy current while it has unsaved changes."""

    autosaved = Signal(str)  # entry name
    autosaveFailed = Signal(str)  # plain reason

    def __init__(self, controller, store: RecoveryStore, interval_seconds: int | None = None,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.controller = controller
        self.store = store
        self._untitled_id = new_id()[:12]
        self._name = self._name_for(controller.path)
        self._revision = 0
        self._written_revision = -1
        self.closed = False  # the document was closed: no more copies
        self._receiver = worker_relay.register(self._job_finished)
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.autosave_now)
        self.set_interval(configured_interval() if interval_seconds is None else interval_seconds)
        controller.mapChanged.connect(self._on_changed)
        controller.documentReplaced.connect(self._on_changed)
        controller.dirtyChanged.connect(self._on_dirty)
        controller.pathChanged.connect(self._on_path)

    @property
    def entry(self) -> str:
        """This document's recovery file stem (changes when the document is renamed)."""
        return self._name

    def set_interval(self, seconds: int) -> None:
        self.timer.stop()
        if seconds > 0:
            self.timer.start(seconds * 1000)

    def _name_for(self, path: Path | None) -> str:
        return entry_name(path, self.store.session, self._untitled_id)

    # --- reacting to the document ----------------------------------------------------

    def _on_changed(self, *_args) -> None:
        self._revision += 1

    def _on_dirty(self, dirty: bool) -> None:
        if not dirty:
            self.discard()  # saved (or undone back to the saved state)

    def _on_path(self, _path: str) -> None:
        name = self._name_for(self.controller.path)
        if name != self._name:
            self._submit("remove", self._name, self._removal(self._name))
            self._name = name
            self._written_revision = -1

    # --- writing -------------------------------------------------------------------

    def autosave_now(self, wait: bool = False) -> bool:
        """Write the copy if there is something new; ``wait`` blocks (crash handler, tests).

        Returns True when a write was started.
        """
        if not self.controller.dirty or self.closed:
            return False
        if self._written_revision == self._revision:
            return False
        text = self.controller.text()  # GUI thread: the model is not thread-safe
        path = self.controller.path
        title = self.controller.journey.title
        name, revision = self._name, self._revision

        store = self.store  # the job must not hold self (see _removal)

        def work() -> None:
            store.write(name, text, path, title)

        self._written_revision = revision
        self._submit("write", name, work)
        if wait:
            self.flush()
        return True

    def write_sync(self) -> str:
        """Write on the calling thread, now; returns the failure reason or ''.

        For the crash handler, when the event loop may never run again.
        """
        if not self.controller.dirty or self.closed:
            return ""
        disk_pool().waitForDone(2000)
        try:
            self.store.write(
                self._name, self.controller.text(), self.controller.path,
                self.controller.journey.title,
            )  # fmt: skip
        except MapSaveError as error:
            return error.reason
        self._written_revision = self._revision
        return ""

    def close(self) -> None:
        """The document was closed (saved or discarded): remove the copy, write no more.

        Hiding the closed window deactivates it, which would write the copy again."""
        self.closed = True
        self.discard()

    def discard(self) -> None:
        """Remove this document's copy (clean save, clean close)."""
        self._written_revision = -1
        self._submit("remove", self._name, self._removal(self._name))

    def _removal(self, name: str) -> Callable[[], None]:
        """A job removing ``name``'s copy. Jobs hold the store, never the autosaver: a QObject
        whose last reference a worker drops is destroyed on that worker, timers and all."""
        store = self.store
        return lambda: store.remove(name)

    def flush(self, timeout_ms: int = 10_000) -> bool:
        """Wait until every queued write is on disk; True if it finished in time."""
        done = disk_pool().waitForDone(timeout_ms)
        QCoreApplication.sendPostedEvents()
        return done

    def _submit(self, kind: str, name: str, work: Callable[[], None]) -> None:
        disk_pool().start(_Job(kind, name, work, self._receiver))

    def _job_finished(self, result: tuple[str, str, str]) -> None:
        self._on_finished(*result)

    def _on_finished(self, kind: str, name: str, reason: str) -> None:
        if kind != "write":
            if reason:
                log.warning("could not remove recovery copy %s: %s", name, reason)
            return
        if reason:
            self.last_error = reason
            self._written_revision = -1  # try again next time
            log.warning("autosave of %s failed: %s", name, reason)
            self.autosaveFailed.emit(reason)
        else:
            self.last_error = ""
            self.autosaved.emit(name)
