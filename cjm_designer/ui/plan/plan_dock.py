"""The Plan dock: opportunities ranked by their worth, and the action plan table.

Opportunities: what each one is worth to the exact funnel (conversion points, customers
per month, days), its impact, effort and votes, sorted by worth; below the list the
chosen one is linked to a transition or a stage's exit with the change it should make,
and "Add action" starts an action that serves it. Action plan: one row per action,
edited in place (text, owner, due date, status); every change is one undo step.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_designer.messages import current_language, number
from cjm_designer.messages import percent as share_text
from cjm_designer.model import ActionStatus, Kind
from cjm_designer.model.plan import (
    ItemRef,
    add_action,
    add_action_for,
    find_item,
    new_action,
    remove_action,
    set_link,
    update_action,
)
from cjm_designer.model.validation import ISO_DATE

from ..workshop.common import WorkshopDock

if TYPE_CHECKING:
    from cjm_designer.analysis.worth import ValuedItem

OK = "ok"  # analysis.worth.OK; the analysis (numpy) loads when the dock is first shown
REF_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT, OWNER, DUE, STATUS, SERVES = range(5)


def status_name(status: ActionStatus) -> str:
    names = {
        ActionStatus.TODO: QCoreApplication.translate("Plan", "To do"),
        ActionStatus.DOING: QCoreApplication.translate("Plan", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("Plan", "Done"),
        ActionStatus.DROPPED: QCoreApplication.translate("Plan", "Dropped"),
    }
    return names[status]


def plan_status_text(journey) -> str:
    """ "Action plan: 4 to do, 1 in progress; 2 overdue" for the review, or "" without a plan."""
    if not journey.plan:
        return ""
    counts = {s: 0 for s in ActionStatus}
    for action in journey.plan:
        counts[action.status] += 1
    text = QCoreApplication.translate("Plan", "Action plan: %1").replace(
        "%1", ", ".join(f"{status_name(s)} {counts[s]}" for s in ActionStatus if counts[s])
    )
    today = date.today().isoformat()
    late = sum(
        1
        for a in journey.plan
        if a.due and a.due < today and a.status in (ActionStatus.TODO, ActionStatus.DOING)
    )
    if late:
        text += "; " + QCoreApplication.translate("Plan", "overdue: %1").replace("%1", str(late))
    return text


def snapshot_plan_text(data: dict) -> str:
    """A snapshot's plan in a few words ("plan: done 2 of 7"), "" when it had none.

    Reads the snapshot's stored data, so a review compares the plan then and now."""
    actions = data.get("plan") if isinstance(data, dict) else None
    if not isinstance(actions, list) or not actions:
        return ""
    done = sum(1 for a in actions if isinstance(a, dict) and a.get("status") == "done")
    return (
        QCoreApplication.translate("Plan", "plan: done %1 of %2")
        .replace("%1", str(done))
        .replace("%2", str(len(actions)))
    )


def worth_label(valued: ValuedItem) -> str:
    worth = valued.worth
    if worth.status != OK or worth.conversion_delta is None:
        return "—"
    text = QCoreApplication.translate("Plan", "%1 pts").replace(
        "%1", number(worth.conversion_delta * 100, "+.2f")
    )
    if worth.customers_delta is not None:
        text += " · " + QCoreApplication.translate("Plan", "%1/month").replace(
            "%1", number(worth.customers_delta, "+.0f")
        )
    return text


class DueDateDelegate(QStyledItemDelegate):
    """Shows a due date the way the window's language writes it ("02.01.2026",
    "2.1.2026"); the cell still holds, and its editor still takes, the map's YYYY-MM-DD.
    English keeps ISO dates, as the map file and the handout do."""

    def displayText(self, value, locale) -> str:
        text = str(value or "")
        if not text or current_language() == "en" or not ISO_DATE.match(text):
            return super().displayText(value, locale)
        day = QDate.fromString(text, Qt.DateFormat.ISODate)
        if not day.isValid():
            return text
        return QLocale().toString(day, QLocale.FormatType.ShortFormat)


class PlanDock(WorkshopDock):
    cardRequested = Signal(str)  # an opportunity was activated: show its card

    def __init__(self, controller, parent: QWidget | None = None):
        title = QCoreApplication.translate("Plan", "Plan")
        super().__init__(title, "planDock", controller, parent)
        self._filling = False
        self._notice = ""
        self._stale = False
        self.scenario: str | None = None
        """The scenario the worth is computed in (the window's scenario filter)."""
        self.visibilityChanged.connect(self._shown)

    def set_scenario(self, scenario: str | None) -> None:
        if scenario != self.scenario:
            self.scenario = scenario
            self._timer.start()

    def _shown(self, visible: bool) -> None:
        if visible and self.built and self._stale:
            self._timer.start()

    def build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(
            self._opportunities_tab(), QCoreApplication.translate("Plan", "Opportunities")
        )
        self.tabs.addTab(self._actions_tab(), QCoreApplication.translate("Plan", "Action plan"))
        self.actual = QTreeWidget()
        self.actual.setRootIsDecorated(False)
        self.actual.setAlternatingRowColors(True)
        self.actual.setHeaderLabels(
            [
                QCoreApplication.translate("Plan", "Period"),
                QCoreApplication.translate("Plan", "Stage"),
                QCoreApplication.translate("Plan", "Visitors"),
                QCoreApplication.translate("Plan", "Planned reach"),
                QCoreApplication.translate("Plan", "Actual reach"),
                QCoreApplication.translate("Plan", "Planned conversion"),
                QCoreApplication.translate("Plan", "Actual conversion"),
            ]
        )
        self.actual.setColumnWidth(1, 220)
        self.tabs.addTab(self.actual, QCoreApplication.translate("Plan", "Plan vs. actual"))
        self.tabs.setCornerWidget(self.summary, Qt.Corner.TopRightCorner)
        self.setWidget(self.tabs)
        self.refresh()

    # --- opportunities ----------------------------------------------------------------

    def _opportunities_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Plan", "Worth"),
                QCoreApplication.translate("Plan", "Opportunity"),
                QCoreApplication.translate("Plan", "Impact"),
                QCoreApplication.translate("Plan", "Effort"),
                QCoreApplication.translate("Plan", "Votes"),
                QCoreApplication.translate("Plan", "Stage"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(0, 150)
        self.tree.setColumnWidth(1, 380)
        for column in (2, 3, 4):
            self.tree.setColumnWidth(column, 48)
        self.tree.currentItemChanged.connect(lambda *_: self._show_link())
        self.tree.itemActivated.connect(
            lambda item, _column: self.cardRequested.emit(item.data(0, REF_ROLE).card)
        )
        link_row = QHBoxLayout()
        self.link = QComboBox()
        self.link.setToolTip(
            QCoreApplication.translate(
                "Plan", "The transition (or stage exit) this opportunity changes"
            )
        )
        self.change = QDoubleSpinBox()
        self.change.setRange(-100.0, 100.0)
        self.change.setDecimals(1)
        self.change.setSingleStep(5.0)
        self.change.setSuffix(QCoreApplication.translate("Plan", " pts"))
        self.change.setToolTip(
            QCoreApplication.translate(
                "Plan", "Expected change of that probability, in percentage points"
            )
        )
        self.apply_link = QPushButton(QCoreApplication.translate("Plan", "Link"))
        self.apply_link.setToolTip(
            QCoreApplication.translate("Plan", "Link the chosen opportunity to the funnel")
        )
        self.apply_link.clicked.connect(self.link_chosen)
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.change)
        link_row.addWidget(self.apply_link)
        self.add_for = QPushButton(QCoreApplication.translate("Plan", "Add action for it"))
        self.add_for.clicked.connect(self.add_action_for_chosen)
        link_row.addWidget(self.add_for)
        self.summary = QLabel()  # shown in the tab bar's corner: no height taken from the list
        self.summary.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(link_row)
        return page

    def _fill_links(self) -> None:
        journey = self.controller.journey
        names = {stage.id: stage.name for stage in journey.stages}
        current = self.link.currentData()
        self.link.blockSignals(True)
        self.link.clear()
        self.link.addItem(QCoreApplication.translate("Plan", "Not linked"), None)
        for transition in journey.transitions:
            source = names.get(transition.source, transition.source)
            target = (
                names.get(transition.target, transition.target)
                if transition.target
                else QCoreApplication.translate("Plan", "exit")
            )
            self.link.addItem(f"{source} → {target}", transition.id)
        for stage in journey.stages:
            self.link.addItem(
                QCoreApplication.translate("Plan", "Leaving at %1").replace("%1", stage.name),
                stage.id,
            )
        index = self.link.findData(current)
        self.link.setCurrentIndex(max(0, index))
        self.link.blockSignals(False)

    def _fill_opportunities(self) -> None:
        journey = self.controller.journey
        chosen = self.chosen_ref()
        from cjm_designer.analysis.worth import valued_items

        self.tree.clear()
        scenario = self.scenario if self.scenario in {s.id for s in journey.scenarios} else None
        self.valued = valued_items(journey, scenario)
        for valued in self.valued:
            insight = valued.item.insight
            stage = journey.get(valued.item.card.stage)
            row = QTreeWidgetItem(
                [
                    worth_label(valued),
                    insight.text,
                    "" if insight.impact is None else str(insight.impact),
                    "" if insight.effort is None else str(insight.effort),
                    str(insight.votes) if insight.votes else "",
                    stage.name if stage else "",
                ]
            )
            row.setData(0, REF_ROLE, valued.item.ref)
            row.setToolTip(1, insight.text)
            self.tree.addTopLevelItem(row)
            if valued.item.ref == chosen:
                self.tree.setCurrentItem(row)
        linked = sum(1 for v in self.valued if v.worth.status == OK)
        self.summary.setText(
            QCoreApplication.translate("Plan", "%1 of %2 opportunities are linked to the funnel.")
            .replace("%1", str(linked))
            .replace("%2", str(len(self.valued)))
        )

    def chosen_ref(self) -> ItemRef | None:
        item = self.tree.currentItem() if self.built else None
        return item.data(0, REF_ROLE) if item is not None else None

    def choose(self, ref: ItemRef) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(index)
            if row.data(0, REF_ROLE) == ref:
                self.tree.setCurrentItem(row)
                return True
        return False

    def _show_link(self) -> None:
        ref = self.chosen_ref()
        enabled = ref is not None
        for widget in (self.link, self.change, self.apply_link, self.add_for):
            widget.setEnabled(enabled)
        if ref is None:
            return
        insight = getattr(self.controller.journey.touchpoint(ref.card), ref.part)[ref.index]
        self.link.setCurrentIndex(max(0, self.link.findData(insight.link)))
        self.change.setValue((insight.change or 0.0) * 100)

    def link_chosen(self) -> bool:
        ref = self.chosen_ref()
        if ref is None:
            return False
        link = self.link.currentData()
        change = round(self.change.value() / 100, 6) if link else None
        return self.controller.push(
            set_link(self.controller.journey, ref, link, change or None),
            QCoreApplication.translate("Plan", "Link opportunity"),
        )

    def add_action_for_chosen(self) -> bool:
        ref = self.chosen_ref()
        if ref is None:
            return False
        journey = self.controller.journey
        insight = getattr(journey.touchpoint(ref.card), ref.part)[ref.index]
        pushed = self.controller.push(
            add_action_for(journey, ref, insight.text),
            QCoreApplication.translate("Plan", "Add action"),
        )
        if pushed:
            self.tabs.setCurrentIndex(1)
            self._timer.stop()  # refreshed now: a later refresh would close the editor
            self.refresh()
            self.table.setCurrentCell(self.table.rowCount() - 1, TEXT)
            self.table.editItem(self.table.item(self.table.rowCount() - 1, TEXT))
        return pushed

    # --- action plan ------------------------------------------------------------------

    def _actions_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Plan", "Action"),
                QCoreApplication.translate("Plan", "Owner"),
                QCoreApplication.translate("Plan", "Due"),
                QCoreApplication.translate("Plan", "Status"),
                QCoreApplication.translate("Plan", "Serves"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((OWNER, 120), (DUE, 90), (STATUS, 110), (SERVES, 160)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.setItemDelegateForColumn(DUE, DueDateDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.itemChanged.connect(self._cell_edited)
        self.table.installEventFilter(self)
        self.add_button = QPushButton(QCoreApplication.translate("Plan", "Add action"))
        self.add_button.clicked.connect(self.add_blank_action)
        self.delete_button = QPushButton(QCoreApplication.translate("Plan", "Delete action"))
        self.delete_button.clicked.connect(self.delete_current_action)
        self.status_line = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_line)
        return page

    def _fill_actions(self) -> None:
        journey = self.controller.journey
        current = self.table.currentRow()
        self._filling = True
        self.table.setRowCount(len(journey.plan))
        for row, action in enumerate(journey.plan):
            for column, value in ((TEXT, action.text), (OWNER, action.owner), (DUE, action.due)):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, action.id)
                self.table.setItem(row, column, cell)
            served = ""
            if action.serves:
                item = find_item(journey, action.serves)
                if item is not None:
                    served = item.insight.text
                elif journey.kind_of(action.serves) is Kind.TOUCHPOINT:
                    served = journey.touchpoint(action.serves).title
                else:
                    served = action.serves
            serves = QTableWidgetItem(served)
            serves.setFlags(serves.flags() & ~Qt.ItemFlag.ItemIsEditable)
            serves.setToolTip(served)
            self.table.setItem(row, SERVES, serves)
            status = QComboBox()
            for value in ActionStatus:
                status.addItem(status_name(value), value.value)
            status.setCurrentIndex(status.findData(action.status.value))
            status.currentIndexChanged.connect(
                lambda _i, a=action.id, box=status: self.set_status(a, box.currentData())
            )
            self.table.setCellWidget(row, STATUS, status)
        if 0 <= current < self.table.rowCount():
            self.table.setCurrentCell(current, TEXT)
        self._filling = False
        counts = {s: 0 for s in ActionStatus}
        for action in journey.plan:
            counts[action.status] += 1
        summary = ", ".join(f"{status_name(s)}: {counts[s]}" for s in ActionStatus if counts[s])
        notice, self._notice = self._notice, ""
        self.status_line.setText(f"{notice}  {summary}".strip() if notice else summary)
        self.delete_button.setEnabled(bool(journey.plan))

    def action_id_at(self, row: int) -> str | None:
        cell = self.table.item(row, TEXT)
        return cell.data(ID_ROLE) if cell is not None else None

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() not in (TEXT, OWNER, DUE):
            return
        action_id = cell.data(ID_ROLE)
        value = cell.text().strip()
        field = {TEXT: "text", OWNER: "owner", DUE: "due"}[cell.column()]
        if field == "due" and value and not ISO_DATE.match(value):
            self._reject(
                QCoreApplication.translate(
                    "Plan", "Write the due date as YYYY-MM-DD, e.g. %1"
                ).replace("%1", date.today().isoformat())
            )
            return
        if field == "text" and not value:
            self._reject(QCoreApplication.translate("Plan", "An action needs a text."))
            return
        self.controller.push(
            update_action(self.controller.journey, action_id, **{field: value}),
            QCoreApplication.translate("Plan", "Edit action"),
        )

    def _reject(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 6000)
        self._notice = message
        self._timer.start()  # show the stored value again

    def set_status(self, action_id: str, status: str) -> bool:
        if self._filling:
            return False
        return self.controller.push(
            update_action(self.controller.journey, action_id, status=status),
            QCoreApplication.translate("Plan", "Change action status"),
        )

    def add_blank_action(self) -> bool:
        journey = self.controller.journey
        text = QCoreApplication.translate("Plan", "New action")
        pushed = self.controller.push(
            add_action(journey, new_action(journey, text)),
            QCoreApplication.translate("Plan", "Add action"),
        )
        if pushed:
            self._timer.stop()  # refreshed now: a later refresh would close the editor
            self.refresh()
            row = self.table.rowCount() - 1
            self.table.setCurrentCell(row, TEXT)
            self.table.editItem(self.table.item(row, TEXT))
        return pushed

    def delete_current_action(self) -> bool:
        action_id = self.action_id_at(self.table.currentRow())
        if action_id is None:
            return False
        return self.controller.push(
            remove_action(self.controller.journey, action_id),
            QCoreApplication.translate("Plan", "Delete action"),
        )

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.table
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self.delete_current_action()
            return True
        return super().eventFilter(watched, event)

    # --- both -------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.built:
            return
        if not self._on_screen:
            # Behind another tab: the worth costs a funnel per linked opportunity, so it
            # is computed when the dock is shown again, not after every edit.
            self._stale = True
            return
        self._stale = False
        self._fill_links()
        self._fill_opportunities()
        self._fill_actions()
        self._fill_actual()
        self._show_link()

    def _fill_actual(self) -> None:
        from cjm_designer.analysis.actual import plan_vs_actual
        from cjm_designer.analysis.funnel import compute_funnel

        journey = self.controller.journey
        self.actual.clear()
        if not journey.measured:
            row = QTreeWidgetItem(
                [QCoreApplication.translate("Plan", "No measurements: Plan > Import Measurements…")]
            )
            row.setFirstColumnSpanned(True)
            self.actual.addTopLevelItem(row)
            return

        def percent(share: float | None) -> str:
            return share_text(share)

        scenario = self.scenario if self.scenario in {s.id for s in journey.scenarios} else None
        for item in plan_vs_actual(journey, compute_funnel(journey, scenario)):
            stage = journey.get(item.stage)
            self.actual.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        item.period,
                        stage.name if stage else item.stage,
                        number(item.visitors, "g"),
                        percent(item.planned_reach),
                        percent(item.actual_reach),
                        percent(item.planned_conversion),
                        percent(item.actual_conversion),
                    ]
                )
            )
