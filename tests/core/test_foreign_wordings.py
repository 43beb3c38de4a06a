"""Texts that come from PyYAML/libyaml, the operating system, csv and openpyxl reach the
user as our own message codes, so a Russian or Finnish consultant reads them translated."""

from __future__ import annotations

import errno
import zipfile

import pytest
import yaml

from cjm_designer.io import yaml_reader
from cjm_designer.io.errors import MapLoadError
from cjm_designer.io.tables import csv_table_from_bytes, xlsx_table_from_bytes
from cjm_designer.messages import Message, localize
from cjm_designer.messages.os_errors import os_reason

# One broken map per wording of the two parsers (C libyaml and pure-Python PyYAML).
BROKEN = {
    "colon in value": "a: b: c\n",
    "bad first character": "a: @x\n",
    "backquote": "a: `x\n",
    "percent": "a: %x\n",
    "key without colon": "a: 1\nb\nc: 2\n",
    "indentation": "a:\n  - 1\n b: 2\n",
    "list then key": "- a\nb: 1\n",
    "unclosed [": "a: [1, 2\nb: 3\n",
    "unclosed {": "a: {x: 1\nb: 3\n",
    "unclosed quote": 'a: "abc\n',
    "unclosed single quote": "a: 'abc\n",
    "unknown escape": 'a: "\\q"\n',
    "short hex escape": 'a: "\\x4"\n',
    "undefined alias": "a: *nope\n",
    "anchor without name": "a: &\n",
    "broken tag": "a: !<x\n",
    "undefined tag handle": "a: !x!y 1\n",
    "incompatible version": "%YAML 2.0\n---\na: 1\n",
    "two YAML directives": "%YAML 1.1\n%YAML 1.1\n---\na: 1\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "block indicator 0": "a: |0\n  x\n",
    "block indicator x": "a: |x\n  x\n",
    "document marker in quotes": 'a: "x\n---\ny"\n',
    "closing bracket": "a: ]\n",
    "comma": "- a\n- ,b\n",
    "dash after mapping": "a: 1\n- b\n",
    "text after quote": "a: 'x' y\n",
    "key over 1024 characters": "a" * 1100 + "\n: b\n",
    "anchor twice": "a: &x 1\nb: &x 2\nc: *x\n",
    "tab indentation": "a:\n\tb: 1\n",
}


@pytest.fixture(params=["libyaml", "python"])
def loader(request, monkeypatch):
    chosen = yaml.CSafeLoader if request.param == "libyaml" else yaml.SafeLoader
    monkeypatch.setattr(yaml_reader, "_Loader", chosen)
    return chosen


def _reason(text: str) -> Message:
    with pytest.raises(MapLoadError) as caught:
        yaml_reader.parse_text(text, "map.cjm.yaml")
    message = caught.value.first.message
    assert isinstance(message, Message)
    return message


def _codes(message: object) -> list[str]:
    """Every code in a message and the messages it holds."""
    if not isinstance(message, Message):
        return []
    inner = [code for value in message.params.values() for code in _codes(value)]
    return [message.code, *inner]


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_every_parser_wording_has_a_code(name, loader):
    message = _reason(BROKEN[name])
    if message.code == "io.yaml-syntax":
        problem = message.params["problem"]
        assert isinstance(problem, Message), f"{name}: parser wording left as is: {problem!r}"
    russian = localize(message, "ru")
    finnish = localize(message, "fi")
    for parser_word in ("expected", "found", "while", "scanning", "parsing", "allowed"):
        assert parser_word not in russian and parser_word not in finnish, (name, russian)


def test_location_and_start_are_kept(loader):
    with pytest.raises(MapLoadError) as caught:
        yaml_reader.parse_text("a: 1\nb\nc: 2\n", "map.cjm.yaml")
    russian = caught.value.localized("ru")
    assert russian.startswith("map.cjm.yaml:3:1: синтаксическая ошибка YAML: после ключа нет")
    assert "ключ начинается в строке 2, столбце 1" in russian
    assert "avain alkaa riviltä 2, sarakkeesta 1" in caught.value.localized("fi")
    assert "the key starts at line 2, column 1" in str(caught.value)


def test_offending_character_is_named(loader):
    assert localize(_reason("a: @x\n"), "fi").endswith(
        "arvo ei voi alkaa merkillä '@': laita arvo lainausmerkkeihin"
    )


def test_an_unknown_wording_stays_inside_the_translated_frame():
    error = yaml.YAMLError()
    error.problem = "some wording a future PyYAML invents"  # type: ignore[attr-defined]
    message = yaml_reader._yaml_error(error, "m.yaml").first.message
    assert (
        localize(message, "ru")
        == "синтаксическая ошибка YAML: some wording a future PyYAML invents"
    )


ERRNOS = [
    errno.ENOENT, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.ENOSPC,
    errno.EROFS, errno.EEXIST, errno.EBUSY, errno.ENAMETOOLONG, errno.ELOOP, errno.EMFILE,
    errno.EIO, errno.EFBIG, errno.EADDRINUSE, errno.EADDRNOTAVAIL,
]  # fmt: skip


@pytest.mark.parametrize("number", ERRNOS, ids=[errno.errorcode[n] for n in ERRNOS])
@pytest.mark.parametrize("writing", [False, True], ids=["reading", "writing"])
def test_os_errors_by_errno_are_translated(number, writing):
    import os

    reason = os_reason(OSError(number, os.strerror(number), "x"), writing=writing)
    assert reason.code != "os.other"
    for language in ("ru", "fi"):
        assert localize(reason, language) != str(reason)
        assert os.strerror(number) not in localize(reason, language)


def test_missing_file_reads_differently_for_readers_and_writers():
    error = FileNotFoundError(errno.ENOENT, "No such file or directory")
    assert localize(os_reason(error), "ru") == "нет такого файла или папки"
    assert localize(os_reason(error, writing=True), "ru") == "папка не существует"


def test_unknown_os_error_keeps_the_system_text_in_a_translated_frame():
    reason = os_reason(OSError(errno.EXDEV + 1000, "Strange failure"))
    assert localize(reason, "fi") == "järjestelmävirhe: Strange failure"
    reason = os_reason(OSError(errno.EINVAL, "Invalid argument"))
    assert localize(reason, "ru") == "системная ошибка EINVAL: Invalid argument"


def test_workbook_failures_have_their_own_words(tmp_path):
    with pytest.raises(MapLoadError) as caught:
        xlsx_table_from_bytes(b"not a zip at all", "t.xlsx")
    assert "это не ZIP-архив" in caught.value.localized("ru")
    path = tmp_path / "t.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "x")
    with pytest.raises(MapLoadError) as caught:
        xlsx_table_from_bytes(path.read_bytes(), "t.xlsx")
    assert "siitä puuttuu osa" in caught.value.localized("fi")


def test_an_open_quote_in_a_csv_is_explained():
    with pytest.raises(MapLoadError) as caught:
        csv_table_from_bytes(b'stage,title\n"' + b"x" * 200_000 + b"\n", "t.csv")
    assert "не осталась ли выше незакрытая кавычка" in caught.value.localized("ru")


def test_every_field_of_an_entity_has_a_translated_label():
    import dataclasses

    from cjm_designer.model import entities
    from cjm_designer.model.diff import field_label
    from cjm_designer.model.journey_map import MAP_FIELDS

    names = set(MAP_FIELDS)
    for cls in (entities.Persona, entities.Scenario, entities.Channel, entities.RowDefinition,
                entities.Stage, entities.Touchpoint, entities.Transition, entities.Flow):  # fmt: skip
        names |= {spec.name for spec in dataclasses.fields(cls)}
    for name in sorted(names):
        label = field_label(name)
        assert isinstance(label, Message), f"field {name!r} has no diff.field code"
        assert str(label) == name  # English keeps the file's own word


def test_diff_values_are_written_the_locale_way(tmp_path):
    from cjm_designer.io.yaml_format import read_map
    from cjm_designer.model.diff import diff_maps
    from tests.conftest import EXAMPLE

    text = EXAMPLE.read_text(encoding="utf-8")
    edited = text.replace("probability: 0.7\n", "probability: 0.45\n", 1)
    edited = edited.replace("  duration: 2w\n", "  duration: 3.5d\n", 1)
    edited = edited.replace("  kind: human\n", "  kind: backstage\n", 1)
    path = tmp_path / "edited.cjm.yaml"
    path.write_text(edited, encoding="utf-8")
    lines = diff_maps(read_map(EXAMPLE).map, read_map(path).map).summary_lines()
    russian = "\n".join(localize(line, "ru") for line in lines)
    finnish = "\n".join(localize(line, "fi") for line in lines)
    assert "70\xa0% → 45\xa0%" in russian and "70\xa0% → 45\xa0%" in finnish
    assert "длительность 2\xa0нед. → 3,5\xa0дн." in russian
    assert "kesto 2\xa0vk → 3,5\xa0pv" in finnish
    assert "тип люди → закулисье" in russian
    english = "\n".join(str(line) for line in lines)
    assert "duration 2w → 3.5d" in english and "from 70% to 45%" in english


def test_merge_conflicts_name_sides_and_fields_in_the_language(tmp_path):
    from cjm_designer.io.yaml_format import read_map
    from cjm_designer.model.merge import merge_maps
    from tests.conftest import EXAMPLE

    text = EXAMPLE.read_text(encoding="utf-8")
    ours, theirs = tmp_path / "ours.cjm.yaml", tmp_path / "theirs.cjm.yaml"
    ours.write_text(text.replace("probability: 0.7\n", "probability: 0.45\n", 1), "utf-8")
    theirs.write_text(text.replace("probability: 0.7\n", "probability: 0.5\n", 1), "utf-8")
    merged = merge_maps(read_map(EXAMPLE).map, read_map(ours).map, read_map(theirs).map)
    (conflict,) = merged.conflicts
    line = conflict.describe()
    assert localize(line, "ru").endswith("поле «вероятность»: изменено по-разному с обеих сторон; "
                                         "оставлена наша версия")  # fmt: skip
    assert "kenttä ”todennäköisyys”" in localize(line, "fi")
    assert "oma versio" in localize(line, "fi")
    assert str(line).startswith("transitions '") and str(line).endswith("; kept ours")
