"""Presenting in a real window: F5 and the arrow keys through X, sizes from the WM.

The window manager makes the window full screen after F5 returned, so every slide is
checked after that late resize: the stage's cards inside the screen, clear of the pinned
lane column, the pinned stage headers and the caption band, titles at least 18 px tall
on a 1280x720 screen (27 px on 1920x1080).
"""

from __future__ import annotations

from tests.gui.presentation_support import slide_problems, stage_cards

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
    xdotool("key", key)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not window.view.gliding, timeout=5000)
    qtbot.wait(50)


def test_right_arrow_shows_each_part_of_the_first_stages_readable_and_uncovered(maximized, qtbot):
    window = maximized
    show = window.workshop.presentation
    _present(window, qtbot)
    _step(window, qtbot, "Right")  # at once after the late resize
    assert show.stage_index == 0
    shown: set[str] = set()
    while show.stage_index < 2:
        assert slide_problems(window) == [], (show.stage_index, show.current_slide.part)
        slide = show.current_slide
        shown |= {
            card
            for card in stage_cards(window, slide.stage_index)
            if slide.content.y <= window.scene.layout.cards[card].rect.y < slide.content.bottom
        }
        # The caption band sits above the map, never on it.
        assert not global_rect(show.band).intersects(global_rect(window.view.viewport()))
        assert show.band.geometry().bottom() < window.view.viewport().geometry().top()
        _step(window, qtbot, "Right")
    # Every card of the first two stages was on one of their slides.
    assert shown == stage_cards(window, 0) | stage_cards(window, 1)
    _step(window, qtbot, "Left")
    assert show.stage_index == 1
    assert slide_problems(window) == []


def test_end_home_and_escape_behave_as_in_slide_software(maximized, qtbot):
    window = maximized
    show = window.workshop.presentation
    _present(window, qtbot)
    _step(window, qtbot, "End")
    assert show.slide_index == len(show.slides) - 1
    assert show.stage_index == len(window.controller.journey.stages) - 1
    assert slide_problems(window) == []
    _step(window, qtbot, "Home")
    assert show.stage_index == -1
    view = window.view
    shown = view.mapFromScene(window.scene.sceneRect()).boundingRect()
    assert view.viewport().rect().contains(shown.adjusted(2, 2, -2, -2))
    _step(window, qtbot, "Escape")
    qtbot.waitUntil(lambda: not window.isFullScreen() and window.isMaximized(), timeout=5000)
    assert window.menuBar().isVisible()
    assert view.viewportMargins().top() == 0
