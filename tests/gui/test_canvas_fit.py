"""Fitting the map: the whole map on Ctrl+0, and a readable fit when a map is opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from shiboken6 import Shiboken

from cjm_designer.io.yaml_format import load_map
from cjm_designer.model import Channel, Kind, Stage
from cjm_designer.resources import example_map_path
from cjm_designer.ui.canvas.view import READABLE_TITLE_PX
from tests.gui.canvas_support import canvas_map, key, make_canvas

CTRL = Qt.KeyboardModifier.ControlModifier


def visible(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_a_large_map_opens_with_readable_card_titles_and_scrolls(qtbot):
    _controller, scene, view = make_canvas(qtbot, load_map(example_map_path()), size=(1000, 600))
    view.zoom_fit()
    whole = view.zoom
    assert visible(view).contains(scene.sceneRect().adjusted(2, 2, -2, -2))
    view.zoom_fit_readable()
    qtbot.wait(10)
    # Card titles at least 12 px on screen, not the whole map shrunk to 5 px text.
    title = scene.layout.cards[next(iter(scene.layout.cards))].title_rect
    line = view.mapFromScene(0, title.y + 12).y() - view.mapFromScene(0, title.y).y()
    assert line >= READABLE_TITLE_PX
    assert view.zoom > whole * 2
    shown = visible(view)
    assert shown.left() <= 1 and shown.top() <= 1  # where the journey begins
    assert view.horizontalScrollBar().maximum() > 0
    assert view.verticalScrollBar().maximum() > 0


def test_huge_map_opens_readable_and_ctrl_0_still_shows_it_whole(qtbot):
    journey = canvas_map()
    journey.extend(Kind.STAGE, [Stage(f"s{i}", f"Этап {i}") for i in range(14)])
    journey.extend(Kind.CHANNEL, [Channel(f"c{i}", f"Канал {i}") for i in range(24)])
    _controller, scene, view = make_canvas(qtbot, journey, size=(800, 500))
    view.zoom_fit_readable()
    assert view.zoom == view.readable_zoom()
    assert visible(view).topLeft().x() <= 1 and visible(view).top() <= 1
    key(view, Qt.Key.Key_0, "0", CTRL)
    assert view.zoom < view.readable_zoom()
    assert visible(view).contains(scene.sceneRect().adjusted(2, 2, -2, -2))
    key(view, Qt.Key.Key_1, "1", CTRL)
    assert view.zoom == 1.0


def test_larger_canvas_text_opens_at_a_smaller_zoom_with_the_same_readable_titles(qtbot):
    from dataclasses import replace

    _controller, scene, view = make_canvas(qtbot, load_map(example_map_path()), size=(1000, 600))
    metrics = replace(scene.options.metrics, card_title_size=16.0)
    scene.options = replace(scene.options, metrics=metrics)
    scene.rebuild()
    view.zoom_fit_readable()
    assert view.zoom == READABLE_TITLE_PX / 16.0


def test_small_map_opens_at_most_at_actual_size(qtbot):
    _controller, scene, view = make_canvas(qtbot, canvas_map(), size=(1600, 1000))
    view.zoom_fit_readable()
    assert view.zoom == 1.0
    assert visible(view).contains(scene.sceneRect().adjusted(2, 2, -2, -2))


def test_opening_a_map_in_the_window_uses_the_readable_fit(main_window, qtbot):
    main_window.resize(1366, 768)
    main_window.view.set_zoom(0.3)
    assert main_window.load(main_window.controller.path)
    qtbot.waitUntil(lambda: main_window.view.zoom != 0.3)
    assert main_window.view.zoom >= main_window.view.readable_zoom()
    assert main_window.zoom_label.text() == f"{round(main_window.view.zoom * 100)}%"


def test_a_window_closed_right_after_opening_a_map_raises_nothing(qtbot, example_copy):
    """Opening schedules the fit and the scroll to the start for the next turn of the
    event loop; a window gone by then must take those with it (pytest-qt fails the test
    on any exception raised in Qt's event loop)."""
    from cjm_designer.ui.main_window import MainWindow

    window = MainWindow(restore_layout=False)
    assert window.load(example_copy)
    window.view.zoom_fit_readable()  # schedules the scroll to the start once more
    window.deleteLater()
    qtbot.waitUntil(lambda: not Shiboken.isValid(window.view))
    qtbot.wait(50)
