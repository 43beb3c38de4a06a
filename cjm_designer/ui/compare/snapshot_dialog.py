"""Snapshots in the GUI: save one, list them, open one read-only, restore, compare.

A snapshot is a named, dated copy of the map kept inside the same file ("As-is,
workshop 1"). Saving and restoring are ordinary undoable edits, so Ctrl+Z takes a
restore back. Prompts go through small functions that tests replace.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjm_designer.io.errors import MapLoadError
from cjm_designer.io.snapshot_format import open_named_snapshot, take_snapshot
from cjm_designer.messages import localize
from cjm_designer.model.snapshots import SnapshotError, add_snapshot, delete_snapshot, restore_edit

from ..dialogs import messages
from ..plan.plan_dock import plan_status_text, snapshot_plan_text
from .window import CompareWindow

if TYPE_CHECKING:
    from .menus import ExtraActions

NAME_ROLE = Qt.ItemDataRole.UserRole


def ask_snapshot_name(parent: QWidget, suggestion: str) -> str | None:
    """The name for a new snapshot, or None when cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Snapshots", "Save Snapshot"),
        QCoreApplication.translate("Snapshots", "Name of the snapshot (today's date is added):"),
        text=suggestion,
    )
    return text.strip() if ok and text.strip() else None


def confirm_restore(parent: QWidget, name: str) -> bool:
    """Restoring replaces the map's content (undoable); ask first."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Snapshots", "Restore Snapshot"),
        QCoreApplication.translate(
            "Snapshots", "Replace the map with the snapshot “{name}”? You can undo this."
        ).format(name=name),
    )
    return answer == QMessageBox.StandardButton.Yes


def save_snapshot(host: ExtraActions) -> bool:
    """File > Save Snapshot…: a named, dated copy of the map, kept inside the file."""
    journey = host.session.journey
    today = _dt.date.today().isoformat()
    name = ask_snapshot_name(
        host.window, QCoreApplication.translate("Snapshots", "Snapshot {date}").format(date=today)
    )
    if not name:
        return False
    try:
        edit = add_snapshot(journey, take_snapshot(journey, name, today))
    except SnapshotError as error:
        messages.show_error(
            host.window,
            QCoreApplication.translate("Snapshots", "Cannot save snapshot"),
            localize(error),
        )
        return False
    done = host.session.push(
        edit, QCoreApplication.translate("Snapshots", "Save snapshot “{name}”").format(name=name)
    )
    if done:
        host.window.statusBar().showMessage(
            QCoreApplication.translate(
                "Snapshots", "Snapshot “{name}” saved in the map; save the file to keep it."
            ).format(name=name),
            6000,
        )
    return done


def _open(host: ExtraActions, name: str):
    try:
        return open_named_snapshot(host.session.journey, name, host.session.document_name())
    except (SnapshotError, MapLoadError) as error:
        messages.show_error(
            host.window,
            QCoreApplication.translate("Snapshots", "Cannot open snapshot"),
            localize(error),
        )
        return None


def restore_snapshot(host: ExtraActions, name: str) -> bool:
    """Make the map what the snapshot was, as one undoable step (snapshots are kept)."""
    restored = _open(host, name)
    if restored is None:
        return False
    edit = restore_edit(host.session.journey, restored)
    return host.session.push(
        edit, QCoreApplication.translate("Snapshots", "Restore snapshot “{name}”").format(name=name)
    )


def open_read_only(host: ExtraActions, name: str):
    """A second window showing the snapshot; it cannot be edited."""
    from ..chrome import APP_TITLE
    from ..controller import DocumentController

    journey = _open(host, name)
    if journey is None:
        return None
    controller = DocumentController(journey)
    controller.read_only = True
    other = host.new_window(controller)
    controller.setParent(other)
    other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    other.setWindowTitle(
        QCoreApplication.translate("Snapshots", "{file} @ {snapshot} (read-only)").format(
            file=host.session.document_name(), snapshot=name
        )
        + f" — {APP_TITLE}"
    )
    keep_alive(host.window, other)
    other.show()
    return other


def compare_with_current(host: ExtraActions, name: str):
    snapshot = _open(host, name)
    if snapshot is None:
        return None
    view = CompareWindow(
        snapshot,
        host.session.journey,
        QCoreApplication.translate("Snapshots", "snapshot “{name}”").format(name=name),
        QCoreApplication.translate("Snapshots", "current map"),
    )
    keep_alive(host.window, view)
    view.show()
    return view


class _OtherWindows(QObject):
    """The top-level windows opened from a window: they have no Qt parent, so this
    child of the opening window holds their Python references until they close."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("otherWindows")
        self.windows: list[QWidget] = []


def other_windows(window: QWidget) -> list[QWidget]:
    """The windows ``window`` opened (snapshots, comparisons) that are still open."""
    holder = window.findChild(_OtherWindows, "otherWindows")
    return holder.windows if holder is not None else []


def keep_alive(window: QWidget, other: QWidget) -> None:
    """Hold a reference to a top-level window until it is closed."""
    holder = window.findChild(_OtherWindows, "otherWindows") or _OtherWindows(window)
    others = holder.windows
    others.append(other)
    other.destroyed.connect(lambda *_a: others.remove(other) if other in others else None)


class SnapshotsDialog(QDialog):
    """File > Snapshots…: the map's snapshots with what can be done to each."""

    def __init__(self, host: ExtraActions):
        super().__init__(host.window)
        self.setObjectName("snapshotsDialog")
        self.setWindowTitle(QCoreApplication.translate("Snapshots", "Snapshots"))
        self.host = host
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(QCoreApplication.translate("Snapshots", "Open Read-Only"))
        self.restore_button = QPushButton(QCoreApplication.translate("Snapshots", "Restore…"))
        self.compare_button = QPushButton(
            QCoreApplication.translate("Snapshots", "Compare With Current")
        )
        self.delete_button = QPushButton(QCoreApplication.translate("Snapshots", "Delete"))
        for button in (
            self.open_button,
            self.restore_button,
            self.compare_button,
            self.delete_button,
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.open_button.clicked.connect(lambda: self._act(open_read_only))
        self.restore_button.clicked.connect(self._restore)
        self.compare_button.clicked.connect(lambda: self._act(compare_with_current))
        self.delete_button.clicked.connect(self._delete)
        self.list.currentItemChanged.connect(lambda *_a: self._enable())
        host.session.controller.mapChanged.connect(self._refill_later)
        self.resize(520, 360)
        self.refill()

    def _refill_later(self, event) -> None:
        if getattr(event, "name", None) == "snapshots":
            self.refill()

    def refill(self) -> None:
        current = self.selected()
        self.list.clear()
        snapshots = self.host.session.journey.snapshots
        for snapshot in snapshots:
            plan = snapshot_plan_text(snapshot.data)  # the plan's state at that review
            item = QListWidgetItem(
                f"{snapshot.name}    {snapshot.date}" + (f"    {plan}" if plan else "")
            )
            item.setData(NAME_ROLE, snapshot.name)
            self.list.addItem(item)
            if snapshot.name == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        now = plan_status_text(self.host.session.journey)
        self.hint.setText(
            QCoreApplication.translate("Snapshots", "Snapshots are kept inside the map file.")
            + (f"\n{now}" if now else "")
            if snapshots
            else QCoreApplication.translate(
                "Snapshots",
                "No snapshots yet. Use File > Save Snapshot… to keep a copy of the map as it is now.",
            )
        )
        self._enable()

    def selected(self) -> str | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return item.data(NAME_ROLE) if item is not None else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        editable = not self.host.session.controller.read_only
        self.open_button.setEnabled(chosen)
        self.compare_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen and editable)
        self.delete_button.setEnabled(chosen and editable)

    def _act(self, action) -> None:
        name = self.selected()
        if name is not None:
            action(self.host, name)

    def _restore(self) -> None:
        name = self.selected()
        if name is not None and confirm_restore(self, name):
            restore_snapshot(self.host, name)

    def _delete(self) -> None:
        name = self.selected()
        if name is None:
            return
        self.host.session.push(
            delete_snapshot(self.host.session.journey, name),
            QCoreApplication.translate("Snapshots", "Delete snapshot “{name}”").format(name=name),
        )
