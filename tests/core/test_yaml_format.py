"""YAML format v1: canonical text, byte-stable round trips, one-line diffs, kept unknowns."""

from __future__ import annotations

import difflib
from dataclasses import replace

import pytest
import yaml

from cjm_designer.io.errors import MapSaveError
from cjm_designer.io.format_v1 import encode_map
from cjm_designer.io.yaml_format import dumps_map, loads_map, read_map, save_map
from cjm_designer.io.yaml_writer import MapWriter, scalar
from cjm_designer.model import Kind, edits
from tests.conftest import build_small_map


def test_save_then_load_gives_the_same_map_and_the_same_bytes(tmp_path, small_map):
    path = tmp_path / "m.cjm.yaml"
    save_map(small_map, path)
    first = path.read_bytes()
    loaded = read_map(path)
    assert loaded.warnings == []
    assert loaded.map.same_content(small_map)
    save_map(loaded.map, path)
    assert path.read_bytes() == first


def test_text_is_block_style_unicode_and_starts_with_the_version(small_map):
    text = dumps_map(small_map)
    assert text.startswith("cjm: 1\ntitle: Протеиновые батончики\n")
    assert "\\u" not in text and "{" not in text.replace("{}", "")
    assert yaml.safe_load(text) == encode_map(small_map)


def test_moving_a_card_to_another_stage_is_a_one_line_diff(small_map):
    before = dumps_map(small_map).splitlines()
    edits.update(small_map, Kind.TOUCHPOINT, "shelf", stage="interest").apply(small_map)
    after = dumps_map(small_map).splitlines()
    changed = [
        line
        for line in difflib.unified_diff(before, after, n=0, lineterm="")
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]
    assert changed == ["-  stage: aware", "+  stage: interest"]


@pytest.mark.parametrize(
    "text",
    [
        "yes", "No", "null", "~", "true", "123", "0x1F", "1e3", "2026-11-23", "-", "- x",
        "key: value", "a #b", "#hash", "trailing ", " leading", "", "'quoted'", '"dq"',
        "ends with colon:", "tab\tinside", "line1\nline2", "line1\nline2\n", "  indented\nx",
        "trailing spaces \nx", "\ttab start", "emoji 😀 and 中文", "bell\x07", "nel\x85",
        "bom\ufeff", "ls\u2028", "@at", "`tick", "%pct", "!bang", "&amp", "*star", "|pipe",
        ">gt", "[x]", "{y}", "?q", ",c", "a: b: c", "Осознание: шаг 1 #важно", "x" * 1200,
        "para one\n\npara two", "last line has space\n ",
    ],
)  # fmt: skip
def test_every_string_survives_the_writer(text):
    dumped = dumps_title(text)
    assert yaml.safe_load(dumped)["title"] == text


def dumps_title(text: str) -> str:
    journey = build_small_map()
    journey.title = text
    return dumps_map(journey)


def test_scalars_are_plain_when_safe_and_quoted_otherwise():
    assert scalar("Осознание") == "Осознание"
    assert scalar("yes") == '"yes"'
    assert scalar("12") == '"12"'
    assert scalar(0.35) == "0.35"
    assert scalar(1.0) == "1.0"
    assert scalar(1e-09) == "1.0e-09"


def test_unknown_keys_are_kept_written_back_and_warned(small_map):
    text = dumps_map(small_map).replace("    - Похудеть\n", "    - Похудеть\n  mood: bright\n", 1)
    text += "future_section:\n  a: 1\n"
    result = loads_map(text, "m.cjm.yaml")
    mood_line = text.splitlines().index("  mood: bright") + 1
    last_line = text.splitlines().index("future_section:") + 1
    assert [str(w) for w in result.warnings] == [
        f"m.cjm.yaml:{last_line}:1: warning: unknown field 'future_section' kept as it is (at future_section)",
        f"m.cjm.yaml:{mood_line}:3: warning: unknown field 'mood' kept as it is (at personas[0].mood)",
    ]
    assert result.map.persona("aristarkh").extra == {"mood": "bright"}
    assert dumps_map(result.map) == text


def test_writer_reuses_text_of_unchanged_entities(small_map):
    writer = MapWriter()
    writer.dumps(small_map)
    card = small_map.touchpoint("ad")
    small_map.replace(Kind.TOUCHPOINT, replace(card, title="Новый баннер"))
    text = writer.dumps(small_map)
    assert "title: Новый баннер" in text
    assert text == MapWriter().dumps(small_map)


def test_failed_save_leaves_the_old_file_untouched(tmp_path, small_map, monkeypatch):
    import errno
    import os

    path = tmp_path / "m.cjm.yaml"
    save_map(small_map, path)
    old = path.read_bytes()

    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    small_map.title = "changed"
    with pytest.raises(MapSaveError, match="the disk is full"):
        save_map(small_map, path)
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["m.cjm.yaml"]


def test_save_into_a_missing_folder_says_so(tmp_path, small_map):
    with pytest.raises(MapSaveError, match="folder does not exist"):
        save_map(small_map, tmp_path / "gone" / "m.cjm.yaml")


def test_migrations_run_for_older_versions(monkeypatch, small_map):
    from cjm_designer.io import migrations

    def from_zero(data):
        data["title"] = data.pop("name")
        return data

    monkeypatch.setitem(migrations.MIGRATIONS, 0, from_zero)
    monkeypatch.setattr(migrations, "file_version", lambda data: data["cjm"])
    text = dumps_map(small_map).replace("cjm: 1\ntitle:", "cjm: 0\nname:")
    result = loads_map(text)
    assert result.original_version == 0
    assert result.map.title == "Протеиновые батончики"


def test_writer_reuses_text_of_unchanged_snapshots(small_map):
    from cjm_designer.io.snapshot_format import take_snapshot
    from cjm_designer.model.snapshots import add_snapshot

    add_snapshot(small_map, take_snapshot(small_map, "As-is", "2026-11-23")).apply(small_map)
    writer = MapWriter()
    first = writer.dumps(small_map)
    small_map.title = "Новое название"
    second = writer.dumps(small_map)
    assert second == MapWriter().dumps(small_map)
    assert first.split("snapshots:")[1] == second.split("snapshots:")[1]
