"""AltGr characters win over Ctrl+Alt shortcuts while the user types (Windows).

Windows reports the AltGr key as Ctrl+Alt, so on a Finnish, Swedish or German keyboard
typing @ { [ ] } \\ € into a card is Ctrl+Alt+2/7/8/9/0/+/E to Qt. The window's Ctrl+Alt
shortcuts (dock toggles, workshop tools, copy picture) would swallow those characters.
While a text field has the focus and the key produces a printable character, the
character is typed instead: Qt asks the focused object first with a ShortcutOverride
event, and accepting it cancels the shortcut. A Ctrl+Alt key that produces no character
(a US keyboard) still triggers its shortcut, and outside text fields nothing changes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def altgr_is_ctrl_alt(platform: str | None = None) -> bool:
    """Only Windows merges AltGr into Ctrl+Alt (X11 and Wayland send Level3 Shift, macOS
    has Option)."""
    return (platform or sys.platform) == "win32"


def takes_text(widget: QObject | None) -> bool:
    """True for a focused object the user is typing into."""
    # Imported here (Windows key presses only): their classes' enums cost start-up time.
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QComboBox,
        QGraphicsTextItem,
        QGraphicsView,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return not getattr(widget, "isReadOnly", lambda: False)()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        item = widget.scene().focusItem()
        return isinstance(item, QGraphicsTextItem) and bool(
            item.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable
        )
    return False


def is_altgr_character(event: QKeyEvent) -> bool:
    modifiers = event.modifiers()
    if (modifiers & _CTRL_ALT) != _CTRL_ALT:
        return False
    text = event.text()
    return len(text) == 1 and text.isprintable() and not text.isspace()


class AltGrTextGuard(QObject):
    """Application-wide filter: accept ShortcutOverride for AltGr characters in text fields."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and is_altgr_character(event)
            and takes_text(watched)
        ):
            event.accept()  # "the focused widget wants this key": no shortcut fires
            return True
        return False


def install(app: QApplication, platform: str | None = None) -> AltGrTextGuard | None:
    """Once per application, on Windows."""
    if not altgr_is_ctrl_alt(platform):
        return None
    existing = app.findChild(AltGrTextGuard)
    if existing is not None:
        return existing
    guard = AltGrTextGuard(app)
    app.installEventFilter(guard)
    return guard
