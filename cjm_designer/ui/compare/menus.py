"""Menu entries for snapshots, comparison, the reach tint and research evidence.

Added to the window's existing File and View menus after they are built, so the
shell's action code does not need to know about these features. The installer gets
its collaborators passed in (the window as parent, the editing session, the scene, the
menus to extend, a factory for read-only windows) and never imports the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from cjm_designer.messages import localize

from ..analysis.evidence import EvidenceLayer
from ..dialogs import files, messages

if TYPE_CHECKING:
    from ..canvas.scene import MapScene
    from ..controller import DocumentController
    from ..session import EditingSession
    from .snapshot_dialog import SnapshotsDialog
    from .window import CompareWindow

# The snapshots dialog and the compare window (with the map diff) load on first use,
# not at start-up (issue 3).


class ExtraActions(QObject):
    """The actions this module adds, kept for tests and for enabling by state."""

    def __init__(
        self,
        window: QMainWindow,
        session: EditingSession,
        scene: MapScene,
        new_window: Callable[[DocumentController], QWidget],
    ):
        super().__init__(window)
        self.window = window
        self.session = session
        self.new_window = new_window
        """Makes a window over a (read-only) controller: snapshots open in one."""
        self.save_snapshot = self._action(
            QCoreApplication.translate("CompareMenus", "Save S&napshot…"),
            lambda: _snapshots().save_snapshot(self),
        )
        self.snapshots = self._action(
            QCoreApplication.translate("CompareMenus", "Sna&pshots…"), self.show_snapshots
        )
        self.compare_file = self._action(
            QCoreApplication.translate("CompareMenus", "Co&mpare With File…"),
            self.compare_with_file,
        )
        self.evidence = EvidenceLayer(scene)
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

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def show_snapshots(self) -> SnapshotsDialog:
        if self.dialog is None:
            self.dialog = _snapshots().SnapshotsDialog(self)
        self.dialog.refill()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def compare_with_file(self) -> CompareWindow | None:
        """Compare another map file (the "before") with the open map (the "after")."""
        window = self.window
        controller = self.session.controller
        start = str(controller.path.parent) if controller.path else ""
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
            other, self.session.journey, Path(path).name, self.session.document_name()
        )
        _snapshots().keep_alive(window, view)
        view.show()
        return view


def _snapshots():
    from . import snapshot_dialog

    return snapshot_dialog


def install_menus(
    window: QMainWindow,
    session: EditingSession,
    scene: MapScene,
    file_menu: QMenu,
    before: QAction,
    view_menu: QMenu,
    view_actions: list[QAction],
    new_window: Callable[[DocumentController], QWidget],
) -> ExtraActions:
    """Create the actions: snapshots and compare into ``file_menu`` before ``before``,
    ``view_actions`` (the reach tint) and the evidence toggles at the end of ``view_menu``."""
    extra = ExtraActions(window, session, scene, new_window)
    if before in file_menu.actions():
        file_menu.insertActions(before, [extra.save_snapshot, extra.snapshots, extra.compare_file])
        file_menu.insertSeparator(before)
    else:
        file_menu.addActions([extra.save_snapshot, extra.snapshots, extra.compare_file])
        file_menu.addSeparator()
    view_menu.addSeparator()
    for action in (*view_actions, extra.show_evidence, extra.only_researched):
        view_menu.addAction(action)
    if session.controller.read_only:
        extra.save_snapshot.setEnabled(False)
    return extra
