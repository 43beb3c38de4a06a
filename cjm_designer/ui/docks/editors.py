"""Small field editors for the Properties dock, all with one protocol.

Each editor emits ``valueEdited(value)`` only for user edits and offers
``set_value(value)``, which does nothing when the widget already shows that value.
That is what keeps the cursor where it is while the user types: the model echoes the
edit back, the editor sees the same value, and leaves the text alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cjm_designer.messages import Message, localize, reason_of

from ..chrome import show_invalid

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidgetItem

# The item and header classes are imported where the checklists and tables are made: the
# first window shows neither, and their classes' enums cost start-up time.


class _DocumentUndoFilter(QObject):
    """Let Ctrl+Z / Ctrl+Shift+Z reach the document's undo stack, not the widget's own.

    Every keystroke is already an undoable document edit; a second, private undo
    history inside a line edit would disagree with it.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.ignore()
            return True
        return False


_UNDO_FILTER = _DocumentUndoFilter()


def route_undo_to_document(widget: QWidget) -> None:
    widget.installEventFilter(_UNDO_FILTER)


def _set_invalid(widget: QWidget, invalid: bool, message: str = "") -> None:
    if bool(widget.property("invalid")) != invalid:
        show_invalid(widget, invalid)
    widget.setToolTip(message)


class LineEditor(QLineEdit):
    """One line of text. ``parse`` may turn it into another value or raise ValueError."""

    valueEdited = Signal(object)

    def __init__(
        self,
        parse: Callable[[str], Any] = str,
        show: Callable[[Any], str] = lambda value: "" if value is None else str(value),
        placeholder: str = "",
    ):
        super().__init__()
        self._parse, self._show = parse, show
        self.setPlaceholderText(placeholder)
        route_undo_to_document(self)
        self.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        try:
            value = self._parse(text)
        except ValueError as error:
            _set_invalid(self, True, localize(reason_of(error)))
            return
        _set_invalid(self, False)
        self.valueEdited.emit(value)

    def value(self) -> Any:
        return self._parse(self.text())

    def set_value(self, value: Any) -> None:
        try:
            if self.text() and self.value() == value:
                return
        except ValueError:
            if self.hasFocus():
                return
        text = self._show(value)
        if text != self.text():
            position = self.cursorPosition()
            self.setText(text)
            self.setCursorPosition(min(position, len(text)))
        _set_invalid(self, False)


class TextEditor(QPlainTextEdit):
    """Several lines of text; with ``as_lines`` the value is a tuple of non-empty lines."""

    valueEdited = Signal(object)

    def __init__(self, as_lines: bool = False, placeholder: str = "", lines: int = 3):
        super().__init__()
        self.as_lines = as_lines
        self._setting = False
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        height = self.fontMetrics().lineSpacing() * lines + 12
        self.setFixedHeight(height)
        route_undo_to_document(self)
        self.textChanged.connect(self._edited)

    def value(self) -> Any:
        text = self.toPlainText()
        if self.as_lines:
            return tuple(line.strip() for line in text.splitlines() if line.strip())
        return text

    def _edited(self) -> None:
        if not self._setting:
            self.valueEdited.emit(self.value())

    def set_value(self, value: Any) -> None:
        if self.value() == (tuple(value) if self.as_lines else value):
            return
        text = "\n".join(value) if self.as_lines else value
        # An empty field's cursor is at its start, where setPlainText leaves it: no need
        # to ask for the cursor (its class's enums cost the first window's fields time).
        was_empty = not self.toPlainText()
        position = 0 if was_empty else self.textCursor().position()
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False
        if was_empty:
            return
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)


class SpinEditor(QSpinBox):
    """A whole number; with ``optional`` the lowest position means "not set" (None)."""

    valueEdited = Signal(object)

    def __init__(self, low: int, high: int, optional: bool = False, none_text: str = "—"):
        super().__init__()
        self.optional = optional
        self._setting = False
        self.setRange(low - 1 if optional else low, high)
        if optional:
            self.setSpecialValueText(none_text)
        self.setKeyboardTracking(True)
        route_undo_to_document(self)
        self.valueChanged.connect(self._edited)

    def _edited(self, _number: int) -> None:
        if not self._setting:
            self.valueEdited.emit(self.current())

    def current(self) -> int | None:
        if self.optional and self.value() == self.minimum():
            return None
        return self.value()

    def set_value(self, value: int | None) -> None:
        if value == self.current():
            return
        self._setting = True
        try:
            self.setValue(self.minimum() if value is None else int(value))
        finally:
            self._setting = False


class ProbabilityEditor(QDoubleSpinBox):
    """A probability 0..1 shown as a percentage; the lowest position means "not given"."""

    valueEdited = Signal(object)

    def __init__(self, none_text: str = "—"):
        super().__init__()
        self._setting = False
        self.setDecimals(0)
        self.setRange(-1, 100)
        self.setSingleStep(5)
        self.setSuffix(" %")
        self.setSpecialValueText(none_text)
        route_undo_to_document(self)
        self.valueChanged.connect(self._edited)

    def current(self) -> float | None:
        return None if self.value() < 0 else round(self.value() / 100, 4)

    def _edited(self, _value: float) -> None:
        if not self._setting:
            self.valueEdited.emit(self.current())

    def set_value(self, value: float | None) -> None:
        if value == self.current():
            return
        self._setting = True
        try:
            self.setValue(-1 if value is None else round(value * 100))
        finally:
            self._setting = False


class ComboEditor(QComboBox):
    """A choice among (label, value) pairs, e.g. an enum or the stages of the map."""

    valueEdited = Signal(object)

    def __init__(self, choices: Sequence[tuple[str, Any]]):
        super().__init__()
        for label, value in choices:
            self.addItem(label, value)
        self.activated.connect(lambda index: self.valueEdited.emit(self.itemData(index)))

    def set_value(self, value: Any) -> None:
        for index in range(self.count()):
            if self.itemData(index) == value:
                self.setCurrentIndex(index)
                return
        self.setCurrentIndex(-1)


class ChecklistEditor(QListWidget):
    """Pick several ids (personas, scenarios); none checked means "all of them"."""

    valueEdited = Signal(object)

    def __init__(self, choices: Sequence[tuple[str, str]]):
        from PySide6.QtWidgets import QListWidgetItem

        super().__init__()
        self._setting = False
        for label, value in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        rows = max(1, min(self.count(), 5))
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 8 if self.count() else 28)
        self.itemChanged.connect(self._edited)

    def current(self) -> tuple[str, ...]:
        return tuple(
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def _edited(self, _item: QListWidgetItem) -> None:
        if not self._setting:
            self.valueEdited.emit(self.current())

    def set_value(self, value: Sequence[str]) -> None:
        wanted = set(value)
        self._setting = True
        try:
            for row in range(self.count()):
                item = self.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in wanted
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
        finally:
            self._setting = False


class ColorEditor(QWidget):
    """A ``#rrggbb`` colour typed or picked; empty means the default colour."""

    valueEdited = Signal(object)

    def __init__(self, placeholder: str = ""):
        super().__init__()
        self.line = LineEditor(parse=self._parse, placeholder=placeholder)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.clicked.connect(self._pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.line.valueEdited.connect(self._emit)

    @staticmethod
    def _parse(text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        if not QColor.isValidColorName(text) or not text.startswith("#") or len(text) != 7:
            raise ValueError(Message("ui.bad-colour"))
        return text.lower()

    def _emit(self, value: str | None) -> None:
        self._swatch(value)
        self.valueEdited.emit(value)

    def _pick(self) -> None:
        start = QColor(self.line.text()) if self.line.text() else QColor("#ffffff")
        from PySide6.QtWidgets import QColorDialog  # here: its enums cost start-up time

        colour = QColorDialog.getColor(start, self)
        if colour.isValid():
            self.set_value(colour.name())
            self._emit(colour.name())

    def _swatch(self, value: str | None) -> None:
        style = f"background: {value};" if value else ""
        self.button.setStyleSheet(style)

    def set_value(self, value: str | None) -> None:
        self.line.set_value(value)
        self._swatch(value)


class TableEditor(QWidget):
    """Rows of a small record type (KPIs, actions, pains): edit cells, add, remove.

    ``to_cells`` turns a record into column strings, ``from_cells`` back; rows whose
    cells are all empty are dropped from the value.
    """

    valueEdited = Signal(object)

    def __init__(
        self,
        headers: Sequence[str],
        to_cells: Callable[[Any], Sequence[str]],
        from_cells: Callable[[Sequence[str]], Any],
        add_text: str,
        remove_text: str,
    ):
        from PySide6.QtWidgets import QHeaderView  # here: see the note above the classes

        super().__init__()
        self._to_cells, self._from_cells = to_cells, from_cells
        self._setting = False
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.cellChanged.connect(self._edited)
        add, remove = QToolButton(), QToolButton()
        add.setText(add_text)
        remove.setText(remove_text)
        add.clicked.connect(self._add_row)
        remove.clicked.connect(self._remove_rows)
        self.add_button, self.remove_button = add, remove
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = max(self.table.rowCount(), 1)
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(min(rows, 8) * row_height + header + 6)

    def rows(self) -> list[list[str]]:
        result = []
        for row in range(self.table.rowCount()):
            cells = []
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                cells.append(item.text().strip() if item else "")
            result.append(cells)
        return result

    def current(self) -> tuple:
        return tuple(self._from_cells(cells) for cells in self.rows() if any(cells))

    def _edited(self, _row: int, _column: int) -> None:
        if not self._setting:
            self.valueEdited.emit(self.current())

    def _add_row(self) -> None:
        """Append an empty row (not yet part of the value) and start editing its first cell."""
        from PySide6.QtWidgets import QTableWidgetItem

        self._setting = True
        try:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column in range(self.table.columnCount()):
                self.table.setItem(row, column, QTableWidgetItem(""))
        finally:
            self._setting = False
        self._fit_height()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def _remove_rows(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        if not rows:
            return
        self._setting = True
        try:
            for row in rows:
                self.table.removeRow(row)
        finally:
            self._setting = False
        self._fit_height()
        self.valueEdited.emit(self.current())

    def set_value(self, value: Sequence[Any]) -> None:
        wanted = [[str(text).strip() for text in self._to_cells(record)] for record in value]
        if wanted == [cells for cells in self.rows() if any(cells)]:
            return
        from PySide6.QtWidgets import QTableWidgetItem

        self._setting = True
        try:
            self.table.setRowCount(0)
            for record in value:
                row = self.table.rowCount()
                self.table.insertRow(row)
                for column, text in enumerate(self._to_cells(record)):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    self.table.setItem(row, column, item)
        finally:
            self._setting = False
        self._fit_height()
