"""Menu entries for snapshots, comparison, the reach tint and research evidence.

Added to the window's existing File and View menus after they are built, so the
shell's action code does not need to know about these features.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from cjm_designer.messages import localize

from ..actions import menu_holding
from ..analysis.evidence import EvidenceLayer
from ..dialogs import files, messages

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .snapshots import SnapshotsDialog
    from .window import CompareWindow

# The snapshots dialog and the compare window (with the map diff) load on first use,
# not at start-up (issue 3).


class ExtraActions(QObject):
    """The actions this module adds, kept for tests and for enabling by state."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.save_snapshot = self._action(
            QCoreApplication.translate("CompareMenus", "Save S&napshot…"),
            lambda: _snapshots().save_snapshot(window),
        )
        self.snapshots = self._action(
            QCoreApplication.translate("CompareMenus", "Sna&pshots…"), self.show_snapshots
        )
        self.compare_file = self._action(
            QCoreApplication.translate("CompareMenus", "Co&mpare With File…"),
            self.compare_with_file,
        )
        self.evidence = EvidenceLayer(window.scene)
        self.show_evidence = self._action(
            QCoreApplication.translate("CompareMenus", "Show &Evidence Markers"), None
        )
        self.show_evidence.setCheckable(True)
        self.show_evidence.setChecked(True)
        self.show_evidence.toggled.connect(self.evidence.set_visible)
        self.only_researched = self._action(
            QCoreApplication.translate("CompareMenus", "Only &Researched"), None
        )
        self.only_researched.setCheckable(True)
        self.only_researched.setToolTip(
            QCoreApplication.translate(
                "CompareMenus", "Fade every card that research does not back"
            )
        )
        self.only_researched.toggled.connect(self.evidence.set_researched_only)
        self.dialog: SnapshotsDialog | None = None
        self.compare_windows: list[CompareWindow] = []

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def show_snapshots(self) -> SnapshotsDialog:
        if self.dialog is None:
            self.dialog = _snapshots().SnapshotsDialog(self.window)
        self.dialog.refill()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def compare_with_file(self) -> CompareWindow | None:
        """Compare another map file (the "before") with the open map (the "after")."""
        window = self.window
        start = str(window.controller.path.parent) if window.controller.path else ""
        path = files.ask_open_path(window, start)
        if not path:
            return None
        from cjm_designer.io.errors import MapLoadError
        from cjm_designer.io.yaml_format import read_map

        from .window import CompareWindow

        try:
            other = read_map(path).map
        except MapLoadError as error:
            messages.show_error(
                window,
                QCoreApplication.translate("CompareMenus", "Cannot open map"),
                QCoreApplication.translate("CompareMenus", "“{name}” could not be opened:").format(
                    name=Path(path).name
                )
                + "\n\n"
                + localize(error.first),
                localize(error),
            )
            return None
        view = CompareWindow(
            other, window.controller.journey, Path(path).name, window.document_name()
        )
        _snapshots().keep_alive(window, view)
        view.show()
        return view


def _snapshots():
    from . import snapshots

    return snapshots


def install_menus(window: MainWindow) -> ExtraActions:
    """Create the actions and put them into the window's File and View menus."""
    extra = ExtraActions(window)
    file_menu = menu_holding(window.menuBar(), window.menu_actions.revert)
    if file_menu is not None:
        before = window.menu_actions.close
        anchor = before if before in file_menu.actions() else None
        for action in (extra.save_snapshot, extra.snapshots, extra.compare_file):
            file_menu.insertAction(anchor, action)
        file_menu.insertSeparator(anchor)
    view_menu = menu_holding(window.menuBar(), window.menu_actions.zoom_fit)
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(window.analysis.tint_action)
        view_menu.addAction(extra.show_evidence)
        view_menu.addAction(extra.only_researched)
    if window.controller.read_only:
        extra.save_snapshot.setEnabled(False)
    return extra
