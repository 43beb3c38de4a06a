"""Fast capture: type what the room calls out, Enter puts a card in the chosen cell.

Click a cell (or move there with the arrow keys) and start typing: a capture box
opens at the bottom of the canvas. Enter adds the card and keeps the box open for
the next one; Tab / Shift+Tab move to the next / previous stage, Up / Down to the
channel above / below; pasting several lines makes one card per line; Esc closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from cjm_designer.model import Kind, Touchpoint, new_id
from cjm_designer.model.edits import CompositeEdit, InsertEntity

from ..chrome import FloatingPanel, set_role

if TYPE_CHECKING:
    from ..window_parts import WindowParts

MOVES = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


def cards_for_lines(journey, cell: tuple[str, str], text: str) -> tuple[CompositeEdit, list[str]]:
    """One new card per non-empty line of ``text`` at the end of ``cell``, as one edit."""
    stage_id, channel_id = cell
    taken = set(journey.ids())
    existing = journey.touchpoints_in(stage_id, channel_id)
    index = journey.index_of(Kind.TOUCHPOINT, existing[-1].id) + 1 if existing else None
    edits, created = [], []
    for line in text.splitlines():
        title = line.strip()
        if not title:
            continue
        card_id = new_id(title, taken, "touchpoint")
        taken.add(card_id)
        edits.append(
            InsertEntity(Kind.TOUCHPOINT, Touchpoint(card_id, stage_id, channel_id, title), index)
        )
        if index is not None:
            index += 1
        created.append(card_id)
    return CompositeEdit(edits), created


class CaptureEdit(QLineEdit):
    """The capture line: keeps Tab and the arrows for moving between cells."""

    def __init__(self, capture: Capture, parent: QWidget | None = None):
        super().__init__(parent)
        self.capture = capture

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.capture.submit()
        elif key == Qt.Key.Key_Tab:
            self.capture.move(1, 0)
        elif key == Qt.Key.Key_Backtab:
            self.capture.move(-1, 0)
        elif key in MOVES and (key in (Qt.Key.Key_Up, Qt.Key.Key_Down) or not self.text()):
            self.capture.move(*MOVES[Qt.Key(key)])
        elif key == Qt.Key.Key_Escape:
            self.capture.close()
        elif event.matches(QKeySequence.StandardKey.Paste) and self.capture.paste_lines():
            pass
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class CaptureBar(FloatingPanel):
    """The box at the bottom of the canvas: where the card goes, and the text."""

    def __init__(self, capture: Capture, parent: QWidget):
        super().__init__(parent, accent=True)
        self.setObjectName("captureBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.cell_label = QLabel()
        set_role(self.cell_label, "accent")
        self.edit = CaptureEdit(capture)
        self.edit.setPlaceholderText(
            QCoreApplication.translate(
                "Workshop", "Type a touchpoint, Enter to add, Tab for the next stage"
            )
        )
        self.edit.setMinimumWidth(360)
        layout.addWidget(self.cell_label)
        layout.addWidget(self.edit, 1)
        self.hide()


class Capture(QObject):
    """The capture cell, its cursor on the canvas, and the capture box."""

    def __init__(self, parts: WindowParts, decorations):
        super().__init__(parts.window)
        self.window = parts.window
        self.scene = parts.scene
        self.view = parts.view
        self.controller = parts.controller
        self.decorations = decorations
        self._bar: CaptureBar | None = None  # made when first opened (issue 19 start-up)
        self.viewport = self.view.viewport()  # see CanvasInput: safe while destroyed
        self.viewport.installEventFilter(self)
        self.view.installEventFilter(self)
        self.controller.documentReplaced.connect(lambda: self.set_cell(None))

    @property
    def bar(self) -> CaptureBar:
        """The capture box at the foot of the canvas, made the first time it is wanted."""
        if self._bar is None:
            self._bar = CaptureBar(self, self.view)
        return self._bar

    @property
    def cell(self) -> tuple[str, str] | None:
        return self.decorations.cursor_cell

    def set_cell(self, cell: tuple[str, str] | None, show: bool = True) -> None:
        journey = self.controller.journey
        if cell is not None and (cell[0] not in journey or cell[1] not in journey):
            cell = None
        self.decorations.set_cursor_cell(cell, show)
        if cell is not None:
            self.scene.current_cell = cell
            layout = self.scene.layout
            if layout is not None and cell in layout.cells:
                rect = layout.cells[cell]
                self.view.ensureVisible(rect.x, rect.y, min(rect.w, 400), min(rect.h, 300), 20, 20)
        self._show_cell()

    def _order(self) -> tuple[list[str], list[str]]:
        layout = self.scene.layout
        if layout is None:
            return [], []
        return [s.id for s in layout.stages], [lane.id for lane in layout.lanes]

    def move(self, d_stage: int, d_channel: int) -> None:
        """Move the capture cell; stops at the edges of the grid."""
        stages, lanes = self._order()
        if not stages or not lanes:
            return
        cell = self.cell or self.scene.current_cell
        if cell is None or cell[0] not in stages or cell[1] not in lanes:
            self.set_cell((stages[0], lanes[0]))
            return
        s = max(0, min(len(stages) - 1, stages.index(cell[0]) + d_stage))
        c = max(0, min(len(lanes) - 1, lanes.index(cell[1]) + d_channel))
        self.set_cell((stages[s], lanes[c]))

    # --- the box -----------------------------------------------------------------------------

    def open(self, text: str = "") -> bool:
        if self.cell is None:
            self.move(0, 0)
        if self.cell is None:
            return False
        self._show_cell()
        self._place()
        self.bar.show()
        self.bar.raise_()
        self.bar.edit.setText(text)
        self.bar.edit.setFocus()
        return True

    def close(self) -> None:
        self.bar.hide()
        self.view.setFocus()

    @property
    def is_open(self) -> bool:
        return self._bar is not None and self._bar.isVisible()

    def _place(self) -> None:
        viewport = self.view.viewport()
        width = min(720, viewport.width() - 40)
        self.bar.setFixedWidth(max(300, width))
        self.bar.adjustSize()
        x = (viewport.width() - self.bar.width()) // 2
        self.bar.move(max(0, x), viewport.height() - self.bar.height() - 18)

    def _show_cell(self) -> None:
        if self._bar is None:
            return  # the box shows the cell when it opens
        cell = self.cell
        journey = self.controller.journey
        if cell is None:
            self.bar.cell_label.setText("")
            return
        stage, channel = journey.get(cell[0]), journey.get(cell[1])
        self.bar.cell_label.setText(f"{stage.name} › {channel.name}")

    def submit(self) -> str:
        """Add the typed card to the capture cell; the box stays open for the next one."""
        text = self.bar.edit.text().strip()
        if not text or self.cell is None:
            return ""
        card_id = self.scene.session.add_touchpoint(*self.cell, title=text)
        if card_id:
            self.bar.edit.clear()
            self.decorations.set_cursor_cell(self.cell)
        self.bar.edit.setFocus()
        return card_id

    def paste_lines(self) -> bool:
        """Paste: several lines become several cards; one line is pasted as text."""
        text = QGuiApplication.clipboard().text()
        if "\n" not in text.strip() or self.cell is None:
            return False
        return bool(self.add_lines(text))

    def add_lines(self, text: str) -> list[str]:
        cell = self.cell
        if cell is None:
            return []
        edit, created = cards_for_lines(self.controller.journey, cell, text)
        count = len(created)  # a plain name: lupdate drops translate() calls with len()
        label = QCoreApplication.translate("Workshop", "Add %n touchpoint(s)", None, count)
        if not created or not self.controller.push(edit, label):
            return []
        self.controller.set_selection(created)
        return created

    # --- keys on the canvas ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.viewport:
            if kind == QEvent.Type.MouseButtonRelease:
                cell = self.scene.current_cell
                if cell is not None and cell != self.cell:
                    # A click on a card moves the capture cell there but draws no cursor.
                    self.set_cell(cell, show=not self.controller.selection)
            elif kind == QEvent.Type.Resize and self.is_open:
                self._place()
            return False
        if watched is not self.view or kind != QEvent.Type.KeyPress:
            return False
        return self._canvas_key(event)

    def _canvas_key(self, event: QKeyEvent) -> bool:
        if self.scene.focusItem() is not None or self.scene.interaction is not None:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if modifiers == Qt.KeyboardModifier.NoModifier and key in MOVES:
            self.move(*MOVES[Qt.Key(key)])
        elif modifiers == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Tab:
            self.move(1, 0)
        elif key == Qt.Key.Key_Backtab:
            self.move(-1, 0)
        elif (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and modifiers == Qt.KeyboardModifier.NoModifier
        ):
            return self.open()
        elif self._starts_text(event, modifiers):
            return self.open(event.text())
        else:
            return False
        return True

    def _starts_text(self, event: QKeyEvent, modifiers) -> bool:
        text = event.text()
        if not text or not text.isprintable() or text.isspace():
            return False
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        if text in "+=-" and self.controller.selection:
            return False  # votes on the selected cards
        return self.cell is not None
