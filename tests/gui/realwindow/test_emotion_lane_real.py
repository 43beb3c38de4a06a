"""A click through X in the Emotions row sets the first persona's score there."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from .conftest import xdotool


def test_click_through_x_in_the_emotion_row_sets_a_score(maximized, qtbot):
    window = maximized
    view, scene = window.view, window.scene
    journey = window.controller.journey
    persona = journey.personas[0].id
    scale = scene.layout.emotion_scale
    box = scene.layout.stages[1]
    before = journey.stage(box.id).emotions.get(persona)
    wanted = 5 if before != 5 else 1
    at = QPointF(box.column.x + 14, scale.y_for(wanted))
    # A late window-manager resize may refit the view (the map is still as opened), so
    # centre on the point until it holds still on screen for a moment.
    last: list = [None]

    def settled() -> bool:
        view.centerOn(at)
        qtbot.wait(250)
        where = view.mapFromScene(at)
        steady = where == last[0]
        last[0] = where
        return steady

    qtbot.waitUntil(settled, timeout=10_000)
    point = view.viewport().mapToGlobal(view.mapFromScene(at))
    # The point on screen is inside the viewport, right of the pinned row titles.
    assert view.viewport().rect().contains(view.mapFromScene(at))
    xdotool("mousemove", "--sync", str(point.x()), str(point.y()), "click", "1")
    qtbot.waitUntil(
        lambda: window.controller.journey.stage(box.id).emotions.get(persona) == wanted,
        timeout=5000,
    )
    xdotool("key", "ctrl+z")
    qtbot.waitUntil(
        lambda: window.controller.journey.stage(box.id).emotions.get(persona) == before,
        timeout=5000,
    )
