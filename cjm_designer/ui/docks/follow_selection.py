"""Properties appear for the selection and step aside when nothing is selected.

On a 1280x720 projector a Properties panel always open takes a quarter of the board.
It opens when the user selects something and closes again when the selection is
cleared, unless the user opened it themselves (View > Panels, then it stays). It never
opens while the window presents or shows the bare board.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

if TYPE_CHECKING:
    from ..controller import DocumentController
    from .lazy import LazyDock


class PropertiesFollowSelection(QObject):
    def __init__(
        self,
        window: QMainWindow,
        controller: DocumentController,
        dock: LazyDock,
        suspended: Callable[[], bool],
    ):
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.dock = dock
        self.suspended = suspended
        self.auto_shown = False
        self._sized = False  # the first time it opens, a quarter of the window
        controller.selectionChanged.connect(self._selection_changed)
        dock.toggleViewAction().triggered.connect(self._user_toggled)

    def resync(self, *_args) -> None:
        """After presenting: open for what was selected meanwhile."""
        self._selection_changed(list(self.controller.selection))

    def _user_toggled(self, _checked: bool) -> None:
        self.auto_shown = False  # the user decides from now on

    def _selection_changed(self, ids: list) -> None:
        if self.suspended() or self.dock.isFloating():
            return
        if ids and self.dock.isHidden():
            self.dock.ensure_built()  # its form comes with it, not one frame later
            self.dock.show()
            self.dock.raise_()
            self.auto_shown = True
            if not self._sized:
                self._sized = True
                width = int(max(300, min(440, self.window.width() * 0.27)))
                self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        elif not ids and self.auto_shown and not self.dock.isHidden():
            focus = QApplication.focusWidget()
            if focus is not None and self.dock.isAncestorOf(focus):
                return  # typing in the panel: leave it
            self.dock.hide()
            self.auto_shown = False
