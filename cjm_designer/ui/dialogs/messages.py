"""Message boxes the main window shows, behind small functions tests can replace.

Every question and error goes through here, so the window code reads as a story
("ask whether to save, then close") and tests patch one function instead of Qt.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# QMessageBox is imported where a box opens: its class's enums cost start-up time.


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, name: str) -> UnsavedChoice:
    """Save, discard or cancel before the window loses unsaved changes."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "Messages", "Save the changes to “{name}” before closing?"
        ).format(name=name)
    )
    box.setInformativeText(
        QCoreApplication.translate("Messages", "Your changes will be lost if you don't save them.")
    )
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedChoice.SAVE
    if clicked is discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """An error the user must read; ``details`` holds the full located message list."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_warnings(parent: QWidget | None, title: str, text: str, details: str) -> None:
    """Non-fatal notes about a file that still opened (for example unknown keys kept)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setDetailedText(details)
    box.exec()


def confirm_revert(parent: QWidget | None, name: str) -> bool:
    """Throwing away every change since the last save needs an explicit yes."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Messages", "Revert"),
        QCoreApplication.translate(
            "Messages", "Discard all changes to “{name}” and reload it from disk?"
        ).format(name=name),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
