"""The Impact × Effort dock: the matrix with its persona, stage and kind filters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cjm_designer.model.plan import OPPORTUNITY, PAIN, PARTS, impact_from_votes, plan_items

from ..workshop.common import WorkshopDock
from .matrix import MatrixWidget


class MatrixDock(WorkshopDock):
    cardRequested = Signal(str)  # a chip was double-clicked: show its card

    def __init__(self, controller, parent: QWidget | None = None):
        title = QCoreApplication.translate("Plan", "Impact × Effort")
        super().__init__(title, "planMatrixDock", controller, parent)

    def build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        filters = QHBoxLayout()
        self.persona = QComboBox()
        self.persona.setToolTip(QCoreApplication.translate("Plan", "Show the items of a persona"))
        self.stage = QComboBox()
        self.stage.setToolTip(QCoreApplication.translate("Plan", "Show the items of a stage"))
        self.kind = QComboBox()
        self.kind.addItem(QCoreApplication.translate("Plan", "Pains and opportunities"), PARTS)
        self.kind.addItem(QCoreApplication.translate("Plan", "Opportunities"), (OPPORTUNITY,))
        self.kind.addItem(QCoreApplication.translate("Plan", "Pains"), (PAIN,))
        for combo in (self.persona, self.stage, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self._show_items())
            filters.addWidget(combo, 1)
        self.from_votes = QPushButton(QCoreApplication.translate("Plan", "Votes → impact"))
        self.from_votes.setToolTip(
            QCoreApplication.translate(
                "Plan", "Give unplaced voted items an impact in proportion to their votes"
            )
        )
        self.from_votes.clicked.connect(self.votes_to_impact)
        filters.addWidget(self.from_votes)
        self.matrix = MatrixWidget(self.controller)
        self.matrix.cardRequested.connect(self.cardRequested)
        layout.addLayout(filters)
        layout.addWidget(self.matrix, 1)
        self.setWidget(body)
        self.refresh()

    def refresh(self) -> None:
        if not self.built:
            return
        journey = self.controller.journey
        self._fill(
            self.persona,
            QCoreApplication.translate("Plan", "All personas"),
            [(p.id, p.name) for p in journey.personas],
        )
        self._fill(
            self.stage,
            QCoreApplication.translate("Plan", "All stages"),
            [(s.id, s.name) for s in journey.stages],
        )
        self._show_items()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, name in choices:
            combo.addItem(name, value)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _show_items(self) -> None:
        persona, stage = self.persona.currentData(), self.stage.currentData()
        parts = self.kind.currentData() or PARTS
        items = [
            item
            for item in plan_items(self.controller.journey, parts)
            if item.card.applies_to_persona(persona) and (stage is None or item.card.stage == stage)
        ]
        self.matrix.set_items(items)

    def votes_to_impact(self) -> bool:
        return self.controller.push(
            impact_from_votes(self.controller.journey),
            QCoreApplication.translate("Plan", "Votes to impact"),
        )
