"""The docks of the main window, driven with real mouse and key events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_designer.io.yaml_format import load_map
from cjm_designer.model import Kind
from cjm_designer.model.edits import update


def _select(window, entity_id: str) -> None:
    window.controller.set_selection([entity_id])


def test_typing_a_stage_name_edits_the_map_and_is_one_undo_step(main_window, qtbot, type_text):
    _select(main_window, "interes")
    name = main_window.properties.field("name")
    QTest.mouseClick(name, Qt.MouseButton.LeftButton)
    name.setFocus()
    QTest.keyClick(name, Qt.Key.Key_End)
    type_text(name, " и вкус")
    assert main_window.controller.journey.stage("interes").name == "Интерес и вкус"
    assert main_window.controller.undo_stack.count() == 1
    assert name.cursorPosition() == len("Интерес и вкус")
    assert main_window.isWindowModified()
    assert "[*]" in main_window.windowTitle()

    QTest.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert main_window.controller.journey.stage("interes").name == "Интерес"
    assert name.text() == "Интерес"
    assert not main_window.isWindowModified()

    QTest.keyClick(
        name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert main_window.controller.journey.stage("interes").name == "Интерес и вкус"
    assert name.text() == "Интерес и вкус"


def test_ctrl_s_saves_what_was_typed(main_window, qtbot, example_copy, type_text):
    _select(main_window, "stati-zozh")
    title = main_window.properties.field("title")
    title.setFocus()
    title.selectAll()
    type_text(title, "Статьи о ЗОЖ — Vähän")
    QTest.keyClick(main_window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not main_window.controller.dirty
    assert not main_window.isWindowModified()
    saved = load_map(example_copy)
    assert saved.touchpoint("stati-zozh").title == "Статьи о ЗОЖ — Vähän"


def test_multiline_and_list_fields_round_trip(main_window, type_text):
    _select(main_window, "interes")
    questions = main_window.properties.field("questions")
    questions.setFocus()
    questions.selectAll()
    type_text(questions, "Сколько белка?\n\nА сахар?\n")
    stage = main_window.controller.journey.stage("interes")
    assert stage.questions == ("Сколько белка?", "А сахар?")
    assert questions.toPlainText() == "Сколько белка?\n\nА сахар?\n"


def test_duration_rejects_nonsense_without_editing(main_window, type_text):
    _select(main_window, "interes")
    duration = main_window.properties.field("duration")
    before = main_window.controller.journey.stage("interes").duration
    duration.setFocus()
    duration.selectAll()
    type_text(duration, "soon")
    assert main_window.controller.journey.stage("interes").duration == before
    assert duration.property("invalid") is True
    duration.selectAll()
    type_text(duration, "2w")
    assert str(main_window.controller.journey.stage("interes").duration) == "2w"


def test_persona_emotion_is_editable(main_window):
    _select(main_window, "interes")
    spin = main_window.properties.field("emotions.lyuda")
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "5")
    assert main_window.controller.journey.stage("interes").emotions["lyuda"] == 5


def test_map_fields_show_when_nothing_is_selected(main_window, type_text):
    main_window.controller.set_selection([])
    title = main_window.properties.field("title")
    title.setFocus()
    title.selectAll()
    type_text(title, "Батончики 2025")
    assert main_window.controller.journey.title == "Батончики 2025"


def test_properties_follow_undo_of_another_field(main_window):
    controller = main_window.controller
    _select(main_window, "interes")
    edit = update(controller.journey, Kind.STAGE, "interes", goal="Новая цель")
    controller.push(edit, "goal")
    assert main_window.properties.field("goal").toPlainText() == "Новая цель"
    controller.undo_stack.undo()
    assert (
        main_window.properties.field("goal").toPlainText()
        == controller.journey.stage("interes").goal
    )


def test_outline_click_selects_and_follows_selection(main_window, qtbot):
    tree = main_window.outline.tree
    item = main_window.outline.items["zhelanie"]
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.controller.selection == ["zhelanie"]
    assert main_window.properties.field("name").text() == "Желание"
    main_window.controller.set_selection(["web"])
    assert [i.data(0, Qt.ItemDataRole.UserRole) for i in tree.selectedItems()] == ["web"]


def test_outline_relabels_on_rename_and_rebuilds_on_delete(main_window):
    controller = main_window.controller
    controller.push(update(controller.journey, Kind.CHANNEL, "web", name="Сайт!"), "rename")
    assert main_window.outline.items["web"].text(0) == "Сайт!"
    from cjm_designer.model.edits import remove

    controller.push(remove(controller.journey, Kind.STAGE, "zhelanie"), "remove")
    assert "zhelanie" not in main_window.outline.items


def test_problems_click_selects_the_item(main_window, qtbot):
    controller = main_window.controller
    controller.push(update(controller.journey, Kind.TOUCHPOINT, "retargeting", emotion=9), "bad")
    main_window.problems.refresh(with_analysis=False)
    tree = main_window.problems.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    hit = next(item for item in rows if "emotion 9" in item.text(0))
    rect = tree.visualItemRect(hit)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert controller.selection == ["retargeting"]
    assert "(" in main_window.problems.windowTitle()


def test_problems_show_their_severity_icons_once_the_panel_is_seen(main_window, qtbot):
    """The icons come from the style, which start-up does not touch (its enums cost the
    first frame 10 ms): they are set when the panel first shows, and on later refreshes."""
    controller = main_window.controller
    controller.push(update(controller.journey, Kind.TOUCHPOINT, "retargeting", emotion=9), "bad")
    problems = main_window.problems
    problems.refresh(with_analysis=False)
    tree = problems.tree
    assert tree.topLevelItemCount() > 0
    if not problems.isVisible():
        assert tree.topLevelItem(0).icon(0).isNull()
    QTest.mouseClick(main_window.problems_badge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(problems.isVisible)
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert all(not row.icon(0).isNull() for row in rows)
    problems.refresh(with_analysis=False)
    assert not tree.topLevelItem(0).icon(0).isNull()


def test_problems_refresh_after_edits_settle(main_window, qtbot):
    controller = main_window.controller
    controller.push(update(controller.journey, Kind.TOUCHPOINT, "retargeting", emotion=9), "bad")
    qtbot.waitUntil(
        lambda: any("emotion 9" in str(p.message) for p in main_window.problems.problems),
        timeout=3000,
    )


def test_undo_history_lists_steps(main_window):
    controller = main_window.controller
    controller.push(update(controller.journey, Kind.STAGE, "interes", goal="x"), "Edit goal")
    view = main_window.history.view
    assert view.model().rowCount() == 2
    assert view.model().index(1, 0).data() == "Edit goal"


def test_zoom_percentage_in_status_bar(main_window):
    main_window.view.zoom_reset()
    assert main_window.zoom_label.text() == "100%"
    main_window.view.zoom_in()
    assert main_window.zoom_label.text() not in ("", "100%")


def test_palette_drag_carries_the_canvas_mime_type(main_window):
    palette = main_window.palette.list
    kinds = []
    for row in range(palette.count()):
        data = palette.mimeData([palette.item(row)])
        kinds.append(bytes(data.data(main_window.view.palette_mime_type)).decode())
    assert kinds == ["stage", "channel", "touchpoint"]


def test_ctrl_z_in_a_field_undoes_the_document_not_the_field(main_window, type_text):
    """The last document step is undone even when it happened in another field."""
    controller = main_window.controller
    _select(main_window, "interes")
    name = main_window.properties.field("name")
    name.setFocus()
    QTest.keyClick(name, Qt.Key.Key_End)
    type_text(name, "!")
    goal = main_window.properties.field("goal")
    goal.setFocus()
    type_text(goal, "Цель")
    name.setFocus()
    QTest.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    stage = controller.journey.stage("interes")
    assert stage.name == "Интерес!"
    assert "Цель" not in stage.goal


def test_insert_menu_adds_through_the_canvas(main_window):
    journey = main_window.controller.journey
    stages, channels = len(journey.stages), len(journey.channels)
    main_window.menu_actions.add_stage.trigger()
    main_window.menu_actions.add_channel.trigger()
    assert (len(journey.stages), len(journey.channels)) == (stages + 1, channels + 1)
    main_window.controller.set_selection(["reklama-soc"])
    cell = (journey.touchpoint("reklama-soc").stage, journey.touchpoint("reklama-soc").channel)
    before = len(journey.touchpoints_in(*cell))
    main_window.menu_actions.add_touchpoint.trigger()
    assert len(journey.touchpoints_in(*cell)) == before + 1
    assert main_window.controller.undo_stack.count() == 3


def test_copy_paste_through_the_clipboard_and_delete_key(main_window, qtbot):
    from PySide6.QtGui import QGuiApplication

    journey = main_window.controller.journey
    main_window.view.setFocus()
    main_window.controller.set_selection(["reklama-soc"])
    QTest.keyClick(main_window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "reklama-soc" in QGuiApplication.clipboard().text() or "Реклама" in (
        QGuiApplication.clipboard().text()
    )
    count = len(journey.touchpoints)
    QTest.keyClick(main_window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(journey.touchpoints) == count + 1
    main_window.controller.set_selection(["reklama-soc"])
    QTest.keyClick(main_window.view, Qt.Key.Key_Delete)
    assert "reklama-soc" not in journey


def test_delete_key_in_a_properties_field_does_not_delete_the_item(main_window):
    main_window.controller.set_selection(["reklama-soc"])
    title = main_window.properties.field("title")
    title.setFocus()
    QTest.keyClick(title, Qt.Key.Key_Home)
    QTest.keyClick(title, Qt.Key.Key_Delete)
    assert "reklama-soc" in main_window.controller.journey


def test_new_map_dialog_previews_template_stages(qtbot):
    from cjm_designer.io.templates import available_templates
    from cjm_designer.ui.dialogs.new_map import NewMapDialog

    dialog = NewMapDialog(available_templates(), "ru")
    qtbot.addWidget(dialog)
    first = dialog.templates[0]
    assert (first.name, first.language) == ("blank", "ru")
    row = next(
        index
        for index, template in enumerate(dialog.templates)
        if (template.name, template.language) == ("twelve-stages", "ru")
    )
    rect = dialog.list.visualItemRect(dialog.list.item(row))
    QTest.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.stages.count() == 12
    assert dialog.stages.item(0).text() == "1. Осознание"
    assert [stage.name for stage in dialog.selected_map().stages][-1] == "Рекомендации"
    # The template drawn by the canvas itself, read-only and fitted into its box.
    dialog.show()
    picture = dialog.picture
    headers = picture.scene().stage_headers
    assert len(headers) == 12 and dialog.picture_controller.read_only
    whole = picture.scene().itemsBoundingRect()
    qtbot.waitUntil(
        lambda: (
            picture.viewport()
            .rect()
            .adjusted(-2, -2, 2, 2)
            .contains(picture.mapFromScene(whole).boundingRect())
        )
    )
    QTest.mouseDClick(
        picture.viewport(), Qt.MouseButton.LeftButton, pos=picture.viewport().rect().center()
    )
    assert picture.scene().editor is None or not picture.scene().editor.isVisible()
    assert dialog.picture_controller.journey.stages[0].name == "Осознание"


def test_choosing_a_channel_kind_in_the_combo_saves_it(main_window, example_copy):
    """Combo boxes hand back plain strings; the model must still store (and save) the enum."""
    from cjm_designer.model import ChannelKind

    _select(main_window, "phone")
    combo = main_window.properties.field("kind")
    combo.setFocus()
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    popup = combo.view()
    backstage = next(i for i in range(combo.count()) if combo.itemData(i) == "backstage")
    QTest.keyClick(popup, Qt.Key.Key_Home)
    for _ in range(backstage):
        QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert main_window.controller.journey.channel("phone").kind is ChannelKind.BACKSTAGE
    QTest.keyClick(main_window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_map(example_copy).channel("phone").kind is ChannelKind.BACKSTAGE


def test_default_docks_leave_a_laptop_screen_mostly_to_the_canvas(qtbot, example_copy):
    """On 1366x768 with no saved layout, the canvas gets the larger part of the window."""
    from cjm_designer.ui.main_window import MainWindow

    window = MainWindow(restore_layout=False)
    qtbot.addWidget(window)
    assert window.load(example_copy)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.problems.height() <= 110, timeout=3000)
    view = window.view.viewport()
    assert view.width() * view.height() >= 0.4 * 1366 * 768
    tiles = window.palette.list
    last = tiles.visualItemRect(tiles.item(tiles.count() - 1))
    assert last.bottom() <= tiles.viewport().height()  # "Touchpoint" is not cut off
    window.controller.undo_stack.setClean()


def test_first_window_fits_on_the_screen(qtbot):
    from cjm_designer.ui.main_window import MainWindow

    window = MainWindow(restore_layout=False)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width()
    assert window.height() <= available.height()
    assert (window.width(), window.height()) == (
        min(1400, int(available.width() * 0.95)),
        min(900, int(available.height() * 0.92)),
    )
