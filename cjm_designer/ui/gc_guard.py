"""Run Python's garbage collector on the GUI thread only.

Exports, analysis and autosave run Python code on worker threads. If the cyclic garbage
collector happens to run there, it may destroy Qt objects that live on the GUI thread,
which crashes the process (seen: a segfault inside a PDF export while a dialog closed).
So automatic collection is turned off and a timer on the GUI thread collects, using the
same thresholds Python would, a few times a second.
"""

from __future__ import annotations

import atexit
import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
START_DELAY_MS = 2000


class GuiThreadCollector(QObject):
    """Owns collection while it lives; ``stop()`` hands it back to Python."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._interval = interval_ms
        self._timer = QTimer(self)
        # Start-up allocates a lot and frees little: a full collection at 500 ms lands in
        # the middle of it (15-50 ms before the first paint) and finds nothing.
        self._timer.setInterval(max(interval_ms, START_DELAY_MS))
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold, like Python does."""
        if self._timer.interval() != self._interval:
            self._timer.setInterval(self._interval)
        first, second, third = gc.get_count()
        if first <= self._thresholds[0]:
            return
        generation = 0
        if second > self._thresholds[1]:
            generation = 1
            if third > self._thresholds[2]:
                generation = 2
        gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


_installed: GuiThreadCollector | None = None


def install_gui_thread_collector(app: QObject) -> GuiThreadCollector:
    """Install once per application (idempotent)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(app)
        app.destroyed.connect(_forget)
        atexit.register(skip_collections_at_exit)
    return _installed


def skip_collections_at_exit() -> None:
    """Spare the interpreter's last collections the objects that live until exit.

    Every module, class and Qt enum of the program is still alive then; the collections
    Python runs while shutting down walk them all (about 70 ms on the example, more than
    the whole exit of a bare window). Frozen objects are still released one by one; only
    unreachable cycles stay, and the operating system takes the memory back. Registered
    after PySide6's own exit handler, so it runs first: before Qt objects are destroyed.
    """
    gc.freeze()


def _forget(*_args: object) -> None:
    global _installed
    if _installed is not None:
        gc.enable()
    _installed = None
