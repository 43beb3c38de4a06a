"""File handling of the main window: save, save as, dirty marker, close prompt, drops,
load errors, recent files, and the --screenshot start-up path."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjm_designer import cli
from cjm_designer.io.yaml_format import load_map, save_map
from cjm_designer.model import Kind
from cjm_designer.model.edits import update
from cjm_designer.ui.dialogs.messages import UnsavedChoice


def _rename_stage(window, name: str) -> None:
    controller = window.controller
    controller.push(update(controller.journey, Kind.STAGE, "interes", name=name), "rename")


def test_title_shows_file_name_and_dirty_marker(main_window):
    assert main_window.windowTitle().startswith("protein-bars.cjm.yaml[*]")
    assert not main_window.isWindowModified()
    _rename_stage(main_window, "Интерес?")
    assert main_window.isWindowModified()
    main_window.controller.undo_stack.undo()
    assert not main_window.isWindowModified()


def test_save_as_writes_the_new_file_and_retitles(main_window, dialogs, tmp_path):
    _rename_stage(main_window, "Интерес (копия)")
    target = tmp_path / "copy.cjm.yaml"
    dialogs.save_path = str(target)
    QTest.keyClick(
        main_window.view,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert load_map(target).stage("interes").name == "Интерес (копия)"
    assert main_window.controller.path == target
    assert main_window.windowTitle().startswith("copy.cjm.yaml")
    assert not main_window.isWindowModified()
    assert main_window.recent.paths()[0] == str(target.resolve())


def test_save_failure_keeps_the_document_dirty(main_window, dialogs, tmp_path):
    _rename_stage(main_window, "Не сохранится")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    dialogs.save_path = str(blocker / "map.cjm.yaml")
    assert not main_window.save_as()
    assert dialogs.errors and "not saved" in dialogs.errors[0][1]
    assert main_window.controller.dirty
    assert main_window.controller.journey.stage("interes").name == "Не сохранится"


def test_closing_with_changes_asks_and_cancel_keeps_the_window(main_window, dialogs):
    _rename_stage(main_window, "Не закрывать")
    dialogs.unsaved = UnsavedChoice.CANCEL
    assert not main_window.close()
    assert main_window.isVisible()
    assert dialogs.asked_unsaved == ["protein-bars.cjm.yaml"]


def test_closing_with_save_writes_the_file(main_window, dialogs, example_copy):
    _rename_stage(main_window, "Сохранить при закрытии")
    dialogs.unsaved = UnsavedChoice.SAVE
    assert main_window.close()
    assert load_map(example_copy).stage("interes").name == "Сохранить при закрытии"


def test_closing_with_discard_leaves_the_file(main_window, dialogs, example_copy):
    _rename_stage(main_window, "Выбросить")
    dialogs.unsaved = UnsavedChoice.DISCARD
    assert main_window.close()
    assert load_map(example_copy).stage("interes").name == "Интерес"


def test_clean_document_closes_without_asking(main_window, dialogs):
    assert main_window.close()
    assert dialogs.asked_unsaved == []


def test_dropping_a_map_file_opens_it(main_window, small_map, tmp_path, qtbot):
    dropped = tmp_path / "dropped.cjm.yaml"
    save_map(small_map, dropped)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    where, buttons, keys = (
        QPoint(200, 200),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(main_window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(main_window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: main_window.controller.path == dropped, timeout=3000)
    assert main_window.controller.journey.title == small_map.title
    assert [s.id for s in main_window.controller.journey.stages] == ["aware", "interest", "loyal"]


def test_bad_file_shows_the_located_error_and_keeps_the_map(main_window, dialogs, tmp_path):
    bad = tmp_path / "bad.cjm.yaml"
    bad.write_text("cjm: 1\ntitle: [unclosed\n", encoding="utf-8")
    dialogs.open_path = str(bad)
    QTest.keyClick(main_window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.errors, "an error dialog was expected"
    title, text = dialogs.errors[0]
    assert title == "Cannot open map"
    assert "bad.cjm.yaml:" in text
    assert "Traceback" not in text
    assert main_window.controller.journey.stage("interes").name == "Интерес"


def test_revert_reloads_from_disk(main_window):
    _rename_stage(main_window, "Временно")
    assert main_window.menu_actions.revert.isEnabled()
    main_window.menu_actions.revert.trigger()
    assert main_window.controller.journey.stage("interes").name == "Интерес"
    assert not main_window.controller.dirty


def test_new_from_template_replaces_an_unsaved_document_after_asking(main_window, dialogs):
    from cjm_designer.io.templates import new_map_from_template

    _rename_stage(main_window, "Забыть")
    dialogs.new_map = new_map_from_template("must-have", "en")
    main_window.menu_actions.new.trigger()
    assert dialogs.asked_unsaved
    assert main_window.controller.path is None
    assert main_window.controller.journey.stages[0].id == "lead-generation"
    assert main_window.windowTitle().startswith(main_window.controller.journey.title)


def test_close_document_leaves_a_blank_map(main_window):
    main_window.menu_actions.close.trigger()
    assert main_window.controller.path is None
    assert main_window.isVisible()


def test_screenshot_writes_a_png_of_the_requested_size(tmp_path, example_copy):
    out = tmp_path / "shot.png"
    code = cli.main([str(example_copy), "--screenshot", str(out), "--size", "1366x768"])
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_screenshot_is_opaque_and_shows_the_map(tmp_path, example_copy):
    out = tmp_path / "shot.png"
    assert cli.main([str(example_copy), "--screenshot", str(out), "--size", "800x600"]) == 0
    image = QImage(str(out))
    assert not image.hasAlphaChannel()
    colours = {image.pixel(x, y) for x in range(0, 800, 7) for y in range(0, 600, 7)}
    assert len(colours) > 40  # window chrome, stage colours, cards: not a blank frame


def test_screenshot_that_cannot_be_written_says_where(tmp_path, example_copy, capsys):
    out = tmp_path / "shot.png"
    out.mkdir()  # a folder in the way fails for root too, unlike permissions
    code = cli.main([str(example_copy), "--screenshot", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and f"{out}: cannot write: " in err and "Traceback" not in err
    left = sorted(p.name for p in tmp_path.iterdir())
    assert list(out.iterdir()) == [] and left == [example_copy.name, "shot.png"]  # no lock file


def test_failed_png_write_keeps_the_old_file(tmp_path):
    from cjm_designer.ui.png_file import write_png

    path = tmp_path / "shot.png"
    path.write_bytes(b"old picture")
    assert write_png(QImage(), path) is not None  # a null image cannot be encoded
    assert path.read_bytes() == b"old picture"
    assert [p.name for p in tmp_path.iterdir()] == ["shot.png"]


def test_screenshot_of_a_bad_file_fails_with_the_message(tmp_path, capsys):
    bad = tmp_path / "bad.cjm.yaml"
    bad.write_text("stages: 7\n", encoding="utf-8")
    code = cli.main([str(bad), "--screenshot", str(tmp_path / "x.png")])
    assert code == 1
    err = capsys.readouterr().err
    assert "bad.cjm.yaml" in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_open_recent_lists_newest_first_and_opens(main_window, small_map, tmp_path, example_copy):
    other = tmp_path / "other.cjm.yaml"
    save_map(small_map, other)
    assert main_window.open_file(other)
    menu = main_window.menu_actions.recent_menu
    menu.aboutToShow.emit()
    entries = [action for action in menu.actions() if action.text().startswith("&")]
    assert [entry.text() for entry in entries] == [
        f"&1 {other.resolve()}",
        f"&2 {example_copy.resolve()}",
    ]
    entries[1].trigger()
    assert main_window.controller.path.resolve() == example_copy.resolve()
