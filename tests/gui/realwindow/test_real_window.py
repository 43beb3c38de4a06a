"""The editor in a real X server with openbox: maximizing, focus and input through X.

Everything here goes through the window manager and the X server: the window is
maximized by ``wmctrl`` after it is shown (the late resize a window manager makes), and
clicks and keys are sent with ``xdotool`` to whatever window X says has the focus.
"""

from __future__ import annotations

from .conftest import global_rect, xdotool


def test_the_window_manager_maximizes_the_editor_to_the_whole_screen(maximized):
    window = maximized
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert frame.width() >= available.width() - 2
    assert frame.height() >= available.height() - 2
    canvas = global_rect(window.view.viewport())
    assert available.contains(canvas)
    # The canvas got its share of the larger window, not the size before maximizing.
    assert canvas.width() >= available.width() * 0.4
    assert canvas.height() >= available.height() * 0.4


def test_clicks_and_keys_through_x_select_delete_and_undo_a_card(maximized, qtbot):
    window = maximized
    view = window.view
    journey = window.controller.journey
    viewport = view.viewport()
    visible = viewport.rect()
    card_id, card = next(
        (card_id, item)
        for card_id, item in window.scene.cards.items()
        if visible.contains(view.mapFromScene(item.sceneBoundingRect().center()))
    )
    centre = viewport.mapToGlobal(view.mapFromScene(card.sceneBoundingRect().center()))
    xdotool("mousemove", "--sync", str(centre.x()), str(centre.y()), "click", "1")
    qtbot.waitUntil(lambda: card.isSelected(), timeout=5000)

    count = len(journey.touchpoints)
    xdotool("key", "Delete")
    qtbot.waitUntil(lambda: len(window.controller.journey.touchpoints) == count - 1, timeout=5000)
    assert card_id not in {tp.id for tp in window.controller.journey.touchpoints}

    xdotool("key", "ctrl+z")
    qtbot.waitUntil(lambda: len(window.controller.journey.touchpoints) == count, timeout=5000)
    assert card_id in {tp.id for tp in window.controller.journey.touchpoints}


def test_f5_through_x_presents_full_screen_and_escape_returns_maximized(maximized, qtbot):
    window = maximized
    screen = window.screen().geometry()
    xdotool("key", "F5")
    qtbot.waitUntil(
        lambda: window.isFullScreen() and window.frameGeometry().width() >= screen.width(),
        timeout=5000,
    )
    # The docks leave and the layout settles after the window manager's resize, later
    # under load; the canvas must take the screen within the wait, not at once.
    qtbot.waitUntil(
        lambda: global_rect(window.view.viewport()).width() >= screen.width() * 0.95,
        timeout=5000,
    )
    xdotool("key", "Escape")
    qtbot.waitUntil(lambda: not window.isFullScreen() and window.isMaximized(), timeout=5000)


def test_presentation_overview_fills_the_real_screen(maximized, qtbot):
    """The overview is fitted to the full-screen window, not to the window before it."""
    window = maximized
    screen = window.screen().geometry()
    xdotool("key", "F5")
    qtbot.waitUntil(lambda: window.isFullScreen(), timeout=5000)
    qtbot.wait(800)  # the glide to the overview
    view = window.view
    # The map itself (the view's scroll area reaches past it in presentations).
    shown = view.mapFromScene(window.scene.sceneRect()).boundingRect()
    assert shown.width() >= screen.width() * 0.9 or shown.height() >= screen.height() * 0.8
    # Centred in the viewport, below the caption band.
    viewport = view.viewport().rect()
    assert abs(shown.center().x() - viewport.center().x()) <= 4
    assert abs(shown.center().y() - viewport.center().y()) <= 4
    assert viewport.contains(shown.adjusted(2, 2, -2, -2))
