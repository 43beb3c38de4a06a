"""The error log: a rotating file in the user data folder, so a crash report has details.

Five files of 1 MB at most; the app never sends them anywhere (it has no network code),
the user attaches them to a bug report if they wish. Two windows in two processes share
the file; on Windows the other process's open handle makes renaming it fail, so a
rotation that cannot happen is put off and the messages keep going into the current file.
"""

from __future__ import annotations

import logging
import logging.handlers
import time
from pathlib import Path

LOG_NAME = "cjm-designer.log"
MAX_BYTES = 1_000_000
BACKUPS = 4
_FORMAT = "%(asctime)s %(levelname)s %(name)s [pid %(process)d]: %(message)s"


ROTATION_RETRY_SECONDS = 60.0


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler that survives a log file held open by another instance.

    The standard handler closes its file, fails to rename it, reports "--- Logging
    error ---" on stderr and loses the message, then does the same for every message
    after it. This one reopens the file, writes the message, and tries to rotate again
    a minute later.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._next_rotation_try = 0.0

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        if time.monotonic() < self._next_rotation_try:
            return False
        return bool(super().shouldRollover(record))

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:  # PermissionError on Windows: another process has the file open
            self._next_rotation_try = time.monotonic() + ROTATION_RETRY_SECONDS
            if self.stream is None:
                self.stream = self._open()


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Attach the rotating file handler once (idempotent); returns the log file path."""
    if folder is None:
        from cjm_designer.ui.paths import log_dir

        folder = log_dir()
    log_file = Path(folder) / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if (
            isinstance(handler, logging.handlers.RotatingFileHandler)
            and Path(handler.baseFilename) == log_file.absolute()
        ):
            return log_file
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = SharedRotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return log_file  # no log folder: the app still runs; the crash dialog still shows
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return log_file
