"""The questions reliability asks the user, each one small function tests can replace.

Lock conflict: open read-only / take over / cancel. Change on disk: reload / keep mine.
Unexpected error: say what happened and where the log and the recovery copy are.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .file_lock import LockOwner


class LockChoice(StrEnum):
    READ_ONLY = "read-only"
    TAKE_OVER = "take-over"
    CANCEL = "cancel"


def describe_owner(owner: LockOwner | None) -> str:
    if owner is None:
        return QCoreApplication.translate("Reliability", "another program")
    if owner.this_process:
        return QCoreApplication.translate("Reliability", "another window of CJM Designer")
    return QCoreApplication.translate(
        "Reliability", "CJM Designer (process {pid}) on {host}"
    ).format(pid=owner.pid, host=owner.host)


def ask_lock_choice(parent: QWidget | None, path: Path, owner: LockOwner | None) -> LockChoice:
    """The file is open elsewhere: read-only, take over, or do not open."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Reliability", "Map already open"))
    box.setText(
        QCoreApplication.translate("Reliability", "{name} is already open in {owner}.").format(
            name=path.name, owner=describe_owner(owner)
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Reliability",
            "Open it read-only to look without changing it, or take over to edit it here. "
            "After a take-over the other copy can no longer save over this file.",
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("Reliability", "Open read-only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    take_over = box.addButton(
        QCoreApplication.translate("Reliability", "Take over"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return LockChoice.READ_ONLY
    if clicked is take_over:
        return LockChoice.TAKE_OVER
    return LockChoice.CANCEL


def ask_reload(parent: QWidget | None, path: Path, dirty: bool) -> bool:
    """The file changed on disk: True to reload it, False to keep what is in the window."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Reliability", "Map changed on disk"))
    box.setText(
        QCoreApplication.translate(
            "Reliability", "{name} was changed by another program or person."
        ).format(name=path.name)
    )
    if dirty:
        box.setInformativeText(
            QCoreApplication.translate(
                "Reliability",
                "You also have unsaved changes here. Reload to see their version and lose "
                "yours, or keep yours (saving will then replace their version).",
            )
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate("Reliability", "Reload to see the new version?")
        )
    reload_button = box.addButton(
        QCoreApplication.translate("Reliability", "Reload"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("Reliability", "Keep mine"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep if dirty else reload_button)
    box.exec()
    return box.clickedButton() is reload_button


def confirm_overwrite_foreign(parent: QWidget | None, path: Path) -> bool:
    """Before saving over a file someone else changed: True to overwrite it."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("Reliability", "Map changed on disk"),
        QCoreApplication.translate(
            "Reliability",
            "{name} was changed on disk since you opened it. Save anyway and replace "
            "that version with yours?",
        ).format(name=path.name),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save


def tell_lock_lost(parent: QWidget | None, path: Path) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Reliability", "Map taken over"),
        QCoreApplication.translate(
            "Reliability",
            "{name} was taken over in another window or by another person, so it is not "
            "saved here. Use Save As to keep your version under another name.",
        ).format(name=path.name),
    )


def tell_take_over_refused(parent: QWidget | None, path: Path, owner: LockOwner | None) -> None:
    """Windows: the other program keeps its lock file open, so it cannot be removed."""
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Reliability", "Map opened read-only"),
        QCoreApplication.translate(
            "Reliability",
            "{name} cannot be taken over while {owner} has it open: Windows does not let "
            "its lock be removed. It is opened read-only here. Close it there, then open it "
            "again to edit it.",
        ).format(name=path.name, owner=describe_owner(owner)),
    )


def show_crash(parent: QWidget | None, summary: str, log_file: Path, recovered: list[str]) -> None:
    """Tell the user an unexpected error happened, and that their work is safe."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Reliability", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "Reliability", "Something went wrong inside CJM Designer: {summary}"
        ).format(summary=summary)
    )
    if recovered:
        saved = QCoreApplication.translate(
            "Reliability", "Unsaved work was copied to the recovery folder:\n{files}"
        ).format(files="\n".join(recovered))
    else:
        saved = QCoreApplication.translate("Reliability", "There was no unsaved work to copy.")
    box.setInformativeText(
        saved
        + "\n\n"
        + QCoreApplication.translate("Reliability", "Details are in the log file:\n{log}").format(
            log=str(log_file)
        )
        + "\n\n"
        + QCoreApplication.translate(
            "Reliability", "You can keep working, but saving under a new name is safest."
        )
    )
    box.exec()
