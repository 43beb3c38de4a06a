"""Fast capture: click a cell, type, Enter; Tab and arrows move; pasted lines; quick add."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cjm_designer.io.yaml_format import loads_map
from tests.gui.workshop_support import (
    CTRL,
    click,
    empty_cell_point,
    key,
    shortcut,
    type_text,
)


def _cards(window, stage_id, channel_id):
    return [tp.title for tp in window.controller.journey.touchpoints_in(stage_id, channel_id)]


def test_capture_type_enter_tab_and_arrows(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    capture = window.workshop.capture
    stages = [s.id for s in window.scene.layout.stages]
    lanes = [lane.id for lane in window.scene.layout.lanes]
    cell = (stages[0], lanes[2])
    window.view.setFocus()
    click(window, empty_cell_point(window, *cell))
    assert capture.cell == cell
    assert window.workshop.decorations.cursor.isVisible()

    type_text(window.view, "Ф")  # the first letter opens the capture box
    assert capture.is_open
    edit = capture.bar.edit
    assert QApplication.focusWidget() is edit
    type_text(edit, "отка у кассы")
    before = len(journey.touchpoints)
    key(edit, Qt.Key.Key_Return)
    assert len(journey.touchpoints) == before + 1
    assert _cards(window, *cell)[-1] == "Фотка у кассы"
    assert edit.text() == "" and QApplication.focusWidget() is edit

    key(edit, Qt.Key.Key_Tab)
    assert capture.cell == (stages[1], lanes[2])
    key(edit, Qt.Key.Key_Down)
    assert capture.cell == (stages[1], lanes[3])
    type_text(edit, "Отзыв в чате")
    key(edit, Qt.Key.Key_Enter)
    assert _cards(window, stages[1], lanes[3])[-1] == "Отзыв в чате"
    key(edit, Qt.Key.Key_Backtab)
    assert capture.cell == (stages[0], lanes[3])
    key(edit, Qt.Key.Key_Escape)
    assert not capture.is_open

    # Arrow keys on the canvas move the cell too; Enter opens the box there.
    window.view.setFocus()
    key(window.view, Qt.Key.Key_Right)
    key(window.view, Qt.Key.Key_Up)
    assert capture.cell == (stages[1], lanes[2])
    key(window.view, Qt.Key.Key_Return)
    assert capture.is_open and capture.bar.cell_label.text().startswith(
        journey.stage(stages[1]).name
    )

    # Every card was one undo step; the text is in the saved YAML.
    assert "Фотка у кассы" in window.controller.text()
    window.controller.undo_stack.undo()
    assert "Отзыв в чате" not in _cards(window, stages[1], lanes[3])


def test_capture_paste_several_lines_makes_one_card_per_line(main_window, qtbot):
    window = main_window
    capture = window.workshop.capture
    stage_id, channel_id = window.scene.layout.stages[2].id, window.scene.layout.lanes[0].id
    capture.set_cell((stage_id, channel_id))
    assert capture.open()
    QApplication.clipboard().setText("Звонок другу\n\nОтзыв на Яндекс.Картах\nВидео-обзор\n")
    before = _cards(window, stage_id, channel_id)
    count = window.controller.undo_stack.count()
    shortcut(window, Qt.Key.Key_V, CTRL, target=capture.bar.edit)
    after = _cards(window, stage_id, channel_id)
    assert after == [*before, "Звонок другу", "Отзыв на Яндекс.Картах", "Видео-обзор"]
    assert window.controller.undo_stack.count() == count + 1
    window.controller.undo_stack.undo()
    assert _cards(window, stage_id, channel_id) == before
    # One line pastes as text into the box.
    QApplication.clipboard().setText("Одна строка")
    shortcut(window, Qt.Key.Key_V, CTRL, target=capture.bar.edit)
    assert capture.bar.edit.text() == "Одна строка"


def test_capture_quick_add_box_parses_stage_channel_title(main_window, qtbot):
    window = main_window
    window.view.setFocus()
    shortcut(window, Qt.Key.Key_K, CTRL, target=window.view)
    box = window.workshop.quick_add
    assert box.isVisible() and QApplication.focusWidget() is box.edit
    type_text(box.edit, "Интерес / Мессенджеры: Бот с подбором вкуса")
    assert "Интерес" in box.hint.text() and "Мессенджеры" in box.hint.text()
    key(box.edit, Qt.Key.Key_Return)
    assert not box.isVisible()
    added = window.controller.journey.touchpoint(window.controller.selection[0])
    assert (added.stage, added.channel, added.title) == (
        "interes",
        "messengers",
        "Бот с подбором вкуса",
    )
    saved = loads_map(window.controller.text()).map
    assert saved.touchpoint(added.id).title == "Бот с подбором вкуса"
    # An unknown stage is reported and nothing is added.
    shortcut(window, Qt.Key.Key_K, CTRL, target=window.view)
    type_text(box.edit, "Марс / Сайт: x")
    count = len(window.controller.journey.touchpoints)
    key(box.edit, Qt.Key.Key_Return)
    assert len(window.controller.journey.touchpoints) == count
    assert "Марс" in box.hint.text()
    key(box.edit, Qt.Key.Key_Escape)
    assert not box.isVisible()
