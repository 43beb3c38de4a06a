"""The plan's docks and menu: the impact × effort matrix, the opportunities ranked by
their worth to the funnel, the action plan, and scenarios and custom rows.

Built on first use: ``plan/__init__.py`` makes the menu entries at start-up and hands
them in as ``actions``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDockWidget

from cjm_designer.model.edits import SetMapField

from ..chrome import install_title_bars
from ..dialogs import messages
from .collections_dialog import CollectionsDialog
from .matrix_dock import MatrixDock
from .plan_dock import PlanDock

if TYPE_CHECKING:
    from ..window_parts import WindowParts
    from ..workshop.filters import FilterBar
    from . import PlanActions


class PlanFeatures(QObject):
    def __init__(
        self,
        parts: WindowParts,
        beside: QDockWidget | None = None,
        filter_bar: FilterBar | None = None,
        *,
        actions: PlanActions,
    ):
        """Docks tabbed with ``beside``; worth follows ``filter_bar``'s scenario; the
        menu entries are ``actions``, made at start-up."""
        window = parts.window
        super().__init__(window)
        self.window = window
        self.scene = parts.scene
        self.view = parts.view
        self.controller = parts.controller
        self.matrix = MatrixDock(self.controller, window)
        self.plan = PlanDock(self.controller, window)
        self.docks = [self.matrix, self.plan]
        for dock in self.docks:
            # Built after the window restored its layout (first use): the panel goes
            # where it was left; else closed, tabbed beside ``beside``. (addDockWidget
            # or tabifyDockWidget first would drop the restored place.)
            if not window.restoreDockWidget(dock):
                if beside is not None:
                    window.tabifyDockWidget(beside, dock)
                    beside.raise_()
                else:
                    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
                dock.hide()
            dock.setAccessibleName(dock.windowTitle().replace("&", ""))
        install_title_bars(window)
        self.dialog: CollectionsDialog | None = None
        self.plan.cardRequested.connect(self.show_card)
        bar = filter_bar
        if bar is not None:  # worth in the scenario the room is looking at
            bar.scenario.currentIndexChanged.connect(
                lambda _i: self.plan.set_scenario(bar.scenario.currentData())
            )
            self.plan.set_scenario(bar.scenario.currentData())
        self.matrix.cardRequested.connect(self.show_card)
        self._adopt(actions)

    def _adopt(self, actions: PlanActions) -> None:
        """The entries made at start-up (they call this feature through the window's
        stand-in; Show Stage Goals works without it)."""
        self.show_matrix = actions.show_matrix
        self.show_plan = actions.show_plan
        self.votes_action = actions.votes_action
        self.collections = actions.collections
        self.measured_action = actions.measured_action
        self.goals_row = actions.goals_row
        self.menu = actions.menu

    def show(self, dock) -> None:
        dock.show()
        dock.raise_()
        dock.ensure_built()

    def show_card(self, card_id: str) -> None:
        """Select the card an item sits on and scroll the canvas to it."""
        self.controller.set_selection([card_id])
        item = self.scene.entity_item(card_id)
        if item is not None:
            self.view.ensureVisible(item.sceneBoundingRect(), 60, 60)

    def show_plan_or_next_tab(self) -> None:
        """Show the Plan dock; pressed again while it is in front, show its next tab."""
        dock = self.plan
        if dock.built and dock.isVisible() and not dock.visibleRegion().isEmpty():
            dock.tabs.setCurrentIndex((dock.tabs.currentIndex() + 1) % dock.tabs.count())
        self.show(dock)

    def import_measured(self, path: str | None = None) -> bool:
        """Read stage, period, visitors from a table into the map's ``measured`` (undoable)."""
        from cjm_designer.io.errors import MapLoadError
        from cjm_designer.io.measured_csv import (
            load_measured_table,
            merge_measured,
            read_measured,
        )

        from . import ask_measured_path  # kept in the light package (tests replace it)

        path = path if path is not None else ask_measured_path(self.window)
        if not path:
            return False
        journey = self.controller.journey
        try:
            found = read_measured(load_measured_table(path), journey)
        except MapLoadError as error:
            messages.show_error(
                self.window,
                QCoreApplication.translate("Plan", "Import Measurements"),
                QCoreApplication.translate("Plan", "The table was not imported:")
                + "\n"
                + "\n".join(str(m) for m in error.messages[:10]),
            )
            return False
        pushed = self.controller.push(
            SetMapField("measured", merge_measured(journey.measured, found)),
            QCoreApplication.translate("Plan", "Import measurements"),
        )
        if pushed:
            self.show(self.plan)
            self.plan.tabs.setCurrentIndex(2)
        return pushed

    def open_collections(self) -> CollectionsDialog:
        if self.dialog is None:
            self.dialog = CollectionsDialog(self.controller, self.window)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog
