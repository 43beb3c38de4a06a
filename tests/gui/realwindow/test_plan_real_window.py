"""The plan docks in a real, maximized window: usable at the projector's size, and a
matrix drag made of X mouse events (xdotool), undone with Ctrl+Z through X."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from cjm_designer.model.plan import insight_at

from .conftest import global_rect, xdotool


def test_matrix_drag_through_x_and_undo(maximized, qtbot):
    window = maximized
    journey = window.controller.journey
    xdotool("key", "ctrl+shift+m")
    dock = window.plan_features.matrix
    qtbot.waitUntil(
        lambda: dock.built and dock.matrix.isVisible() and bool(dock.matrix.chips), timeout=5000
    )
    matrix = dock.matrix
    screen = window.screen().availableGeometry()
    assert screen.contains(global_rect(matrix))
    # usable on a 1280x720 projector: every cell holds at least a line of text
    cell = matrix.cell_rect(3, 3)
    assert cell.width() >= 60 and cell.height() >= 16, (cell, matrix.size())
    chip = next(c for c in matrix.chips if not c.item.scored)
    ref = chip.item.ref
    start = matrix.mapToGlobal(chip.rect.center().toPoint())
    end = matrix.mapToGlobal(matrix.cell_rect(5, 1).center().toPoint())
    xdotool("mousemove", "--sync", str(start.x()), str(start.y()), "mousedown", "1")
    for step in range(1, 7):
        point = start + (end - start) * step / 6
        xdotool("mousemove", "--sync", str(point.x()), str(point.y()))
        time.sleep(0.02)
    xdotool("mouseup", "1")
    qtbot.waitUntil(lambda: insight_at(journey, ref).impact == 5, timeout=5000)
    assert insight_at(journey, ref).effort == 1
    xdotool("key", "ctrl+z")
    qtbot.waitUntil(lambda: insight_at(journey, ref).impact is None, timeout=5000)
    QApplication.processEvents()


def test_plan_dock_is_readable_in_the_real_window(maximized, qtbot):
    window = maximized
    xdotool("key", "ctrl+shift+l")
    dock = window.plan_features.plan
    qtbot.waitUntil(lambda: dock.built and dock.tree.isVisible(), timeout=5000)
    tree = dock.tree
    row = tree.visualItemRect(tree.topLevelItem(0))
    assert tree.viewport().height() >= 3 * row.height()
    screen = window.screen().availableGeometry()
    for widget in (dock.link, dock.apply_link, dock.add_for):
        assert screen.contains(global_rect(widget)), widget
        assert widget.isVisible()
    assert global_rect(window.view.viewport()).height() >= 150
    assert QPoint(0, 0) != dock.mapTo(window, QPoint(0, 0))
