"""Dot-voting: + / - keys and Alt+click on cards, the Votes panel, reset, saved in the file."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cjm_designer.io.yaml_format import loads_map
from tests.gui.workshop_support import ALT, CTRL, SHIFT, click_card, key, shortcut, type_text


def test_vote_with_keys_and_alt_click_then_reset(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    card = journey.touchpoints[0]
    start = card.votes
    click_card(window, card.id)
    assert window.controller.selection == [card.id]
    key(window.view, Qt.Key.Key_Plus, "+")
    key(window.view, Qt.Key.Key_Equal, "=")
    assert journey.touchpoint(card.id).votes == start + 2
    key(window.view, Qt.Key.Key_Minus, "-")
    assert journey.touchpoint(card.id).votes == start + 1
    click_card(window, card.id, ALT)
    assert journey.touchpoint(card.id).votes == start + 2
    click_card(window, card.id, ALT | SHIFT)
    assert journey.touchpoint(card.id).votes == start + 1
    window.controller.undo_stack.undo()
    assert journey.touchpoint(card.id).votes == start + 2

    # The votes dock lists it; the top of the list has the most votes.
    dock = window.workshop.votes
    qtbot.waitUntil(lambda: (start + 2, card.title) in dock.rows())
    rows = dock.rows()
    assert rows == sorted(rows, key=lambda r: -r[0])

    saved = loads_map(window.controller.text()).map
    assert saved.touchpoint(card.id).votes == start + 2

    shortcut(window, Qt.Key.Key_0, CTRL | ALT, target=window.view)
    assert all(tp.votes == 0 for tp in journey.touchpoints)
    qtbot.waitUntil(lambda: dock.rows() == [])
    window.controller.undo_stack.undo()
    assert journey.touchpoint(card.id).votes == start + 2


def test_vote_on_pains_and_opportunities_in_the_panel(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    dock = window.workshop.votes
    dock.show()
    dock.raise_()
    dock.show_all.setChecked(True)
    tree = dock.tree
    row = next(
        i
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(1).startswith("Pain")
    )
    tree.setCurrentItem(tree.topLevelItem(row))
    target = dock.current_target()
    tree.setFocus()
    key(tree, Qt.Key.Key_Plus, "+")
    key(tree, Qt.Key.Key_Plus, "+")
    card = journey.touchpoint(target.card)
    assert card.pains[target.index].votes >= 2
    qtbot.waitUntil(lambda: dock.current_target() == target)
    dock.minus.click()
    assert (
        journey.touchpoint(target.card).pains[target.index].votes
        == card.pains[target.index].votes - 1
    )


def test_vote_keys_type_text_in_the_inline_editor(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    card = journey.touchpoints[0]
    click_card(window, card.id)
    assert window.scene.start_inline_edit()
    type_text(window.view, "+1")
    key(window.view, Qt.Key.Key_Return)
    assert journey.touchpoint(card.id).votes == card.votes
    assert journey.touchpoint(card.id).title.endswith("+1")
