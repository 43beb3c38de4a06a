"""Small shared helpers of the workshop features: translation, author, today, focus."""

from __future__ import annotations

import getpass
from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

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
