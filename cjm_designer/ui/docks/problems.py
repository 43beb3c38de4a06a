"""The Problems dock: broken invariants of the document plus the analysis advice.

``model.check_map`` runs at once; the domain findings (unreachable stages, unused
channels...) come from the session's :class:`AnalysisRunner`, computed off the GUI
thread shortly after the map stops changing, the same reports the Analysis dock shows.
So networkx never slows start-up and there is one refresh rhythm. Clicking a finding
selects its item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from cjm_designer.messages import localize
from cjm_designer.model import JourneyMap, Transition, check_map, path_text

from ..controller import DocumentController
from ..session import EditingSession

REF_ROLE = Qt.ItemDataRole.UserRole
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _severity(problem: object) -> str:
    return str(getattr(problem, "severity", "warning")).lower()


class ProblemsDock(QDockWidget):
    """Findings sorted errors first; refreshed with each analysis report."""

    changed = Signal()
    """The list of findings was recomputed (the status-bar badge counts them)."""

    def __init__(self, session: EditingSession | DocumentController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemsDock")
        self.setWindowTitle(self.tr("Problems"))
        self.session = EditingSession.of(session)
        self.controller = controller = self.session.controller
        self.runner = self.session.analysis
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Problem"), self.tr("Where")])
        self.tree.setColumnWidth(0, 420)
        self.setWidget(self.tree)
        self.problems: list = []
        self.with_analysis = False
        self._icons_due = False
        self.tree.itemClicked.connect(self._select)
        self.tree.itemActivated.connect(self._select)
        # Bound methods, not lambdas: Qt drops the connections when the dock is deleted,
        # while the session's runner and controller may live on and still emit.
        self.runner.reportReady.connect(self._report_ready)
        controller.documentReplaced.connect(self._document_replaced)
        self.refresh(with_analysis=self.runner.report is not None)

    def _report_ready(self, _report: object) -> None:
        self.refresh()

    def _document_replaced(self) -> None:
        self.refresh(with_analysis=False)

    def refresh(self, with_analysis: bool = True) -> None:
        """Model checks now, plus the latest analysis report's findings when asked."""
        problems = list(check_map(self.controller.journey))
        report = self.runner.report if with_analysis else None
        if report is not None:
            problems += list(report.problems)
        self.with_analysis = report is not None
        problems.sort(key=lambda p: SEVERITY_ORDER.get(_severity(p), 3))
        self.problems = problems
        self._show(problems)

    def _show(self, problems: list) -> None:
        self.tree.clear()
        journey = self.controller.journey
        for problem in problems:
            ref = getattr(problem, "ref", None)
            where = self._where(journey, ref)
            path = getattr(problem, "path", ())
            if not where and path:
                where = path_text(path)
            text = localize(getattr(problem, "message", problem))
            item = QTreeWidgetItem(self.tree, [text, where])
            item.setData(0, SEVERITY_ROLE, _severity(problem))
            item.setData(0, REF_ROLE, ref)
            item.setToolTip(0, item.text(0))
        self._icons_due = True
        if self.isVisible():
            self._set_icons()
        self.setWindowTitle(self.title())
        self.changed.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._set_icons()

    def _set_icons(self) -> None:
        """Severity icons once the list is seen: the style's icons need QStyle, whose
        enums cost the first window 10 ms, while this panel opens only from its badge."""
        if not self._icons_due:
            return
        self._icons_due = False
        from PySide6.QtWidgets import QStyle

        pixmaps = {
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        }
        style = self.style()
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is None:
                continue
            severity = item.data(0, SEVERITY_ROLE)
            pixmap = pixmaps.get(severity, QStyle.StandardPixmap.SP_MessageBoxInformation)
            item.setIcon(0, style.standardIcon(pixmap))

    def title(self) -> str:
        """ "Problems (1) · hints (3)": errors and warnings counted as the status-bar badge
        counts them (it said "1 problem" above a list titled "(4)"), hints apart."""
        counts = self.counts()
        serious, hints = counts["error"] + counts["warning"], counts["info"]
        if hints:
            return self.tr("Problems ({count}) · hints ({hints})").format(
                count=serious, hints=hints
            )
        if serious:
            return self.tr("Problems ({count})").format(count=serious)
        return self.tr("Problems")

    def counts(self) -> dict[str, int]:
        """How many findings of each severity ("error", "warning", "info")."""
        found = {"error": 0, "warning": 0, "info": 0}
        for problem in self.problems:
            severity = _severity(problem)
            found[severity] = found.get(severity, 0) + 1
        return found

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
