"""What files do differently on Windows and macOS, in one place (no Qt, no network).

- ``full_fsync``: on macOS ``fsync`` only hands the data to the drive, whose cache may
  lose it at power loss; ``F_FULLFSYNC`` asks the drive to write it to the medium.
- ``set_hidden``: a leading dot hides a file on Linux and macOS only; Windows needs the
  hidden attribute, or lock and temporary files show in Explorer and on OneDrive.
- ``programs_holding``: on Windows a file held open by Acrobat, PowerPoint, an indexer or
  a sync client cannot be replaced; the Restart Manager names the program, so the message
  can say which one to close.

Every function is a no-op or returns "nothing known" on the platforms it does not concern,
and never raises: a save must not fail because of a nicety.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

FILE_ATTRIBUTE_HIDDEN = 0x2
_INVALID_FILE_ATTRIBUTES = 0xFFFFFFFF


def is_windows() -> bool:
    return sys.platform == "win32"


def is_macos() -> bool:
    return sys.platform == "darwin"


def full_fsync(fd: int) -> None:
    """Make written data durable: ``F_FULLFSYNC`` on macOS, ``fsync`` elsewhere.

    File systems that do not support F_FULLFSYNC (SMB shares, FAT sticks) refuse it;
    plain fsync is then the best there is.
    """
    if is_macos():
        import fcntl

        command = getattr(fcntl, "F_FULLFSYNC", None)
        if command is not None:
            try:
                fcntl.fcntl(fd, command)
                return
            except OSError:
                pass
    os.fsync(fd)


def fsync_path(path: str | os.PathLike) -> None:
    """Flush a finished file written by a library (reportlab, python-pptx) to the disk."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            full_fsync(fd)
        finally:
            os.close(fd)


def set_hidden(path: str | os.PathLike, hidden: bool = True) -> None:
    """Set or clear Windows' hidden attribute (dot-files are hidden elsewhere already)."""
    if not is_windows():
        return
    with contextlib.suppress(Exception):
        attributes = _get_attributes(str(path))
        if attributes == _INVALID_FILE_ATTRIBUTES:
            return
        wanted = (
            attributes | FILE_ATTRIBUTE_HIDDEN if hidden else attributes & ~FILE_ATTRIBUTE_HIDDEN
        )
        if wanted != attributes:
            _set_attributes(str(path), wanted)


def _get_attributes(path: str) -> int:
    import ctypes

    function = ctypes.windll.kernel32.GetFileAttributesW  # type: ignore[attr-defined]
    function.argtypes = [ctypes.c_wchar_p]
    function.restype = ctypes.c_uint32
    return int(function(path))


def _set_attributes(path: str, attributes: int) -> bool:
    import ctypes

    function = ctypes.windll.kernel32.SetFileAttributesW  # type: ignore[attr-defined]
    function.argtypes = [ctypes.c_wchar_p, ctypes.c_uint32]
    function.restype = ctypes.c_int
    return bool(function(path, attributes))


def programs_holding(path: str | os.PathLike) -> list[str]:
    """Names of the programs that have ``path`` open (Windows), e.g. ``["Adobe Acrobat"]``.

    Empty when unknown: other platforms never block a replace, and the Restart Manager
    may be missing or refuse (another user's process).
    """
    if not is_windows():
        return []
    try:
        return _restart_manager_list(str(Path(path).absolute()))
    except Exception:
        return []


def _restart_manager_list(path: str) -> list[str]:  # pragma: no cover - Windows only
    """Ask the Windows Restart Manager (rstrtmgr.dll, Vista and later) who holds ``path``."""
    import ctypes
    from ctypes import wintypes

    class UniqueProcess(ctypes.Structure):
        _fields_ = [("dwProcessId", wintypes.DWORD), ("ProcessStartTime", wintypes.FILETIME)]

    class ProcessInfo(ctypes.Structure):
        _fields_ = [
            ("Process", UniqueProcess),
            ("strAppName", ctypes.c_wchar * 256),  # CCH_RM_MAX_APP_NAME + 1
            ("strServiceShortName", ctypes.c_wchar * 64),  # CCH_RM_MAX_SVC_NAME + 1
            ("ApplicationType", ctypes.c_int),
            ("AppStatus", wintypes.ULONG),
            ("TSSessionId", wintypes.DWORD),
            ("bRestartable", wintypes.BOOL),
        ]

    manager = ctypes.WinDLL("rstrtmgr")  # type: ignore[attr-defined]
    session = wintypes.DWORD()
    key = ctypes.create_unicode_buffer(33)  # CCH_RM_SESSION_KEY + 1
    if manager.RmStartSession(ctypes.byref(session), 0, key) != 0:
        return []
    try:
        files = (ctypes.c_wchar_p * 1)(path)
        if manager.RmRegisterResources(session, 1, files, 0, None, 0, None) != 0:
            return []
        needed, count = ctypes.c_uint(0), ctypes.c_uint(10)
        infos = (ProcessInfo * 10)()
        reasons = wintypes.DWORD()
        status = manager.RmGetList(
            session, ctypes.byref(needed), ctypes.byref(count), infos, ctypes.byref(reasons)
        )
        if status not in (0, 234):  # ERROR_SUCCESS, ERROR_MORE_DATA (first ten are enough)
            return []
        names = []
        for info in infos[: min(count.value, 10)]:
            name = info.strAppName.strip()
            if name and name not in names:
                names.append(name)
        return names
    finally:
        manager.RmEndSession(session)


# Names Windows keeps for devices in every folder: "CON.pdf" opens the console, not a file.
RESERVED_WINDOWS_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
    | {"COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"}
)
_FORBIDDEN_IN_NAMES = '<>:"/\\|?*'


def safe_file_stem(stem: str, fallback: str = "journey-map") -> str:
    """A file name stem every platform accepts: no reserved device names (CON, NUL, ...),
    no characters Windows forbids, no trailing dots or spaces (Windows drops them)."""
    cleaned = "".join(
        "-" if char in _FORBIDDEN_IN_NAMES or ord(char) < 32 else char for char in stem
    )
    cleaned = cleaned.strip().rstrip(". ")
    if not cleaned:
        return fallback
    if cleaned.split(".")[0].strip().upper() in RESERVED_WINDOWS_NAMES:
        cleaned = f"{cleaned}-map"
    return cleaned
