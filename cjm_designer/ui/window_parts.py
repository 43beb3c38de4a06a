"""What a feature installed on a document window gets instead of the window itself.

The workshop tools, the plan, the room, the exports and the reliability guard used to
take the main window and read what they needed off it (``window.controller``,
``window.scene``, ``window.workshop.presentation`` ...): the window was a service
locator, and every feature depended on the order the window built the others in.
They now get a :class:`WindowParts`: the window only as a ``QMainWindow`` (the parent
of their dialogs and docks; its menu bar, status bar and shortcuts), the editing
session, and the canvas scene and view. Anything else (a dock to sit beside, another
feature) is a named argument of their installer. ``tests/core/test_architecture.py``
fails when a ui module reads the main window's parts again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from .canvas.scene import MapScene
    from .canvas.view import MapView
    from .controller import DocumentController
    from .session import EditingSession


def _never() -> bool:
    return False


@dataclass(frozen=True, eq=False)
class WindowParts:
    """One document window's shared parts, handed to the features installed on it."""

    window: QMainWindow
    """Parent of dialogs and docks; its menu bar, status bar and window-wide shortcuts."""
    session: EditingSession
    scene: MapScene
    view: MapView
    board_only: Callable[[], bool] = _never
    """True while the window shows only the map (presentation or board mode)."""

    @property
    def controller(self) -> DocumentController:
        return self.session.controller

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        """A message in the window's status bar."""
        self.window.statusBar().showMessage(text, timeout_ms)
