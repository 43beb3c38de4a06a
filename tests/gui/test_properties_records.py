"""Actions, pains and opportunities in the Properties dock: a readable list and a form.

Driven with real clicks and key events (Cyrillic typed character by character), and
checked in the saved YAML, so a change that never reaches the file fails here.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_designer.io.yaml_format import load_map
from cjm_designer.model import Action, Evidence, EvidenceStatus, Insight, Kind
from cjm_designer.model.edits import update

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(window, card: str):
    window.controller.set_selection([card])
    return window.properties.field("actions")


def _click_row(editor, row: int) -> None:
    lst = editor.list
    rect = lst.visualItemRect(lst.item(row))
    QTest.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _type_in(editor, name: str, text: str, type_text) -> None:
    widget = editor.editors[name]
    widget.setFocus()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    type_text(widget, text)


def _save(window) -> None:
    QTest.keyClick(window.view, Qt.Key.Key_S, CTRL)
    assert not window.controller.dirty


def test_list_shows_each_action_in_full(main_window):
    editor = _open(main_window, "stati-zozh")
    texts = [editor.list.item(row).text() for row in range(editor.list.count())]
    assert texts == [
        "Клиент — Ищет «как похудеть при сидячей работе»",
        "Маркетолог — Публикует статьи о питании в офисе и продвигает их в поиске",
    ]
    assert editor.list.wordWrap()
    # Both rows fit: the list is not cut down to a scrolling strip.
    last = editor.list.visualItemRect(editor.list.item(1))
    assert last.bottom() <= editor.list.viewport().height() + 1
    assert editor.editors["actor"].text() == "Клиент"


def test_add_an_action_by_typing_in_its_form(main_window, example_copy, type_text):
    controller = main_window.controller
    editor = _open(main_window, "stati-zozh")
    before = controller.journey.touchpoint("stati-zozh").actions
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.current_row() == len(before) and editor.list.count() == len(before) + 1
    _type_in(editor, "actor", "Маркетолог", type_text)
    _type_in(editor, "text", "Пишет статью «Перекус без сахара»", type_text)
    _type_in(editor, "owner", "Контент-отдел", type_text)
    _type_in(editor, "tools", "Блог, Вордстат", type_text)
    _type_in(editor, "instructions", "Раз в неделю\nБез прямой рекламы", type_text)
    # Adding, then one step per field however many keys were typed.
    assert controller.undo_stack.count() == 6
    assert editor.list.item(len(before)).text() == "Маркетолог — Пишет статью «Перекус без сахара»"
    _save(main_window)
    saved = load_map(example_copy).touchpoint("stati-zozh").actions
    assert saved[: len(before)] == before
    assert saved[-1] == Action(
        text="Пишет статью «Перекус без сахара»",
        actor="Маркетолог",
        owner="Контент-отдел",
        tools=("Блог", "Вордстат"),
        instructions="Раз в неделю\nБез прямой рекламы",
    )
    controller.undo_stack.undo()
    assert controller.journey.touchpoint("stati-zozh").actions[-1].instructions == ""
    assert editor.editors["instructions"].toPlainText() == ""


def test_edit_move_and_remove_keep_what_the_form_does_not_show(
    main_window, example_copy, type_text
):
    controller = main_window.controller
    journey = controller.journey
    tp = journey.touchpoint("stati-zozh")
    marked = replace(tp.actions[1], channel="email", extra={"x-note": "keep"})
    controller.push(update(journey, Kind.TOUCHPOINT, tp.id, actions=(tp.actions[0], marked)), "t")
    editor = _open(main_window, "stati-zozh")
    _click_row(editor, 1)
    assert editor.editors["actor"].text() == "Маркетолог"
    assert editor.editors["tools"].text() == "Яндекс.Директ, Вордстат, блог на сайте"
    QTest.keyClick(editor.editors["owner"], Qt.Key.Key_End)
    _type_in(editor, "owner", " и продажи", type_text)
    steps = controller.undo_stack.count()
    QTest.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert controller.undo_stack.count() == steps + 1
    actions = controller.journey.touchpoint("stati-zozh").actions
    assert [a.actor for a in actions] == ["Маркетолог", "Клиент"]
    assert editor.current_row() == 0 and editor.editors["actor"].text() == "Маркетолог"
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    _save(main_window)
    first = load_map(example_copy).touchpoint("stati-zozh").actions[0]
    assert (first.owner, first.channel, first.extra) == (
        "Маркетинг и продажи",
        "email",
        {"x-note": "keep"},
    )
    QTest.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [a.actor for a in controller.journey.touchpoint("stati-zozh").actions] == ["Клиент"]
    assert editor.editors["actor"].text() == "Клиент"
    controller.undo_stack.undo()
    assert len(controller.journey.touchpoint("stati-zozh").actions) == 2


def test_pain_text_and_votes_are_edited_in_full_width(main_window, example_copy, type_text, qtbot):
    controller = main_window.controller
    journey = controller.journey
    backed = Insight(
        "Противоречивые советы в разных статьях", 0, Evidence(EvidenceStatus.RESEARCHED)
    )
    controller.push(update(journey, Kind.TOUCHPOINT, "stati-zozh", pains=(backed,)), "t")
    _open(main_window, "stati-zozh")
    pains = main_window.properties.field("pains")
    assert pains.list.item(0).text() == "Противоречивые советы в разных статьях"
    text = pains.editors["text"]
    # Properties opens for the selection and takes its width on the next layout pass.
    qtbot.waitUntil(lambda: text.width() > 3 * pains.editors["votes"].width())
    QTest.mouseClick(text.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClick(text, Qt.Key.Key_End, CTRL)
    type_text(text, " и форумах")
    votes = pains.editors["votes"]
    votes.setFocus()
    votes.selectAll()
    QTest.keyClicks(votes, "3")
    assert pains.list.item(0).text() == "Противоречивые советы в разных статьях и форумах   +3"
    opportunities = main_window.properties.field("opportunities")
    QTest.mouseClick(opportunities.add_button, Qt.MouseButton.LeftButton)
    _type_in(opportunities, "text", "Калькулятор белка", type_text)
    _save(main_window)
    saved = load_map(example_copy).touchpoint("stati-zozh")
    assert saved.pains == (
        Insight(
            "Противоречивые советы в разных статьях и форумах",
            3,
            Evidence(EvidenceStatus.RESEARCHED),
        ),
    )
    assert saved.opportunities[-1] == Insight("Калькулятор белка")
