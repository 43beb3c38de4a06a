"""Notice when someone else changes the open map on disk (git pull, a colleague's save).

``QFileSystemWatcher`` reports changes, including our own saves; the watcher compares
the file's SHA-256 with the content this window last loaded or saved, so only foreign
changes are reported. Watching the folder as well catches editors and tools that save
by replacing the file (the watch on the old file vanishes with it). Events are
debounced: a tool writing in several steps is reported once.

On Windows, QFileSystemWatcher keeps a change-notification handle open on the folder
(for a file too: it watches the file's folder), and an open folder cannot be renamed,
moved or ejected: the map's USB stick would be "in use". There the file's size and
modification time are polled every two seconds instead, which holds nothing open.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QFileSystemWatcher, QObject, QTimer, Signal


def file_digest(path: Path) -> str | None:
    """SHA-256 of the file, or None when it cannot be read (gone, no permission)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return bytes(
        QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256).toHex()
    ).decode()


def watches_by_polling(platform: str | None = None) -> bool:
    """Poll instead of holding the folder open: Windows."""
    return (platform or sys.platform) == "win32"


def file_stamp(path: Path) -> tuple[int, int] | None:
    """(modification time, size): cheap, holds nothing open; None when the file is gone."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


class ExternalChangeWatcher(QObject):
    """Emits ``changedOnDisk`` once per foreign change of the watched file."""

    changedOnDisk = Signal(str)  # path
    removedFromDisk = Signal(str)  # path

    def __init__(
        self,
        parent: QObject | None = None,
        debounce_ms: int = 300,
        poll_ms: int = 2000,
        polling: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.known_digest: str | None = None
        self.polling = watches_by_polling() if polling is None else polling
        self._stamp: tuple[int, int] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._poll_tick)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._schedule)
        self._watcher.directoryChanged.connect(self._schedule)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.check)
        self.paused = False

    def watch(self, path: Path | None) -> None:
        """Follow ``path`` (None stops); its current content counts as ours."""
        self._clear()
        self.path = Path(path).absolute() if path else None
        if self.path is None:
            self.known_digest = None
            return
        self.known_digest = file_digest(self.path)
        self._rewatch()

    def accept_current(self) -> None:
        """The content on disk now is what this window has (after save, reload, or 'keep')."""
        if self.path is not None:
            self.known_digest = file_digest(self.path)
            self._rewatch()

    def has_foreign_change(self) -> bool:
        """True when the file on disk differs from what this window loaded or saved."""
        if self.path is None:
            return False
        current = file_digest(self.path)
        return current is not None and current != self.known_digest

    def check(self) -> None:
        """Compare now; emit if the content is someone else's."""
        if self.path is None:
            return
        self._rewatch()
        if self.paused:
            return
        if not self.path.exists():
            if self.known_digest is not None:
                self.known_digest = None
                self.removedFromDisk.emit(str(self.path))
            return
        current = file_digest(self.path)
        if current is None or current == self.known_digest:
            return
        self.changedOnDisk.emit(str(self.path))

    def _schedule(self, _changed: str) -> None:
        self._timer.start()

    def _rewatch(self) -> None:
        if self.path is None:
            return
        if self.polling:
            self._stamp = file_stamp(self.path)
            if not self._poll.isActive():
                self._poll.start()
            return
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        for target in (self.path, self.path.parent):
            if str(target) not in watched and target.exists():
                self._watcher.addPath(str(target))

    def _poll_tick(self) -> None:
        if self.path is None:
            self._poll.stop()
            return
        stamp = file_stamp(self.path)
        if stamp != self._stamp:
            self._stamp = stamp
            self._schedule(str(self.path))

    def _clear(self) -> None:
        self._poll.stop()
        self._stamp = None
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
