"""The editor as a board in a real window: the map gets the screen, text reads.

Maximized by the window manager at 1280x720 (a projector) and 1920x1080.
"""

from __future__ import annotations

from .conftest import global_rect


def test_maximized_first_run_gives_the_map_three_quarters_and_readable_titles(maximized, qtbot):
    window = maximized
    qtbot.wait(100)  # the dock sizes follow the window manager's resize
    viewport = global_rect(window.view.viewport())
    client = window.width() * window.height()
    assert viewport.width() * viewport.height() >= 0.75 * client
    assert window.view.zoom * window.scene.options.metrics.card_title_size >= 12
    # The journey begins at the top-left corner of the board.
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.left() <= 1 and shown.top() <= 1
    assert not window.problems.isVisible() and window.problems_badge.isVisible()


def test_f9_through_x_gives_the_map_the_whole_window_and_back(maximized, qtbot):
    from .conftest import xdotool

    window = maximized
    qtbot.wait(100)
    before = global_rect(window.view.viewport())
    xdotool("key", "F9")
    qtbot.waitUntil(lambda: window.board_mode.active, timeout=5000)
    client = window.width() * window.height()
    qtbot.waitUntil(
        lambda: (
            global_rect(window.view.viewport()).width()
            * global_rect(window.view.viewport()).height()
            >= 0.9 * client
        ),
        timeout=5000,
    )
    assert not window.outline.isVisible()
    xdotool("key", "F9")
    qtbot.waitUntil(lambda: not window.board_mode.active, timeout=5000)
    qtbot.waitUntil(lambda: global_rect(window.view.viewport()) == before, timeout=5000)
    assert window.outline.isVisible()


def test_ctrl_0_centres_the_whole_map_and_f9_refits_it_through_x(maximized, qtbot):
    """Tryout defect 11: after Ctrl+0 the map sat top-left with 40 % of the canvas empty,
    and F9 neither refitted nor recentred it."""
    from .conftest import xdotool

    window, view = maximized, maximized.view
    qtbot.wait(100)
    view.setFocus()
    xdotool("key", "ctrl+0")
    qtbot.waitUntil(lambda: view.zoom < 1.0, timeout=5000)

    def centred() -> bool:
        shown = view.mapFromScene(view.sceneRect()).boundingRect()
        port = view.viewport().rect()
        left, right = shown.left(), port.right() - shown.right()
        top, bottom = shown.top(), port.bottom() - shown.bottom()
        fills = min(left + right, top + bottom) <= 32
        return abs(left - right) <= 3 and abs(top - bottom) <= 3 and fills

    qtbot.waitUntil(centred, timeout=5000)
    zoom = view.zoom
    xdotool("key", "F9")
    qtbot.waitUntil(lambda: window.board_mode.active, timeout=5000)
    qtbot.waitUntil(lambda: view.zoom > zoom and centred(), timeout=5000)
    xdotool("key", "F9")
    qtbot.waitUntil(lambda: not window.board_mode.active, timeout=5000)
    qtbot.waitUntil(lambda: abs(view.zoom - zoom) < 0.02 and centred(), timeout=5000)
