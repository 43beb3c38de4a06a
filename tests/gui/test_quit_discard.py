"""File > Quit > Discard leaves no recovery copy: the next start asks nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from cjm_designer.model.edits import SetMapField
from cjm_designer.ui.dialogs import messages


def test_quit_then_discard_removes_the_copy_the_prompt_wrote(main_window, qtbot, monkeypatch):
    window = main_window
    guard = window.reliability
    controller = window.controller
    controller.push(SetMapField("title", "Unsaved idea", controller.journey.title), "Rename")
    assert controller.dirty

    def ask_unsaved(parent, _name):
        # The real prompt takes the focus (the window is deactivated: autosave writes the
        # copy) and runs its own event loop until the user picks Discard.
        QCoreApplication.sendEvent(parent, QEvent(QEvent.Type.WindowDeactivate))
        guard.autosaver.flush()
        QApplication.processEvents()
        assert guard.store.has(guard.autosaver.entry)
        return messages.UnsavedChoice.DISCARD

    monkeypatch.setattr(messages, "ask_unsaved", ask_unsaved)
    window.menu_actions.quit.trigger()  # File > Quit
    assert not window.isVisible()
    # No later turn of the event loop: on quit the application ends right here.
    guard.autosaver.flush()
    assert not guard.store.has(guard.autosaver.entry)
    assert guard.store.orphans() == []


def test_quit_then_cancel_keeps_the_window_and_the_copy(main_window, qtbot, monkeypatch):
    window = main_window
    guard = window.reliability
    controller = window.controller
    controller.push(SetMapField("title", "Still working", controller.journey.title), "Rename")
    monkeypatch.setattr(messages, "ask_unsaved", lambda _p, _n: messages.UnsavedChoice.CANCEL)
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    guard.autosaver.flush()
    window.menu_actions.quit.trigger()
    assert window.isVisible()
    guard.autosaver.flush()
    assert guard.store.has(guard.autosaver.entry)
