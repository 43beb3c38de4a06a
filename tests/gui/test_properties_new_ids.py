"""A new item named in the Properties panel takes its id from that name, as on the canvas.

Typed key by key into the name field (each key an edit that merges), then Tab: the id
is made from the name (transliterated, unique), in the same undo step; once something
refers to the item, or once it has a name of its own, the id stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cjm_designer.model import Kind, Touchpoint


def _type_into(qtbot, editor, text: str, type_text) -> None:
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()


def test_a_new_stage_named_in_properties_gets_its_id_in_one_undo_step(
    main_window, qtbot, type_text
):
    window = main_window
    controller = window.controller
    stage_id = window.session.add_stage()
    assert stage_id == "new-stage"
    controller.set_selection([stage_id])
    qtbot.waitUntil(window.properties.isVisible)
    steps = controller.undo_stack.count()
    _type_into(qtbot, window.properties.field("name"), "Оплата", type_text)
    ids = [s.id for s in controller.journey.stages]
    assert "oplata" in ids and stage_id not in ids
    assert controller.journey.stage("oplata").name == "Оплата"
    assert controller.selection == ["oplata"]
    assert window.properties.subject_id == "oplata"
    assert controller.undo_stack.count() == steps + 1  # the typing and the id: one step
    controller.undo_stack.undo()
    assert controller.journey.stage(stage_id).name == "New stage"
    assert "oplata" not in controller.journey
    controller.undo_stack.redo()
    assert controller.journey.stage("oplata").name == "Оплата"


def test_an_item_something_refers_to_keeps_its_id(main_window, qtbot, type_text):
    window = main_window
    controller = window.controller
    stage_id = window.session.add_stage()
    channel = controller.journey.channels[0].id
    from cjm_designer.model.edits import InsertEntity

    controller.push(
        InsertEntity(Kind.TOUCHPOINT, Touchpoint("uses-it", stage_id, channel, "Card")), "add"
    )
    controller.set_selection([stage_id])
    qtbot.waitUntil(window.properties.isVisible)
    _type_into(qtbot, window.properties.field("name"), "Оплата", type_text)
    assert controller.journey.stage(stage_id).name == "Оплата"
    assert "oplata" not in controller.journey
    # A later rename of a named stage keeps the id as well.
    _type_into(qtbot, window.properties.field("name"), "Оплата картой", type_text)
    assert controller.journey.stage(stage_id).name == "Оплата картой"


def test_a_new_card_titled_in_properties_gets_a_unique_id(main_window, qtbot, type_text):
    window = main_window
    controller = window.controller
    stage = controller.journey.stages[0].id
    channel = controller.journey.channels[0].id
    card_id = window.session.add_touchpoint(stage, channel)
    controller.set_selection([card_id])
    qtbot.waitUntil(window.properties.isVisible)
    _type_into(qtbot, window.properties.field("title"), "Оплата", type_text)
    _type_into(qtbot, window.properties.field("title"), "Оплата", type_text)  # no change
    assert controller.selection == ["oplata"] and card_id not in controller.journey
    # A second new card with the same title gets an id of its own.
    second = window.session.add_touchpoint(stage, channel)
    controller.set_selection([second])
    qtbot.waitUntil(lambda: window.properties.subject_id == second)
    _type_into(qtbot, window.properties.field("title"), "Оплата", type_text)
    (renamed,) = controller.selection
    assert renamed.startswith("oplata") and renamed != "oplata"
    assert controller.journey.touchpoint(renamed).title == "Оплата"
