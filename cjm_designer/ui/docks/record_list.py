"""A list of small records (a card's actions, pains, opportunities) with a form below.

A five-column table in a 360-pixel dock cut every cell to "Ищет ..."; here each record
is one word-wrapped line of the list ("Маркетолог — Публикует статьи о питании..."),
and the selected one is edited in a full-width form underneath. The editor follows the
protocol of ``editors.py`` (``valueEdited`` for user edits, ``set_value`` that leaves an
editor alone when it already shows the value) and says how the Properties dock should
record each change: ``merge_suffix`` ("2.text") so a burst of typing in one field of one
record is one undo step, or ``None`` for add / remove / move, each its own step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cjm_designer.model.records import Record, record

MAX_VISIBLE_ROWS = 7
ROW_PADDING = 8


@record(slots=False)
class RecordField(Record):
    """One attribute of the record and the editor (from ``editors.py``) that changes it."""

    name: str
    label: str
    make: Callable[[], QWidget]


@record(slots=False)
class RecordTexts(Record):
    """The translated words of the editor, given by the dock (its translation context)."""

    add: str
    remove: str
    up: str
    down: str
    add_undo: str
    remove_undo: str
    move_undo: str
    edit_undo: str


class RecordListEditor(QWidget):
    """Rows of records, each shown in full; the current one is edited in the form below."""

    valueEdited = Signal(object)

    def __init__(
        self,
        fields: Sequence[RecordField],
        summary: Callable[[Any], str],
        new_record: Callable[[], Any],
        texts: RecordTexts,
    ):
        super().__init__()
        self._summary, self._new_record, self.texts = summary, new_record, texts
        self._records: tuple = ()
        self._row = -1
        self._wanted_row: int | None = None
        self.merge_suffix: str | None = ""
        self.undo_text = texts.edit_undo

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(self._current_changed)

        self.add_button = self._button("+", texts.add, self._add)
        self.remove_button = self._button("−", texts.remove, self._remove)
        self.up_button = self._button("↑", texts.up, lambda: self._move(-1))
        self.down_button = self._button("↓", texts.down, lambda: self._move(1))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setText(texts.add)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.form_box = QWidget()
        self.form = QFormLayout(self.form_box)
        self.form.setContentsMargins(12, 4, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.editors: dict[str, QWidget] = {}
        for spec in fields:
            editor = spec.make()
            self.editors[spec.name] = editor
            self.form.addRow(spec.label, editor)
            editor.valueEdited.connect(lambda value, s=spec: self._field_edited(s, value))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.form_box)
        self._sync_list()

    def _button(self, symbol: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(symbol)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # --- the value ------------------------------------------------------------------

    def current(self) -> tuple:
        return self._records

    def current_row(self) -> int:
        return self._row

    def set_value(self, value: Sequence[Any]) -> None:
        value = tuple(value)
        wanted, self._wanted_row = self._wanted_row, None
        if value == self._records and wanted is None:
            return
        self._records = value
        if wanted is not None:
            self._row = wanted
        self._row = min(self._row, len(value) - 1)
        if self._row < 0 and value:
            self._row = 0
        self._sync_list()

    def _emit(self, records: tuple, suffix: str | None, text: str, row: int | None) -> None:
        self.merge_suffix, self.undo_text = suffix, text
        self._wanted_row = row
        self.valueEdited.emit(records)
        self._wanted_row = None

    # --- user actions ---------------------------------------------------------------

    def _field_edited(self, spec: RecordField, value: Any) -> None:
        row = self._row
        if not 0 <= row < len(self._records):
            return
        record = replace(self._records[row], **{spec.name: value})
        records = (*self._records[:row], record, *self._records[row + 1 :])
        self._emit(records, f"{row}.{spec.name}", self.texts.edit_undo, row)

    def _add(self) -> None:
        records = (*self._records, self._new_record())
        self._emit(records, None, self.texts.add_undo, len(records) - 1)
        first = next(iter(self.editors.values()), None)
        if first is not None and first.isEnabled():
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self) -> None:
        row = self._row
        if not 0 <= row < len(self._records):
            return
        records = (*self._records[:row], *self._records[row + 1 :])
        self._emit(records, None, self.texts.remove_undo, min(row, len(records) - 1))

    def _move(self, step: int) -> None:
        row, target = self._row, self._row + step
        if not (0 <= row < len(self._records) and 0 <= target < len(self._records)):
            return
        records = list(self._records)
        records[row], records[target] = records[target], records[row]
        self._emit(tuple(records), None, self.texts.move_undo, target)

    def _current_changed(self, row: int) -> None:
        if row != self._row and 0 <= row < len(self._records):
            self._row = row
            self._load_form()
            self._enable()

    # --- showing --------------------------------------------------------------------

    def _sync_list(self) -> None:
        lst = self.list
        lst.blockSignals(True)
        try:
            while lst.count() > len(self._records):
                lst.takeItem(lst.count() - 1)
            while lst.count() < len(self._records):
                lst.addItem(QListWidgetItem())
            for row, record in enumerate(self._records):
                item = lst.item(row)
                text = self._summary(record)
                if item.text() != text:
                    item.setText(text)
            lst.setCurrentRow(self._row)
        finally:
            lst.blockSignals(False)
        self._fit_height()
        self._load_form()
        self._enable()

    def _load_form(self) -> None:
        record = self._records[self._row] if 0 <= self._row < len(self._records) else None
        for name, editor in self.editors.items():
            if record is not None:
                editor.set_value(getattr(record, name))

    def _enable(self) -> None:
        has = 0 <= self._row < len(self._records)
        self.form_box.setEnabled(has)
        self.form_box.setVisible(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and self._row > 0)
        self.down_button.setEnabled(has and self._row < len(self._records) - 1)

    def _fit_height(self) -> None:
        """As tall as the wrapped rows (up to MAX_VISIBLE_ROWS), so nothing hides in a scroll.

        Measured from the text at the list's width: the view's own size hints are not
        ready before it has been laid out once, which is exactly when this runs.
        """
        lst = self.list
        frame = 2 * lst.frameWidth()
        width = (lst.width() if lst.isVisible() else self.width()) - frame - 12
        metrics = lst.fontMetrics()
        height = 0
        for row in range(min(lst.count(), MAX_VISIBLE_ROWS)):
            rect = metrics.boundingRect(
                QRect(0, 0, max(width, 60), 100_000), Qt.TextFlag.TextWordWrap, lst.item(row).text()
            )
            height += rect.height() + ROW_PADDING
        lst.setFixedHeight(max(height, metrics.lineSpacing() + ROW_PADDING) + frame + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 320), hint.height())
