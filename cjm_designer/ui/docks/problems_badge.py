"""The Problems badge in the status bar: a count that opens the Problems panel.

A permanent list of findings under the map reads as an alarm to a client watching the
projector, and most findings are hints for later. The panel starts closed; the badge
shows how many errors and warnings there are (hints only in its tooltip), in red for
errors, and opens or closes the panel on a click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QToolButton

from .problems import ProblemsDock

ERROR_STYLE = "QToolButton { color: #b42318; font-weight: bold; }"
WARNING_STYLE = "QToolButton { color: #8a5a00; }"
PANEL_SHARE = 0.28
"""Of the window's height, the list's first height: about eight findings at 1280x720."""
PANEL_MIN_HEIGHT = 160


class ProblemsBadge(QToolButton):
    """A flat status-bar button: "2 problems" / "No problems"; click toggles the panel."""

    def __init__(self, dock: ProblemsDock, parent=None):
        super().__init__(parent)
        self.setObjectName("problemsBadge")
        self.dock = dock
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.opened_panel = False
        """The panel is open because of a click here (the next start leaves it closed)."""
        self._sized = False
        self.clicked.connect(self.toggle_panel)
        dock.toggleViewAction().triggered.connect(self._user_toggled)
        dock.changed.connect(self.refresh)
        self.refresh()

    def toggle_panel(self) -> None:
        """Close the panel when it is in front; else bring it forward, also from behind
        another panel's tab (Analysis), which would otherwise close it unseen."""
        if not self.dock.isHidden() and not self.dock.visibleRegion().isEmpty():
            self.dock.hide()
            self.opened_panel = False
        else:
            self.opened_panel = self.opened_panel or self.dock.isHidden()
            self.dock.show()
            self.dock.raise_()
            self._size_on_first_open()

    def _size_on_first_open(self) -> None:
        """The first time, a quarter of the window: the 90 px it had from start-up showed
        three rows of the list on a 1280x720 projector (a later size is the user's)."""
        window = self.dock.parentWidget()
        if self._sized or not isinstance(window, QMainWindow) or self.dock.isFloating():
            return
        self._sized = True
        height = max(PANEL_MIN_HEIGHT, int(window.height() * PANEL_SHARE))
        window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)

    def _user_toggled(self, _checked: bool) -> None:
        self.opened_panel = False  # opened or closed in View > Panels: the user's layout

    def refresh(self) -> None:
        counts = self.dock.counts()
        errors, warnings, hints = counts["error"], counts["warning"], counts["info"]
        serious = errors + warnings
        if serious:
            text = QCoreApplication.translate("ProblemsBadge", "⚠ %n problem(s)", None, serious)
        else:
            text = QCoreApplication.translate("ProblemsBadge", "✓ No problems")
        self.setText(text)
        self.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE if warnings else "")
        tip = QCoreApplication.translate(
            "ProblemsBadge", "Errors: {errors} · warnings: {warnings} · hints: {hints}"
        ).format(errors=errors, warnings=warnings, hints=hints)
        self.setToolTip(
            tip + "\n" + QCoreApplication.translate("ProblemsBadge", "Click to show the list")
        )
        self.setAccessibleName(text)
