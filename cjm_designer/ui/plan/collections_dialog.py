"""Scenarios and custom rows, created, renamed and deleted from the window.

Source 001 draws the same journey with and without a sales department (scenarios);
workshops add text rows under the grid ("Thoughts", "Quotes"). Each change is one undo
step; deleting removes the references to it too (cards' scenarios, stages' notes).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_designer.model import Kind, RowDefinition, Scenario, new_id
from cjm_designer.model.edits import InsertEntity, ReplaceEntity, remove, update

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CollectionEditor(QGroupBox):
    """A list of one collection (scenarios or rows) with Add, Rename and Delete."""

    def __init__(self, controller, kind: Kind, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.controller = controller
        self.kind = kind
        layout = QVBoxLayout(self)
        add_row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(QCoreApplication.translate("Plan", "Name of a new one"))
        self.name.returnPressed.connect(self.add_from_field)
        self.add_button = QPushButton(QCoreApplication.translate("Plan", "Add"))
        self.add_button.clicked.connect(self.add_from_field)
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.add_button)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.rename_current())
        buttons = QHBoxLayout()
        self.rename_button = QPushButton(QCoreApplication.translate("Plan", "Rename…"))
        self.rename_button.clicked.connect(lambda: self.rename_current())
        self.delete_button = QPushButton(QCoreApplication.translate("Plan", "Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(add_row)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        controller.mapChanged.connect(lambda _event: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        self.list.clear()
        for entity in self.controller.journey.items(self.kind):
            item = QListWidgetItem(entity.name)
            item.setData(ID_ROLE, entity.id)
            self.list.addItem(item)
            if entity.id == current:
                self.list.setCurrentItem(item)
        has = self.list.count() > 0
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def add(self, name: str) -> bool:
        name = name.strip()
        if not name:
            return False
        journey = self.controller.journey
        entity_id = new_id(name, journey.ids(), fallback=self.kind.value[:-1])
        entity = (
            Scenario(entity_id, name)
            if self.kind is Kind.SCENARIO
            else RowDefinition(entity_id, name)
        )
        text = (
            QCoreApplication.translate("Plan", "Add scenario")
            if self.kind is Kind.SCENARIO
            else QCoreApplication.translate("Plan", "Add row")
        )
        return self.controller.push(InsertEntity(self.kind, entity), text)

    def add_from_field(self) -> None:
        if self.add(self.name.text()):
            self.name.clear()
            self.list.setCurrentRow(self.list.count() - 1)

    def rename(self, entity_id: str, name: str) -> bool:
        name = name.strip()
        if not name:
            return False
        return self.controller.push(
            update(self.controller.journey, self.kind, entity_id, name=name),
            QCoreApplication.translate("Plan", "Rename"),
        )

    def rename_current(self, name: str | None = None) -> bool:
        entity_id = self.current_id()
        if entity_id is None:
            return False
        if name is None:
            old = self.controller.journey.find(self.kind, entity_id).name
            name, ok = QInputDialog.getText(
                self, QCoreApplication.translate("Plan", "Rename"),
                QCoreApplication.translate("Plan", "New name:"), text=old,
            )  # fmt: skip
            if not ok:
                return False
        return self.rename(entity_id, name)

    def delete_current(self) -> bool:
        entity_id = self.current_id()
        if entity_id is None:
            return False
        return self.controller.push(
            remove(self.controller.journey, self.kind, entity_id),
            QCoreApplication.translate("Plan", "Delete"),
        )


class RowTexts(QTableWidget):
    """The chosen custom row's text for each stage (a stage's ``notes[row]``), edited in place."""

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(0, 2, parent)
        self.controller = controller
        self.row_id: str | None = None
        self._filling = False
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Plan", "Stage"),
                QCoreApplication.translate("Plan", "Text"),
            ]
        )
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setColumnWidth(0, 150)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.itemChanged.connect(self._edited)
        controller.mapChanged.connect(lambda _event: self.show_row(self.row_id))

    def show_row(self, row_id: str | None) -> None:
        journey = self.controller.journey
        self.row_id = row_id if row_id in journey else None
        self._filling = True
        stages = journey.stages if self.row_id else []
        self.setRowCount(len(stages))
        for index, stage in enumerate(stages):
            name = QTableWidgetItem(stage.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(index, 0, name)
            text = QTableWidgetItem(stage.notes.get(self.row_id or "", ""))
            text.setData(ID_ROLE, stage.id)
            self.setItem(index, 1, text)
        self._filling = False
        self.setEnabled(self.row_id is not None)

    def _edited(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() != 1 or self.row_id is None:
            return
        journey = self.controller.journey
        stage = journey.stage(cell.data(ID_ROLE))
        notes = dict(stage.notes)
        text = cell.text().strip()
        if text:
            notes[self.row_id] = text
        else:
            notes.pop(self.row_id, None)
        self.controller.push(
            ReplaceEntity(Kind.STAGE, replace(stage, notes=notes)),
            QCoreApplication.translate("Plan", "Edit row text"),
        )


class CollectionsDialog(QDialog):
    """Plan > Scenarios and Rows…: both lists side by side."""

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scenariosRowsDialog")
        self.setWindowTitle(QCoreApplication.translate("Plan", "Scenarios and Rows"))
        layout = QVBoxLayout(self)
        lists = QHBoxLayout()
        self.scenarios = CollectionEditor(
            controller, Kind.SCENARIO, QCoreApplication.translate("Plan", "Scenarios")
        )
        self.rows = CollectionEditor(
            controller, Kind.ROW, QCoreApplication.translate("Plan", "Custom rows")
        )
        self.texts = RowTexts(controller)
        self.rows.layout().addWidget(self.texts, 2)
        self.rows.list.currentItemChanged.connect(
            lambda *_a: self.texts.show_row(self.rows.current_id())
        )
        self.texts.show_row(self.rows.current_id())
        lists.addWidget(self.scenarios)
        lists.addWidget(self.rows, 2)
        layout.addLayout(lists, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(820, 460)
