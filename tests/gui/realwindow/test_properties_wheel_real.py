"""The mouse wheel over the Properties panel through X: it scrolls, it picks nothing."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from .conftest import xdotool


def test_wheel_through_x_over_the_channel_combo_scrolls_and_keeps_the_channel(maximized, qtbot):
    window = maximized
    journey = window.controller.journey
    card = journey.touchpoint("stati-zozh")
    window.controller.set_selection([card.id])
    qtbot.waitUntil(window.properties.isVisible, timeout=5000)
    qtbot.wait(200)
    # Every section open: the form is taller than the panel even on a 1920x1080 screen.
    for key in ("evidence", "actions", "pains", "opportunities"):
        window.properties.section_header(key).setChecked(True)
    window.view.setFocus()
    channel = window.properties.field("channel")
    bar = window.properties.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    window.properties.scroll.ensureWidgetVisible(channel)
    qtbot.wait(50)
    centre = channel.mapToGlobal(QPoint(channel.width() // 2, channel.height() // 2))
    before = bar.value()
    xdotool("mousemove", "--sync", str(centre.x()), str(centre.y()))
    for _ in range(3):
        xdotool("click", "5")  # wheel down
        qtbot.wait(30)
    qtbot.waitUntil(lambda: bar.value() > before, timeout=5000)
    assert window.controller.journey.touchpoint(card.id).channel == card.channel
    assert window.controller.undo_stack.count() == 0
    assert not channel.hasFocus()


def test_wheel_through_x_over_the_status_bar_timer_changes_nothing(maximized, qtbot):
    """The app-wide guard: a field outside Properties (the session timer's minutes)."""
    from PySide6.QtWidgets import QAbstractSpinBox

    window = maximized
    spin = next(w for w in window.statusBar().findChildren(QAbstractSpinBox) if w.isVisible())
    window.view.setFocus()
    before = spin.text()
    centre = spin.mapToGlobal(QPoint(spin.width() // 2, spin.height() // 2))
    xdotool("mousemove", "--sync", str(centre.x()), str(centre.y()))
    for button in ("4", "4", "5"):
        xdotool("click", button)  # wheel up, up, down
        qtbot.wait(30)
    qtbot.wait(100)
    assert spin.text() == before
    assert not spin.hasFocus()
