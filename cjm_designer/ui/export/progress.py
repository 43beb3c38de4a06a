"""Run a long export in a worker thread behind a progress dialog that can cancel it.

The job gets a ``progress(done, total) -> bool`` callback (the exporters' protocol):
the worker only writes two numbers and reads a flag, and the GUI thread polls them on
a timer, so no Qt object is touched from the worker. The job must read a copy of the
map (``JourneyMap.copy()`` shares immutable entities), never the live document.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from cjm_designer.export.pdf_options import ExportCancelled

T = TypeVar("T")
SHOW_AFTER_MS = 300
"""Short exports finish before the dialog would flash up."""
POLL_MS = 30


@dataclass
class _State:
    done: int = 0
    total: int = 0
    cancelled: bool = False
    finished: bool = False


@dataclass
class Outcome(Generic[T]):
    """What a job ended with: a value, a cancel, or an error to show."""

    value: T | None = None
    cancelled: bool = False
    error: BaseException | None = None


def run_with_progress(
    parent: QWidget | None, label: str, job: Callable[[Callable[[int, int], bool]], T]
) -> Outcome[T]:
    """Run ``job(progress)`` off the GUI thread; the UI stays responsive meanwhile."""
    state = _State()
    outcome: Outcome[T] = Outcome()

    def progress(done: int, total: int) -> bool:
        state.done, state.total = done, total
        time.sleep(0)  # let the GUI thread take the interpreter: repaint, answer Cancel
        return not state.cancelled

    def work() -> None:
        try:
            outcome.value = job(progress)
        except ExportCancelled:
            outcome.cancelled = True
        except BaseException as error:  # shown to the user by the caller
            outcome.error = error
        finally:
            state.finished = True

    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setObjectName("exportProgress")
    dialog.setWindowTitle(QCoreApplication.translate("Progress", "Exporting"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setMinimumDuration(1_000_000)  # shown by our timer, not by setValue
    dialog.canceled.connect(lambda: setattr(state, "cancelled", True))
    dialog.rejected.connect(lambda: setattr(state, "cancelled", True))  # Escape, too
    loop = QEventLoop()

    def poll() -> None:
        if state.total and dialog.maximum() != state.total:
            dialog.setMaximum(state.total)
        if state.total:
            dialog.setValue(min(state.done, state.total))
        if state.finished:
            loop.quit()

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)
    show = QTimer()
    show.setSingleShot(True)

    def show_if_still_working() -> None:
        if not (state.finished or state.cancelled):
            dialog.show()

    show.timeout.connect(show_if_still_working)
    thread = threading.Thread(target=work, name="cjm-export", daemon=True)
    thread.start()
    timer.start()
    show.start(SHOW_AFTER_MS)
    if not state.finished:
        loop.exec()
    thread.join()
    timer.stop()
    show.stop()
    dialog.hide()
    dialog.deleteLater()
    return outcome
