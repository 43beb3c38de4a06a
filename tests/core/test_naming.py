"""Ids from the first name typed: only over the placeholder, only while unreferenced."""

from __future__ import annotations

from cjm_designer.editing.naming import name_edit
from cjm_designer.model import Channel, JourneyMap, Kind, Stage, Touchpoint, Transition


def _map() -> JourneyMap:
    journey = JourneyMap(title="Naming")
    journey.extend(Kind.CHANNEL, [Channel("web", "Web")])
    journey.extend(Kind.STAGE, [Stage("aware", "Aware"), Stage("new-stage", "New stage")])
    return journey


def test_the_placeholder_name_gives_way_to_an_id_from_the_typed_name():
    journey = _map()
    edit = name_edit(journey, Kind.STAGE, "new-stage", "name", "Оплата", "New stage")
    edit.apply(journey)
    assert [s.id for s in journey.stages] == ["aware", "oplata"]
    edit.revert(journey)
    assert [s.id for s in journey.stages] == ["aware", "new-stage"]


def test_an_id_in_use_or_a_renamed_item_keeps_its_id():
    journey = _map()
    journey.extend(Kind.TRANSITION, [Transition("t", "aware", "new-stage")])
    edit = name_edit(journey, Kind.STAGE, "new-stage", "name", "Оплата", "New stage")
    edit.apply(journey)
    assert journey.stage("new-stage").name == "Оплата"
    journey = _map()
    journey.extend(Kind.TOUCHPOINT, [Touchpoint("c", "aware", "web", "Card")])
    edit = name_edit(journey, Kind.STAGE, "aware", "name", "Знакомство", "New stage")
    edit.apply(journey)
    assert journey.stage("aware").name == "Знакомство"
