"""Editing a card title, stage name or channel name in place on the canvas.

Enter commits, Shift+Enter is ignored (titles are one line), Esc cancels, clicking
elsewhere commits. The editor is a QGraphicsTextItem, so any keyboard layout and input
method (Cyrillic, Finnish, CJK) types as in any Qt text field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from .. import script_fonts
from . import style
from .items import Z_EDITOR


class InlineEditor(QGraphicsTextItem):
    """A one-shot text editor over an item; calls ``on_done(text or None)`` exactly once."""

    def __init__(self, text: str, rect: QRectF, font: QFont, on_done: Callable[[str | None], None]):
        super().__init__(text)
        self.entity_id = ""
        self._on_done = on_done
        self._finished = False
        self._min_height = rect.height()
        self.setFont(font)
        self.setDefaultTextColor(style.HEADER_TEXT)
        self.document().setDocumentMargin(2)
        self.setTextWidth(max(rect.width(), 40))
        self.setPos(rect.x() - 2, rect.y() - 2)
        self.setZValue(Z_EDITOR)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)

    def begin(self) -> None:
        """Take keyboard focus with the whole text selected, ready to be typed over."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)  # QTextCursor's enums: not at start-up
        self.setTextCursor(cursor)

    @property
    def finished(self) -> bool:
        return self._finished

    def commit(self) -> None:
        self._finish(" ".join(self.toPlainText().split()))

    def cancel(self) -> None:
        self._finish(None)

    def _finish(self, value: str | None) -> None:
        if self._finished:
            return
        self._finished = True
        scene = self.scene()
        self.clearFocus()
        if scene is not None:
            scene.removeItem(self)
        self._on_done(value)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)
        if event.text() and script_fonts.ensure_fonts_for([event.text()]):
            document = self.document()  # typed before its font was there: shape again
            document.markContentsDirty(0, document.characterCount())

    def inputMethodEvent(self, event) -> None:
        super().inputMethodEvent(event)
        if event.commitString() and script_fonts.ensure_fonts_for([event.commitString()]):
            document = self.document()
            document.markContentsDirty(0, document.characterCount())

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if not self._finished and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        return rect.adjusted(0, 0, 0, max(0.0, self._min_height + 4 - rect.height()))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box = self.boundingRect()
        painter.fillRect(box, QColor("#ffffff"))
        painter.setPen(QPen(style.SELECTION, 1.5))
        painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))
        from PySide6.QtWidgets import QStyle  # while editing, not at start-up

        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain, widget)
