"""SWOT editor of a stage, the next review date and the change log, kept in the file."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cjm_designer.io.yaml_format import loads_map
from tests.gui.workshop_support import ALT, CTRL, click_card, key, shortcut, type_text


def test_swot_of_the_selected_cards_stage_and_the_review_log(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    dock = window.workshop.review
    dock.show()
    dock.raise_()
    card = journey.touchpoints_in(journey.stages[3].id)[0]
    click_card(window, card.id)
    assert dock.stage_id == card.stage
    threats = dock.swot["threats"]
    threats.setFocus()
    threats.selectAll()
    type_text(threats, "Конкурент у кассы")
    key(threats, Qt.Key.Key_Return, "\r")
    type_text(threats, "Цена")
    assert journey.stage(card.stage).swot.threats == ("Конкурент у кассы", "Цена")
    # Typing in one quadrant merges into one undo step.
    window.controller.undo_stack.undo()
    assert journey.stage(card.stage).swot.threats != ("Конкурент у кассы", "Цена")
    window.controller.undo_stack.redo()

    dock.next_review.setFocus()
    dock.next_review.selectAll()
    type_text(dock.next_review, "2026-13-01")
    assert journey.next_review != "2026-13-01"
    dock.next_review.selectAll()
    type_text(dock.next_review, "2027-02-01")
    assert journey.next_review == "2027-02-01"

    shortcut(window, Qt.Key.Key_L, CTRL | ALT, target=window.view)
    assert QApplication.focusWidget() is dock.summary
    type_text(dock.summary, "Добавили SWOT по изучению")
    key(dock.summary, Qt.Key.Key_Return, "\r")
    last = journey.revisions[-1]
    assert (last.date, last.summary) == (date.today().isoformat(), "Добавили SWOT по изучению")
    assert last.author
    qtbot.waitUntil(lambda: dock.log.topLevelItem(0).text(2) == "Добавили SWOT по изучению")
    saved = loads_map(window.controller.text()).map
    assert saved.revisions == journey.revisions
    assert saved.next_review == "2027-02-01"
    assert saved.stage(card.stage).swot.threats == ("Конкурент у кассы", "Цена")
