"""Snapshots from the File menu: save, restore (undoable), open read-only, compare."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_designer.io.yaml_format import load_map
from cjm_designer.ui.compare import snapshot_dialog as snapshots
from cjm_designer.ui.compare.window import CompareWindow
from cjm_designer.ui.main_window import MainWindow


@pytest.fixture
def answers(monkeypatch):
    asked = {"name": "Workshop 1", "restore": True}
    monkeypatch.setattr(snapshots, "ask_snapshot_name", lambda _p, _s: asked["name"])
    monkeypatch.setattr(snapshots, "confirm_restore", lambda _p, _n: asked["restore"])
    return asked


def _rename(window, type_text, text=" 2") -> None:
    window.controller.set_selection(["interes"])
    name = window.properties.field("name")
    name.setFocus()
    QTest.keyClick(name, Qt.Key.Key_End)
    type_text(name, text)


def _click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_save_snapshot_restore_and_undo(main_window, qtbot, answers, type_text, example_copy):
    controller = main_window.controller
    main_window.compare_actions.save_snapshot.trigger()
    assert [s.name for s in controller.journey.snapshots] == ["Workshop 1"]
    assert controller.journey.snapshots[0].date == dt.date.today().isoformat()
    assert controller.undo_stack.undoText() == "Save snapshot “Workshop 1”"

    _rename(main_window, type_text)
    assert controller.journey.stage("interes").name == "Интерес 2"
    dialog = main_window.compare_actions.show_snapshots()
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 1 and dialog.selected() == "Workshop 1"
    _click(dialog.restore_button)
    assert controller.journey.stage("interes").name == "Интерес"
    assert [s.name for s in controller.journey.snapshots] == ["Workshop 1"]

    main_window.view.setFocus()
    QTest.keyClick(main_window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.journey.stage("interes").name == "Интерес 2"

    QTest.keyClick(main_window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = load_map(example_copy)
    assert [s.name for s in saved.snapshots] == ["Workshop 1"]
    dialog.close()


def test_taken_name_is_refused(main_window, answers, dialogs):
    main_window.compare_actions.save_snapshot.trigger()
    main_window.compare_actions.save_snapshot.trigger()
    assert len(main_window.controller.journey.snapshots) == 1
    assert dialogs.errors[-1][0] == "Cannot save snapshot"


def test_cancelled_name_saves_nothing(main_window, answers):
    answers["name"] = None
    main_window.compare_actions.save_snapshot.trigger()
    assert main_window.controller.journey.snapshots == ()
    assert main_window.controller.undo_stack.count() == 0


def test_open_read_only_and_compare_with_current(main_window, qtbot, answers, type_text):
    main_window.compare_actions.save_snapshot.trigger()
    _rename(main_window, type_text)
    dialog = main_window.compare_actions.show_snapshots()
    qtbot.waitExposed(dialog)

    _click(dialog.open_button)
    other = snapshots.other_windows(main_window)[-1]  # the window the button opened
    assert isinstance(other, MainWindow) and other is not main_window
    qtbot.addWidget(other)
    assert other.controller.read_only
    assert "(read-only)" in other.windowTitle() and "Workshop 1" in other.windowTitle()
    assert other.controller.journey.stage("interes").name == "Интерес"
    other.controller.set_selection(["interes"])
    other.view.setFocus()
    QTest.keyClick(other.view, Qt.Key.Key_Delete)
    assert "interes" in other.controller.journey  # nothing is editable there
    assert other.controller.undo_stack.count() == 0
    assert not other.compare_actions.save_snapshot.isEnabled()

    _click(dialog.compare_button)
    view = snapshots.other_windows(main_window)[-1]
    assert isinstance(view, CompareWindow)
    qtbot.addWidget(view)
    assert 'Stage "Интерес" renamed to "Интерес 2".' in view.diff.summary_lines()
    dialog.close()


def test_delete_snapshot_is_undoable(main_window, qtbot, answers):
    main_window.compare_actions.save_snapshot.trigger()
    dialog = main_window.compare_actions.show_snapshots()
    _click(dialog.delete_button)
    assert main_window.controller.journey.snapshots == ()
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()
    main_window.controller.undo_stack.undo()
    assert dialog.list.count() == 1
    dialog.close()


def test_snapshots_show_the_plan_then_and_now(main_window, qtbot, answers):
    """At a review, each snapshot says how far its action plan was, beside today's plan."""
    from cjm_designer.model.plan import update_action

    controller = main_window.controller
    main_window.compare_actions.save_snapshot.trigger()
    journey = controller.journey
    todo = next(a for a in journey.plan if a.status.value == "todo")
    controller.push(update_action(journey, todo.id, status="done"), "done")
    dialog = main_window.compare_actions.show_snapshots()
    qtbot.waitExposed(dialog)
    assert dialog.list.item(0).text().endswith("plan: done 1 of 7")
    assert "Action plan: To do 3, In progress 1, Done 2, Dropped 1" in dialog.hint.text()
    dialog.close()
