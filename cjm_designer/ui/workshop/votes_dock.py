"""The Votes panel: the "top voted" list, and giving or taking votes on any item.

Cards, pains and opportunities are listed with their votes, most first; + and -
(or the buttons) change the votes of the chosen row; "Reset votes" starts a new
round. With "All items" the list also shows what has no votes yet, so the room can
vote on pains and opportunities that are not drawn as cards.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from cjm_designer.model.votes import CARD, PAIN, Ranked, VoteTarget, ranking, reset_votes, vote

from .common import WorkshopDock, dock_body

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


def vote_on(controller, targets: list[VoteTarget], delta: int) -> bool:
    """Give (``delta`` > 0) or take votes as one undo step."""
    if not targets:
        return False
    text = (
        QCoreApplication.translate("Workshop", "Add vote")
        if delta > 0
        else QCoreApplication.translate("Workshop", "Remove vote")
    )
    return controller.push(vote(controller.journey, targets, delta), text)


def reset_all_votes(controller) -> bool:
    return controller.push(
        reset_votes(controller.journey), QCoreApplication.translate("Workshop", "Reset votes")
    )


class VotesDock(WorkshopDock):
    def __init__(self, controller, parent: QWidget | None = None):
        title = QCoreApplication.translate("Workshop", "Votes")
        super().__init__(title, "votesDock", controller, parent)

    def build(self) -> None:
        body, layout = dock_body()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Workshop", "Votes"),
                QCoreApplication.translate("Workshop", "Item"),
                QCoreApplication.translate("Workshop", "Stage"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(0, 50)
        self.tree.setColumnWidth(1, 200)
        self.tree.installEventFilter(self)
        self.tree.itemActivated.connect(lambda _item, _col: self._change(1))
        self.show_all = QCheckBox(QCoreApplication.translate("Workshop", "All items"))
        self.show_all.setToolTip(
            QCoreApplication.translate(
                "Workshop", "Also list cards, pains and opportunities without votes"
            )
        )
        self.show_all.toggled.connect(self.refresh)
        buttons = QHBoxLayout()
        self.plus = QPushButton(QCoreApplication.translate("Workshop", "+1"))
        self.plus.setToolTip(
            QCoreApplication.translate("Workshop", "Give a vote to the chosen item (+)")
        )
        self.plus.clicked.connect(lambda: self._change(1))
        self.minus = QPushButton(QCoreApplication.translate("Workshop", "−1"))
        self.minus.setToolTip(
            QCoreApplication.translate("Workshop", "Take a vote from the chosen item (-)")
        )
        self.minus.clicked.connect(lambda: self._change(-1))
        self.reset = QPushButton(QCoreApplication.translate("Workshop", "Reset votes"))
        self.reset.clicked.connect(lambda: reset_all_votes(self.controller))
        for widget in (self.plus, self.minus, self.reset):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout.addWidget(self.show_all)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.refresh()

    def _label(self, row: Ranked) -> str:
        part = row.target.part
        if part == CARD:
            return row.text
        prefix = (
            QCoreApplication.translate("Workshop", "Pain")
            if part == PAIN
            else QCoreApplication.translate("Workshop", "Opportunity")
        )
        return f"{prefix}: {row.text}"

    def refresh(self) -> None:
        if not self.built:
            return
        journey = self.controller.journey
        chosen = self.current_target()
        self.tree.clear()
        for row in ranking(journey, include_zero=self.show_all.isChecked()):
            stage = journey.get(row.stage)
            item = QTreeWidgetItem([str(row.votes), self._label(row), stage.name if stage else ""])
            item.setData(0, TARGET_ROLE, row.target)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
            self.tree.addTopLevelItem(item)
            if row.target == chosen:
                self.tree.setCurrentItem(item)

    def rows(self) -> list[tuple[int, str]]:
        """What the list shows, for tests: (votes, label) per row."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [(int(item.text(0)), item.text(1)) for item in items if item is not None]

    def current_target(self) -> VoteTarget | None:
        item = self.tree.currentItem()
        return item.data(0, TARGET_ROLE) if item is not None else None

    def _change(self, delta: int) -> None:
        target = self.current_target()
        if target is not None:
            vote_on(self.controller, [target], delta)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.tree and event.type() == event.Type.KeyPress:
            if event.text() in ("+", "="):
                self._change(1)
                return True
            if event.text() == "-":
                self._change(-1)
                return True
        return super().eventFilter(watched, event)
