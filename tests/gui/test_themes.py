"""Light and dark themes: readable text in both, canvas colours follow, print does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjm_designer.export.pdf import export_pdf
from cjm_designer.io.yaml_format import load_map
from cjm_designer.ui import themes
from cjm_designer.ui.accessibility import contrast_ratio
from cjm_designer.ui.canvas import style
from cjm_designer.ui.chrome import install_focus_ring

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "protein-bars.cjm.yaml"


TEXT_ON = [
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
]


@pytest.fixture
def theme(qapp, request):
    used = themes.apply(qapp, request.param)
    yield used
    themes.apply(qapp, "light")


@pytest.mark.parametrize("theme", ["light", "dark"], indirect=True)
def test_window_text_contrast(qapp, theme):
    palette = qapp.palette()
    assert qapp.property("cjmTheme") == theme
    for text, background in TEXT_ON:
        ratio = contrast_ratio(palette.color(text).name(), palette.color(background).name())
        assert ratio >= 4.5, (theme, text, background, ratio)


@pytest.mark.parametrize("theme", ["light", "dark"], indirect=True)
def test_canvas_text_contrast(theme):
    """Card, header and row text on their fills, and the map title on the board."""
    dark_text = style.HEADER_TEXT.name()
    fills = [style.CARD_FILL.name(), style.ROW_FILL.name(), "#ffffff", *style.STAGE_COLORS]
    for fill in fills:
        assert contrast_ratio(dark_text, fill) >= 4.5, (theme, fill)
    assert contrast_ratio(style.MUTED_TEXT.name(), style.CARD_FILL.name()) >= 4.5
    assert contrast_ratio(style.BOARD_TEXT.name(), style.BACKGROUND.name()) >= 4.5, theme


def test_dark_theme_changes_window_and_board(qapp):
    try:
        themes.apply(qapp, "light")
        light_window = qapp.palette().color(QPalette.ColorRole.Window).lightness()
        light_board = style.BACKGROUND.lightness()
        assert themes.apply(qapp, "dark") == "dark"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < light_window / 2
        assert style.BACKGROUND.lightness() < light_board / 2
        assert qapp.styleSheet() == ""  # palettes only: a style sheet slows every widget
    finally:
        themes.apply(qapp, "light")


def test_system_theme_follows_the_platform(qapp, monkeypatch):
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: True)
    assert themes.resolve("system") == "dark"
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: False)
    assert themes.resolve("system") == "light"
    assert themes.resolve("dark") == "dark"


def _pages(path) -> list[bytes]:
    return [page.get_contents().get_data() for page in PdfReader(str(path)).pages]


def test_pdf_is_the_same_in_every_theme(qapp, tmp_path):
    journey = load_map(EXAMPLE)
    drawn = {}
    try:
        for name in ("light", "dark"):
            themes.apply(qapp, name)
            target = tmp_path / f"{name}.pdf"
            export_pdf(journey, target, kind="poster", page="A3", date="2024-01-01")
            drawn[name] = _pages(target)
    finally:
        themes.apply(qapp, "light")
    assert drawn["light"] and drawn["light"] == drawn["dark"]
    assert style.BACKGROUND.name() == themes.LIGHT_BOARD.BACKGROUND


def test_the_focused_tree_and_canvas_wear_a_ring_in_the_highlight_colour(main_window, qtbot):
    ring = install_focus_ring(QApplication.instance())
    tree = main_window.outline.tree
    QTest.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.viewport().rect().center()
    )
    qtbot.waitUntil(lambda: ring.widget is tree)
    highlight = tree.palette().color(QPalette.ColorRole.Highlight)
    picture = main_window.grab().toImage()
    left_edge = tree.mapTo(main_window, QPoint(0, tree.height() // 2))
    edge = picture.pixelColor(left_edge)
    distance = sum(
        abs(a - b) for a, b in zip(edge.getRgb()[:3], highlight.getRgb()[:3], strict=True)
    )
    assert distance < 40, (edge.name(), highlight.name())

    QTest.mouseClick(main_window.view.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ring.widget is main_window.view)

    main_window.controller.set_selection(["interes"])
    name = main_window.properties.field("name")
    QTest.mouseClick(name, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ring.widget is None)  # fields have Fusion's own focus frame


@pytest.mark.parametrize("theme", ["light", "dark"], indirect=True)
def test_boxes_over_the_canvas_follow_the_theme(main_window, qtbot, theme):
    """Find (Ctrl+F), quick add (Ctrl+K), capture (Ctrl+Shift+K): window colour, readable."""
    main_window.view.setFocus()
    workshop = main_window.workshop
    palette = QApplication.instance().palette()
    window_colour = palette.color(QPalette.ColorRole.Window)
    for keys, box in (
        ("Ctrl+F", workshop.find_bar),
        ("Ctrl+K", workshop.quick_add),
        ("Ctrl+Shift+K", workshop.capture.bar),
    ):
        QTest.keySequence(main_window, keys)
        qtbot.waitUntil(box.isVisible)
        assert box.styleSheet() == ""
        picture = box.grab().toImage()
        inside = picture.pixelColor(picture.width() - 4, picture.height() // 2)
        distance = sum(
            abs(a - b) for a, b in zip(inside.getRgb()[:3], window_colour.getRgb()[:3], strict=True)
        )
        assert distance < 30, (theme, keys, inside.name(), window_colour.name())
        text = palette.color(QPalette.ColorRole.WindowText).name()
        assert contrast_ratio(text, inside.name()) >= 4.5, (theme, keys)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda box=box: not box.isVisible())


def test_the_timer_turns_a_readable_red_when_time_is_up_in_either_theme(main_window, qapp):
    """The status-bar timer past zero: red and bold, at least 4.5:1 on the window colour;
    a theme switched while it is red picks the red for the new window colour."""
    widget = main_window.workshop.timer_widget
    timer = main_window.workshop.timer
    timer.set_minutes(1)
    timer.remaining = 1
    timer.step()  # the last second runs out
    try:
        for name in ("dark", "light", "dark"):
            themes.apply(qapp, name)
            qapp.processEvents()  # Qt tells widgets of a new palette by posted events
            text = widget.label.palette().color(QPalette.ColorRole.WindowText)
            window = qapp.palette().color(QPalette.ColorRole.Window)
            assert widget.label.styleSheet() == ""
            assert widget.label.font().bold()
            assert text.red() > text.green() + 60, (name, text.name())
            assert contrast_ratio(text.name(), window.name()) >= 4.5, (name, text.name())
    finally:
        themes.apply(qapp, "light")
        qapp.processEvents()
    QTest.mouseClick(widget.reset, Qt.MouseButton.LeftButton)
    assert timer.text() == "01:00"
    assert not widget.label.font().bold()
    normal = qapp.palette().color(QPalette.ColorRole.WindowText)
    assert widget.label.palette().color(QPalette.ColorRole.WindowText) == normal


@pytest.mark.parametrize("theme", ["light", "dark"], indirect=True)
def test_every_lane_header_reads_on_the_canvas(main_window, theme):
    """Each swimlane's name, backstage lanes included, drawn as the canvas draws it: the
    darkest ink in its label stands out 4.5:1 or more from the label's own fill."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    scene = main_window.scene
    assert any(header.channel.backstage for header in scene.lane_headers.values())
    for lane_id, header in scene.lane_headers.items():
        bounds = header.sceneBoundingRect()
        picture = QImage(
            int(bounds.width() * 2), int(bounds.height() * 2), QImage.Format.Format_RGB32
        )
        painter = QPainter(picture)
        scene.render(painter, QRectF(picture.rect()), bounds)
        painter.end()
        fill = picture.pixelColor(picture.width() - 8, picture.height() - 8).name()
        inks = {
            picture.pixelColor(x, y).name()
            for x in range(20, picture.width() - 8)
            for y in range(12, min(picture.height() - 8, 80))
        }
        best = max(contrast_ratio(ink, fill) for ink in inks)
        assert best >= 4.5, (theme, lane_id, fill, best)
