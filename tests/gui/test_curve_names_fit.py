"""A persona's name after the last point of its emotion curve is never cut off.

The name may reach past the last stage. Ctrl+0 and the presentation's overview fit the
scene rect to the screen, so the scene rect holds the names as well as the map, and the
curve item's bounds hold its whole name (a fixed margin left a long name's end outside).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import EXAMPLE, projector_window
from tests.gui.workshop_support import key, shortcut

LONG_NAME = "Люда по рекомендации от подруги из соседнего отдела"


def _name_rect(window):
    curve = window.scene.curves["lyuda"]
    return curve.mapRectToScene(curve._label_rect())


def _on_screen(window):
    return window.view.visible_scene_rect()


def test_a_long_persona_name_shows_whole_in_a_fit_and_in_the_overview(qtbot, tmp_path):
    source = EXAMPLE.read_text(encoding="utf-8")
    assert "Люда из бухгалтерии" in source
    path = tmp_path / "long-name.cjm.yaml"
    path.write_text(source.replace("Люда из бухгалтерии", LONG_NAME), encoding="utf-8")
    window = projector_window(qtbot, path)
    name = _name_rect(window)
    width = window.scene.layout.size[0]
    assert name.right() > width  # the name reaches past the last stage
    assert window.scene.sceneRect().contains(name)
    curve = window.scene.curves["lyuda"]
    assert curve.sceneBoundingRect().contains(name)

    view = window.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # fit the map
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not view.gliding)
    assert view.zoom < 0.6  # the whole map, not the readable start
    assert _on_screen(window).contains(name)

    shortcut(window, Qt.Key.Key_F5)
    show = window.workshop.presentation
    assert show.active and show.slide_index == -1
    qtbot.waitUntil(lambda: not window.view.gliding)
    assert _on_screen(window).contains(name)
    key(window.view, Qt.Key.Key_Escape)
