"""Puts the workshop room on a main window: menu entries, the Room panel, canvas marks.

``install_room(parts, beside=..., workshop=...)`` is the only thing the main window calls. The Workshop menu
gets Open Room, Close Room and Show Room QR Code; the Room panel docks on the right;
waiting notes mark their stage headers. When a map opens whose journal beside it
holds waiting notes (the program was closed or killed mid-workshop), the consultant
is offered to review them, like other recovery data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QMessageBox

from cjm_designer.messages import localize
from cjm_designer.messages.os_errors import os_reason
from cjm_designer.room.journal import JournalBusyError

from ..chrome import install_title_bars
from ..dialogs import messages
from .dock import RoomDock
from .marks import PendingMarks
from .open_dialog import OpenRoomDialog
from .qr_window import ProjectorWindow
from .room_session import RoomSession

if TYPE_CHECKING:
    from ..window_parts import WindowParts
    from ..workshop import Workshop
    from .entry import RoomActions


def ask_review_journal(parent, count: int) -> bool:
    """Offer the waiting notes of an earlier room; tests replace this function."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Room", "Notes from the workshop room"),
        QCoreApplication.translate(
            "Room",
            "%n note(s) from the workshop room of this map wait for review. "
            "Show them in the Room panel?",
            None,
            count,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


class RoomFeature(QObject):
    def __init__(
        self,
        parts: WindowParts,
        beside: QDockWidget | None = None,
        workshop: Workshop | None = None,
        actions: RoomActions | None = None,
    ):
        """The Room panel tabs with ``beside``; the actions join ``workshop``'s menu and
        the room follows its presentation. Built on first use (``entry.py``), it takes
        the menu entries made at start-up as ``actions``."""
        window = parts.window
        super().__init__(window)
        self.window = window
        self.workshop = workshop
        self.controller = parts.controller
        presentation = workshop.presentation if workshop is not None else None
        self.session = RoomSession(window, self.controller, parts.scene, presentation)
        self.dock = RoomDock(window, self.controller, self.session)
        self.dock.toggle_room = self.toggle_room
        self.dock.show_projector = self.show_projector
        # Built after the window restored its layout (first use, entry.py): the panel
        # goes where it was left; else a closed tab beside Properties, the whole height
        # on a projector. (addDockWidget first would drop the restored place.)
        if not window.restoreDockWidget(self.dock):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            if beside is not None:
                window.tabifyDockWidget(beside, self.dock)
                beside.raise_()
            self.dock.hide()
        install_title_bars(window)
        self.dock.setAccessibleName(self.dock.windowTitle().replace("&", ""))
        self.marks = PendingMarks(parts.scene, self.session)
        self.projector: ProjectorWindow | None = None
        if actions is None:
            self._make_actions()
        else:
            self._adopt_actions(actions)
        self.session.openChanged.connect(self._update_actions)
        self.session.changed.connect(self._room_changed)
        self.controller.documentReplaced.connect(
            lambda: QTimer.singleShot(0, self, self.offer_journal)
        )
        self.controller.pathChanged.connect(lambda _path: self._update_actions())
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.session.shutdown)
        self._update_actions()

    def _make_actions(self) -> None:
        window = self.window
        self.open_action = QAction(QCoreApplication.translate("Room", "Open &Room…"), window)
        self.open_action.setShortcut(QKeySequence("Ctrl+Alt+W"))
        self.open_action.triggered.connect(lambda _checked=False: self.ask_open())
        self.close_action = QAction(QCoreApplication.translate("Room", "Close R&oom"), window)
        self.close_action.triggered.connect(lambda _checked=False: self.close_room())
        self.qr_action = QAction(QCoreApplication.translate("Room", "Show Room &QR Code"), window)
        self.qr_action.setShortcut(QKeySequence("Ctrl+Alt+Q"))
        self.qr_action.triggered.connect(lambda _checked=False: self.toggle_projector())
        panel = self.dock.toggleViewAction()
        panel.setText(QCoreApplication.translate("Room", "Room &Panel"))
        for action in (self.open_action, self.close_action, self.qr_action):
            window.addAction(action)
        menu = self.workshop.menu if self.workshop is not None else None
        if menu is None:
            menu = window.menuBar().addMenu(QCoreApplication.translate("Room", "&Room"))
        menu.addSeparator()
        menu.addActions([self.open_action, self.close_action, self.qr_action, panel])

    def _adopt_actions(self, actions: RoomActions) -> None:
        """The entries made at start-up now act on this room; Room Panel follows the dock."""
        self.open_action = actions.open_action
        self.close_action = actions.close_action
        self.qr_action = actions.qr_action
        panel = actions.panel_action
        toggle = self.dock.toggleViewAction()
        panel.setChecked(toggle.isChecked())
        toggle.toggled.connect(panel.setChecked)

    def _update_actions(self, *_args) -> None:
        is_open = self.session.is_open
        self.open_action.setEnabled(self.controller.path is not None)
        self.close_action.setEnabled(is_open)
        self.qr_action.setEnabled(is_open)
        if not is_open and self.projector is not None:
            self.projector.hide()

    def _room_changed(self, what: str) -> None:
        if self.projector is not None and self.session.state is not None:
            self.projector.set_joined(self.session.state.participant_count())
        if what == "note":
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Room", "A new note from the room"), 3000
            )

    # --- opening and closing ----------------------------------------------------------

    def toggle_room(self) -> None:
        if self.session.is_open:
            self.close_room()
        else:
            self.ask_open()

    def ask_open(self) -> str | None:
        if self.controller.path is None:
            messages.show_error(
                self.window,
                QCoreApplication.translate("Room", "Open Room"),
                QCoreApplication.translate(
                    "Room",
                    "Save the map first: the room keeps its notes in a journal beside the map file.",
                ),
            )
            return None
        dialog = OpenRoomDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.host():
            return None
        dialog.remember()
        return self.open_room_at(dialog.host(), dialog.port.value(), dialog.votes.value())

    def open_room_at(self, host: str, port: int, votes: int | None = None) -> str | None:
        """Serve the room on one address; shows the QR code. None (with a message) on failure."""
        try:
            url = self.session.open_room(host, port, votes)
        except JournalBusyError:
            messages.show_error(
                self.window,
                QCoreApplication.translate("Room", "Open Room"),
                QCoreApplication.translate(
                    "Room",
                    "The workshop room of this map is already open in another window or "
                    "program; close it there first.",
                ),
            )
            return None
        except OSError as error:
            messages.show_error(
                self.window,
                QCoreApplication.translate("Room", "Open Room"),
                QCoreApplication.translate(
                    "Room", "The room cannot listen on {host}:{port}: {reason}"
                ).format(host=host, port=port, reason=localize(os_reason(error))),
            )
            return None
        self.dock.show()
        self.dock.raise_()
        self.show_projector()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Room", "Room open at {url}").format(url=url), 8000
        )
        return url

    def close_room(self) -> None:
        self.session.close_room()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Room", "Room closed; its notes stay in the Room panel."),
            5000,
        )

    def toggle_projector(self) -> None:
        """Ctrl+Alt+Q shows the QR code and hides it again (no mouse needed while presenting)."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.hide()
        else:
            self.show_projector()

    def show_projector(self) -> None:
        if not self.session.is_open:
            return
        if self.projector is None:
            self.projector = ProjectorWindow(self.window)
        state = self.session.state
        self.projector.show_room(self.session.url, state.participant_count() if state else 0)
        self.projector.show()
        self.projector.raise_()
        self.window.activateWindow()  # keys stay with the map: F5, arrows, typing

    # --- recovery ---------------------------------------------------------------------

    def offer_journal(self) -> bool:
        """Waiting notes of an earlier room: offer them once when the map opens."""
        if self.session.is_open:
            return False
        count = self.session.pending_in_journal()
        if count and ask_review_journal(self.window, count):
            self.dock.show()
            self.dock.raise_()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self, self._closed_maybe)
        return False

    def _closed_maybe(self) -> None:
        if not self.window.isVisible():
            self.session.shutdown()


def install_room(
    parts: WindowParts, beside: QDockWidget | None = None, workshop: Workshop | None = None
) -> RoomFeature:
    """Give a document window its workshop room (the window keeps it as its ``room``)."""
    return RoomFeature(parts, beside, workshop)
