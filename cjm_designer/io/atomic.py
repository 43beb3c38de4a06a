"""Atomic file replacement: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from pathlib import Path

from cjm_designer.messages import Message

from .errors import MapSaveError

_REASONS = {
    errno.ENOSPC: "io.reason.disk-full",
    errno.EDQUOT: "io.reason.quota",
    errno.EACCES: "io.reason.permission",
    errno.EPERM: "io.reason.not-permitted",
    errno.EROFS: "io.reason.read-only",
    errno.ENOENT: "io.reason.no-folder",
    errno.ENOTDIR: "io.reason.not-a-folder",
    errno.EISDIR: "io.reason.folder-named",
    errno.ETXTBSY: "io.reason.in-use",
    errno.EBUSY: "io.reason.in-use",
}

# Temp files of saves killed mid-way (SIGKILL, power loss) predate this process.
_PROCESS_START = time.time()


def describe_os_error(error: OSError) -> str:
    """A plain-words reason for a failed write, for users rather than programmers."""
    code = _REASONS.get(error.errno or 0)
    return Message(code) if code else (error.strerror or str(error))


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write beside the target, flush and fsync, then rename over it.

    On any failure the temporary file is removed and the target is untouched; the
    error says why in plain words (MapSaveError).
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise MapSaveError(str(target), describe_os_error(error)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temp_name, target.stat().st_mode & 0o7777)
        else:
            os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, target)
    except OSError as error:
        _remove_quietly(temp_name)
        raise MapSaveError(str(target), describe_os_error(error)) from error
    except BaseException:
        _remove_quietly(temp_name)
        raise
    _fsync_folder(folder)
    remove_stale_temps(target)


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
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
