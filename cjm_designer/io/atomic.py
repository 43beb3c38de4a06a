"""Atomic file replacement: a reader sees the old file or the new one, never half of one.

On Windows a file that another program holds open cannot be replaced: antivirus, the
search indexer and OneDrive hold a file for a moment after every change, Acrobat and
PowerPoint for as long as an exported file is open. The replace is therefore retried for
a short budget; if the file is still held, the new content is kept beside it and
:class:`FileInUseError` says, in plain words, that the file is open in another program.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
import time
from pathlib import Path

from cjm_designer.messages import Message
from cjm_designer.messages.os_errors import os_reason

from .errors import MapSaveError
from .platform_files import fsync_path, full_fsync, programs_holding, set_hidden

# How long a held target is retried: covers antivirus, indexer and sync-client scans
# (tens to hundreds of milliseconds), not a PDF left open in Acrobat.
REPLACE_BUDGET_SECONDS = 3.0
_FIRST_WAIT_SECONDS = 0.05
_LONGEST_WAIT_SECONDS = 0.5
# Windows errors for "another process has the file": access denied, sharing violation,
# lock violation (os.replace raises PermissionError for all three).
_WINDOWS_IN_USE = {5, 32, 33}
_sleep = time.sleep  # tests replace both with a fake clock
_clock = time.monotonic

# Temp files of saves killed mid-way (SIGKILL, power loss) predate this process.
_PROCESS_START = time.time()


class FileInUseError(MapSaveError, OSError):
    """The target stayed held by another program; the old file is untouched.

    ``kept`` is where the new content waits (beside the target), or None. Both a
    MapSaveError (saves) and an OSError (exports), so every caller's handler shows it.
    """

    def __init__(self, path: str, kept: Path | None = None, programs: list[str] | None = None):
        OSError.__init__(self, errno.EBUSY, "", path)
        self.kept = kept
        self.programs = list(programs or [])
        reason = (
            Message("io.file-held-by", programs=", ".join(self.programs))
            if self.programs
            else Message("io.file-held")
        )
        if kept is not None:
            reason = Message("io.file-held-kept", reason=reason, name=kept.name)
        self.strerror = reason
        MapSaveError.__init__(self, path, reason)

    def __str__(self) -> str:
        return f"{self.path}: cannot save: {self.reason}"


def describe_os_error(error: OSError) -> str:
    """A plain-words reason for a failed write, for users rather than programmers."""
    if isinstance(error, MapSaveError):
        return error.reason
    return os_reason(error, writing=True)


def write_atomic(path: str | os.PathLike, data: bytes, *, keep_copy: bool = True) -> None:
    """Write beside the target, flush and fsync, then rename over it.

    On any failure the target is untouched and the error says why in plain words
    (MapSaveError). The temporary file is removed, except when the target is held by
    another program: then (``keep_copy``) the new content stays beside it under a
    visible name, and FileInUseError says so.
    """
    target = Path(path)
    if target.is_symlink():
        # Replace the file the link points to, not the link: os.replace on the link
        # would turn it into a regular file and leave the real map unchanged.
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise MapSaveError(str(target), describe_os_error(error)) from error
    set_hidden(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            full_fsync(stream.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temp_name, target.stat().st_mode & 0o7777)
        else:
            os.chmod(temp_name, 0o666 & ~_umask())
        set_hidden(temp_name, False)  # the attribute would move onto the saved file
        publish(temp_name, target, keep_copy=keep_copy)
    except MapSaveError:
        _remove_quietly(temp_name)
        raise
    except OSError as error:
        _remove_quietly(temp_name)
        raise MapSaveError(str(target), describe_os_error(error)) from error
    except BaseException:
        _remove_quietly(temp_name)
        raise
    _fsync_folder(folder)
    remove_stale_temps(target)


def publish(finished: str | os.PathLike, target: str | os.PathLike, *, keep_copy: bool = True,
            budget: float | None = None) -> None:  # fmt: skip
    """Move a complete file over ``target``, retrying while another program holds it.

    Used by saves and by the PDF and PowerPoint exports (whose libraries write the file
    themselves). Raises FileInUseError if the target stays held for the whole budget
    (the finished file is then kept beside the target, or removed without ``keep_copy``);
    any other OSError propagates with ``finished`` left for the caller to remove.
    """
    finished, target = Path(finished), Path(target)
    try:
        replace_retrying(finished, target, budget)
    except OSError as error:
        if not is_held_by_another_program(error, target):
            raise
        programs = programs_holding(target)
        kept = keep_beside(finished, target) if keep_copy else None
        if kept is None:
            _remove_quietly(str(finished))
        raise FileInUseError(str(target), kept, programs) from error


def fsync_and_publish(finished: str | os.PathLike, target: str | os.PathLike) -> None:
    """``publish`` for a file a library wrote and closed: make it durable first."""
    fsync_path(finished)
    publish(finished, target)
    _fsync_folder(Path(target).parent if str(Path(target).parent) else Path("."))


def replace_retrying(source: Path, target: Path, budget: float | None = None) -> None:
    """``os.replace``, tried again with growing waits while the target is held."""
    budget = REPLACE_BUDGET_SECONDS if budget is None else budget
    deadline = _clock() + budget
    wait = _FIRST_WAIT_SECONDS
    while True:
        try:
            os.replace(source, target)
            return
        except OSError as error:
            if not is_held_by_another_program(error, target):
                raise
            if _clock() + wait > deadline:
                raise
        _sleep(wait)
        wait = min(wait * 2, _LONGEST_WAIT_SECONDS)


def is_held_by_another_program(error: OSError, target: Path) -> bool:
    """True when the replace failed because someone has ``target`` open, not for lack of rights.

    POSIX never refuses to replace an open file, except for a busy executable or mount
    point (EBUSY, ETXTBSY). Windows refuses with "access denied", "sharing violation" or
    "lock violation"; access denied is also what a read-only file gives, so a target
    Windows reports as writable counts as held.
    """
    if error.errno in (errno.EBUSY, errno.ETXTBSY):
        return True
    if sys.platform != "win32" or not isinstance(error, PermissionError):
        return False
    winerror = getattr(error, "winerror", None)
    if winerror is not None and winerror not in _WINDOWS_IN_USE:
        return False
    if winerror in (32, 33):
        return True
    return target.exists() and os.access(target, os.W_OK)


def kept_copy_name(target: Path, number: int = 1) -> Path:
    """``poster.pdf`` → ``poster (new copy).pdf``; ``map.cjm.yaml`` → ``map (new copy).cjm.yaml``."""
    base, dot, rest = target.name.partition(".")
    if not base:  # a dot-file such as ".env": put the mark at the end
        base, dot, rest = target.name, "", ""
    mark = " (new copy)" if number == 1 else f" (new copy {number})"
    return target.with_name(f"{base}{mark}{dot}{rest}")


def keep_beside(finished: Path, target: Path) -> Path | None:
    """Give the finished file a free, visible name next to ``target``; None if impossible."""
    for number in range(1, 100):
        candidate = kept_copy_name(target, number)
        if candidate.exists():
            continue
        try:
            os.rename(finished, candidate)
        except OSError:
            return None
        set_hidden(candidate, False)
        return candidate
    return None


def remove_stale_temps(target: Path) -> list[Path]:
    """Delete ``.NAME.*.tmp`` left beside ``target`` by saves killed before this process began.

    Newer ones may belong to a save running in another process right now, so they stay.
    """
    removed = []
    folder = target.parent if str(target.parent) else Path(".")
    with contextlib.suppress(OSError):
        for candidate in folder.glob(f".{glob_escape(target.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if candidate.stat().st_mtime < _PROCESS_START:
                    candidate.unlink()
                    removed.append(candidate)
    return removed


def glob_escape(name: str) -> str:
    return "".join(f"[{char}]" if char in "*?[" else char for char in name)


def _remove_quietly(name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        full_fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
