"""Presenting in a real window: F5 and the arrow keys through X, sizes from the WM.

The window manager makes the window full screen after F5 returned, so every slide is
checked after that late resize: the stage's cards inside the screen, clear of the pinned
lane column, the pinned stage headers and the caption band, titles at least 18 px tall
on a 1280x720 screen (27 px on 1920x1080); the stage stands in the middle of the screen's
width right of the lane names (a wide screen's right half is not left empty); no other
stage's card and no cut card shows, and the screen's pixels under the curtain are plain
background.
"""

from __future__ import annotations

from tests.gui.presentation_support import (
    centring_problems,
    curtain_pixel_problems,
    slide_problems,
    stage_cards,
)

from .conftest import global_rect, xdotool


def _present(window, qtbot) -> None:
    xdotool("key", "F5")
    screen = window.screen().geometry()
    qtbot.waitUntil(
        lambda: window.isFullScreen() and window.frameGeometry().width() >= screen.width(),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: global_rect(window.view).width() >= screen.width() - 2, timeout=5000)


def _step(window, qtbot, key: str) -> None:
    """Press ``key`` through X, wait until the program has taken it (the slide changed or
    the presentation ended) and the glide ended, then let the last frame reach the X
    server. Every key the tests press changes one of those."""
    show = window.workshop.presentation

    def state():
        return show.active, show.slide_index, show.stage_index

    before = state()
    xdotool("key", key)
    qtbot.waitUntil(lambda: state() != before, timeout=5000)
    qtbot.waitUntil(lambda: not window.view.gliding, timeout=5000)
    qtbot.wait(50)


def _on_screen(window):
    """The viewport's pixels as the X server shows them (not a re-render)."""
    rect = global_rect(window.view.viewport())
    return window.screen().grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height())


def test_right_arrow_shows_every_slide_readable_uncovered_and_alone(maximized, qtbot):
    """All slides of the example: own cards only, none cut, covered, or too small."""
    window = maximized
    show = window.workshop.presentation
    _present(window, qtbot)
    _step(window, qtbot, "Right")  # at once after the late resize
    assert show.stage_index == 0
    shown: set[str] = set()
    steps = 0
    while True:
        where = (show.stage_index, show.current_slide.part)
        assert slide_problems(window) == [], where
        assert centring_problems(window) == [], where
        assert curtain_pixel_problems(window, _on_screen(window).toImage()) == [], where
        slide = show.current_slide
        shown |= {
            card
            for card in stage_cards(window, slide.stage_index)
            if slide.content.y <= window.scene.layout.cards[card].rect.y < slide.content.bottom
        }
        # The caption band sits above the map, never on it.
        assert not global_rect(show.band).intersects(global_rect(window.view.viewport()))
        assert show.band.geometry().bottom() < window.view.viewport().geometry().top()
        if show.slide_index == len(show.slides) - 1:
            break
        _step(window, qtbot, "Right")
        steps += 1
        assert steps < 200
    # Every card of the map was on one of the slides.
    assert shown == set(window.scene.layout.cards)
    _step(window, qtbot, "Left")
    assert show.slide_index == len(show.slides) - 2
    assert slide_problems(window) == []


def test_end_home_and_escape_behave_as_in_slide_software(maximized, qtbot):
    window = maximized
    show = window.workshop.presentation
    _present(window, qtbot)
    _step(window, qtbot, "End")
    assert show.slide_index == len(show.slides) - 1
    assert show.stage_index == len(window.controller.journey.stages) - 1
    assert slide_problems(window) == []
    assert centring_problems(window) == []
    _step(window, qtbot, "Home")
    assert show.stage_index == -1
    view = window.view
    shown = view.mapFromScene(window.scene.sceneRect()).boundingRect()
    assert view.viewport().rect().contains(shown.adjusted(2, 2, -2, -2))
    _step(window, qtbot, "Escape")
    qtbot.waitUntil(lambda: not window.isFullScreen() and window.isMaximized(), timeout=5000)
    assert window.menuBar().isVisible()
    assert view.viewportMargins().top() == 0
