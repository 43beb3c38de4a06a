"""The room's projector window in a real X server: it never takes the keyboard from the map.

With a window manager a newly shown window normally gets the focus; the QR window must
not, or the consultant's F5 and arrow keys would go to it instead of the map.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from .conftest import xdotool


def test_the_qr_window_stays_on_top_while_f5_and_arrows_drive_the_map(maximized, qtbot):
    window = maximized
    url = window.room.open_room_at("127.0.0.1", 0)
    try:
        assert url
        projector = window.room.projector
        qtbot.waitExposed(projector)
        qtbot.wait(300)  # the window manager places and maybe focuses the new window
        assert QApplication.activeWindow() is window
        xdotool("key", "--clearmodifiers", "F5")
        presentation = window.workshop.presentation
        qtbot.waitUntil(lambda: presentation.active, timeout=5000)
        xdotool("key", "--clearmodifiers", "Right")
        qtbot.waitUntil(lambda: presentation.stage_index == 0, timeout=5000)
        assert projector.isVisible()
        first = window.controller.journey.stages[0].id
        qtbot.waitUntil(lambda: window.room.session.state.current_stage == first, timeout=3000)
        xdotool("key", "--clearmodifiers", "ctrl+alt+q")
        qtbot.waitUntil(lambda: not projector.isVisible(), timeout=3000)
        xdotool("key", "--clearmodifiers", "Escape")
        qtbot.waitUntil(lambda: not presentation.active, timeout=5000)
    finally:
        window.room.session.shutdown()
