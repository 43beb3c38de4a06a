"""The Qt-free edits behind the canvas's drags and new arrows (editing.gestures).

The GUI drag tests (tests/gui/test_canvas_drag.py) drive the same operations through
the mouse; these pin down the planning and that each edit undoes exactly.
"""

from __future__ import annotations

from cjm_designer.editing import gestures
from cjm_designer.io.yaml_format import dumps_map
from cjm_designer.model import Kind, TransitionKind

from .test_editing import sample


def applied(journey, edit):
    """Apply ``edit``, check that reverting it gives the map back, apply it again."""
    before = dumps_map(journey)
    edit.apply(journey)
    after = dumps_map(journey)
    edit.revert(journey)
    assert dumps_map(journey) == before
    edit.apply(journey)
    assert dumps_map(journey) == after
    return journey


def cell_ids(journey, stage, channel):
    return [tp.id for tp in journey.touchpoints_in(stage, channel)]


def test_dragged_cards_land_in_the_cell_in_their_order():
    journey = sample()
    edit = gestures.move_cards(journey, ["blog", "ad"], "buy", "shop", 0)
    applied(journey, edit)
    assert cell_ids(journey, "buy", "shop") == ["blog", "ad", "till"]
    assert cell_ids(journey, "aware", "web") == []


def test_dragging_cards_to_the_end_of_a_cell_and_to_unknown_places():
    journey = sample()
    applied(journey, gestures.move_cards(journey, ["ad"], "buy", "shop", 99))
    assert cell_ids(journey, "buy", "shop") == ["till", "ad"]
    assert gestures.move_cards(journey, ["ad"], "nowhere", "shop", 0) is None
    assert gestures.move_cards(journey, ["ghost"], "buy", "shop", 0) is None
    assert gestures.move_cards(journey, [], "buy", "shop", 0) is None


def test_a_stage_or_channel_moved_where_it_is_is_no_edit():
    journey = sample()
    assert gestures.move_stage(journey, "aware", 0) is None
    assert gestures.move_channel(journey, "web", 0) is None
    applied(journey, gestures.move_stage(journey, "aware", 5))  # clamped to the end
    assert [s.id for s in journey.stages] == ["buy", "aware"]
    applied(journey, gestures.move_channel(journey, "shop", 0))
    assert [c.id for c in journey.channels] == ["shop", "web"]
    assert gestures.move_stage(journey, "web", 0) is None  # a channel is no stage


def test_a_lane_slot_on_the_canvas_maps_to_the_model_index():
    journey = sample()  # channels: web, shop
    # The canvas shows the other lanes without the dragged one; slot 0 = before "shop".
    assert gestures.channel_index_for_slot(journey, "web", ["shop"], 0) == 0
    assert gestures.channel_index_for_slot(journey, "web", ["shop"], 1) == 1
    assert gestures.channel_index_for_slot(journey, "web", [], 0) == 0


def test_resizing_a_stage_by_less_than_a_point_is_no_edit():
    journey = sample()
    applied(journey, gestures.resize_stage(journey, "aware", 260.4))
    assert journey.stage("aware").width == 260.0
    assert gestures.resize_stage(journey, "aware", 260.3) is None
    assert gestures.resize_stage(journey, "ghost", 200) is None


def test_a_new_transition_gets_its_kind_from_the_stage_order():
    journey = sample()
    back = gestures.new_transition(journey, "buy", "aware")
    assert back.entity.kind is TransitionKind.BACK
    forward = gestures.new_transition(journey, "aware", "buy")
    assert forward.entity.kind is TransitionKind.FORWARD
    assert forward.entity.id not in journey.ids()  # "aware-buy" exists: a fresh id
    applied(journey, forward)
    assert journey.kind_of(forward.entity.id) is Kind.TRANSITION
    assert gestures.new_transition(journey, "aware", "aware") is None
    assert gestures.new_transition(journey, "aware", "web") is None


def test_a_flow_is_drawn_once_between_two_cards():
    journey = sample()
    assert gestures.new_flow(journey, "ad", "blog") is None  # exists already
    assert gestures.new_flow(journey, "ad", "ad") is None
    assert gestures.new_flow(journey, "ad", "aware") is None  # a stage is no card
    edit = gestures.new_flow(journey, "blog", "till")
    applied(journey, edit)
    assert (edit.entity.source, edit.entity.target) == ("blog", "till")
    assert gestures.new_flow(journey, "blog", "till") is None
