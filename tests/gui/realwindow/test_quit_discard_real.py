"""File > Quit > Discard in a real window: the real prompt, clicked through X.

The prompt takes the focus from the window (which writes the recovery copy); after
Discard the copy must be gone, or the next start shows a false "did not close normally".
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cjm_designer.ui.dialogs import messages
from cjm_designer.ui.dialogs.messages import ask_unsaved as real_prompt
from cjm_designer.ui.reliability.recovery import RecoveryStore

from .conftest import xdotool


def test_ctrl_q_then_discard_through_x_leaves_nothing_to_recover(maximized, qtbot, monkeypatch):
    monkeypatch.setattr(messages, "ask_unsaved", real_prompt)  # the real prompt, not an answer
    window = maximized
    guard = window.reliability
    card = window.controller.journey.touchpoints[0]
    window.controller.set_selection([card.id])
    window.view.setFocus()
    xdotool("key", "Delete")
    qtbot.waitUntil(lambda: window.controller.dirty, timeout=5000)
    seen = {}
    tries = []

    def click_discard() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, click_discard)
            return
        guard.autosaver.flush()
        seen["copy while asking"] = guard.store.has(guard.autosaver.entry)
        # Under load the focus change reaches the window later than the prompt: wait for
        # the copy (up to 5 s) so the test proves Discard removes one that exists.
        if not seen["copy while asking"] and len(tries) < 100:
            tries.append(1)
            QTimer.singleShot(50, click_discard)
            return
        button = box.button(QMessageBox.StandardButton.Discard)
        centre = button.mapToGlobal(QPoint(button.width() // 2, button.height() // 2))
        xdotool("mousemove", "--sync", str(centre.x()), str(centre.y()), "click", "1")

    QTimer.singleShot(50, click_discard)
    xdotool("key", "ctrl+q")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    guard.autosaver.flush()
    assert seen.get("copy while asking") is True  # the prompt did take the focus
    assert not guard.store.has(guard.autosaver.entry)
    # The next start (another session on the same folder) has nothing to offer.
    guard.store.release_session()
    assert RecoveryStore(guard.store.folder).orphans() == []
