"""The workshop room's menu entries from the start; the room itself on first use.

The room (its session, panel, canvas marks, and the room package behind them) cost the
first window its imports and a dock before the first paint, though a room is opened in
few sessions. :func:`install_room_entries` puts Open Room (Ctrl+Alt+W), Close Room,
Show Room QR Code (Ctrl+Alt+Q) and Room Panel in the Workshop menu at once, and builds
the room (``install.RoomFeature``) when one of them is used, when a map opens with a
room journal beside it (its waiting notes are offered, as before), or when code asks
for a part of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from cjm_designer.room.journal import journal_path_for

from ..lazy_feature import LazyFeature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMenu

    from ..window_parts import WindowParts
    from ..workshop import Workshop
    from .install import RoomFeature


class RoomActions(QObject):
    """The room's four menu entries; they build the room the first time one is used."""

    def __init__(self, parts: WindowParts, menu: QMenu, feature: LazyFeature):
        window = parts.window
        super().__init__(window)
        self.controller = parts.controller
        self.feature = feature
        self.open_action = QAction(QCoreApplication.translate("Room", "Open &Room…"), window)
        self.open_action.setShortcut(QKeySequence("Ctrl+Alt+W"))
        self.open_action.triggered.connect(lambda _checked=False: self.feature.ask_open())
        self.close_action = QAction(QCoreApplication.translate("Room", "Close R&oom"), window)
        self.close_action.triggered.connect(lambda _checked=False: self.feature.close_room())
        self.qr_action = QAction(QCoreApplication.translate("Room", "Show Room &QR Code"), window)
        self.qr_action.setShortcut(QKeySequence("Ctrl+Alt+Q"))
        self.qr_action.triggered.connect(lambda _checked=False: self.feature.toggle_projector())
        # The panel's own toggle action once the room is built (install.py links them).
        self.panel_action = QAction(QCoreApplication.translate("Room", "Room &Panel"), window)
        self.panel_action.setCheckable(True)
        self.panel_action.triggered.connect(self._panel_triggered)
        for action in (self.open_action, self.close_action, self.qr_action):
            window.addAction(action)
        menu.addSeparator()
        menu.addActions([self.open_action, self.close_action, self.qr_action, self.panel_action])
        self.controller.pathChanged.connect(lambda _path: self._update_actions())
        self.controller.documentReplaced.connect(
            lambda: QTimer.singleShot(0, self, self._offer_journal)
        )
        self._update_actions()

    def _panel_triggered(self, checked: bool) -> None:
        dock = self.feature.dock
        dock.setVisible(checked)
        if checked:
            dock.raise_()

    def _update_actions(self) -> None:
        """Before the room is built it is closed: only Open Room, for a saved map."""
        if self.feature.built:
            return
        self.open_action.setEnabled(self.controller.path is not None)
        self.close_action.setEnabled(False)
        self.qr_action.setEnabled(False)

    def _offer_journal(self) -> None:
        """A map with a room journal beside it: build the room, which offers its notes."""
        path = self.controller.path
        if self.feature.built or path is None or not journal_path_for(path).exists():
            return
        self.feature.offer_journal()


def install_room_entries(
    parts: WindowParts, beside: QDockWidget | None = None, workshop: Workshop | None = None
) -> LazyFeature:
    """The room's entries in ``workshop``'s menu; returns the stand-in the window keeps
    as its ``room`` (reading any part of it builds the room)."""

    def build() -> RoomFeature:
        from .install import RoomFeature

        return RoomFeature(parts, beside, workshop, actions=actions)

    feature = LazyFeature(build)
    menu = workshop.menu if workshop is not None else None
    if menu is None:
        menu = parts.window.menuBar().addMenu(QCoreApplication.translate("Room", "&Room"))
    actions = RoomActions(parts, menu, feature)
    return feature
