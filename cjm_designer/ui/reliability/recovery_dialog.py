"""The start-up dialog: documents a crashed session left unsaved, and what to do with each.

Each row shows the map's title, its file (or "untitled") and when the copy was written;
the user picks Restore, Discard or Later per row. :func:`ask_recovery` is the only
entry point, so tests replace it instead of clicking.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .recovery import RecoveredDocument


class RecoveryChoice(StrEnum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


def describe_time(when: datetime | None) -> str:
    if when is None:
        return QCoreApplication.translate("RecoveryDialog", "unknown time")
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def describe_file(doc: RecoveredDocument) -> str:
    if doc.original_path is None:
        return QCoreApplication.translate("RecoveryDialog", "never saved (untitled)")
    return str(doc.original_path)


class RecoveryDialog(QDialog):
    """One row per recovered document with a Restore / Discard / Later choice."""

    def __init__(self, docs: list[RecoveredDocument], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.docs = docs
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "CJM Designer did not close normally last time. These maps had changes "
                "that were not saved; choose what to do with each. "
                "'Later' keeps the copy and asks again at the next start."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Map"), self.tr("File"), self.tr("Unsaved copy from"), self.tr("Action")]
        )
        self.combos: list[QComboBox] = []
        for doc in docs:
            title = doc.title or (
                doc.original_path.name if doc.original_path else self.tr("Untitled")
            )
            item = QTreeWidgetItem([title, describe_file(doc), describe_time(doc.saved_at), ""])
            if doc.error:
                item.setToolTip(0, doc.error)
            self.table.addTopLevelItem(item)
            combo = QComboBox()
            combo.addItem(self.tr("Restore"), RecoveryChoice.RESTORE.value)
            combo.addItem(self.tr("Discard"), RecoveryChoice.DISCARD.value)
            combo.addItem(self.tr("Later"), RecoveryChoice.LATER.value)
            if doc.error:  # an unreadable copy cannot be restored
                model = combo.model()
                if isinstance(model, QStandardItemModel):  # a combo box's own model
                    first = model.item(0)
                    if first is not None:
                        first.setEnabled(False)
                combo.setCurrentIndex(2)
            self.table.setItemWidget(item, 3, combo)
            self.combos.append(combo)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self._fit_columns()
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def _fit_columns(self) -> None:
        """Map, time and action as wide as their text: the tryout saw "2026-12-03 13:…"
        and a cut title beside a half-width Action column. The file path takes what is
        left, shortened in the middle (its folder's start and its name stay), and the
        dialog grows to show all of it when the screen allows."""
        table, header = self.table, self.table.header()
        header.setStretchLastSection(False)
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, fit)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        wanted = sum(
            max(table.sizeHintForColumn(column), header.sectionSizeHint(column)) + 12
            for column in range(table.columnCount())
        )
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        box = self.layout()
        margins = box.contentsMargins() if box is not None else None
        width = wanted + frame + (margins.left() + margins.right() if margins else 22)
        screen = self.screen().availableGeometry() if self.screen() else None
        limit = int(screen.width() * 0.9) if screen is not None else 1200
        rows = max(1, table.topLevelItemCount())
        row_height = max(table.sizeHintForRow(0), 24) if table.topLevelItemCount() else 24
        table.setMinimumHeight(header.sizeHint().height() + min(rows, 8) * row_height + 8)
        self.resize(max(560, min(width, limit)), self.sizeHint().height())

    def choices(self) -> dict[str, RecoveryChoice]:
        return {
            doc.name: RecoveryChoice(combo.currentData())
            for doc, combo in zip(self.docs, self.combos, strict=True)
        }


def ask_recovery(
    parent: QWidget | None, docs: list[RecoveredDocument]
) -> dict[str, RecoveryChoice]:
    """Ask the user; closing the dialog without OK means 'Later' for every copy."""
    dialog = RecoveryDialog(docs, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return {doc.name: RecoveryChoice.LATER for doc in docs}
    return dialog.choices()
