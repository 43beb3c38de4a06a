"""The document model: ids, primitives, events and reversible edits."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cjm_designer.model import (
    EntityMoved,
    EntityRemoved,
    JourneyMap,
    Kind,
    MapIntegrityError,
    Stage,
    Touchpoint,
    check_map,
    edits,
    is_valid_id,
    new_id,
    slugify,
)
from tests.conftest import build_small_map


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Осознание", "osoznanie"),
        ("Повторная сделка", "povtornaya-sdelka"),
        ("Päätösvaihe", "paatosvaihe"),
        ("  Lead generation!! ", "lead-generation"),
        ("😀", "item"),
        ("Щука и Ёж", "shchuka-i-ezh"),
    ],
)
def test_slugify_transliterates_and_keeps_ids_valid(name, slug):
    assert slugify(name) == slug
    assert is_valid_id(slugify(name))


def test_new_id_never_collides():
    taken = {"osoznanie", "osoznanie-2"}
    assert new_id("Осознание", taken) == "osoznanie-3"


def test_insert_rejects_duplicate_ids_across_kinds(small_map):
    with pytest.raises(MapIntegrityError):
        small_map.insert(Kind.TOUCHPOINT, Touchpoint("web", "aware", "web", "clash"))


def test_events_report_what_changed(small_map):
    seen = []
    small_map.subscribe(seen.append)
    small_map.move(Kind.STAGE, "loyal", 0)
    small_map.remove(Kind.FLOW, "ad--landing")
    assert seen[0] == EntityMoved(Kind.STAGE, "loyal", 2, 0)
    assert isinstance(seen[1], EntityRemoved) and seen[1].entity.id == "ad--landing"


def test_removing_a_stage_cascades_and_undo_restores_exact_order(small_map):
    before = small_map.copy()
    edit = edits.remove(small_map, Kind.STAGE, "aware")
    edit.apply(small_map)
    assert "aware" not in small_map
    assert [t.id for t in small_map.touchpoints] == ["landing", "lead", "bonus"]
    assert not any("aware" in (t.source, t.target) for t in small_map.transitions)
    assert small_map.flows == [] and small_map.entry is None
    assert check_map(small_map) == []
    edit.revert(small_map)
    assert small_map.same_content(before)
    edit.apply(small_map)  # redo after undo removes the same things again
    edit.revert(small_map)
    assert [t.id for t in small_map.touchpoints] == [t.id for t in before.touchpoints]


def test_removing_a_persona_scrubs_references_and_undo_puts_them_back(small_map):
    before = small_map.copy()
    edit = edits.remove(small_map, Kind.PERSONA, "aristarkh")
    edit.apply(small_map)
    assert small_map.stage("aware").emotions == {}
    assert small_map.touchpoint("shelf").personas == ()
    assert check_map(small_map) == []
    edit.revert(small_map)
    assert small_map.same_content(before)


def test_removing_a_channel_clears_action_channels(small_map):
    edit = edits.remove(small_map, Kind.CHANNEL, "crm")
    edit.apply(small_map)
    assert "lead" not in small_map  # its card sat in that lane
    assert check_map(small_map) == []


def test_move_touchpoint_between_cells_and_within_a_cell(small_map):
    before = small_map.copy()
    move = edits.move_touchpoint(small_map, "bonus", "aware", "web", 0)
    move.apply(small_map)
    assert [t.id for t in small_map.touchpoints_in("aware", "web")] == ["bonus", "ad"]
    move.revert(small_map)
    assert small_map.same_content(before)
    last = edits.move_touchpoint(small_map, "ad", "aware", "web", 5)
    last.apply(small_map)
    assert small_map.touchpoint("ad").stage == "aware"


def test_update_builds_a_replacement_and_composite_rolls_back_on_failure(small_map):
    before = small_map.copy()
    good = edits.update(small_map, Kind.STAGE, "aware", name="Awareness")
    bad = edits.InsertEntity(Kind.STAGE, Stage("interest", "duplicate id"))
    with pytest.raises(MapIntegrityError):
        edits.CompositeEdit([good, bad]).apply(small_map)
    assert small_map.same_content(before)


def test_rename_an_id_through_replace(small_map):
    stage = small_map.stage("loyal")
    edit = edits.ReplaceEntity(Kind.STAGE, replace(stage, id="loyalty"), old_id="loyal")
    edit.apply(small_map)
    assert "loyalty" in small_map and "loyal" not in small_map
    edit.revert(small_map)
    assert "loyal" in small_map


def test_check_map_finds_broken_references():
    journey = build_small_map()
    journey.extend(Kind.TOUCHPOINT, [Touchpoint("ghost", "nowhere", "web", "x", emotion=9)])
    codes = sorted((p.code, p.path[-1]) for p in check_map(journey))
    assert ("unknown-ref", "stage") in codes
    assert ("out-of-range", "emotion") in codes


def test_copy_shares_entities_but_not_listeners(small_map):
    calls = []
    small_map.subscribe(calls.append)
    twin = small_map.copy()
    twin.remove(Kind.FLOW, "ad--landing")
    assert calls == [] and len(small_map.flows) == 1
    assert isinstance(twin, JourneyMap)


def test_subset_keeps_every_map_field_and_drops_flows_to_dropped_cards(small_map):
    small_map.snapshots = ("marker",)  # any value: subset must carry every map field over
    part = small_map.subset(lambda kind, e: kind is not Kind.TOUCHPOINT or e.id != "landing")
    assert part.snapshots == ("marker",) and part.title == small_map.title
    assert "landing" not in part and part.flows == []  # ad--landing lost its target
    assert [s.id for s in part.stages] == [s.id for s in small_map.stages]
    assert check_map(part) == []
    assert small_map.copy().same_content(small_map)
