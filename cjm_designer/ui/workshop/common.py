"""Small shared helpers of the workshop features: author, today, focus, timer, docks."""

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
    QVBoxLayout,
    QWidget,
)

from ..docks.lazy import LazyDock, scrolling

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
    from PySide6.QtWidgets import QTextEdit  # here: its class's enums cost start-up time

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


class WorkshopDock(LazyDock):
    """A workshop dock on the window's document, refreshed once per burst of map edits.

    A new document calls :meth:`document_replaced`, which refreshes; docks that follow
    the selection start again from an empty one instead.
    """

    def __init__(self, title: str, name: str, controller, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.setObjectName(name)
        self.controller = controller
        self._timer = refresh_timer(self, self.refresh)
        controller.mapChanged.connect(lambda _edit: self._timer.start())
        controller.documentReplaced.connect(self.document_replaced)

    def refresh(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must show the map in refresh()")

    def document_replaced(self) -> None:
        self.refresh()
