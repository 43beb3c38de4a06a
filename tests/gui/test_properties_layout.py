"""Properties for the selection, readable in a quarter of a 1280x720 projector.

Narrow, the labels sit above the fields, so a card's title and description get the
panel's whole width; wide, they sit beside them. No empty line under the heading.
"""

from __future__ import annotations

from PySide6.QtCore import Qt


def _open_for(window, qtbot, entity_id):
    window.controller.set_selection([entity_id])
    qtbot.waitUntil(window.properties.isVisible)
    qtbot.wait(50)


def test_in_a_quarter_of_a_projector_fields_get_the_panels_width(main_window, qtbot):
    window = main_window
    window.resize(1280, 690)
    card = window.controller.journey.touchpoints[0].id
    _open_for(window, qtbot, card)
    panel = window.properties
    assert panel.width() < 0.3 * window.width()
    inner = panel.scroll.viewport().width()
    for name in ("title", "description", "stage", "channel"):
        editor = panel.field(name)
        assert editor.width() >= 0.85 * inner, (name, editor.width(), inner)
    assert not panel.summary.isVisible()  # no empty line under "Touchpoint"
    title = panel.field("title")
    heading_bottom = panel.heading.geometry().bottom()
    assert title.mapTo(panel.scroll.widget(), title.rect().topLeft()).y() - heading_bottom < 50


def test_a_wide_panel_puts_labels_beside_the_fields(main_window, qtbot):
    window = main_window
    window.resize(1600, 900)
    stage = window.controller.journey.stages[0].id
    _open_for(window, qtbot, stage)
    window.resizeDocks([window.properties], [560], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.properties.width() >= 500)
    qtbot.wait(50)
    name = window.properties.field("name")
    label = window.properties.form.labelForField(name)
    assert label.geometry().right() < name.geometry().left()
    assert abs(label.geometry().center().y() - name.geometry().center().y()) < 12
