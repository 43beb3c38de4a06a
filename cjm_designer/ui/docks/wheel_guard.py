"""The mouse wheel scrolls a panel; it never changes a field the user did not pick.

Qt lets the wheel change any combo box or spin box under the pointer, focused or not:
scrolling down the Properties panel over a card's Channel moved the card to another
lane. The guard sits on every widget of a panel (new ones included, through ChildAdded)
and hands a wheel over an unfocused combo or spin box to the scroll area around it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """Install with :meth:`guard` on a panel's root widget."""

    def guard(self, root: QWidget) -> None:
        for widget in (root, *root.findChildren(QWidget)):
            widget.installEventFilter(self)
            if isinstance(widget, GUARDED) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                # Qt's default for these: a wheel turn focuses them, then changes them.
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildAdded:
            child = event.child()
            if child is not None and child.isWidgetType():
                self.guard(child)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, GUARDED):
            return False
        if watched.hasFocus():
            return False  # picked on purpose: the wheel steps through its values
        scroll = _scroll_area_around(watched)
        if scroll is not None:
            QApplication.sendEvent(scroll.viewport(), event)
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(
            parent.parentWidget(), GUARDED
        ):
            return parent
        parent = parent.parentWidget()
    return None
