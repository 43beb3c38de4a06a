"""Accessibility: keyboard-only editing, screen-reader text, colour-blind safe palettes, HiDPI."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget

from cjm_designer.layout.colors import CHANNEL_COLORS
from cjm_designer.ui import accessibility
from cjm_designer.ui.canvas import markers, style
from cjm_designer.ui.main_window import MainWindow

THRESHOLD = 15.0
"""CIE76 ΔE every pair of a palette keeps, also as seen with each colour-vision deficiency."""
DEFICIENCIES = ("protanopia", "deuteranopia", "tritanopia")


@pytest.mark.parametrize(
    "palette",
    [
        style.PERSONA_COLORS,
        list(CHANNEL_COLORS),  # the canvas and the PDF alike
    ],
    ids=["personas", "channels"],
)
def test_palettes_stay_distinct_with_colour_blindness(palette):
    assert accessibility.min_distance(palette) >= THRESHOLD
    for deficiency in DEFICIENCIES:
        assert accessibility.min_distance(palette, deficiency) >= THRESHOLD, deficiency


def test_distance_measure_catches_a_red_green_pair():
    red_green = ["#d62728", "#2ca02c"]  # Tableau 10's red and green
    assert accessibility.min_distance(red_green) > 50
    assert accessibility.min_distance(red_green, "deuteranopia") < THRESHOLD


def test_persona_curves_differ_by_shape_and_dash():
    shapes = [markers.marker_path(i, 6).toFillPolygon().size() for i in range(6)]
    assert len({markers.marker_name(i) for i in range(6)}) == 6
    assert len(set(shapes)) >= 4  # circle, 4-, 3- and 6-cornered outlines
    assert len({markers.dash_pattern(i) for i in range(6)}) == 6
    assert markers.marker_name(6) == markers.marker_name(0)


def test_contrast_ratio_matches_wcag_examples():
    assert accessibility.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert accessibility.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_docks_and_canvas_have_accessible_names(main_window):
    for dock in main_window.findChildren(QDockWidget):
        assert dock.accessibleName(), dock.objectName()
    assert main_window.view.accessibleName()


def test_canvas_announces_the_selection_and_alt_arrows_walk_cards(main_window, qtbot):
    journey = main_window.controller.journey
    view = main_window.view
    view.setFocus()
    main_window.controller.set_selection([])
    assert "Alt+" in view.accessibleDescription()
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    first = main_window.controller.selection[0]
    card = journey.get(first)
    description = view.accessibleDescription()
    assert card.title in description and journey.get(card.stage).name in description
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    second = main_window.controller.selection[0]
    assert second != first
    stages = [s.id for s in journey.stages]
    assert stages.index(journey.get(second).stage) > stages.index(card.stage)
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert main_window.controller.selection == [first] or (
        journey.get(main_window.controller.selection[0]).stage == card.stage
    )


def test_keyboard_only_walk_creates_stage_and_touchpoint(qtbot, tmp_path, dialogs, type_text):
    """From an empty map to a saved stage, channel and card with key presses only."""
    window = MainWindow(language="en", restore_layout=False)
    qtbot.addWidget(window)
    window.controller.set_document(type(window.controller.journey)(language="en"), None)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)

    # Insert menu by its accelerator (Alt+I), then its items' accelerators.
    for item_key in (Qt.Key.Key_S, Qt.Key.Key_C):
        QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
        menu = QApplication.activePopupWidget()
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        menu = QApplication.activePopupWidget()
        QTest.keyClick(menu, item_key)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    journey = window.controller.journey
    assert len(journey.stages) == 1 and len(journey.channels) == 1
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.controller.journey.touchpoints) == 1)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    editor = window.scene.focusItem()
    assert editor is not None
    QTest.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(window.view, "Заказ на сайте\n")
    target = tmp_path / "walk.cjm.yaml"
    dialogs.save_path = str(target)
    QTest.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists)
    saved = yaml.safe_load(target.read_text("utf-8"))
    assert len(saved["stages"]) == 1 and len(saved["channels"]) == 1
    cards = saved["touchpoints"]
    assert [card["title"] for card in cards] == ["Заказ на сайте"]


HIDPI_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from cjm_designer.ui import themes
    themes.apply(app, "light")
    from cjm_designer.ui.main_window import MainWindow
    window = MainWindow(restore_layout=False)
    window.new_blank()
    window.resize(900, 600)
    window.show()
    for _ in range(3):
        app.processEvents()
    grab = window.grab()
    icon = window.palette.list.item(0).icon().pixmap(24, 24)
    print(window.width(), window.height())
    print(grab.devicePixelRatio(), grab.width(), grab.height(), icon.devicePixelRatio())
    grab.save(sys.argv[1])
    """
)


def test_window_renders_crisp_at_200_percent(tmp_path):
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["CJM_DESIGNER_DATA_DIR"] = str(tmp_path / "data")
    out = tmp_path / "hidpi.png"
    result = subprocess.run(
        [sys.executable, "-c", HIDPI_SCRIPT, str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    logical_w, logical_h, ratio, width, height, icon_ratio = result.stdout.split()[-6:]
    assert float(ratio) == 2.0
    assert (int(width), int(height)) == (2 * int(logical_w), 2 * int(logical_h))
    assert float(icon_ratio) == 2.0
    assert out.stat().st_size > 10_000
