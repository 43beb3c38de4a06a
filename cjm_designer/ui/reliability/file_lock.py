"""One editor per map file: a QLockFile beside the map (``.NAME.lock``).

The lock sits next to the file so that two processes, or two people on a shared drive,
see it. A lock left by a crashed process is stale and taken silently (Qt checks that
its process is gone). A live lock leads to a choice: open read-only, or take over. A
take-over deletes the other lock; the holder notices before its next save
(:meth:`FileLock.still_held`) and must not save over the new owner's work.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo
from shiboken6 import Shiboken

from cjm_designer.io.platform_files import set_hidden
from cjm_designer.model.records import Record, record

_HELD: dict[str, FileLock] = {}  # lock path -> holder in this process


def lock_path_for(path: str | os.PathLike) -> Path:
    target = Path(path).expanduser().absolute()
    return target.with_name(f".{target.name}.lock")


@record(slots=False)
class LockOwner(Record):
    """Who holds a lock, for the message shown to the user."""

    pid: int
    host: str
    app: str

    @property
    def this_process(self) -> bool:
        # QLockFile records QSysInfo's host name, which is not always gethostname()'s.
        return self.pid == os.getpid() and self.host == QSysInfo.machineHostName()


class FileLock:
    """The edit lock of one map file, held while a window edits it."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path).expanduser().absolute()
        self.lock_file = lock_path_for(self.path)
        self._lock = QLockFile(str(self.lock_file))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale
        self.held = False
        self.lost = False  # another window or process took it over
        self.unavailable_reason = ""  # the folder refused a lock file (read-only share)

    def acquire(self) -> bool:
        """Take the lock if it is free or stale. False: someone else holds it, see owner()."""
        if self.held:
            return True
        if self._lock.tryLock(0):
            self._mark_held()
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        # PermissionError/UnknownError: the folder does not allow a lock file. Saving
        # would fail there too; editing can go on, with nothing to guard.
        self.unavailable_reason = "the folder does not allow a lock file"
        return True

    def owner(self) -> LockOwner | None:
        """The current holder according to the lock file, if it can be read."""
        ok, pid, host, app = _lock_info(self._lock)
        return LockOwner(pid, host, app) if ok else None

    def take_over(self) -> bool:
        """Remove someone else's live lock and take it (after the user chose so).

        False when the lock cannot be removed (Windows, while its program runs) or was
        taken again meanwhile: the file is then not ours to edit.
        """
        previous = _HELD.get(str(self.lock_file))
        if previous is not None and previous is not self:
            previous._lock.unlock()  # another window of this process: release it cleanly
            previous.held = False
            previous.lost = True
            _HELD.pop(str(self.lock_file), None)
        try:
            self.lock_file.unlink()
        except FileNotFoundError:
            pass  # released in the meantime
        except OSError:
            # Windows: a live QLockFile keeps its file open without delete sharing, so it
            # cannot be removed (PermissionError) while its program runs; a read-only
            # share refuses too. The other copy keeps the lock; the caller says why.
            return False
        return self.acquire()

    def still_held(self) -> bool:
        """True while nobody took the lock away: check before saving."""
        if not self.held:
            return not self.lost and bool(self.unavailable_reason)
        info = self.owner()
        if info is None or not info.this_process or _HELD.get(str(self.lock_file)) is not self:
            self._abandon()
        return self.held

    def release(self) -> None:
        """Give the lock back, unless it was taken over (then the file is not ours)."""
        if self.held and self.still_held():
            self._lock.unlock()
            _HELD.pop(str(self.lock_file), None)
        self.held = False

    def _abandon(self) -> None:
        """Forget a lock that was taken over without deleting the new owner's file.

        QLockFile deletes its file when unlocked or destroyed; the C++ object is leaked
        on purpose (a few bytes) so that never happens to a file that is not ours.
        """
        Shiboken.invalidate(self._lock)
        self._lock = QLockFile(str(self.lock_file))
        self._lock.setStaleLockTime(0)
        self.held = False
        self.lost = True

    def _mark_held(self) -> None:
        set_hidden(self.lock_file)  # a dot hides nothing on Windows; OneDrive would sync it
        self.held = True
        self.lost = False
        _HELD[str(self.lock_file)] = self


def _lock_info(lock: QLockFile) -> tuple[bool, int, str, str]:
    result = lock.getLockInfo()
    if isinstance(result, tuple) and len(result) == 3:
        pid, host, app = result
        return bool(pid), int(pid or 0), str(host or ""), str(app or "")
    if isinstance(result, tuple) and len(result) == 4:  # older bindings: (ok, pid, host, app)
        ok, pid, host, app = result
        return bool(ok), int(pid or 0), str(host or ""), str(app or "")
    return False, 0, "", ""
