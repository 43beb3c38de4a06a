"""Real mouse gestures on the canvas change the model as one undo step each."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from cjm_designer.model import Kind
from tests.gui.canvas_support import (
    LEFT,
    canvas_map,
    center,
    drag,
    make_canvas,
    move,
    press,
    release,
)


def cell_ids(controller, stage, channel):
    return [tp.id for tp in controller.journey.touchpoints_in(stage, channel)]


def test_card_drag_to_another_cell_is_one_undo_step(qtbot):
    controller, scene, view = make_canvas(qtbot)
    before = controller.text()
    target = scene.layout.cells[("buy", "shop")]
    drag(view, center(scene.layout.cards["blog"].rect), QPointF(target.x + 40, target.y + 20))
    card = controller.journey.touchpoint("blog")
    assert (card.stage, card.channel) == ("buy", "shop")
    assert "stage: buy" in controller.text().split("id: blog", 1)[1].split("- id:", 1)[0]
    assert controller.undo_stack.count() == 1
    # The item moved to the cell's box in the new layout, not left where it was dropped.
    item = scene.cards["blog"]
    assert item.pos() == QPointF(
        scene.layout.cards["blog"].rect.x, scene.layout.cards["blog"].rect.y
    )
    assert target.x <= item.pos().x() <= target.right
    controller.undo_stack.undo()
    assert controller.text() == before
    assert scene.cards["blog"].pos().y() == scene.layout.cards["blog"].rect.y
    controller.undo_stack.redo()
    assert controller.journey.touchpoint("blog").stage == "buy"


def test_reorder_cards_within_a_cell(qtbot):
    controller, scene, view = make_canvas(qtbot)
    assert cell_ids(controller, "aware", "web") == ["ad", "blog", "post"]
    post = scene.layout.cards["post"].rect
    ad = scene.layout.cards["ad"].rect
    drag(view, center(post), QPointF(post.center[0], ad.y + 3))
    assert cell_ids(controller, "aware", "web") == ["post", "ad", "blog"]
    assert scene.layout.cards["post"].rect.y < scene.layout.cards["ad"].rect.y
    assert controller.undo_stack.undoText() == "Move card"


def test_click_without_moving_selects_and_changes_nothing(qtbot):
    controller, scene, view = make_canvas(qtbot)
    spot = center(scene.layout.cards["shelf"].rect)
    press(view, spot)
    release(view, spot)
    assert controller.selection == ["shelf"]
    assert controller.undo_stack.count() == 0


def test_drop_outside_the_grid_puts_the_card_back(qtbot):
    controller, scene, view = make_canvas(qtbot)
    before = controller.text()
    box = scene.layout.cards["shelf"].rect
    drag(view, center(box), QPointF(5, 5))
    assert controller.text() == before
    assert scene.cards["shelf"].pos() == QPointF(box.x, box.y)


def test_dragging_several_selected_cards_moves_them_together(qtbot):
    controller, scene, view = make_canvas(qtbot)
    controller.set_selection(["ad", "blog"])
    target = scene.layout.cells[("interest", "web")]
    drag(view, center(scene.layout.cards["blog"].rect), QPointF(target.x + 30, target.y + 15))
    assert cell_ids(controller, "interest", "web") == ["ad", "blog"]
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert cell_ids(controller, "aware", "web") == ["ad", "blog", "post"]


def test_stage_header_drag_reorders_stages(qtbot):
    controller, scene, view = make_canvas(qtbot)
    before = controller.text()
    header = scene.layout.stage_index["aware"].header
    last = scene.layout.stage_index["buy"].header
    drag(view, QPointF(header.x + 30, header.center[1]), QPointF(last.right - 10, header.center[1]))
    assert [s.id for s in controller.journey.stages] == ["interest", "buy", "aware"]
    assert scene.layout.stage_index["aware"].header.x > scene.layout.stage_index["buy"].header.x
    # Cards followed their stage's column.
    assert scene.layout.cards["ad"].rect.x > scene.layout.cards["shelf"].rect.x
    controller.undo_stack.undo()
    assert controller.text() == before


def test_lane_header_drag_reorders_channels(qtbot):
    controller, scene, view = make_canvas(qtbot)
    web = scene.layout.lane_index["web"].header
    shop = scene.layout.lane_index["shop"].header
    drag(view, QPointF(web.x + 40, web.center[1]), QPointF(web.x + 40, shop.bottom - 3))
    assert [c.id for c in controller.journey.channels] == ["shop", "web", "crm"]
    assert controller.undo_stack.undoText() == "Move channel"


def test_stage_resize_handle_sets_width(qtbot):
    controller, scene, view = make_canvas(qtbot)
    header = scene.layout.stage_index["interest"].header
    drag(
        view,
        QPointF(header.right - 2, header.center[1]),
        QPointF(header.right + 98, header.center[1]),
    )
    width = controller.journey.stage("interest").width
    assert width is not None and abs(width - (header.w + 100)) <= 2
    assert abs(scene.layout.stage_index["interest"].header.w - width) < 1e-6


def test_emotion_point_drag_changes_score(qtbot):
    controller, scene, view = make_canvas(qtbot)
    scale = scene.layout.emotion_scale
    point = next(p for p in scene.layout.curves[0].points if p.stage == "aware")
    assert point.score == 2
    drag(view, QPointF(point.x, point.y), QPointF(point.x, scale.y_for(5) - 2))
    assert controller.journey.stage("aware").emotions == {"ari": 5}
    assert controller.undo_stack.count() == 1
    assert controller.undo_stack.undoText() == "Change emotion"
    controller.undo_stack.undo()
    assert controller.journey.stage("aware").emotions == {"ari": 2}


def test_new_transition_dragged_from_stage_handle(qtbot):
    controller, scene, view = make_canvas(qtbot)
    header_item = scene.stage_headers["buy"]
    handle = header_item.mapToScene(header_item.link_handle().center())
    target = scene.layout.stage_index["aware"].header
    drag(view, handle, QPointF(target.center[0], target.center[1]))
    added = [t for t in controller.journey.transitions if t.source == "buy"]
    assert len(added) == 1 and added[0].target == "aware" and added[0].kind.value == "back"
    assert added[0].id in scene.arrows


def test_new_flow_dragged_from_card_handle(qtbot):
    controller, scene, view = make_canvas(qtbot)
    card = scene.cards["ad"]
    handle = card.mapToScene(card.link_handle().center())
    drag(view, handle, center(scene.layout.cards["shelf"].rect))
    flows = controller.journey.flows
    assert [(f.source, f.target) for f in flows] == [("ad", "shelf")]
    assert flows[0].id in scene.flows


def test_rubber_band_selects_cards(qtbot):
    controller, scene, view = make_canvas(qtbot)
    cell = scene.layout.cells[("aware", "web")]
    drag(view, QPointF(cell.x + 2, cell.y + 2), QPointF(cell.right - 2, cell.bottom - 2))
    assert set(controller.selection) == {"ad", "blog", "post"}


def test_controller_selection_selects_items(qtbot):
    controller, scene, view = make_canvas(qtbot)
    controller.set_selection(["shelf", "aware"])
    assert scene.cards["shelf"].isSelected() and scene.stage_headers["aware"].isSelected()
    controller.set_selection([])
    assert not scene.selectedItems()
    moving = scene.layout.cards["shelf"].rect
    move(view, center(moving), buttons=Qt.MouseButton.NoButton)
    assert controller.undo_stack.count() == 0
    assert controller.journey.kind_of("shelf") is Kind.TOUCHPOINT


def test_escape_during_drag_puts_the_card_back(qtbot):
    from tests.gui.canvas_support import key

    controller, scene, view = make_canvas(qtbot)
    box = scene.layout.cards["shelf"].rect
    target = scene.layout.cells[("buy", "web")]
    press(view, center(box))
    move(view, QPointF(target.x + 20, target.y + 20))
    assert scene.cards["shelf"].pos() != QPointF(box.x, box.y)
    key(view, Qt.Key.Key_Escape)
    release(view, QPointF(target.x + 20, target.y + 20))
    assert scene.cards["shelf"].pos() == QPointF(box.x, box.y)
    assert controller.journey.touchpoint("shelf").stage == "interest"
    assert controller.undo_stack.count() == 0


def test_holding_a_dragged_card_at_the_edge_scrolls_and_drops_it_further_on(qtbot):
    """Real (window-system) mouse events: press on a card, hold it at the right edge."""
    controller, scene, view = make_canvas(qtbot, size=(460, 420))
    view.set_zoom(1.0)
    bar = view.horizontalScrollBar()
    bar.setValue(0)
    assert bar.maximum() > 200  # the map is wider than the view
    viewport = view.viewport()
    start = view.mapFromScene(center(scene.layout.cards["blog"].rect))
    edge = QPoint(viewport.width() - 6, start.y())
    buy = scene.layout.cells[("buy", "web")]
    assert view.mapFromScene(QPointF(buy.x, buy.y)).x() > viewport.width()  # off-screen

    QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(30, 0))
    QTest.mouseMove(viewport, edge)
    qtbot.waitUntil(lambda: view.mapToScene(edge).x() > buy.x + 20, timeout=5000)
    QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, edge)

    card = controller.journey.touchpoint("blog")
    assert (card.stage, card.channel) == ("buy", "web")
    assert controller.undo_stack.count() == 1
    stopped = bar.value()
    qtbot.wait(150)  # several auto-scroll intervals: nothing moves once released
    assert bar.value() == stopped


def test_flows_follow_a_dragged_card_and_settle_when_it_is_dropped(qtbot):
    from cjm_designer.model import Flow
    from tests.gui.canvas_support import key

    journey = canvas_map()
    journey.extend(Kind.FLOW, [Flow("ad-shelf", "ad", "shelf")])
    controller, scene, view = make_canvas(qtbot, journey)
    arrow = scene.flows["ad-shelf"]
    settled = arrow.route.points
    box = scene.layout.cards["shelf"].rect
    press(view, center(box))
    move(view, QPointF(box.center[0] + 60, box.center[1] + 90))
    moved = scene.cards["shelf"].pos()
    assert moved != QPointF(box.x, box.y)
    # The arrow still ends on the card, wherever the card is now.
    tip = arrow.route.points[-1]
    assert tip == (moved.x(), moved.y() + box.h / 2) or tip == (
        moved.x() + box.w,
        moved.y() + box.h / 2,
    )
    assert arrow.route.points[0] == settled[0]  # the other end stays on its card
    key(view, Qt.Key.Key_Escape)
    release(view, QPointF(box.center[0] + 60, box.center[1] + 90))
    assert arrow.route.points == settled
    assert controller.undo_stack.count() == 0
