"""Board mode (F9): only the map, for projecting while still editing.

Every panel and toolbar steps aside and the map takes the window; F9 again (or View >
Board Mode) brings back exactly the panels that were open. Unlike presentation (F5) the
window stays as it is, the menus and the status bar stay, and nothing zooms.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget


class BoardMode(QObject):
    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, view: QWidget, view_menu: QMenu | None = None):
        """Hides ``window``'s docks and toolbars; ``view`` (the canvas) keeps the keys;
        the action goes at the end of ``view_menu``."""
        super().__init__(window)
        self.window = window
        self.view = view
        self.active = False
        self._state: QByteArray | None = None
        self.action = QAction(QCoreApplication.translate("BoardMode", "&Board Mode"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("F9"))
        self.action.setToolTip(
            QCoreApplication.translate("BoardMode", "Only the map: hide every panel and toolbar")
        )
        self.action.triggered.connect(self.set_active)
        window.addAction(self.action)
        if view_menu is not None:
            view_menu.addSeparator()
            view_menu.addAction(self.action)

    def toggle(self) -> None:
        self.set_active(not self.active)

    def set_active(self, active: bool) -> None:
        if active == self.active:
            self.action.setChecked(active)
            return
        window = self.window
        if active:
            self._state = window.saveState()
            self.active = True
            for child in window.findChildren(QDockWidget) + window.findChildren(QToolBar):
                if child.parent() is window:
                    child.hide()
        else:
            self.active = False
            if self._state is not None:
                window.restoreState(self._state)
        self.action.setChecked(active)
        self.view.setFocus()
        self.toggled.emit(active)
