"""A corpus of bad files, each with the exact located message a user sees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cjm_designer.io import yaml_reader
from cjm_designer.io.errors import MapLoadError
from cjm_designer.io.yaml_format import read_map

BAD = Path(__file__).resolve().parent.parent / "data" / "bad"

EXPECTED = {
    "alias-bomb": "2:16: the file expands to too many values (YAML aliases); refused",
    "bad-id": "4:7: id 'Not An Id' must be lowercase letters, digits, '-' or '_' (at stages[0].id)",
    "bad-values": "6:9: 'kind' must be one of digital, offline, human, backstage; found 'telepathy' (at channels[0].kind)",
    "binary": "1:1: this is not a text file (binary data found); a map is a UTF-8 YAML text file",
    "deep-block-nesting": "the file nests deeper than 64 levels; a map never does",
    "deep-nesting": "3:67: the file nests deeper than 64 levels; a map never does",
    "duplicate-id": "6:7: id 'a' is already used at stages[0] (at stages[1].id)",
    "duplicate-key": "3:1: duplicate key 'title'",
    "empty": "1:1: this is not a CJM Designer map: expected a mapping, found an empty file",
    "latin1-garbage": "2:11: the file is not UTF-8 text (byte 0xe9 cannot be decoded)",
    "newer-version": "1:6: the file was written by a newer CJM Designer (format 2)",
    "no-version": "1:1: this is not a CJM Designer map: the first line should be 'cjm: 1'",
    "not-a-mapping": "1:1: this is not a CJM Designer map: expected a mapping, found a single value or list",
    "python-tag": "2:8: unsupported YAML tag '!!python/object/apply:os.system'",
    "syntax-error": "6:1: YAML syntax error: a list in square brackets is not closed with ']', or its items are not separated by ',' (the list starts at line 5, column 11)",
    "tabs": "4:1: YAML syntax error: a tab character is used for indentation; YAML needs spaces",
    "unknown-stage": "11:10: unknown stage 'b' (at touchpoints[0].stage)",
    "wrong-types": "6:14: 'questions' must be a list of texts, found int 5 (at stages[0].questions)",
}  # fmt: skip


def test_every_bad_file_has_an_expectation():
    names = {path.name.removesuffix(".cjm.yaml") for path in BAD.glob("*.cjm.yaml")}
    assert names - {"cp1251"} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_gives_its_located_message(name):
    path = BAD / f"{name}.cjm.yaml"
    with pytest.raises(MapLoadError) as caught:
        read_map(path)
    first = str(caught.value.messages[0])
    assert first.startswith(f"{path}:")
    assert EXPECTED[name] in first


def test_all_errors_of_a_file_are_reported_not_only_the_first():
    with pytest.raises(MapLoadError) as caught:
        read_map(BAD / "bad-values.cjm.yaml")
    assert [m.location.field for m in caught.value.messages] == [
        "channels[0].kind",
        "stages[0].duration",
        "transitions[0].probability",
    ]


def test_windows_1251_is_recognised_and_said(tmp_path):
    result = read_map(BAD / "cp1251.cjm.yaml")
    assert result.map.title == "Карта клиента"
    assert "Windows-1251" in str(result.warnings[0])


def test_python_tags_are_never_executed(tmp_path, monkeypatch):
    marker = tmp_path / "owned"
    text = f'cjm: 1\ntitle: !!python/object/apply:os.system ["touch {marker}"]\n'
    path = tmp_path / "evil.cjm.yaml"
    path.write_text(text)
    with pytest.raises(MapLoadError):
        read_map(path)
    assert not marker.exists()


def test_huge_files_are_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(yaml_reader, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "huge.cjm.yaml"
    path.write_text("cjm: 1\ntitle: " + "x" * 2000 + "\n")
    with pytest.raises(MapLoadError, match="too large"):
        read_map(path)


def test_absurd_nesting_does_not_crash_the_process(tmp_path):
    """libyaml's C composer segfaults at ~50,000 levels: the depth check must come first."""
    path = tmp_path / "deep.cjm.yaml"
    path.write_text("cjm: 1\ntitle: x\nx: " + "[" * 200_000 + "]" * 200_000 + "\n")
    result = subprocess.run(
        [sys.executable, "-m", "cjm_designer", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert "nests deeper than 64 levels" in result.stderr


def test_missing_file_and_folder_are_clear(tmp_path):
    with pytest.raises(MapLoadError, match="no such file"):
        read_map(tmp_path / "nope.cjm.yaml")
    with pytest.raises(MapLoadError, match="folder, not a map file"):
        read_map(tmp_path)
