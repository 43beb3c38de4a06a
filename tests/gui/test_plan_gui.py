"""The plan in the window: matrix drags, linking to the funnel, the action plan, scenarios
and custom rows; real mouse and key events on the widgets, undo after each."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjm_designer.io.yaml_format import loads_map
from cjm_designer.model import ActionStatus, Kind
from cjm_designer.model.plan import insight_at
from tests.gui.canvas_support import type_text
from tests.gui.workshop_support import CTRL, SHIFT, shortcut

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.MouseButton.NoButton


def mouse(widget, kind, pos: QPointF, button=LEFT, buttons=LEFT) -> None:
    event = QMouseEvent(
        kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def drag(widget, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press, move in steps like a hand, release: the matrix's own mouse handlers run."""
    mouse(widget, QEvent.Type.MouseButtonPress, start)
    for i in range(1, steps + 1):
        mouse(widget, QEvent.Type.MouseMove, start + (end - start) * (i / steps), NONE, LEFT)
    mouse(widget, QEvent.Type.MouseButtonRelease, end, LEFT, NONE)
    QApplication.processEvents()


def open_matrix(window, qtbot):
    shortcut(window, Qt.Key.Key_M, CTRL | SHIFT, target=window)
    dock = window.plan_features.matrix
    qtbot.waitUntil(lambda: dock.built and dock.matrix.isVisible())
    dock.matrix.resize(600, 360)
    qtbot.waitUntil(lambda: bool(dock.matrix.chips))
    return dock


def test_matrix_drag_between_quadrants_is_undoable(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    dock = open_matrix(window, qtbot)
    matrix = dock.matrix
    tray_chip = next(c for c in matrix.chips if not c.item.scored)
    ref = tray_chip.item.ref
    target = matrix.cell_rect(5, 1).center()
    drag(matrix, tray_chip.rect.center(), target)
    placed = insight_at(journey, ref)
    assert (placed.impact, placed.effort) == (5, 1)
    assert "Place in matrix" in window.controller.undo_stack.undoText()
    # the dock follows the map: the chip now sits in its cell
    qtbot.waitUntil(lambda: matrix.chip_for(ref) and matrix.cell_rect(5, 1).contains(
        matrix.chip_for(ref).rect.center()))  # fmt: skip
    # from the quick wins to the money pits
    drag(matrix, matrix.chip_for(ref).rect.center(), matrix.cell_rect(2, 5).center())
    assert (insight_at(journey, ref).impact, insight_at(journey, ref).effort) == (2, 5)
    # arrow keys move the chosen item a cell, Delete sends it back to the tray
    matrix.setFocus()
    QTest.keyClick(matrix, Qt.Key.Key_Up)
    assert insight_at(journey, ref).impact == 3
    QTest.keyClick(matrix, Qt.Key.Key_Delete)
    assert insight_at(journey, ref).impact is None
    for expected in ((3, 5), (2, 5), (5, 1), (None, None)):
        window.controller.undo_stack.undo()
        assert (insight_at(journey, ref).impact, insight_at(journey, ref).effort) == expected
    # a press and release without moving only chooses
    scored = next(c for c in matrix.chips if c.item.scored)
    before = insight_at(journey, scored.item.ref)
    drag(matrix, scored.rect.center(), scored.rect.center(), steps=0)
    assert matrix.chosen == scored.item.ref and insight_at(journey, scored.item.ref) == before


def test_matrix_filters_by_stage_and_persona(main_window, qtbot):
    window = main_window
    dock = open_matrix(window, qtbot)
    everything = len(dock.matrix.items)
    stage = window.controller.journey.stage("sravnenie")
    dock.stage.setCurrentIndex(dock.stage.findData(stage.id))
    assert 0 < len(dock.matrix.items) < everything
    assert all(item.card.stage == "sravnenie" for item in dock.matrix.items)
    dock.stage.setCurrentIndex(0)
    dock.persona.setCurrentIndex(dock.persona.findData("lyuda"))
    assert all(item.card.applies_to_persona("lyuda") for item in dock.matrix.items)
    assert len(dock.matrix.items) < everything


def open_plan(window, qtbot):
    shortcut(window, Qt.Key.Key_L, CTRL | SHIFT, target=window)
    dock = window.plan_features.plan
    qtbot.waitUntil(lambda: dock.built and dock.tree.isVisible())
    return dock


def click_row(tree, row: int) -> None:
    tree.scrollToItem(tree.topLevelItem(row))
    QApplication.processEvents()
    rect = tree.visualItemRect(tree.topLevelItem(row))
    QTest.mouseClick(tree.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, rect.center())


def test_link_an_opportunity_to_a_transition_shows_its_worth(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    dock = open_plan(window, qtbot)
    tree = dock.tree
    row = next(i for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == "—")
    tree.scrollToItem(tree.topLevelItem(row))
    click_row(tree, row)
    ref = dock.chosen_ref()
    assert ref is not None and insight_at(journey, ref).link is None
    dock.link.setFocus()
    dock.link.setCurrentIndex(dock.link.findData("deystvie--vovlechenie"))
    dock.change.setFocus()
    dock.change.selectAll()
    type_text(dock.change, "15")
    QTest.mouseClick(dock.apply_link, LEFT)
    linked = insight_at(journey, ref)
    assert (linked.link, linked.change) == ("deystvie--vovlechenie", 0.15)
    # the list re-sorts by worth; the linked one now has a number
    qtbot.waitUntil(lambda: dock.choose(ref) and tree.currentItem().text(0) != "—")
    assert tree.currentItem().text(0).startswith("+")
    saved = loads_map(window.controller.text()).map
    assert insight_at(saved, ref).change == 0.15
    window.controller.undo_stack.undo()
    assert insight_at(journey, ref).link is None


def edit_cell(table, row: int, column: int) -> None:
    table.scrollToItem(table.item(row, column))
    rect = table.visualItemRect(table.item(row, column))
    QTest.mouseClick(table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == table.State.EditingState


def test_action_plan_add_edit_status_delete_with_undo(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    dock = open_plan(window, qtbot)
    before = journey.plan
    # an action for the chosen opportunity: it gets an id, the action serves it
    click_row(dock.tree, dock.tree.topLevelItemCount() - 1)
    ref = dock.chosen_ref()
    QTest.mouseClick(dock.add_for, LEFT)
    assert len(journey.plan) == len(before) + 1
    served = insight_at(journey, ref)
    assert served.id and journey.plan[-1].serves == served.id
    table = dock.table
    assert dock.tabs.currentIndex() == 1 and table.state() == table.State.EditingState
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "Позвонить клиенту")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: journey.plan[-1].text == "Позвонить клиенту")
    row = table.rowCount() - 1
    # owner and due date: click the cell, F2, type, Enter
    for column, text in ((1, "Анна"), (2, "2027-05-01")):
        edit_cell(table, row, column)
        editor = QApplication.focusWidget()
        editor.selectAll()
        type_text(editor, text)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
        qtbot.wait(20)
    assert (journey.plan[-1].owner, journey.plan[-1].due) == ("Анна", "2027-05-01")
    # a bad date is refused with a message, the stored one stays
    edit_cell(table, row, 2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "next week")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "YYYY-MM-DD" in dock.status_line.text())
    assert journey.plan[-1].due == "2027-05-01"
    qtbot.waitUntil(lambda: table.item(row, 2).text() == "2027-05-01")
    # status through its combo box
    combo = table.cellWidget(row, 3)
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert journey.plan[-1].status is ActionStatus.DOING
    # the plain "Add action" button adds an empty one to fill in
    QTest.mouseClick(dock.add_button, LEFT)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert len(journey.plan) == len(before) + 2
    # Delete on the chosen row
    table.setFocus()
    table.setCurrentCell(table.rowCount() - 1, 0)
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert len(journey.plan) == len(before) + 1
    saved = loads_map(window.controller.text()).map
    assert saved.plan[-1].owner == "Анна" and saved.plan[-1].status is ActionStatus.DOING
    stack = window.controller.undo_stack
    while journey.plan != before:
        stack.undo()
    assert insight_at(journey, ref).id == ""


def test_create_rename_delete_scenario_and_row(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    shortcut(window, Qt.Key.Key_R, CTRL | SHIFT, target=window)
    dialog = window.plan_features.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    scenarios, rows = dialog.scenarios, dialog.rows
    start = len(journey.scenarios)
    QTest.mouseClick(scenarios.name, LEFT)
    type_text(scenarios.name, "Через маркетплейс")
    QTest.keyClick(scenarios.name, Qt.Key.Key_Return)
    assert len(journey.scenarios) == start + 1
    created = journey.scenarios[-1]
    assert created.name == "Через маркетплейс" and created.id == "cherez-marketpleys"
    assert scenarios.list.count() == start + 1
    # the new scenario is offered by the filter bar at once
    bar = window.workshop.filter_bar.scenario
    qtbot.waitUntil(lambda: bar.findData(created.id) >= 0)
    assert scenarios.rename_current("Маркетплейс")
    assert journey.find(Kind.SCENARIO, created.id).name == "Маркетплейс"
    QTest.mouseClick(scenarios.delete_button, LEFT)
    assert created.id not in journey
    # rows: type a name, click Add
    QTest.mouseClick(rows.name, LEFT)
    type_text(rows.name, "Мысли клиента")
    QTest.mouseClick(rows.add_button, LEFT)
    assert journey.rows[-1].name == "Мысли клиента"
    saved = loads_map(window.controller.text()).map
    assert saved.rows[-1].name == "Мысли клиента"
    stack = window.controller.undo_stack
    stack.undo()
    assert all(r.name != "Мысли клиента" for r in journey.rows)
    stack.undo()
    assert journey.find(Kind.SCENARIO, created.id).name == "Маркетплейс"
    stack.undo()
    stack.undo()
    assert created.id not in journey and len(journey.scenarios) == start


def test_plan_docks_fit_a_1280x720_window(main_window, qtbot):
    window = main_window
    window.resize(1280, 720)
    dock = open_plan(window, qtbot)
    qtbot.waitUntil(lambda: dock.tree.height() > 60)
    assert dock.tree.viewport().height() >= 3 * dock.tree.visualItemRect(
        dock.tree.topLevelItem(0)).height()  # fmt: skip
    matrix = open_matrix(window, qtbot).matrix
    matrix.resize(matrix.parentWidget().size())
    cell = matrix.cell_rect(3, 3)
    assert cell.width() >= 60 and cell.height() >= 18
    assert QPoint(0, 0) != matrix.mapTo(window, QPoint(0, 0))


def test_import_measurements_shows_plan_versus_actual(main_window, qtbot, tmp_path, dialogs):
    window = main_window
    journey = window.controller.journey
    table = tmp_path / "analytics.csv"
    table.write_text(
        "stage,period,visitors\nОсознание,2026-12,10000\nИнтерес,2026-12,6500\n", "utf-8"
    )
    features = window.plan_features
    assert features.import_measured(str(table))
    assert [(m.stage, m.period) for m in journey.measured][-2:] == [
        ("osoznanie", "2026-12"), ("interes", "2026-12")]  # fmt: skip
    dock = features.plan
    assert dock.tabs.currentIndex() == 2
    qtbot.waitUntil(lambda: dock.actual.topLevelItemCount() == len(journey.measured))
    texts = [
        [dock.actual.topLevelItem(i).text(c) for c in range(5)]
        for i in range(dock.actual.topLevelItemCount())
    ]
    # shares as the window's language writes them (English here: "70.0%"; ru and fi "70,0 %")
    assert ["2026-12", "Интерес", "6500", "70.0%", "65.0%"] in texts
    # a bad table is refused with a located message and changes nothing
    bad = tmp_path / "bad.csv"
    bad.write_text("stage,period,visitors\nНет такого,2026-12,1\n", "utf-8")
    before = journey.measured
    assert not features.import_measured(str(bad))
    assert journey.measured == before
    assert "bad.csv:2:1" in dialogs.errors[-1][1]
    window.controller.undo_stack.undo()
    assert ("interes", "2026-12") not in [(m.stage, m.period) for m in journey.measured]


def test_review_panel_shows_the_plan_status(main_window, qtbot):
    window = main_window
    dock = window.workshop.review
    dock.show()
    dock.raise_()
    dock.ensure_built()
    qtbot.waitUntil(lambda: dock.plan_status.text() != "")
    text = dock.plan_status.text()
    # the example: 4 to do, 1 in progress, 1 done, 1 dropped; all due dates are past
    # or future relative to today, so only the counts are asserted
    assert text.startswith("Action plan: To do 4, In progress 1, Done 1, Dropped 1")


def test_plan_shortcut_again_shows_the_next_tab(main_window, qtbot):
    window = main_window
    dock = open_plan(window, qtbot)
    assert dock.tabs.currentIndex() == 0
    shortcut(window, Qt.Key.Key_L, CTRL | SHIFT, target=window)
    assert dock.tabs.currentIndex() == 1


def test_stage_goals_and_kpis_row_on_the_canvas(main_window, qtbot):
    window = main_window
    scene = window.scene
    assert all(row.kind != "goals" for row in scene.layout.rows)
    shortcut(window, Qt.Key.Key_G, CTRL | SHIFT, target=window)
    qtbot.waitUntil(lambda: any(row.kind == "goals" for row in scene.layout.rows))
    row = next(r for r in scene.layout.rows if r.kind == "goals")
    stage = window.controller.journey.stages[0]
    cell = next(c for c in row.cells if c.stage == stage.id)
    text = " ".join(cell.lines)
    assert stage.goal.split()[0] in text and "KPI:" in text
    assert window.plan_features.goals_row.isChecked()
    shortcut(window, Qt.Key.Key_G, CTRL | SHIFT, target=window)
    qtbot.waitUntil(lambda: all(r.kind != "goals" for r in scene.layout.rows))


def test_hidden_plan_dock_catches_up_when_shown(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    dock = open_plan(window, qtbot)
    open_matrix(window, qtbot)  # the Plan dock goes behind the matrix's tab
    qtbot.waitUntil(lambda: not dock._on_screen)
    action = journey.plan[0]
    from cjm_designer.model.plan import update_action

    window.controller.push(update_action(journey, action.id, text="Renamed meanwhile"), "edit")
    qtbot.wait(50)
    assert dock._stale
    shortcut(window, Qt.Key.Key_L, CTRL | SHIFT, target=window)
    dock.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dock.table.item(0, 0).text() == "Renamed meanwhile")


def test_tray_shows_what_fits_and_counts_the_rest(main_window, qtbot):
    dock = open_matrix(main_window, qtbot)
    matrix = dock.matrix
    matrix.resize(320, 220)
    qtbot.waitUntil(lambda: matrix.hidden > 0)
    tray = matrix.tray_rect().adjusted(0, 0, 0, 3)
    unplaced = [c for c in matrix.chips if not c.item.scored]
    assert unplaced and all(tray.contains(c.rect) for c in unplaced)
    assert len(unplaced) + matrix.hidden == sum(1 for i in matrix.items if not i.scored)


def test_double_click_shows_the_items_card(main_window, qtbot):
    window = main_window
    dock = open_matrix(window, qtbot)
    chip = dock.matrix.chips[0]
    QTest.mouseDClick(
        dock.matrix, LEFT, Qt.KeyboardModifier.NoModifier, chip.rect.center().toPoint()
    )
    assert window.controller.selection == [chip.item.ref.card]
    plan = open_plan(window, qtbot)
    click_row(plan.tree, 3)
    ref = plan.chosen_ref()
    QTest.keyClick(plan.tree, Qt.Key.Key_Return)
    assert window.controller.selection == [ref.card]


def test_worth_follows_the_scenario_filter(main_window, qtbot):
    window = main_window
    dock = open_plan(window, qtbot)

    def worth_of(text):
        tree = dock.tree
        for i in range(tree.topLevelItemCount()):
            if tree.topLevelItem(i).text(1).startswith(text):
                return tree.topLevelItem(i).text(0)
        return None

    before = worth_of("Бесплатная доставка")
    window.workshop.filter_bar.set_scenario("bez-otdela-prodazh")
    qtbot.waitUntil(lambda: worth_of("Бесплатная доставка") not in (None, before))
    window.workshop.filter_bar.set_scenario(None)
    qtbot.waitUntil(lambda: worth_of("Бесплатная доставка") == before)


def test_custom_row_text_is_written_per_stage(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    shortcut(window, Qt.Key.Key_R, CTRL | SHIFT, target=window)
    dialog = window.plan_features.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    rows = dialog.rows
    QTest.mouseClick(rows.name, LEFT)
    type_text(rows.name, "Цитаты")
    QTest.keyClick(rows.name, Qt.Key.Key_Return)
    row_id = journey.rows[-1].id
    texts = dialog.texts
    qtbot.waitUntil(lambda: texts.row_id == row_id and texts.rowCount() == len(journey.stages))
    texts.setFocus()
    texts.setCurrentCell(1, 1)
    QTest.keyClick(texts, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    type_text(editor, "«Где тут белок?»")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    stage = journey.stages[1]
    qtbot.waitUntil(lambda: journey.stage(stage.id).notes.get(row_id) == "«Где тут белок?»")
    # the canvas shows it in the row under the grid
    qtbot.waitUntil(
        lambda: any(
            "«Где тут белок?»" in " ".join(c.lines)
            for r in window.scene.layout.rows
            if r.id == row_id
            for c in r.cells
        )
    )
    window.controller.undo_stack.undo()
    assert row_id not in journey.stage(stage.id).notes


def test_plan_tab_compares_measured_conversion(main_window, qtbot, tmp_path, dialogs):
    from cjm_designer.analysis.funnel import compute_funnel
    from cjm_designer.messages import percent

    window = main_window
    table = tmp_path / "crm.csv"
    table.write_text("stage,period,visitors,conversions\nОсознание,2026-12,10000,300\n", "utf-8")
    assert window.plan_features.import_measured(str(table))
    dock = window.plan_features.plan
    journey = window.controller.journey
    qtbot.waitUntil(lambda: dock.actual.topLevelItemCount() == len(journey.measured))
    texts = [
        [dock.actual.topLevelItem(i).text(c) for c in range(7)]
        for i in range(dock.actual.topLevelItemCount())
    ]
    planned = percent(compute_funnel(journey).conversion)
    assert ["2026-12", "Осознание", "10000", "100.0%", "100.0%", planned, "3.0%"] in texts
    window.controller.undo_stack.undo()
    qtbot.waitUntil(lambda: dock.actual.topLevelItemCount() == len(journey.measured))
    assert all(row[0] != "2026-12" for row in [
        [dock.actual.topLevelItem(i).text(0)] for i in range(dock.actual.topLevelItemCount())
    ])  # fmt: skip
