"""Frozen panes: lane titles stay at the left edge, stage headers at the top, and still work."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from cjm_designer.model import Channel, Kind, Stage
from cjm_designer.ui.canvas.items import CardItem, LaneHeaderItem, StageHeaderItem
from tests.gui.canvas_support import canvas_map, drag, make_canvas


def wide_map():
    journey = canvas_map()
    journey.extend(Kind.STAGE, [Stage(f"s{i}", f"Этап {i}") for i in range(8)])
    return journey


def viewport_pos(view, item) -> QPoint:
    return view.mapFromScene(item.scenePos())


def test_lane_header_sticks_to_the_left_and_a_click_selects_it(qtbot):
    controller, scene, view = make_canvas(qtbot, wide_map(), size=(700, 500))
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 600
    header = scene.lane_headers["shop"]
    assert viewport_pos(view, header).x() > 0  # the map margin, before scrolling
    for _ in range(3):
        bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
        assert viewport_pos(view, header).x() == 0
    bar.setValue(bar.maximum())
    assert viewport_pos(view, header).x() == 0
    assert header.zValue() > max(card.zValue() for card in scene.cards.values())
    target = viewport_pos(view, header) + QPoint(30, int(header.height / 2))
    # A card would be under this point if the lane column had scrolled away.
    assert view.mapToScene(target).x() > scene.layout.stages[0].header.x
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target
    )
    assert controller.selection == ["shop"]
    bar.setValue(0)
    assert header.scenePos().x() == scene.layout.lane_index["shop"].header.x


def test_stage_header_sticks_to_the_top_and_drags(qtbot):
    journey = wide_map()
    for i in range(3, 12):
        journey.insert(Kind.CHANNEL, Channel(f"c{i}", f"Канал {i}"))
    controller, scene, view = make_canvas(qtbot, journey, size=(900, 420))
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    header = scene.stage_headers["interest"]
    assert viewport_pos(view, header).y() == 0
    lane = scene.lane_headers["c5"]
    assert lane.zValue() < header.zValue()  # lanes scroll under the header row
    # The header is still a header: a real click selects it, a drag reorders.
    point = viewport_pos(view, header) + QPoint(40, 12)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    assert controller.selection == ["interest"]
    start = view.mapToScene(point)
    end = QPointF(scene.layout.stage_index["buy"].header.right - 5, start.y())
    drag(view, start, end)
    assert [s.id for s in controller.journey.stages][:3] == ["aware", "buy", "interest"]
    assert viewport_pos(view, scene.stage_headers["interest"]).y() == 0


def test_backdrop_hides_cards_from_clicks(qtbot):
    controller, scene, view = make_canvas(qtbot, wide_map(), size=(700, 500))
    card = scene.cards["ad"]
    view.horizontalScrollBar().setValue(int(card.scenePos().x() - 40))
    point = view.mapFromScene(card.sceneBoundingRect().center())
    assert point.x() < scene.options.metrics.lane_header_width  # under the pinned column
    under = [item for item in scene.items(view.mapToScene(point)) if isinstance(item, CardItem)]
    assert under  # the card is there, only covered
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    assert controller.selection == ["web"]
    assert isinstance(scene.item_at(view.mapToScene(point), LaneHeaderItem), LaneHeaderItem)
    assert scene.item_at(view.mapToScene(point), CardItem) is None
    assert not any(isinstance(i, StageHeaderItem) and i.zValue() > 5 for i in scene.items())
