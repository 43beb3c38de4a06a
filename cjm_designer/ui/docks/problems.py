"""The Problems dock: broken invariants of the document plus the analysis advice.

``model.check_map`` always runs; the domain checks of ``cjm_designer.analysis``
(unreachable stages, unused channels...) are imported on first refresh, after the
window is shown, so networkx never slows start-up. Clicking a finding selects its item.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from cjm_designer.messages import localize
from cjm_designer.model import JourneyMap, Transition, check_map, path_text

from ..controller import DocumentController

REF_ROLE = Qt.ItemDataRole.UserRole
REFRESH_DELAY_MS = 400


def analysis_checks() -> Callable[[JourneyMap], list] | None:
    """``cjm_designer.analysis.run_checks`` when that module offers it, else None."""
    try:
        module = importlib.import_module("cjm_designer.analysis")
    except ImportError:
        return None
    return getattr(module, "run_checks", None)


def _severity(problem: object) -> str:
    return str(getattr(problem, "severity", "warning")).lower()


class ProblemsDock(QDockWidget):
    """Findings sorted errors first; refreshed shortly after the map stops changing."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemsDock")
        self.setWindowTitle(self.tr("Problems"))
        self.controller = controller
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Problem"), self.tr("Where")])
        self.tree.setColumnWidth(0, 420)
        self.setWidget(self.tree)
        self.problems: list = []
        self.with_analysis = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.refresh(with_analysis=True))
        self.tree.itemClicked.connect(self._select)
        self.tree.itemActivated.connect(self._select)
        controller.mapChanged.connect(lambda _event: self._timer.start())
        controller.documentReplaced.connect(self._document_replaced)
        self.refresh(with_analysis=False)

    def use_runner(self, runner) -> None:
        """Take the analysis findings from a live AnalysisRunner (computed off the GUI
        thread) instead of running the checks here; model checks still run at once."""
        self._timer.timeout.disconnect()  # each new report refreshes the list instead
        self._runner_report = None
        runner.reportReady.connect(self._report_ready)
        if runner.report is not None:
            self._report_ready(runner.report)

    def _report_ready(self, report) -> None:
        self._runner_report = report
        self._refresh_with_report()

    def _refresh_with_report(self) -> None:
        problems = list(check_map(self.controller.journey)) + list(self._runner_report.problems)
        order = {"error": 0, "warning": 1, "info": 2}
        problems.sort(key=lambda p: order.get(_severity(p), 3))
        self.with_analysis = True
        self.problems = problems
        self._show(problems)

    def _document_replaced(self) -> None:
        self.refresh(with_analysis=False)
        self._timer.start()

    def refresh(self, with_analysis: bool = True) -> None:
        """Recompute findings; analysis checks only when asked (they import networkx)."""
        journey = self.controller.journey
        problems = list(check_map(journey))
        run_checks = analysis_checks() if with_analysis else None
        if run_checks is not None:
            problems += list(run_checks(journey))
        self.with_analysis = run_checks is not None
        order = {"error": 0, "warning": 1, "info": 2}
        problems.sort(key=lambda p: order.get(_severity(p), 3))
        self.problems = problems
        self._show(problems)

    def _show(self, problems: list) -> None:
        self.tree.clear()
        icons = {
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        }
        journey = self.controller.journey
        for problem in problems:
            ref = getattr(problem, "ref", None)
            where = self._where(journey, ref)
            path = getattr(problem, "path", ())
            if not where and path:
                where = path_text(path)
            text = localize(getattr(problem, "message", problem))
            item = QTreeWidgetItem(self.tree, [text, where])
            pixmap = icons.get(_severity(problem), QStyle.StandardPixmap.SP_MessageBoxInformation)
            item.setIcon(0, self.style().standardIcon(pixmap))
            item.setData(0, REF_ROLE, ref)
            item.setToolTip(0, item.text(0))
        count = len(problems)
        title = self.tr("Problems") if not count else self.tr("Problems ({count})")
        self.setWindowTitle(title.format(count=count))

    def _where(self, journey: JourneyMap, ref: str | None) -> str:
        """A readable place: a name, a card title, or "From → To" for a transition."""
        entity = journey.get(ref) if ref else None
        if isinstance(entity, Transition):
            source = journey.get(entity.source)
            target = journey.get(entity.target) if entity.target else None
            return f"{getattr(source, 'name', entity.source)} → " + (
                getattr(target, "name", entity.target) if entity.target else self.tr("(leaves)")
            )
        return getattr(entity, "name", None) or getattr(entity, "title", None) or ref or ""

    def _select(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ref = item.data(0, REF_ROLE)
        if ref and ref in self.controller.journey:
            self.controller.set_selection([ref])
