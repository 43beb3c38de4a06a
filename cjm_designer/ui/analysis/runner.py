"""Recompute the analysis shortly after the map stops changing, off the GUI thread.

A workshop types fast; the funnel must follow without the window stuttering. Edits
restart a short timer; when it fires, a copy of the map (``JourneyMap.copy`` shares the
immutable entities, so a worker may read it safely) is analysed in a thread pool and
the report comes back through a queued signal. Each run carries a generation number:
a report for an older state of the map is dropped. ``cjm_designer.analysis`` (numpy,
networkx) is imported inside the worker, so start-up never pays for it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from .. import worker_relay
from ..controller import DocumentController

DELAY_MS = 300
log = logging.getLogger(__name__)
_pool: QThreadPool | None = None


def analysis_pool() -> QThreadPool:
    """One worker thread for all analyses: runs queue up instead of fighting for the CPU."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class _Job(QRunnable):
    def __init__(self, generation: int, journey: Any, scenario: str | None, receiver: int):
        super().__init__()
        self.generation, self.journey, self.scenario, self.receiver = (
            generation,
            journey,
            scenario,
            receiver,
        )

    def run(self) -> None:
        report, error = None, None
        try:
            from cjm_designer.analysis.report import analyze

            scenario = self.scenario
            if scenario is not None and scenario not in {s.id for s in self.journey.scenarios}:
                scenario = None
            report = analyze(self.journey, scenario)
        except Exception as exc:  # a bug in analysis must not take the editor down
            log.exception("analysis failed")
            error = f"{type(exc).__name__}: {exc}"
        # Through the application-wide relay: the window may have closed meanwhile.
        worker_relay.deliver(self.receiver, (self.generation, report, error))


class AnalysisRunner(QObject):
    """Keeps ``report`` up to date with the controller's map; emits ``reportReady``."""

    reportReady = Signal(object)  # AnalysisReport
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, controller: DocumentController, parent: QObject | None = None):
        super().__init__(parent)
        self.controller = controller
        self.scenario: str | None = None
        self.report: Any = None
        self.generation = 0
        self.delivered = 0
        self._receiver = worker_relay.register(self._job_done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run_now)
        controller.mapChanged.connect(self._changed)
        controller.documentReplaced.connect(self._changed)

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or self.delivered < self.generation

    def _changed(self, *_args: object) -> None:
        was_busy = self.busy
        self._timer.start()
        if not was_busy:
            self.busyChanged.emit(True)

    def set_scenario(self, scenario: str | None) -> None:
        if scenario != self.scenario:
            self.scenario = scenario
            self.run_now()

    def schedule(self) -> None:
        """Recompute after the usual short pause (for callers outside model events)."""
        self._changed()

    def cancel_pending(self) -> None:
        """The window closed: a run still waiting for its pause would analyse for nobody
        (and keep the worker, and the program's exit, busy)."""
        self._timer.stop()

    def run_now(self) -> None:
        self._timer.stop()
        self.generation += 1
        job = _Job(self.generation, self.controller.journey.copy(), self.scenario, self._receiver)
        analysis_pool().start(job)
        self.busyChanged.emit(True)

    def _job_done(self, result: tuple[int, Any, str | None]) -> None:
        self._deliver(*result)

    def _deliver(self, generation: int, report: Any, error: str | None) -> None:
        if generation != self.generation:
            return  # the map changed since this run started
        self.delivered = generation
        if error is not None:
            self.failed.emit(error)
        else:
            self.report = report
            self.reportReady.emit(report)
        if not self.busy:
            self.busyChanged.emit(False)
