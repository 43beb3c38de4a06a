"""The window's title bars, hints and invalid fields, made without a style sheet."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjm_designer.ui import themes
from cjm_designer.ui.chrome import DockTitleBar


def test_every_dock_has_a_title_bar_whose_buttons_float_and_close_it(main_window, qtbot):
    docks = [*main_window.docks, *main_window.workshop.docks]
    # Open panels have theirs; closed ones get theirs when they first show.
    assert all(
        isinstance(dock.titleBarWidget(), DockTitleBar) for dock in docks if dock.isVisible()
    )
    for dock in docks:
        dock.show()
    qtbot.waitUntil(lambda: all(dock.isVisible() for dock in docks))
    assert all(isinstance(dock.titleBarWidget(), DockTitleBar) for dock in docks)
    for dock in docks:
        dock.hide()
    overview = main_window.overview
    overview.toggleViewAction().trigger()  # View > Panels > Overview: closed on first run
    qtbot.waitUntil(overview.isVisible)
    bar = overview.titleBarWidget()
    assert bar.label.text() == "Overview"
    assert bar.autoFillBackground()
    band = bar.palette().color(QPalette.ColorRole.AlternateBase)
    assert band == QApplication.palette().color(QPalette.ColorRole.AlternateBase)
    inside_band = bar.mapTo(main_window, QPoint(2, bar.height() // 2))
    assert main_window.grab().toImage().pixelColor(inside_band) == band

    QTest.mouseClick(bar.float_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(overview.isFloating)
    QTest.mouseClick(bar.float_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not overview.isFloating())
    QTest.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not overview.isVisible())

    overview.setWindowTitle("Miniature")
    assert bar.label.text() == "Miniature"


def test_a_field_with_invalid_text_is_tinted_until_it_is_fixed(main_window, qtbot, type_text):
    main_window.controller.set_selection(["interes"])
    duration = main_window.properties.field("duration")
    base = duration.palette().color(QPalette.ColorRole.Base)
    duration.setFocus()
    duration.selectAll()
    type_text(duration, "soon")
    assert duration.property("invalid") is True
    tinted = duration.palette().color(QPalette.ColorRole.Base)
    assert tinted != base and tinted.red() > tinted.blue()
    duration.selectAll()
    type_text(duration, "2w")
    qtbot.waitUntil(lambda: duration.property("invalid") is False)
    assert duration.palette().color(QPalette.ColorRole.Base) == base


def test_hints_use_the_muted_text_colour_of_the_theme(main_window):
    hint = main_window.properties.summary
    assert hint.property("role") == "hint"
    assert hint.foregroundRole() == QPalette.ColorRole.PlaceholderText


def _darkest_and_lightest(icon) -> tuple[int, int]:
    image = icon.pixmap(12, 12).toImage()
    inked = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert len(inked) > 10  # a mark is drawn, not an empty icon
    return min(c.lightness() for c in inked), max(c.lightness() for c in inked)


def test_title_bar_marks_are_drawn_in_the_text_colour_of_either_theme(main_window, qtbot):
    """The float and close marks are painted, not the style's fixed grey pixmaps: dark on
    the light theme, light on the dark one."""
    app = QApplication.instance()
    bar = next(d.titleBarWidget() for d in main_window.docks if d.isVisible())
    for button in (bar.float_button, bar.close_button):
        darkest, _ = _darkest_and_lightest(button.icon())
        assert darkest < 90
    try:
        themes.apply(app, "dark")
        qtbot.waitUntil(
            lambda: _darkest_and_lightest(bar.close_button.icon())[1] > 180, timeout=3000
        )
        assert _darkest_and_lightest(bar.float_button.icon())[0] > 150
    finally:
        themes.apply(app, "light")
