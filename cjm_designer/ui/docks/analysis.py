"""The Analysis dock: the funnel, bottlenecks, scenarios side by side, coverage, and the
plan beside what analytics measured (the report's ``actual`` rows).

It shows the latest report of an :class:`AnalysisRunner` (computed off the GUI thread
after the map stops changing), and can tint the canvas's stage columns by reach.
Clicking a bottleneck selects its transition; clicking a heat-map cell its cards.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cjm_designer.messages import number
from cjm_designer.model import EntityAdded, EntityChanged, EntityMoved, EntityRemoved, Kind

from ..analysis.overlay import StageTintLayer
from ..analysis.palette import reach_tint
from ..analysis.runner import AnalysisRunner
from ..chrome import set_role
from ..controller import DocumentController
from ..session import EditingSession
from .lazy import LazyDock, scrolling

ID_ROLE = Qt.ItemDataRole.UserRole
ANALYSIS_MIN_HEIGHT = 72
"""How short the bottom panels may be: their tables and charts scroll."""


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    return table


def _with_note(table: QTableWidget) -> tuple[QWidget, QLabel]:
    """``table`` under a hint line that explains it (empty until there is something to say)."""
    note = QLabel()
    note.setWordWrap(True)
    set_role(note, "hint")
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(note)
    box.addWidget(table, 1)
    return holder, note


class AnalysisDock(LazyDock):
    """Live analysis of the open map; ``runner.report`` is what it shows.

    The runner and the stage tints work from the start (the Problems dock and the canvas
    use them); the charts and tables are made when the dock is first shown.
    """

    def __init__(
        self, session: EditingSession | DocumentController, scene, parent: QWidget | None = None
    ):
        super().__init__("", parent)
        self.setObjectName("analysisDock")
        self.setWindowTitle(self.tr("Analysis"))
        self.session = EditingSession.of(session)
        self.controller = controller = self.session.controller
        self.scene = scene
        self.runner: AnalysisRunner = self.session.analysis
        self.tints = StageTintLayer(scene)
        self.tint_action = QAction(self.tr("Tint Stages by &Reach"), self)
        self.tint_action.setCheckable(True)
        self.tint_action.setToolTip(
            self.tr("Colour each stage column by the share of customers who reach it")
        )
        self.tint_action.toggled.connect(lambda _on: self._apply_tints())
        self.runner.reportReady.connect(self.show_report)
        self.runner.failed.connect(self._failed)
        self.runner.busyChanged.connect(self._busy)
        controller.documentReplaced.connect(self._fill_scenarios)
        controller.mapChanged.connect(self._map_changed)
        self.runner.schedule()  # after the window is up, not during start-up

    def build(self) -> None:
        # Imported here, as the panel is built: their classes' enums cost start-up time.
        from PySide6.QtWidgets import QHeaderView, QTabWidget

        # The charts' modules load with the dock, not with the window.
        from ..analysis.funnel_chart import FunnelChart
        from ..analysis.heatmap import CoverageHeatMap

        page = QWidget()
        page.setMinimumHeight(ANALYSIS_MIN_HEIGHT)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Scenario:")))
        self.scenario_box = QComboBox()
        self.scenario_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scenario_box.activated.connect(self._scenario_chosen)
        top.addWidget(self.scenario_box)
        top.addStretch(1)
        self.status = QLabel()
        set_role(self.status, "hint")
        top.addWidget(self.status)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.funnel_chart = FunnelChart()
        self.tabs.addTab(scrolling(self.funnel_chart), self.tr("Funnel"))
        self.bottlenecks = _table(
            [
                self.tr("Transition"),
                self.tr("Now"),
                self.tr("+10 points"),
                self.tr("Conversion"),
                self.tr("Gain"),
            ]
        )
        self.bottlenecks.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.bottlenecks.cellClicked.connect(self._bottleneck_clicked)
        holder, self.bottleneck_note = _with_note(self.bottlenecks)
        self.tabs.addTab(holder, self.tr("Bottlenecks"))
        self.scenarios = _table([])
        self.scenarios.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        holder, self.scenario_note = _with_note(self.scenarios)
        self.tabs.addTab(holder, self.tr("Scenarios"))
        self.heatmap = CoverageHeatMap()
        self.heatmap.cellClicked.connect(self._cell_clicked)
        self.tabs.addTab(scrolling(self.heatmap), self.tr("Coverage"))
        self.actual = _table(
            [
                self.tr("Period"),
                self.tr("Stage"),
                self.tr("Visitors"),
                self.tr("Planned reach"),
                self.tr("Actual reach"),
                self.tr("Planned conversion"),
                self.tr("Actual conversion"),
            ]
        )
        self.actual.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        holder, self.actual_note = _with_note(self.actual)
        self.tabs.addTab(holder, self.tr("Plan vs. actual"))
        layout.addWidget(self.tabs, 1)
        self.setWidget(page)
        self._fill_scenarios()
        self._busy(self.runner.busy)
        if self.runner.report is not None:
            self.show_report(self.runner.report)

    def tab_beside_on_first_show(self, window, beside: QDockWidget) -> None:
        """Share ``beside``'s place as a tab, once the window is first shown.

        Tabifying before the window has its real size leaves a stale tab bar drawn
        in the middle of the window (Qt keeps the one laid out at the default size).
        """
        window.addDockWidget(window.dockWidgetArea(beside), self)
        self.hide()
        self._beside = beside
        self._beside_window = window
        window.installEventFilter(self)

    def keep_restored_place(self) -> None:
        """The window restored a saved layout: this panel is where (and as open as) the
        user left it, not shown again beside an open Problems panel."""
        beside, self._beside = getattr(self, "_beside", None), None
        if beside is not None:
            self._beside_window.removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and getattr(self, "_beside", None) is not None:
            watched.removeEventFilter(self)
            beside, self._beside = self._beside, None
            # Presentation mode may have hidden the docks before the first show.
            if self.isHidden() and not self.isFloating() and not beside.isHidden():
                watched.tabifyDockWidget(beside, self)
                self.show()
                beside.raise_()
        return super().eventFilter(watched, event)

    # --- inputs ---------------------------------------------------------------------

    def _map_changed(self, event: object) -> None:
        if isinstance(event, (EntityAdded, EntityRemoved, EntityChanged, EntityMoved)) and (
            event.kind is Kind.SCENARIO
        ):
            self._fill_scenarios()

    def _fill_scenarios(self) -> None:
        if not self.built:
            return
        current = self.runner.scenario
        self.scenario_box.clear()
        self.scenario_box.addItem(self.tr("All transitions"), None)
        for scenario in self.controller.journey.scenarios:
            self.scenario_box.addItem(scenario.name, scenario.id)
        index = self.scenario_box.findData(current)
        self.scenario_box.setCurrentIndex(max(0, index))
        if index < 0 and current is not None:
            self.runner.set_scenario(None)

    def _scenario_chosen(self, index: int) -> None:
        self.runner.set_scenario(self.scenario_box.itemData(index))

    def _busy(self, busy: bool) -> None:
        if not self.built:
            return
        self.status.setText(self.tr("Updating…") if busy else "")

    def _failed(self, message: str) -> None:
        if not self.built:
            return
        self.status.setText(self.tr("Analysis failed: {message}").format(message=message))

    # --- showing a report -------------------------------------------------------------

    def show_report(self, report) -> None:
        if not self.built:
            self._apply_tints()
            return
        from ..analysis.funnel_chart import funnel_view

        journey = self.controller.journey
        self.funnel_chart.set_view(funnel_view(journey, report.funnel))
        self._show_bottlenecks(journey, report)
        self._show_scenarios(journey, report)
        self._show_actual(journey, report)
        coverage = report.coverage
        names = {s.id: s.name for s in journey.stages} | {c.id: c.name for c in journey.channels}
        self.heatmap.set_data(
            [(s, names.get(s, s)) for s in coverage.stages],
            [(c, names.get(c, c)) for c in coverage.channels],
            [list(row) for row in coverage.counts],
        )
        self._apply_tints()

    def _show_bottlenecks(self, journey, report) -> None:
        from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

        from ..analysis.funnel_chart import entity_label, percent

        table = self.bottlenecks
        table.setRowCount(0)
        rows = report.bottlenecks
        if not rows:
            self.bottleneck_note.setText(
                self.tr("Bottlenecks appear once the funnel can be computed.")
            )
        else:
            self.bottleneck_note.setText(
                self.tr(
                    "What conversion becomes if 10 more of every 100 customers at a stage take "
                    "this way instead of leaving. Click a row to select the transition."
                )
            )
        for row, bottleneck in enumerate(rows):
            table.insertRow(row)
            cells = [
                entity_label(journey, bottleneck.transition),
                percent(bottleneck.probability, 0),
                percent(bottleneck.improved, 0),
                percent(bottleneck.conversion, 2),
                "+" + percent(bottleneck.gain, 2),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, bottleneck.transition)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _show_scenarios(self, journey, report) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        from ..analysis.funnel_chart import days_text, funnel_view, percent

        table = self.scenarios
        summaries = report.scenarios
        table.clear()
        if not summaries:
            self.scenario_note.setText(
                self.tr(
                    "The map has no scenarios. Add some (e.g. with and without a sales team) to compare them here."
                )
            )
            table.setRowCount(0)
            table.setColumnCount(0)
            return
        self.scenario_note.setText("")
        stages = list(journey.stages)
        labels = [
            self.tr("Touchpoints"),
            self.tr("Transitions"),
            self.tr("Conversion"),
            self.tr("Expected time"),
            self.tr("Referral multiplier"),
        ] + [self.tr("Reach: {stage}").format(stage=stage.name) for stage in stages]
        table.setColumnCount(len(summaries))
        table.setRowCount(len(labels))
        table.setHorizontalHeaderLabels([s.name for s in summaries])
        table.setVerticalHeaderLabels(labels)
        table.verticalHeader().setVisible(True)
        for column, summary in enumerate(summaries):
            funnel = summary.funnel
            ok = funnel.status == "ok"
            multiplier = funnel.referral.multiplier
            values = [
                str(summary.touchpoints),
                str(summary.transitions),
                percent(funnel.conversion, 2) if ok else self.tr("not computable"),
                days_text(funnel.expected_days),
                "—" if multiplier is None else "×" + number(multiplier, ".2f"),
            ] + [percent((funnel.reach or {}).get(stage.id)) for stage in stages]
            for row, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not ok and row == 2:
                    item.setToolTip(funnel_view(journey, funnel).message)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def _show_actual(self, journey, report) -> None:
        """Planned reach and conversion from each stage beside the measured ones."""
        from PySide6.QtWidgets import QTableWidgetItem

        from ..analysis.funnel_chart import percent

        table = self.actual
        table.setRowCount(0)
        rows = report.actual
        if not rows:
            self.actual_note.setText(
                self.tr("No measurements yet: Plan > Import Measurements… reads them from a table.")
            )
        elif report.funnel.reach is None:
            self.actual_note.setText(
                self.tr("The plan's figures appear once the funnel can be computed.")
            )
        else:
            self.actual_note.setText(
                self.tr(
                    "Reach: share of those who entered in the period. Conversion: conversions "
                    "of the stage's visitors, beside the chance to convert from that stage."
                )
            )
        names = {stage.id: stage.name for stage in journey.stages}
        for index, row in enumerate(rows):
            table.insertRow(index)
            cells = [
                row.period,
                names.get(row.stage, row.stage),
                number(row.visitors, "g"),
                percent(row.planned_reach),
                percent(row.actual_reach),
                percent(row.planned_conversion),
                percent(row.actual_conversion),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(index, column, item)
        table.resizeColumnsToContents()

    def _apply_tints(self) -> None:
        from ..analysis.funnel_chart import percent

        report = self.runner.report
        if not self.tint_action.isChecked() or report is None or report.funnel.reach is None:
            self.tints.clear()
            return
        reach = report.funnel.reach
        self.tints.set_tints(
            {
                stage: (reach_tint(value), self.tr("reach {value}").format(value=percent(value, 0)))
                for stage, value in reach.items()
            }
        )

    # --- clicks -------------------------------------------------------------------------

    def _bottleneck_clicked(self, row: int, _column: int) -> None:
        item = self.bottlenecks.item(row, 0)
        transition = item.data(ID_ROLE) if item is not None else None
        if transition and transition in self.controller.journey:
            self.controller.set_selection([transition])

    def _cell_clicked(self, stage_id: str, channel_id: str) -> None:
        cards = self.controller.journey.touchpoints_in(stage_id, channel_id)
        if cards:
            self.controller.set_selection([card.id for card in cards])
