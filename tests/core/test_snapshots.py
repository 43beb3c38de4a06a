"""Snapshots kept inside the map file: saved, listed, opened, restored, compared."""

from __future__ import annotations

import pytest

from cjm_designer.cli import main
from cjm_designer.io.snapshot_format import open_snapshot, take_snapshot
from cjm_designer.io.yaml_format import dumps_map, load_map, loads_map, save_map
from cjm_designer.model import Evidence, EvidenceStatus, Insight, Kind, edits
from cjm_designer.model.filters import researched_only
from cjm_designer.model.snapshots import (
    SnapshotError,
    add_snapshot,
    delete_snapshot,
    find_snapshot,
    restore_edit,
)
from tests.conftest import EXAMPLE


@pytest.fixture
def example():
    return load_map(EXAMPLE)


def test_a_snapshot_survives_save_and_load_byte_for_byte(example):
    add_snapshot(example, take_snapshot(example, "As-is, workshop 1", "2026-11-23")).apply(example)
    text = dumps_map(example)
    assert '\nsnapshots:\n- name: As-is, workshop 1\n  date: "2026-11-23"\n  map:\n' in text
    again = loads_map(text).map
    assert dumps_map(again) == text
    assert again.same_content(example)


def test_opening_a_snapshot_gives_the_map_as_it_was(example):
    before = example.copy()
    add_snapshot(example, take_snapshot(example, "As-is")).apply(example)
    edits.update(example, Kind.STAGE, "interes", name="Interest").apply(example)
    opened = open_snapshot(find_snapshot(example, "As-is"))
    assert opened.same_content(before)
    assert opened.stage("interes").name == "Интерес"


def test_snapshot_edits_undo_and_names_are_unique(example):
    add = add_snapshot(example, take_snapshot(example, "A", "2026-01-01"))
    add.apply(example)
    with pytest.raises(SnapshotError):
        add_snapshot(example, take_snapshot(example, "A"))
    add.revert(example)
    assert example.snapshots == ()
    with pytest.raises(SnapshotError, match="no snapshot named 'B'"):
        delete_snapshot(example, "B")


def test_restore_is_one_undoable_edit_that_keeps_the_snapshots(example):
    original = dumps_map(example)
    add_snapshot(example, take_snapshot(example, "As-is", "2026-01-01")).apply(example)
    with_snapshot = dumps_map(example)
    edits.remove(example, Kind.STAGE, "sravnenie").apply(example)
    edits.SetMapField("title", "Changed").apply(example)
    restore = restore_edit(example, open_snapshot(example.snapshots[0]))
    restore.apply(example)
    assert dumps_map(example) == with_snapshot
    assert dumps_map(example) != original  # the snapshot list itself stays
    restore.revert(example)
    assert "sravnenie" not in example and example.title == "Changed"


def test_cli_save_list_diff_restore_extract(tmp_path, example, capsys):
    path = tmp_path / "map.cjm.yaml"
    save_map(example, path)
    file = str(path)
    assert main(["snapshot", file, "--name", "As-is", "--date", "2026-11-23"]) == 0
    current = load_map(path)
    edits.update(current, Kind.STAGE, "interes", name="Interest").apply(current)
    save_map(current, path)
    capsys.readouterr()
    assert main(["snapshot", file, "--list"]) == 0
    assert "2026-11-23  As-is" in capsys.readouterr().out
    assert main(["diff", f"{file}@As-is", file]) == 1
    assert capsys.readouterr().out == 'Stage "Интерес" renamed to "Interest".\n'
    assert main(["diff", f"{file}@Nope", file]) == 2
    assert "no snapshot named 'Nope'" in capsys.readouterr().err
    extracted = tmp_path / "as-is.cjm.yaml"
    assert main(["snapshot", file, "--extract", "As-is", "-o", str(extracted)]) == 0
    assert load_map(extracted).snapshots == () and load_map(extracted).same_content(example)
    assert main(["snapshot", file, "--extract", "As-is", "-o", str(extracted)]) == 2
    assert main(["snapshot", file, "--restore", "As-is"]) == 0
    restored = load_map(path)
    assert restored.stage("interes").name == "Интерес" and len(restored.snapshots) == 1
    assert main(["snapshot", file, "--delete", "As-is"]) == 0
    assert load_map(path).snapshots == ()


def test_researched_only_keeps_backed_cards_and_insights(example):
    researched = Evidence(EvidenceStatus.RESEARCHED)
    card = example.touchpoint("poisk-perekus")
    edits.update(
        example, Kind.TOUCHPOINT, "poisk-perekus", evidence=researched,
        pains=(Insight("backed", evidence=researched), Insight("guess")),
        opportunities=(Insight("idea", evidence=Evidence(EvidenceStatus.ASSUMED)),),
    ).apply(example)  # fmt: skip
    before = dumps_map(example)
    only = researched_only(example)
    ids = {tp.id for tp in only.touchpoints}
    assert ids == {"poisk-perekus", "issledovanie-loyalnykh"}
    kept = only.touchpoint("poisk-perekus")
    assert kept.pains == (Insight("backed", evidence=researched),)
    assert kept.opportunities == () and kept.title == card.title
    assert all(f.source in ids and f.target in ids for f in only.flows)
    assert [s.id for s in only.stages] == [s.id for s in example.stages]
    assert dumps_map(example) == before  # the original is untouched
    loads_map(dumps_map(only))  # and the filtered copy is a valid map
