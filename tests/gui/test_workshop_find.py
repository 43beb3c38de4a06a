"""Find (Ctrl+F) with highlighted hits, and filters by channel, tag and owner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cjm_designer.model.search import find
from tests.gui.workshop_support import CTRL, SHIFT, key, shortcut, type_text


def test_find_highlights_hits_and_steps_through_them(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    window.view.setFocus()
    shortcut(window, Qt.Key.Key_F, CTRL, target=window.view)
    bar = window.workshop.find_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.query
    type_text(bar.query, "доставк")
    expected = [hit.entity_id for hit in find(journey, "доставк")]
    assert len(expected) >= 2
    decorations = window.workshop.decorations
    assert decorations.highlighted == set(expected)
    frames = decorations._highlights
    assert set(frames) == {i for i in expected if window.scene.entity_item(i) is not None}
    assert all(frame.isVisible() for frame in frames.values())
    assert bar.count.text() == f"1 of {len(expected)}"
    key(bar.query, Qt.Key.Key_Return)
    assert window.controller.selection == [expected[1]]
    key(bar.query, Qt.Key.Key_Return, "", SHIFT)
    assert window.controller.selection == [expected[0]]
    shortcut(window, Qt.Key.Key_F3, target=bar.query)
    assert window.controller.selection == [expected[1]]
    key(bar.query, Qt.Key.Key_Escape)
    assert not bar.isVisible() and decorations.highlighted == set()


def test_find_filters_by_channel_tag_and_owner_dim_other_cards(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    bar = window.workshop.find_bar
    window.view.setFocus()
    shortcut(window, Qt.Key.Key_F, CTRL, target=window.view)
    bar.channel.setCurrentIndex(bar.channel.findData("web"))
    web = {tp.id for tp in journey.touchpoints if tp.channel == "web"}
    for card_id, item in window.scene.cards.items():
        assert (item.opacity() == 1.0) == (card_id in web)
    bar.channel.setCurrentIndex(0)
    bar.tag.setCurrentIndex(bar.tag.findData("crm"))
    tagged = {tp.id for tp in journey.touchpoints if "crm" in tp.tags}
    assert tagged
    assert {i for i, item in window.scene.cards.items() if item.opacity() == 1.0} == tagged
    bar.tag.setCurrentIndex(0)
    bar.owner.setCurrentIndex(bar.owner.findData("Логистика"))
    owned = {tp.id for tp in journey.touchpoints if any(a.owner == "Логистика" for a in tp.actions)}
    assert owned
    assert {i for i, item in window.scene.cards.items() if item.opacity() == 1.0} == owned
    bar.close_bar()
    assert all(item.opacity() == 1.0 for item in window.scene.cards.values())
