"""The mouse wheel scrolls; it never changes a field the user did not pick.

Qt lets the wheel change any combo box, spin box or slider under the pointer, focused or
not (and a wheel turn focuses them first): scrolling down the Properties panel over a
card's Channel moved the card to another lane; the same happened in every dock and
dialog. One guard on the application covers them all, present and future: a wheel over
an unfocused field goes to the scroll area around it (or nowhere), and the fields lose
Qt's WheelFocus when they are polished, so the wheel cannot focus them on the way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
_WHEEL, _POLISH = QEvent.Type.Wheel, QEvent.Type.Polish


def _guarded(widget: QObject) -> bool:
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


class WheelGuard(QObject):
    """The application's event filter; :func:`install` puts one on the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _POLISH:
            if _guarded(watched):
                _no_wheel_focus(watched)  # type: ignore[arg-type]
            return False
        if kind != _WHEEL or not _guarded(watched):
            return False
        if watched.hasFocus():  # type: ignore[attr-defined]
            return False  # picked on purpose: the wheel steps through its values
        scroll = _scroll_area_around(watched)  # type: ignore[arg-type]
        if scroll is not None:
            QApplication.sendEvent(scroll.viewport(), event)
        return True


def install(app: QCoreApplication | None = None) -> WheelGuard | None:
    """Guard every widget of ``app`` (the running application); once per application."""
    app = app or QCoreApplication.instance()
    if app is None:
        return None
    guard = app.findChild(WheelGuard, "wheelGuard")
    if guard is None:
        guard = WheelGuard(app)
        guard.setObjectName("wheelGuard")
        app.installEventFilter(guard)
        for widget in QApplication.allWidgets():  # polished before the guard came
            if _guarded(widget):
                _no_wheel_focus(widget)
    return guard


def _no_wheel_focus(widget: QWidget) -> None:
    """Qt's default for these is WheelFocus: a wheel turn focuses them, then changes them."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not _guarded(parent.parentWidget()):
            return parent
        parent = parent.parentWidget()
    return None
