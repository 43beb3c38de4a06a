"""The wheel over the Properties panel scrolls it; unfocused fields keep their value."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication


def wheel(widget, steps: int = -1) -> None:
    """A mouse wheel turn over the middle of ``widget``, delivered as the system does."""
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def _card_properties(window, qtbot):
    card = next(tp for tp in window.controller.journey.touchpoints if tp.id == "stati-zozh")
    window.controller.set_selection([card.id])
    qtbot.waitUntil(window.properties.isVisible)
    window.resize(1280, 690)
    qtbot.wait(50)
    return card, window.properties.field("channel")


def test_wheel_over_an_unfocused_channel_scrolls_the_panel(main_window, qtbot):
    window = main_window
    card, channel = _card_properties(window, qtbot)
    window.view.setFocus()
    bar = window.properties.scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the panel must be taller than the window for this test"
    before = bar.value()
    wheel(channel, -2)
    assert window.controller.journey.touchpoint(card.id).channel == card.channel
    assert window.controller.undo_stack.count() == 0
    assert bar.value() > before


def test_wheel_over_a_focused_combo_still_picks_a_value(main_window, qtbot):
    window = main_window
    card, channel = _card_properties(window, qtbot)
    channel.setFocus()
    qtbot.waitUntil(channel.hasFocus)
    wheel(channel, -1)
    assert window.controller.journey.touchpoint(card.id).channel != card.channel
