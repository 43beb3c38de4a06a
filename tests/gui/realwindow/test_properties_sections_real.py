"""A card's Properties in a maximized real window: the main fields show without scrolling.

Before the sections folded, the card form was taller than the panel on a 1280x720
projector; evidence and actions now start folded, so the title, description, stage,
channel, emotion, votes and tags sit inside the panel as it opens.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from .conftest import global_rect, xdotool

MAIN_FIELDS = ("title", "description", "stage", "channel", "emotion", "votes", "tags")


def test_a_cards_main_fields_are_visible_without_scrolling(maximized, qtbot):
    window = maximized
    window.controller.set_selection(["stati-zozh"])
    panel = window.properties
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    qtbot.wait(300)
    assert panel.scroll.verticalScrollBar().value() == 0
    viewport = global_rect(panel.scroll.viewport())
    for name in MAIN_FIELDS:
        editor = panel.field(name)
        assert editor.isVisible(), name
        assert viewport.contains(global_rect(editor)), (name, global_rect(editor), viewport)
    # A click through X on a folded section's header opens it; another folds it again.
    header = panel.section_header("evidence")
    assert not header.isChecked()
    panel.scroll.ensureWidgetVisible(header)
    qtbot.wait(50)
    centre = header.mapToGlobal(QPoint(header.width() // 3, header.height() // 2))
    xdotool("mousemove", "--sync", str(centre.x()), str(centre.y()))
    xdotool("click", "1")
    qtbot.waitUntil(lambda: panel.field("evidence.status").isVisible(), timeout=5000)
    again = header.mapToGlobal(QPoint(header.width() // 3, header.height() // 2))
    if again != centre:  # --sync waits for a move, forever when the pointer is there
        xdotool("mousemove", "--sync", str(again.x()), str(again.y()))
    xdotool("click", "1")
    qtbot.waitUntil(lambda: not panel.field("evidence.status").isVisible(), timeout=5000)
    assert header.focusPolicy() == Qt.FocusPolicy.StrongFocus
