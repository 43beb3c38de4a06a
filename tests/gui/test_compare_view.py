"""The Compare view: two maps side by side, changes listed and highlighted by identity."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_designer.model import Kind
from cjm_designer.model.edits import InsertEntity, remove, update
from cjm_designer.model.entities import Touchpoint
from cjm_designer.ui.analysis.palette import ADDED, CHANGED, REMOVED
from cjm_designer.ui.compare.snapshot_dialog import other_windows
from cjm_designer.ui.compare.window import CompareWindow


def _compare_with_file(window, dialogs, path, qtbot) -> CompareWindow:
    dialogs.open_path = str(path)
    window.compare_actions.compare_file.trigger()
    view = other_windows(window)[-1]  # the window the action opened
    assert isinstance(view, CompareWindow)
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    return view


def _rename_stage_by_typing(window, type_text) -> None:
    window.controller.set_selection(["interes"])
    name = window.properties.field("name")
    name.setFocus()
    QTest.keyClick(name, Qt.Key.Key_End)
    type_text(name, " и вкус")


def test_renamed_stage_is_listed_and_highlighted(
    main_window, qtbot, dialogs, example_copy, type_text
):
    _rename_stage_by_typing(main_window, type_text)
    controller = main_window.controller
    card = Touchpoint("new-card", "interes", "web", "Квиз на сайте")
    controller.push(InsertEntity(Kind.TOUCHPOINT, card), "add")
    gone = controller.journey.touchpoints[0].id
    controller.push(remove(controller.journey, Kind.TOUCHPOINT, gone), "remove")
    view = _compare_with_file(main_window, dialogs, example_copy, qtbot)

    lines = [view.changes.item(i).text() for i in range(view.changes.count())]
    assert 'Stage "Интерес" renamed to "Интерес и вкус".' in lines
    for i in range(view.changes.count()):  # the kind as a swatch; the text in the theme's ink
        item = view.changes.item(i)
        assert not item.icon().isNull()
        assert item.foreground().style() == Qt.BrushStyle.NoBrush, item.text()
    assert any("Квиз на сайте" in line and "added" in line for line in lines)
    new_marks = view.new.highlights.highlighted()
    old_marks = view.old.highlights.highlighted()
    assert new_marks["interes"] == CHANGED and old_marks["interes"] == CHANGED
    assert new_marks["new-card"] == ADDED and "new-card" not in old_marks
    assert old_marks[gone] == REMOVED and gone not in new_marks
    # Both canvases are read-only copies: the open map's later edits do not reach them.
    assert view.new.controller.read_only and view.old.controller.read_only
    assert view.new.controller.journey is not controller.journey

    row = lines.index('Stage "Интерес" renamed to "Интерес и вкус".')
    item = view.changes.item(row)
    view.changes.scrollToItem(item)
    QTest.mouseClick(
        view.changes.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.changes.visualItemRect(item).center(),
    )
    assert view.old.controller.selection == ["interes"]
    assert view.new.controller.selection == ["interes"]
    assert view.new.scene.stage_headers["interes"].isSelected()


def test_curves_and_funnels_of_both_maps(main_window, qtbot, dialogs, example_copy):
    controller = main_window.controller
    stage = controller.journey.stage("sravnenie")
    emotions = {**stage.emotions, "aristarkh": 5}
    controller.push(update(controller.journey, Kind.STAGE, "sravnenie", emotions=emotions), "e")
    controller.push(
        update(controller.journey, Kind.TRANSITION, "zhelanie--deystvie", probability=0.1), "p"
    )
    view = _compare_with_file(main_window, dialogs, example_copy, qtbot)
    chart = view.emotions
    assert chart.personas() == ["aristarkh", "lyuda"]
    assert chart.new_curves["aristarkh"][2]["sravnenie"] == 5
    assert chart.old_curves["aristarkh"][2]["sravnenie"] == stage.emotions["aristarkh"]
    old_conv = view.old_funnel.figure("Conversion")
    new_conv = view.new_funnel.figure("Conversion")
    assert old_conv == "2.32%" and new_conv not in ("", old_conv)
    lines = view.diff.summary_lines()
    assert any(line.startswith("Probability of Желание → Действие") for line in lines)
    view.tabs.setCurrentIndex(1)
    grab = view.grab()
    assert not grab.isNull()


def test_same_maps_say_so(main_window, qtbot, dialogs, example_copy):
    view = _compare_with_file(main_window, dialogs, example_copy, qtbot)
    assert view.changes.count() == 1
    assert view.changes.item(0).text() == "The two maps are the same."
    assert view.new.highlights.highlighted() == {}


def test_unreadable_file_is_reported(main_window, dialogs, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("cjm: 1\nstages: [\n", encoding="utf-8")
    dialogs.open_path = str(bad)
    assert main_window.compare_actions.compare_with_file() is None
    assert dialogs.errors and dialogs.errors[0][0] == "Cannot open map"
