"""Three-way merge by identity: disjoint edits merge cleanly, real conflicts stay visible."""

from __future__ import annotations

import pytest
import yaml

from cjm_designer.cli import main
from cjm_designer.io.yaml_format import dumps_map, load_map, loads_map, read_map, save_map
from cjm_designer.model import Insight, Kind, Revision, check_map, edits
from cjm_designer.model.merge import CONFLICTS_KEY, merge_maps, merge_sequence
from tests.conftest import EXAMPLE


@pytest.fixture(scope="module")
def base():
    return load_map(EXAMPLE)


def edited(journey, *changes):
    copy = journey.copy()
    for change in changes:
        change(copy).apply(copy)
    return copy


def test_edits_of_different_cards_and_fields_merge_cleanly(base):
    card = base.touchpoint("stati-zozh")
    ours = edited(
        base,
        lambda m: edits.update(m, Kind.TOUCHPOINT, "stati-zozh", title="Ours title"),
        lambda m: edits.update(m, Kind.STAGE, "interes", name="Interest"),
    )
    theirs = edited(
        base,
        lambda m: edits.update(m, Kind.TOUCHPOINT, "stati-zozh", stage="interes"),
        lambda m: edits.update(m, Kind.TRANSITION, "osoznanie--interes", probability=0.5),
        lambda m: edits.update(
            m, Kind.TOUCHPOINT, "poisk-perekus", pains=(Insight("Долго грузится"),)
        ),
    )
    result = merge_maps(base, ours, theirs)
    assert result.clean and CONFLICTS_KEY not in result.map.extra
    merged = result.map
    assert merged.touchpoint("stati-zozh").title == "Ours title"
    assert merged.touchpoint("stati-zozh").stage == "interes"
    assert merged.touchpoint("stati-zozh").description == card.description
    assert merged.stage("interes").name == "Interest"
    assert merged.find(Kind.TRANSITION, "osoznanie--interes").probability == 0.5
    assert merged.touchpoint("poisk-perekus").pains == (Insight("Долго грузится"),)
    assert check_map(merged) == []


def test_cards_added_on_both_sides_keep_their_places(base):
    template = base.touchpoint("stati-zozh")
    ours = edited(base, lambda m: edits.InsertEntity(
        Kind.TOUCHPOINT, edits.replace(template, id="ours-card", title="Ours"), 1))  # fmt: skip
    theirs = edited(base, lambda m: edits.InsertEntity(
        Kind.TOUCHPOINT, edits.replace(template, id="theirs-card", title="Theirs"), 3))  # fmt: skip
    result = merge_maps(base, ours, theirs)
    assert result.clean
    order = [tp.id for tp in result.map.touchpoints]
    assert order.index("ours-card") == 1
    predecessor = theirs.touchpoints[2].id
    assert order.index("theirs-card") == order.index(predecessor) + 1
    assert len(order) == len(base.touchpoints) + 2


def test_stage_reordered_by_theirs_only_takes_their_order(base):
    ours = edited(base, lambda m: edits.update(m, Kind.STAGE, "osoznanie", goal="x"))
    theirs = edited(base, lambda m: edits.MoveEntity(Kind.STAGE, "izuchenie", 4))
    result = merge_maps(base, ours, theirs)
    assert result.clean
    assert [s.id for s in result.map.stages] == [s.id for s in theirs.stages]


def test_both_sides_appending_to_lists_keeps_both(base):
    ours = edited(base, lambda m: edits.SetMapField(
        "revisions", (*m.revisions, Revision("2027-01-10", "Anna", "ours"))))  # fmt: skip
    theirs = edited(base, lambda m: edits.SetMapField(
        "revisions", (*m.revisions, Revision("2027-01-11", "Olli", "theirs"))))  # fmt: skip
    result = merge_maps(base, ours, theirs)
    assert result.clean
    assert [r.summary for r in result.map.revisions[-2:]] == ["ours", "theirs"]


def test_same_item_edited_two_ways_is_not_silently_doubled():
    assert merge_sequence(("a", "b"), ("a2", "b"), ("a3", "b")) is None
    assert merge_sequence(("a", "b"), ("a", "b", "c"), ("b",)) == ("b", "c")


def test_same_field_changed_differently_is_a_conflict_keeping_ours(base):
    ours = edited(base, lambda m: edits.update(m, Kind.STAGE, "interes", name="Ours"))
    theirs = edited(base, lambda m: edits.update(m, Kind.STAGE, "interes", name="Theirs"))
    result = merge_maps(base, ours, theirs)
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.id, conflict.field) == ("stages", "interes", "name")
    assert (conflict.base, conflict.ours, conflict.theirs) == ("Интерес", "Ours", "Theirs")
    assert result.map.stage("interes").name == "Ours"
    recorded = result.map.extra[CONFLICTS_KEY]
    assert recorded[0]["ours"] == "Ours" and recorded[0]["theirs"] == "Theirs"
    text = dumps_map(result.map)
    yaml.safe_load(text)  # valid YAML ...
    reloaded = loads_map(text)  # ... and a valid map, with a warning about the key
    assert any(CONFLICTS_KEY in str(w) for w in reloaded.warnings)


def test_emotions_of_different_personas_merge_per_key(base):
    emotions = base.stage("interes").emotions
    ours = edited(base, lambda m: edits.update(
        m, Kind.STAGE, "interes", emotions={**emotions, "aristarkh": 1}))  # fmt: skip
    theirs = edited(base, lambda m: edits.update(
        m, Kind.STAGE, "interes", emotions={**emotions, "lyuda": 5}))  # fmt: skip
    result = merge_maps(base, ours, theirs)
    assert result.clean
    assert result.map.stage("interes").emotions == {"aristarkh": 1, "lyuda": 5}


def test_deleting_a_stage_while_the_other_side_edits_a_card_in_it(base):
    card = base.touchpoints_in("sravnenie")[0]
    ours = edited(base, lambda m: edits.remove(m, Kind.STAGE, "sravnenie"))
    theirs = edited(base, lambda m: edits.update(m, Kind.TOUCHPOINT, card.id, title="Edited"))
    result = merge_maps(base, ours, theirs)
    reasons = {(c.id, c.reason.split(";")[0]) for c in result.conflicts}
    assert (card.id, "deleted in ours, edited in theirs") in reasons
    assert ("sravnenie", "deleted in ours but still used by " + repr(card.id)) in reasons
    assert result.map.touchpoint(card.id).title == "Edited"
    assert "sravnenie" in result.map
    assert check_map(result.map) == []


def test_cli_clean_merge_writes_out_and_exits_0(tmp_path, base):
    paths = [tmp_path / f"{n}.cjm.yaml" for n in ("base", "ours", "theirs")]
    save_map(base, paths[0])
    save_map(edited(base, lambda m: edits.update(m, Kind.STAGE, "interes", name="I")), paths[1])
    save_map(edited(base, lambda m: edits.update(m, Kind.STAGE, "zhelanie", name="D")), paths[2])
    assert main(["merge", *map(str, paths), "-o", str(paths[1])]) == 0
    merged = load_map(paths[1])
    assert (merged.stage("interes").name, merged.stage("zhelanie").name) == ("I", "D")


def test_cli_conflict_exits_1_and_prints_them(tmp_path, base, capsys):
    paths = [tmp_path / f"{n}.cjm.yaml" for n in ("base", "ours", "theirs")]
    save_map(base, paths[0])
    save_map(edited(base, lambda m: edits.update(m, Kind.STAGE, "interes", name="A")), paths[1])
    save_map(edited(base, lambda m: edits.update(m, Kind.STAGE, "interes", name="B")), paths[2])
    out = tmp_path / "out.cjm.yaml"
    assert main(["merge", *map(str, paths), "-o", str(out), "--label", "map.cjm.yaml"]) == 1
    err = capsys.readouterr().err
    assert "map.cjm.yaml: 1 merge conflict" in err and "stages 'interes', field 'name'" in err
    result = read_map(out)
    assert result.map.stage("interes").name == "A"
    assert result.map.extra[CONFLICTS_KEY][0]["theirs"] == "B"


def test_cli_unreadable_input_writes_nothing(tmp_path, base):
    good = tmp_path / "good.cjm.yaml"
    save_map(base, good)
    broken = tmp_path / "broken.cjm.yaml"
    broken.write_text("cjm: 1\nstages: 5\n", encoding="utf-8")
    out = tmp_path / "out.cjm.yaml"
    assert main(["merge", str(good), str(good), str(broken), "-o", str(out)]) == 2
    assert not out.exists()
