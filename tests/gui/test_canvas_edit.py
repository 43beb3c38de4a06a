"""Editing on the canvas: inline titles, palette drops, clipboard, delete, undo exactness."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from cjm_designer.io.yaml_format import loads_map
from cjm_designer.model import Kind
from cjm_designer.ui.canvas.view import MapView
from tests.gui.canvas_support import (
    center,
    double_click,
    key,
    make_canvas,
    press,
    release,
    type_text,
)


def test_f2_inline_edit_with_cyrillic_typing_commits_on_enter(qtbot):
    controller, scene, view = make_canvas(qtbot)
    controller.set_selection(["ad"])
    key(view, Qt.Key.Key_F2)
    assert scene.editor is not None and scene.focusItem() is scene.editor
    type_text(view, "Привет, мир ё")
    key(view, Qt.Key.Key_Return)
    assert scene.editor is None
    assert controller.journey.touchpoint("ad").title == "Привет, мир ё"
    assert "title: Привет, мир ё" in controller.text()
    assert controller.undo_stack.count() == 1
    assert scene.cards["ad"].box.title_lines == ("Привет, мир ё",)


def test_escape_cancels_inline_edit(qtbot):
    controller, scene, view = make_canvas(qtbot)
    before = controller.text()
    controller.set_selection(["aware"])
    assert scene.start_inline_edit()
    type_text(view, "Другое имя")
    key(view, Qt.Key.Key_Escape)
    assert scene.editor is None
    assert controller.text() == before
    assert controller.undo_stack.count() == 0


def test_double_click_renames_channel_and_undo_redo_restore_text_exactly(qtbot):
    controller, scene, view = make_canvas(qtbot)
    original = controller.text()
    header = scene.layout.lane_index["shop"].header
    double_click(view, QPointF(header.x + 30, header.center[1]))
    assert scene.editor is not None
    type_text(view, "Kauppa")
    key(view, Qt.Key.Key_Enter)
    assert controller.journey.channel("shop").name == "Kauppa"
    edited = controller.text()
    controller.undo_stack.undo()
    assert controller.text() == original
    controller.undo_stack.redo()
    assert controller.text() == edited


def test_double_click_on_empty_cell_adds_a_card_and_edits_it(qtbot):
    controller, scene, view = make_canvas(qtbot)
    cell = scene.layout.cells[("buy", "web")]
    double_click(view, QPointF(cell.x + 20, cell.y + 20))
    cards = controller.journey.touchpoints_in("buy", "web")
    assert len(cards) == 1 and scene.editor is not None
    type_text(view, "Оплата")
    key(view, Qt.Key.Key_Return)
    # The first name typed gives the new card its id (editing/naming.py).
    assert [(c.id, c.title) for c in controller.journey.touchpoints_in("buy", "web")] == [
        ("oplata", "Оплата")
    ]
    assert controller.selection == ["oplata"]
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    assert [(c.id, c.title) for c in controller.journey.touchpoints_in("buy", "web")] == [
        (cards[0].id, cards[0].title)
    ]


def test_clicking_elsewhere_commits_the_editor(qtbot):
    controller, scene, view = make_canvas(qtbot)
    controller.set_selection(["shelf"])
    scene.start_inline_edit()
    type_text(view, "Витрина")
    spot = center(scene.layout.cards["ad"].rect)
    press(view, spot)
    release(view, spot)
    assert controller.journey.touchpoint("shelf").title == "Витрина"


def _drop(view: MapView, kind: bytes, scene_pos: QPointF) -> bool:
    mime = QMimeData()
    mime.setData(MapView.palette_mime_type, kind)
    local = view.mapFromScene(scene_pos)
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(local, actions, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    moving = QDragMoveEvent(local, actions, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), moving)
    lit = view.scene().drop_marker.isVisible()
    drop = QDropEvent(QPointF(local), actions, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), drop)
    return lit and moving.isAccepted()


def test_palette_drop_creates_a_touchpoint_in_the_cell(qtbot):
    controller, scene, view = make_canvas(qtbot)
    cell = scene.layout.cells[("interest", "crm")]
    assert _drop(view, b"touchpoint", QPointF(cell.x + 30, cell.y + 30))
    added = controller.journey.touchpoints_in("interest", "crm")
    assert len(added) == 1 and added[0].id in scene.cards
    assert not scene.drop_marker.isVisible()
    assert controller.undo_stack.undoText() == "Add touchpoint"


def test_palette_drop_inserts_a_stage_between_columns(qtbot):
    controller, scene, view = make_canvas(qtbot)
    aware = scene.layout.stage_index["aware"].header
    interest = scene.layout.stage_index["interest"].header
    gap_x = (aware.right + interest.x) / 2
    assert _drop(view, b"stage", QPointF(gap_x, aware.center[1]))
    ids = [s.id for s in controller.journey.stages]
    assert len(ids) == 4 and ids[0] == "aware" and ids[2] == "interest"
    assert ids[1] in scene.stage_headers


def test_palette_drop_rejects_unknown_payload(qtbot):
    controller, scene, view = make_canvas(qtbot)
    cell = scene.layout.cells[("interest", "crm")]
    assert not _drop(view, b"nonsense", QPointF(cell.x + 30, cell.y + 30))
    assert controller.undo_stack.count() == 0


def test_copy_paste_round_trip_into_selected_cell(qtbot):
    controller, scene, view = make_canvas(qtbot)
    controller.set_selection(["blog", "shelf"])
    text = scene.session.copy_selection()
    fragment = loads_map(text).map
    assert [tp.id for tp in fragment.touchpoints] == ["blog", "shelf"]
    cell = scene.layout.cells[("buy", "web")]
    press(view, QPointF(cell.x + 20, cell.y + 20))
    release(view, QPointF(cell.x + 20, cell.y + 20))
    assert scene.current_cell == ("buy", "web")
    assert scene.session.paste_text(text, scene.current_cell)
    pasted = controller.journey.touchpoints_in("buy", "web")
    assert [tp.title for tp in pasted] == ["Статья в блоге", "Полка"]
    assert {tp.id for tp in pasted}.isdisjoint({"blog", "shelf"})
    assert pasted[0].pains == controller.journey.touchpoint("blog").pains
    assert controller.selection == [tp.id for tp in pasted]
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.journey.touchpoints_in("buy", "web") == []


def test_copying_a_stage_brings_its_cards_and_paste_keeps_ids_unique(qtbot):
    controller, scene, _view = make_canvas(qtbot)
    controller.set_selection(["aware"])
    assert scene.session.duplicate_selection()
    stages = [s.id for s in controller.journey.stages]
    assert len(stages) == 4 and stages[0] == "aware"
    copy_id = stages[1]
    assert [tp.title for tp in controller.journey.touchpoints_in(copy_id)] == [
        "Баннер",
        "Статья в блоге",
        "Пост",
    ]
    assert controller.journey.stage(copy_id).emotions == {"ari": 2}
    loads_map(controller.text())  # still a valid map


def test_paste_plain_text_lines_become_cards(qtbot):
    controller, scene, _view = make_canvas(qtbot)
    scene.current_cell = ("buy", "shop")
    assert scene.session.paste_text("Касса\nДоставка\n\n", scene.current_cell)
    assert [tp.title for tp in controller.journey.touchpoints_in("buy", "shop")] == [
        "Касса",
        "Доставка",
    ]
    scene.current_cell = None
    assert not scene.session.paste_text("just words", scene.current_cell)


def test_delete_key_removes_selection_with_cascade_and_undo_restores(qtbot):
    controller, scene, view = make_canvas(qtbot)
    before = controller.text()
    controller.set_selection(["aware"])
    key(view, Qt.Key.Key_Delete)
    assert "aware" not in controller.journey and "ad" not in controller.journey
    assert "ad" not in scene.cards and "aware" not in scene.stage_headers
    assert "aware-interest" not in scene.arrows
    controller.undo_stack.undo()
    assert controller.text() == before
    assert "ad" in scene.cards and "aware-interest" in scene.arrows


def test_select_all_in_stage_and_add_operations(qtbot):
    controller, scene, _view = make_canvas(qtbot)
    controller.set_selection(["blog"])
    scene.select_all_in_stage()
    assert controller.selection == ["ad", "blog", "post"]
    scene.select_all()
    assert len(controller.selection) == 5
    stage_id = scene.session.add_stage()
    assert controller.journey.stages[-1].id == stage_id
    channel_id = scene.session.add_channel()
    assert controller.journey.kind_of(channel_id) is Kind.CHANNEL
    card_id = scene.session.add_touchpoint(stage_id, channel_id)
    assert scene.cell_at(QPoint(*map(int, scene.layout.cards[card_id].rect.center)).toPointF()) == (
        stage_id,
        channel_id,
    )


def test_card_text_change_updates_that_item_without_rebuilding(qtbot):
    controller, scene, _view = make_canvas(qtbot)
    items = {card_id: id(item) for card_id, item in scene.cards.items()}
    ad_item = scene.cards["ad"]
    from cjm_designer.model.edits import update

    controller.push(
        update(controller.journey, Kind.TOUCHPOINT, "ad", title="Очень длинный заголовок " * 4),
        "edit",
    )
    assert scene.cards["ad"] is ad_item
    assert {card_id: id(item) for card_id, item in scene.cards.items()} == items
    assert len(ad_item.box.title_lines) > 1
    # The cell grew, so the card below moved down instead of being recreated.
    assert scene.cards["blog"].pos().y() == scene.layout.cards["blog"].rect.y
    assert scene.layout.cards["blog"].rect.y >= scene.layout.cards["ad"].rect.bottom


def test_short_title_edit_repaints_one_card_without_relayout(qtbot):
    controller, scene, _view = make_canvas(qtbot)
    from cjm_designer.model.edits import update

    grid = scene.layout.grid
    controller.push(update(controller.journey, Kind.TOUCHPOINT, "ad", title="Флаер"), "edit")
    assert scene.layout.grid is grid  # the fast path kept the rest of the layout
    assert scene.cards["ad"].box.title_lines == ("Флаер",)
    assert scene.cards["ad"].touchpoint.title == "Флаер"
    controller.push(update(controller.journey, Kind.TOUCHPOINT, "ad", stage="buy"), "move")
    assert scene.layout.grid is not grid
    assert scene.layout.cards["ad"].stage == "buy"


def test_a_new_stage_takes_its_id_from_the_first_name_typed_and_keeps_it(qtbot):
    controller, scene, view = make_canvas(qtbot)
    controller.set_selection(["buy"])
    view.setFocus()
    stage_id = scene.session.add_stage()
    assert stage_id == "new-stage"
    assert scene.start_inline_edit()
    type_text(view, "Доставка")
    key(view, Qt.Key.Key_Return)
    assert [s.id for s in controller.journey.stages][-1] == "dostavka"
    assert controller.journey.stage("dostavka").name == "Доставка"
    assert controller.selection == ["dostavka"]
    # A second rename keeps the id: files and links made meanwhile stay valid.
    assert scene.start_inline_edit()
    type_text(view, "Доставка курьером")
    key(view, Qt.Key.Key_Return)
    assert controller.journey.stage("dostavka").name == "Доставка курьером"


def test_a_new_channel_with_a_taken_name_gets_a_unique_id(qtbot):
    controller, scene, view = make_canvas(qtbot)
    view.setFocus()
    channel_id = scene.session.add_channel()
    assert scene.start_inline_edit()
    type_text(view, "Сайт")  # "web" is the existing Сайт; its slug "sayt" is free
    key(view, Qt.Key.Key_Return)
    assert channel_id not in controller.journey
    assert controller.journey.channel("sayt").name == "Сайт"
    channel_id = scene.session.add_channel()
    assert scene.start_inline_edit()
    type_text(view, "Сайт")
    key(view, Qt.Key.Key_Return)
    assert controller.journey.channel("sayt-2").name == "Сайт"
