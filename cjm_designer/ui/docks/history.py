"""The Undo History dock: every step of the session, click one to go back to it."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget

from ..controller import DocumentController


class HistoryDock(QDockWidget):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDock")
        self.setWindowTitle(self.tr("Undo History"))
        self.view = QUndoView(controller.undo_stack)
        self.view.setEmptyLabel(self.tr("<opened map>"))
        self.setWidget(self.view)
