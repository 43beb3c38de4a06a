"""Unexpected exceptions in the GUI: log them, save every document's copy, tell the user.

Qt calls Python slots from C++; an exception there reaches ``sys.excepthook`` and, by
default, would only print to a console the user does not have. Here it is written to
the rotating log, every open document is copied to the recovery folder (synchronously:
the event loop may be unusable), and a dialog says what happened. The session goes on.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType

from . import prompts
from .logging_setup import setup_logging

log = logging.getLogger("cjm_designer.crash")

GuardSource = Callable[[], Iterable]
_state: dict = {"installed": False, "busy": False}


def summarize(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def handle_exception(
    exc_type: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    get_guards: GuardSource,
    log_file: Path,
) -> list[str]:
    """Log, copy unsaved documents, show the dialog. Returns the recovery copies written."""
    details = "".join(traceback.format_exception(exc_type, error, tb))
    log.error("unexpected error\n%s", details)
    written: list[str] = []
    if _state["busy"]:  # an error inside the handler: log only, never loop
        return written
    _state["busy"] = True
    try:
        for guard in list(get_guards()):
            try:
                name = guard.save_recovery_copy()
            except Exception:  # one broken document must not stop the others
                log.exception("could not write a recovery copy")
                continue
            if name:
                written.append(name)
        log.error("recovery copies written: %s", ", ".join(written) or "none needed")
        prompts.show_crash(None, summarize(error), log_file, written)
    finally:
        _state["busy"] = False
    return written


def install_crash_handler(get_guards: GuardSource | None = None) -> Path:
    """Route uncaught exceptions (main and worker threads) through :func:`handle_exception`."""
    if get_guards is None:
        from . import live_guards

        get_guards = live_guards
    log_file = setup_logging()

    def hook(exc_type, error, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        handle_exception(exc_type, error, tb, get_guards, log_file)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        details = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        log.error("unexpected error in a worker thread\n%s", details)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    _state["installed"] = True
    return log_file
