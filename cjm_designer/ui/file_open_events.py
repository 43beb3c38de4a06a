"""Maps handed to the running program by the system: Finder double-click, Open With, Dock.

macOS does not start a program with the file as an argument: it sends an "open
documents" Apple Event, which Qt turns into a ``QFileOpenEvent`` on the application, at
launch and again whenever the user opens another map while the program runs. (The
frozen bundle's ``argv_emulation`` also turns the very first event into an argument, so
both ways end here or in the command line.)

A map goes to the window that already shows it (raised), else to an untouched new map
(no file, no edits), else to a new window of its own: opening a second map never asks
to save or close the first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid


class FileOpenHandler(QObject):
    """Application-wide event filter that opens the files of ``QFileOpenEvent``s."""

    def __init__(
        self,
        app: QApplication,
        window_type: type,
        new_window: Callable[[], Any],
        first_window=None,
    ) -> None:
        """``window_type`` is the document window's class and ``new_window`` makes one:
        both come from the caller, so this module does not import the main window (ui/
        modules never do; it would be an import cycle)."""
        super().__init__(app)
        self.window_type = window_type
        self.new_window = new_window
        # The first window counts before it is shown: the launch event may come first.
        self.first_window = first_window
        self.opened: list[Path] = []  # what was opened, for the log and tests
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        path = event.file() or event.url().toLocalFile()
        if not path:
            return False
        # Opening may show a dialog (lock, bad file): not from inside an event filter.
        QTimer.singleShot(0, self, lambda: self.open(path))
        return True

    def open(self, path: str | Path):
        """Show ``path`` in the right window; returns that window (None if it failed)."""
        from .app import show_settled

        target = Path(path).absolute()
        windows = main_windows(self.window_type)
        first = self.first_window
        if first is not None and first not in windows and isValid(first) and not first.isVisible():
            windows.append(first)
        for window in windows:
            current = window.document_path()
            if current is not None and Path(current).absolute() == target:
                _bring_forward(window)
                return window
        pristine = [
            window
            for window in windows
            if window.document_path() is None and not window.has_unsaved_changes()
        ]
        if pristine:
            window = pristine[0]
            if not window.load(target):
                return None
            _bring_forward(window)
            self.opened.append(target)
            return window
        window = self.new_window()
        if not window.load(target):
            window.deleteLater()
            return None
        show_settled(QApplication.instance(), window)
        _bring_forward(window)
        self.opened.append(target)
        return window


def main_windows(window_type: type) -> list:
    """The document windows that are open, most recently active first."""
    active = QApplication.activeWindow()
    found = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, window_type) and widget.isVisible()
    ]
    found.sort(key=lambda widget: widget is not active)
    return found


def _bring_forward(window) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


def install(
    app: QApplication, window_type: type, new_window: Callable[[], Any], first_window=None
) -> FileOpenHandler:
    """Once per application, before the event loop runs (the launch event comes early)."""
    existing = app.findChild(FileOpenHandler)
    if existing is not None:
        return existing
    return FileOpenHandler(app, window_type, new_window, first_window)
