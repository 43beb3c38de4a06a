"""Small shared helpers of the workshop features: author, today, focus, timer, dock body."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..docks.lazy import scrolling

AUTHOR_KEY = "workshop/author"


def author_name() -> str:
    """Who writes a comment or a revision: the setting if given, else the OS user name."""
    value = QSettings().value(AUTHOR_KEY, "")
    if isinstance(value, str) and value.strip():
        return value.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def today() -> str:
    return date.today().isoformat()


def typing_in_text_field() -> bool:
    """True while the keyboard focus is in a field that takes typed text."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox)


def refresh_timer(parent: QObject, slot: Callable[[], None]) -> QTimer:
    """A zero-delay single-shot timer: a burst of map edits in one turn calls ``slot`` once."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(slot)
    return timer


def dock_body() -> tuple[QWidget, QVBoxLayout]:
    """A workshop dock's content widget (scrolling, see ``docks.lazy.scrolling``) and its
    column, with the docks' narrow margins."""
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(4, 4, 4, 4)
    return scrolling(body), layout
