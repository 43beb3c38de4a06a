"""Drawing a transition through X: hover a stage header, its handle shows; drag it."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from .conftest import xdotool


def test_drag_from_the_hover_handle_through_x_draws_a_transition(maximized, qtbot):
    window = maximized
    view, scene = window.view, window.scene
    journey = window.controller.journey
    source, target = scene.layout.stages[0], scene.layout.stages[2]
    assert not any(t.source == source.id and t.target == target.id for t in journey.transitions)
    header = scene.stage_headers[source.id]
    handle = header.mapToScene(header.link_handle().center())
    end = QPointF(target.header.x + target.header.w / 2, target.header.y + target.header.h / 2)
    on_screen = view.viewport().rect()
    assert on_screen.contains(view.mapFromScene(handle)) and on_screen.contains(
        view.mapFromScene(end)
    )
    # At the opening zoom the handle is big enough to hit: 18 px on screen or more.
    assert header.link_handle().width() * view.zoom >= 18
    start = view.viewport().mapToGlobal(view.mapFromScene(handle))
    stop = view.viewport().mapToGlobal(view.mapFromScene(end))
    xdotool("mousemove", "--sync", str(start.x() - 30), str(start.y()))
    xdotool("mousemove", "--sync", str(start.x()), str(start.y()))
    qtbot.waitUntil(lambda: header.hovered, timeout=5000)
    xdotool("mousedown", "1")
    for step in range(1, 7):
        x = start.x() + (stop.x() - start.x()) * step // 6
        y = start.y() + (stop.y() - start.y()) * step // 6
        xdotool("mousemove", "--sync", str(x), str(y))
        qtbot.wait(30)
    xdotool("mouseup", "1")
    qtbot.waitUntil(
        lambda: any(
            t.source == source.id and t.target == target.id
            for t in window.controller.journey.transitions
        ),
        timeout=5000,
    )
