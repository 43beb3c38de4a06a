"""From votes to a plan, in the window: the impact × effort matrix, the opportunities
ranked by their worth to the funnel, the action plan, and scenarios and custom rows.

``attach_plan_entries(parts, beside=problems_dock, filter_bar=...)`` adds the Plan menu
at once and the two docks (tabbed beside the Problems dock at the bottom, where a
1280x720 projector has room for a wide table) on first use (``features.py``): the
matrix, the plan tables and the model's plan code cost the first paint their imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from cjm_designer.layout import ROW_GOALS

from ..lazy_feature import LazyFeature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from ..canvas.scene import MapScene
    from ..window_parts import WindowParts
    from ..workshop.filters import FilterBar
    from .features import PlanFeatures


def ask_measured_path(parent: QWidget | None) -> str:
    """The analytics or CRM table to import (CSV or XLSX); "" when cancelled."""
    from PySide6.QtWidgets import QFileDialog  # here: its enums cost start-up time

    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Plan", "Import Measurements"),
        "",
        QCoreApplication.translate("Plan", "Tables (*.csv *.xlsx);;All files (*)"),
    )
    return path


def show_goals_row(scene: MapScene, shown: bool) -> None:
    """The optional canvas row under the grid with each stage's goal and KPIs."""
    rows = scene.options.rows | {ROW_GOALS} if shown else scene.options.rows - {ROW_GOALS}
    if rows != scene.options.rows:
        scene.set_filters(scene.options.persona, scene.options.scenario, frozenset(rows))


class PlanActions(QObject):
    """The Plan menu; its entries build the plan the first time one is used."""

    def __init__(self, parts: WindowParts, feature: LazyFeature):
        window = parts.window
        super().__init__(window)
        self.window = window
        self.feature = feature
        menu = window.menuBar().addMenu(QCoreApplication.translate("Plan", "P&lan"))
        self.show_matrix = self._action(
            QCoreApplication.translate("Plan", "Impact × &Effort Matrix"),
            lambda: feature.show(feature.matrix),
            "Ctrl+Shift+M",
        )
        self.show_plan = self._action(
            QCoreApplication.translate("Plan", "&Opportunities and Action Plan"),
            lambda: feature.show_plan_or_next_tab(),
            "Ctrl+Shift+L",
        )
        self.votes_action = self._action(
            QCoreApplication.translate("Plan", "&Votes to Impact"),
            lambda: feature.matrix.votes_to_impact(),
            "Ctrl+Shift+I",
        )
        self.collections = self._action(
            QCoreApplication.translate("Plan", "&Scenarios and Rows…"),
            lambda: feature.open_collections(),
            "Ctrl+Shift+R",
        )
        self.measured_action = QAction(
            QCoreApplication.translate("Plan", "&Import Measurements…"), window
        )
        self.measured_action.triggered.connect(lambda _checked=False: feature.import_measured())
        menu.addActions([self.show_matrix, self.show_plan, self.votes_action])
        self.goals_row = QAction(
            QCoreApplication.translate("Plan", "Show Stage &Goals and KPIs"), window
        )
        self.goals_row.setCheckable(True)
        self.goals_row.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.goals_row.toggled.connect(lambda shown: show_goals_row(parts.scene, shown))
        window.addAction(self.goals_row)
        menu.addSeparator()
        menu.addAction(self.goals_row)
        menu.addAction(self.measured_action)
        menu.addAction(self.collections)
        self.menu = menu

    def _action(self, text: str, slot, key: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action


def attach_plan_entries(
    parts: WindowParts, beside: QDockWidget | None = None, filter_bar: FilterBar | None = None
) -> LazyFeature:
    """The Plan menu now; returns the stand-in the window keeps as its ``plan_features``
    (reading any part of it builds the docks)."""

    def build() -> PlanFeatures:
        from .features import PlanFeatures

        return PlanFeatures(parts, beside, filter_bar, actions=actions)

    feature = LazyFeature(build)
    actions = PlanActions(parts, feature)
    return feature
