"""Show the map for one persona or one scenario, and compare two scenarios.

The canvas layout already knows how to leave out cards that do not apply to a
persona or a scenario (``Touchpoint.applies_to_*``); this toolbar chooses them. The
comparison puts two read-only canvases of the same document side by side, e.g.
"with a sales department" and "without one" (source 001).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QToolBar,
    QWidget,
)

from ..canvas.scene import MapScene
from ..canvas.view import MapView
from .common import refresh_timer

if TYPE_CHECKING:
    from ..window_parts import WindowParts


def _fill(combo: QComboBox, everyone: str, entities, keep: str | None) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everyone, None)
    for entity in entities:
        combo.addItem(entity.name, entity.id)
    index = combo.findData(keep) if keep is not None else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


class FilterBar(QToolBar):
    """Persona and scenario choosers that filter the main canvas."""

    def __init__(self, parts: WindowParts, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("Workshop", "Filters"), parent)
        self.setObjectName("workshopFilterBar")
        self.scene = parts.scene
        self.board_only = parts.board_only
        self.controller = parts.controller
        self.addWidget(QLabel(QCoreApplication.translate("Workshop", "Persona") + " "))
        self.persona = QComboBox()
        self.persona.setMinimumContentsLength(14)
        self.persona.setToolTip(
            QCoreApplication.translate("Workshop", "Show the map for one persona (Ctrl+Alt+P)")
        )
        self.addWidget(self.persona)
        self.addSeparator()
        self.addWidget(QLabel(QCoreApplication.translate("Workshop", "Scenario") + " "))
        self.scenario = QComboBox()
        self.scenario.setMinimumContentsLength(14)
        self.scenario.setToolTip(
            QCoreApplication.translate("Workshop", "Show the map for one scenario (Ctrl+Alt+S)")
        )
        self.addWidget(self.scenario)
        self.persona.currentIndexChanged.connect(lambda _i: self.apply())
        self.scenario.currentIndexChanged.connect(lambda _i: self.apply())
        self._timer = refresh_timer(self, self.refresh)
        self.controller.mapChanged.connect(self._on_map_changed)
        self.controller.documentReplaced.connect(self.refresh)
        self.refresh()

    def _on_map_changed(self, event) -> None:
        kind = getattr(event, "kind", None)
        if kind is not None and kind.value in ("personas", "scenarios"):
            self._timer.start()

    def refresh(self) -> None:
        journey = self.controller.journey
        _fill(
            self.persona,
            QCoreApplication.translate("Workshop", "All personas"),
            journey.personas,
            self.persona.currentData(),
        )
        _fill(
            self.scenario,
            QCoreApplication.translate("Workshop", "All scenarios"),
            journey.scenarios,
            self.scenario.currentData(),
        )
        self.apply()

    def apply(self) -> None:
        scene = self.scene
        persona, scenario = self.persona.currentData(), self.scenario.currentData()
        if (persona, scenario) != (scene.options.persona, scene.options.scenario):
            scene.set_filters(persona, scenario, scene.options.rows)
            presenting = self.board_only()
            if (persona or scenario) and self.isHidden() and not presenting:
                self.show()  # a filtered map says so: the bar names the persona shown

    def set_persona(self, persona_id: str | None) -> None:
        self.persona.setCurrentIndex(max(0, self.persona.findData(persona_id)))

    def set_scenario(self, scenario_id: str | None) -> None:
        self.scenario.setCurrentIndex(max(0, self.scenario.findData(scenario_id)))

    @staticmethod
    def _cycle(combo: QComboBox) -> None:
        if combo.count():
            combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())

    def next_persona(self) -> None:
        self._cycle(self.persona)

    def next_scenario(self) -> None:
        self._cycle(self.scenario)


class CompareDialog(QDialog):
    """Two read-only canvases of the same map, each filtered to a scenario."""

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareScenarios")
        self.setWindowTitle(QCoreApplication.translate("Workshop", "Compare scenarios"))
        self.controller = controller
        grid = QGridLayout(self)
        self.combos: list[QComboBox] = []
        self.scenes: list[MapScene] = []
        self.views: list[MapView] = []
        scenarios = controller.journey.scenarios
        for column in range(2):
            combo = QComboBox()
            for scenario in scenarios:
                combo.addItem(scenario.name, scenario.id)
            if len(scenarios) > column:
                combo.setCurrentIndex(column)
            scene = MapScene(controller, self)
            view = MapView(scene)
            view.setInteractive(False)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            combo.currentIndexChanged.connect(lambda _i, c=column: self.apply(c))
            grid.addWidget(combo, 0, column)
            grid.addWidget(view, 1, column)
            self.combos.append(combo)
            self.scenes.append(scene)
            self.views.append(view)
        grid.setRowStretch(1, 1)
        self.resize(1400, 760)
        for column in range(2):
            self.apply(column)

    def apply(self, column: int) -> None:
        scene = self.scenes[column]
        scene.set_filters(None, self.combos[column].currentData(), scene.options.rows)
        QTimer.singleShot(0, self.views[column], self.views[column].zoom_fit)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        for view in self.views:
            view.zoom_fit()

    def card_ids(self, column: int) -> set[str]:
        """The cards one side shows, for tests."""
        return set(self.scenes[column].cards)
