"""Ctrl+0 and board mode (F9) show the whole map centred and as large as fits.

The tryout at 1280x720 found a Finnish template map fitted into the top-left corner with
40 % of the canvas empty, and F9 left 55 % empty (issue 19, tryout defect 11).
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest

from cjm_designer.resources import resource_path
from tests.gui.conftest import projector_window


def map_on_screen(view) -> QRect:
    """Where the whole map is drawn, in viewport pixels."""
    return view.mapFromScene(view.sceneRect()).boundingRect()


def assert_centred_and_fitted(view) -> None:
    shown, port = map_on_screen(view), view.viewport().rect()
    assert port.contains(shown.adjusted(1, 1, -1, -1))
    left, right = shown.left() - port.left(), port.right() - shown.right()
    top, bottom = shown.top() - port.top(), port.bottom() - shown.bottom()
    assert abs(left - right) <= 3, (left, right)
    assert abs(top - bottom) <= 3, (top, bottom)
    assert min(left + right, top + bottom) <= 32  # as large as fits (8 px margins)


@pytest.fixture
def fi_window(qtbot, tmp_path):
    path = tmp_path / "fi.cjm.yaml"
    shutil.copy(resource_path("templates", "buyers-journey.fi.cjm.yaml"), path)
    window = projector_window(qtbot, path)
    yield window
    window.controller.undo_stack.setClean()


def test_ctrl_0_centres_the_whole_map(fi_window, qtbot):
    view = fi_window.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    assert_centred_and_fitted(view)


def test_f9_refits_a_fitted_map_to_the_bigger_board_and_back(fi_window, qtbot):
    view = fi_window.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    width, zoom = view.viewport().width(), view.zoom
    QTest.keyClick(view, Qt.Key.Key_F9)
    assert fi_window.board_mode.active
    qtbot.waitUntil(lambda: view.viewport().width() > width + 100)
    qtbot.wait(20)
    assert_centred_and_fitted(view)
    assert view.zoom >= zoom
    QTest.keyClick(view, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: view.viewport().width() < width + 10)
    qtbot.wait(20)
    assert_centred_and_fitted(view)


def test_f9_keeps_a_map_the_user_zoomed(fi_window, qtbot):
    view = fi_window.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    zoom = view.zoom
    QTest.keyClick(view, Qt.Key.Key_F9)
    qtbot.wait(50)
    assert view.zoom == zoom  # the user's zoom is theirs, board mode does not undo it


def test_template_lanes_show_the_channel_colours_the_pdf_prints(fi_window, qtbot):
    """Every channel of a template has no colour of its own; the canvas used one blue for
    all digital lanes where the PDF gives each its own (tryout defect 9)."""
    from PySide6.QtGui import QColor

    from cjm_designer.export.pdf_style import Palette

    view = fi_window.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    picture = view.viewport().grab().toImage()
    layout, channels = fi_window.scene.layout, fi_window.controller.journey.channels
    seen = set()
    for lane in layout.lanes:
        stripe = view.mapFromScene(lane.header.x + 2, lane.header.y + lane.header.h / 2)
        shown = QColor(picture.pixel(stripe.x(), stripe.y()))
        printed = Palette().channel(channels[lane.index].color, lane.index)
        expected = QColor.fromRgbF(printed.red, printed.green, printed.blue)
        assert (
            max(
                abs(shown.red() - expected.red()),
                abs(shown.green() - expected.green()),
                abs(shown.blue() - expected.blue()),
            )
            <= 6
        ), (lane.id, shown.name(), expected.name())
        seen.add(shown.name())
    assert len(seen) == len(layout.lanes)  # eight lanes, eight colours
