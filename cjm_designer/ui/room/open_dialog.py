"""Workshop > Open Room: which network the room is served on, its port and its dots.

The list names each interface with its address (``wlan0 — 192.168.1.20``); the first
non-loopback one is chosen, and the loopback entry lets a consultant try the page on
the laptop itself. Nothing is ever bound to every interface.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from cjm_designer.room.interfaces import interfaces
from cjm_designer.room.limits import Limits

PORT_KEY = "room/port"
VOTES_KEY = "room/votes"
HOST_KEY = "room/host"
DEFAULT_PORT = 8765


def _int_setting(key: str, default: int) -> int:
    try:
        value = QSettings().value(key, default)
        return int(value) if isinstance(value, int | str | float) else default
    except ValueError:
        return default


class OpenRoomDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, choices: list[tuple[str, str]] | None = None):
        super().__init__(parent)
        self.setObjectName("openRoomDialog")
        self.setWindowTitle(QCoreApplication.translate("Room", "Open Workshop Room"))
        form = QFormLayout(self)
        hint = QLabel(
            QCoreApplication.translate(
                "Room",
                "Participants join from their phones on the same network. Only the network "
                "you choose can reach the room, and only while it is open.",
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.interface = QComboBox()
        remembered = QSettings().value(HOST_KEY, "")
        for name, address in interfaces() if choices is None else choices:
            self.interface.addItem(f"{name} — {address}", address)
            if address == remembered:
                self.interface.setCurrentIndex(self.interface.count() - 1)
        form.addRow(QCoreApplication.translate("Room", "&Network:"), self.interface)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(_int_setting(PORT_KEY, DEFAULT_PORT))
        form.addRow(QCoreApplication.translate("Room", "&Port:"), self.port)
        self.votes = QSpinBox()
        self.votes.setRange(0, 99)
        self.votes.setValue(_int_setting(VOTES_KEY, Limits().default_votes))
        form.addRow(QCoreApplication.translate("Room", "&Dots per person:"), self.votes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Room", "Open Room")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.buttons = buttons
        if self.interface.count() == 0:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            form.insertRow(
                1,
                QLabel(
                    QCoreApplication.translate(
                        "Room", "No network is connected. Connect to the room's Wi-Fi first."
                    )
                ),
            )

    def host(self) -> str:
        return str(self.interface.currentData() or "")

    def remember(self) -> None:
        settings = QSettings()
        settings.setValue(HOST_KEY, self.host())
        settings.setValue(PORT_KEY, self.port.value())
        settings.setValue(VOTES_KEY, self.votes.value())
