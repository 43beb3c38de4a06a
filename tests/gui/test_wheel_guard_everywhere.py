"""One guard for the whole application: the wheel changes no unfocused field anywhere.

Every dock opened, every combo box, spin box and slider of the window turned with the
wheel while it has no focus: none changes, nothing lands on the undo stack. A focused
field still takes the wheel, and so do the fields of a dialog opened later.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QScrollBar,
)

from tests.gui.test_properties_wheel import wheel


def _value(widget):
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return widget.value()


def _fields(root):
    found = [
        w
        for w in root.findChildren(QComboBox)
        + root.findChildren(QAbstractSpinBox)
        + root.findChildren(QAbstractSlider)
        if not isinstance(w, QScrollBar) and w.isVisible() and w.isEnabled()
    ]
    return found


def test_no_field_in_any_dock_changes_under_the_wheel_without_focus(main_window, qtbot):
    window = main_window
    card = window.controller.journey.touchpoints[0]
    window.controller.set_selection([card.id])
    for dock in window.findChildren(QDockWidget):
        dock.show()
    qtbot.wait(100)
    fields = _fields(window)
    assert len(fields) >= 5, [type(f).__name__ for f in fields]
    window.view.setFocus()
    for field in fields:
        before = _value(field)
        for steps in (-1, 1, 1):
            wheel(field, steps)
        assert _value(field) == before, f"{field.objectName() or type(field).__name__} changed"
        assert not field.hasFocus()
    assert window.controller.undo_stack.count() == 0


def test_a_dialog_field_takes_the_wheel_only_when_focused(main_window, qtbot):
    from cjm_designer.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    size = dialog.font_size
    dialog.setFocus()
    before = size.value()
    wheel(size, 1)
    assert size.value() == before and not size.hasFocus()
    size.setFocus()
    qtbot.waitUntil(size.hasFocus)
    wheel(size, 1)
    assert size.value() != before
    dialog.reject()
