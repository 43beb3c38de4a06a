"""Never lose a consultant's work: the shell's narrow entry points to reliability.

- ``ReliabilityGuard(window, controller)``: autosave to the recovery folder, the edit
  lock of the open file, the on-disk change watcher, and the checks before a save.
  Use ``guard.open(path)`` instead of ``controller.open(path)`` and call
  ``guard.before_save(target)`` before ``controller.save(target)``.
- ``offer_recovery(parent)`` at start-up: asks about copies a crashed session left and
  returns the ones to restore; open each with ``guard.adopt(doc)``.
- ``install_crash_handler()`` once, after the QApplication exists.
"""

from __future__ import annotations

import contextlib
import logging
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from cjm_designer.io.errors import MapSaveError

from ..session import EditingSession
from .autosave import Autosaver
from .file_lock import FileLock
from .file_watcher import ExternalChangeWatcher
from .recovery import RecoveredDocument, RecoveryStore

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# Dialogs, prompts and the crash handler load on first use: a window needs none of them
# to open, and importing them costs start-up time (issue 3).
_LAZY = {
    "RecoveryChoice": ".recovery_dialog",
    "install_crash_handler": ".crash_handler",
    "setup_logging": ".logging_setup",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_GUARDS: weakref.WeakSet = weakref.WeakSet()
_STORE: dict[str, RecoveryStore] = {}


def default_store() -> RecoveryStore:
    """This process's recovery store in the user data folder (session lock held)."""
    store = _STORE.get("default")
    if store is None:
        from cjm_designer.ui.paths import recovery_dir

        store = RecoveryStore(recovery_dir())
        store.claim_session()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(store.release_session)
        _STORE["default"] = store
    return store


def reset_default_store() -> None:
    """Forget the default store (tests that change CJM_DESIGNER_DATA_DIR)."""
    store = _STORE.pop("default", None)
    if store is not None:
        store.release_session()


def live_guards() -> list[ReliabilityGuard]:
    return list(_GUARDS)


class ReliabilityGuard(QObject):
    """Everything that keeps one window's document safe; a child of the window."""

    def __init__(self, window, controller, store: RecoveryStore | None = None,
                 interval_seconds: int | None = None) -> None:  # fmt: skip
        super().__init__(window)
        self.window = window
        self.session = EditingSession.of(controller)  # a session or its controller
        self.controller = controller = self.session.controller
        self.store = store or default_store()
        # The document's session owns the autosaver; the guard decides when it writes.
        self.autosaver: Autosaver = self.session.start_autosave(self.store, interval_seconds)
        self.watcher = ExternalChangeWatcher(self)
        self.watcher.changedOnDisk.connect(self._on_changed_on_disk)
        self.watcher.removedFromDisk.connect(self._on_removed_from_disk)
        self.lock: FileLock | None = None
        self._opening = False
        controller.pathChanged.connect(self._on_path_changed)
        self._on_path_changed(str(controller.path or ""))
        if window is not None:
            window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None and hasattr(app, "applicationStateChanged"):
            app.applicationStateChanged.connect(self._on_app_state)
            app.aboutToQuit.connect(self._on_quit)
        _GUARDS.add(self)

    # --- opening -------------------------------------------------------------------

    def open(self, path: str | Path) -> list | None:
        """Open ``path`` in this window with its lock; None if the user cancelled.

        Load errors (MapLoadError) propagate for the shell to show, and change nothing.
        """
        target = Path(path).absolute()
        lock = FileLock(target)
        read_only = False
        if not lock.acquire():
            from . import prompts

            choice = prompts.ask_lock_choice(self.window, target, lock.owner())
            if choice is prompts.LockChoice.CANCEL:
                return None
            if choice is prompts.LockChoice.TAKE_OVER:
                owner = lock.owner()
                if not lock.take_over():
                    prompts.tell_take_over_refused(self.window, target, owner)
                    read_only = True
            else:
                read_only = True
        self._opening = True
        try:
            warnings = self.controller.open(target)
        except BaseException:
            if lock.held:
                lock.release()
            raise
        finally:
            self._opening = False
        self._set_lock(None if read_only else lock)
        self.controller.read_only = read_only
        return warnings

    def adopt(self, doc: RecoveredDocument) -> None:
        """Show a restored copy in this window, unsaved, and take over its recovery file."""
        journey = doc.journey or doc.load()
        if journey is None:
            return
        original = doc.original_path
        if original is not None and not self._holds_lock_on(original):
            lock = FileLock(original)
            self._set_lock(lock if lock.acquire() else None)
        self.controller.set_document(journey, original)
        self.controller.read_only = False
        self.controller.undo_stack.resetClean()  # restored work is unsaved work
        self.autosaver.write_sync()
        doc.discard()

    # --- saving --------------------------------------------------------------------

    def before_save(self, target: str | Path | None = None) -> bool:
        """Checks before saving; False means do not save (the user was told why)."""
        path = Path(target).absolute() if target else self.controller.path
        if path is None:
            return True
        current = self.controller.path
        if current is not None and path == Path(current).absolute():
            from . import prompts

            if self.lock is not None and not self.lock.still_held():
                prompts.tell_lock_lost(self.window, path)
                return False
            if self.watcher.has_foreign_change() and not prompts.confirm_overwrite_foreign(
                self.window, path
            ):
                return False
        return True

    def save(self, target: str | Path | None = None) -> bool:
        """before_save + controller.save; MapSaveError propagates, the copy stays."""
        if not self.before_save(target):
            return False
        self.controller.save(target)
        return True

    def save_recovery_copy(self) -> str:
        """Write the recovery copy now, synchronously (crash handler). Returns its file."""
        if not self.controller.dirty:
            return ""
        reason = self.autosaver.write_sync()
        if reason:
            raise MapSaveError(str(self.store.folder), reason)
        return str(self.store.folder / f"{self.autosaver.entry}.cjm.yaml")

    # --- closing -------------------------------------------------------------------

    def document_closed(self) -> None:
        """The window closed: drop the copy (the user saved or chose to discard) and lock.

        Runs after the close event, when Qt may already have destroyed the window and its
        children; each step then has nothing left to do."""
        for step in (
            self.autosaver.close,
            lambda: self._set_lock(None),
            lambda: self.watcher.watch(None),
        ):
            with contextlib.suppress(RuntimeError):  # C++ object already deleted
                step()
        _GUARDS.discard(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowDeactivate:
            self.autosaver.autosave_now()
        elif kind == QEvent.Type.Close:
            QTimer.singleShot(0, self._after_close)
        return False

    def _after_close(self) -> None:
        from shiboken6 import isValid

        window = self.window
        if window is None or not isValid(window) or not window.isVisible():
            self.document_closed()  # closed, or already destroyed by Qt

    def _on_app_state(self, state) -> None:
        from PySide6.QtCore import Qt

        if state != Qt.ApplicationState.ApplicationActive:
            self.autosaver.autosave_now()

    def _on_quit(self) -> None:
        self.autosaver.flush(5000)
        self._set_lock(None)

    # --- the file on disk ----------------------------------------------------------

    def _holds_lock_on(self, path: str | Path) -> bool:
        """True when this window already holds ``path``'s lock (it opened the file the
        restored copy belongs to): taking a second lock on it would fail against itself."""
        lock = self.lock
        return lock is not None and lock.held and lock.path == Path(path).expanduser().absolute()

    def _set_lock(self, lock: FileLock | None) -> None:
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.lock = lock

    def _on_path_changed(self, _path: str) -> None:
        path = self.controller.path
        if self._opening:
            pass  # open() sets the lock it already asked about
        elif path is None:
            self._set_lock(None)
        elif not self.controller.read_only and (
            self.lock is None or self.lock.path != Path(path).absolute()
        ):
            lock = FileLock(path)
            self._set_lock(lock if lock.acquire() else None)
        self.watcher.watch(path)

    def _on_changed_on_disk(self, path: str) -> None:
        from . import prompts

        self.watcher.paused = True
        try:
            if prompts.ask_reload(self.window, Path(path), self.controller.dirty):
                read_only = self.controller.read_only
                try:
                    self.controller.open(path)
                except Exception as error:  # MapLoadError: keep what is shown
                    log.warning("reload of %s failed: %s", path, error)
                    self.watcher.accept_current()
                    return
                self.controller.read_only = read_only
            else:
                self.watcher.accept_current()
        finally:
            self.watcher.paused = False

    def _on_removed_from_disk(self, path: str) -> None:
        """The file vanished (moved, deleted): the window's content is now unsaved work."""
        log.warning("%s was removed from disk; the open map is kept as unsaved", path)
        self.controller.undo_stack.resetClean()


def attach_reliability(window: QWidget, session: EditingSession) -> ReliabilityGuard:
    """Create the guard for the document ``session`` shown in ``window``."""
    return ReliabilityGuard(window, session)


def offer_recovery(parent=None, store: RecoveryStore | None = None) -> list[RecoveredDocument]:
    """Ask about copies crashed sessions left; returns the loaded ones to restore."""
    store = store or default_store()
    docs = store.orphans()
    if not docs:
        return []
    from . import recovery_dialog
    from .recovery_dialog import RecoveryChoice

    for doc in docs:
        doc.load()
    choices = recovery_dialog.ask_recovery(parent, docs)
    restored = []
    for doc in docs:
        choice = choices.get(doc.name, RecoveryChoice.LATER)
        if choice is RecoveryChoice.RESTORE and doc.journey is not None:
            restored.append(doc)
        elif choice is RecoveryChoice.DISCARD:
            doc.discard()
    return restored


__all__ = [
    "RecoveredDocument", "RecoveryChoice", "RecoveryStore", "ReliabilityGuard",
    "attach_reliability", "default_store", "install_crash_handler", "live_guards",
    "offer_recovery", "reset_default_store", "setup_logging",
]  # fmt: skip
