"""Read the editor's lock of a map without Qt, so headless commands respect it.

The editor holds ``.NAME.lock`` beside a map while a window edits it (a QLockFile,
``cjm_designer/ui/reliability/file_lock.py``). Its text is the holder's process id,
application name and host name, one a line. A command that writes a map refuses to
write one that is locked by a live process (``--force`` overrides): the window would
otherwise save over the command's result, or ask about a change nobody expected.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

from cjm_designer.messages import Message


def lock_file_for(path: str | os.PathLike) -> Path:
    target = Path(path).expanduser().absolute()
    return target.with_name(f".{target.name}.lock")


def edit_lock_holder(path: str | os.PathLike) -> str | None:
    """Who holds the editor's lock of ``path`` (or of the file a link points to), or None.

    A lock whose process is gone on this host is stale and ignored, as the editor does.
    """
    candidates = [Path(path)]
    if Path(path).is_symlink():
        candidates.append(Path(os.path.realpath(path)))
    for candidate in candidates:
        holder = _holder(lock_file_for(candidate))
        if holder is not None:
            return holder
    return None


def _holder(lock: Path) -> str | None:
    try:
        lines = lock.read_text("utf-8", errors="replace").splitlines()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None
    except OSError:
        return Message("io.lock.unreadable", name=lock.name)
    pid_text = lines[0].strip() if lines else ""
    app = lines[1].strip() if len(lines) > 1 else ""
    host = lines[2].strip() if len(lines) > 2 else ""
    pid = int(pid_text) if pid_text.isdigit() and len(pid_text) < 10 else 0
    local = host in ("", socket.gethostname())
    if local and pid and not _alive(pid):
        return None
    who = Message("io.lock.process", pid=str(pid)) if pid else Message("io.lock.a-process")
    if app:
        who = Message("io.lock.app", who=who, app=app)
    if host and not local:
        who = Message("io.lock.host", who=who, host=host)
    return who


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True
