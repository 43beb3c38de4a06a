"""Hostile input, second round (issue 20): each class of defect reproduced, then refused.

Every input here is made by the test itself, small, and would have caused data loss, a
traceback, a hang or markup/formula injection before the fix.
"""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_designer.cli import main
from cjm_designer.io.yaml_format import loads_map, read_map, save_map
from cjm_designer.io.yaml_reader import parse_text
from cjm_designer.io.yaml_writer import dump_plain, scalar
from cjm_designer.model import Kind
from cjm_designer.model.entities import Picture
from tests.conftest import EXAMPLE

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- 1. the writer never emits what the reader refuses ---------------------------------


def _map_with_unknown_key(key: str) -> bytes:
    """The example map plus one top-level unknown key, written as an explicit YAML key."""
    return EXAMPLE.read_bytes() + f"? {scalar(key)}\n: kept\n".encode()


def test_long_unknown_key_survives_convert_in_place(tmp_path):
    path = tmp_path / "m.cjm.yaml"
    path.write_bytes(_map_with_unknown_key("k" * 1100))
    assert read_map(path).map.extra["k" * 1100] == "kept"
    assert main(["convert", str(path), "-o", str(path)]) == 0
    assert read_map(path).map.extra["k" * 1100] == "kept"


def test_key_with_control_characters_round_trips(tmp_path):
    key = "\x7f\x1b[2J" * 300
    journey = loads_map(_map_with_unknown_key(key))
    path = tmp_path / "m.cjm.yaml"
    save_map(journey.map, path)
    assert read_map(path).map.extra[key] == "kept"


def test_merge_refuses_to_write_an_unreadable_map(tmp_path, monkeypatch, capsys):
    from cjm_designer.io import yaml_format

    base = tmp_path / "base.cjm.yaml"
    base.write_bytes(EXAMPLE.read_bytes())
    out = tmp_path / "out.cjm.yaml"
    out.write_bytes(EXAMPLE.read_bytes())
    monkeypatch.setattr(yaml_format, "dumps_map", lambda journey, writer=None: "a: [b\n")
    assert main(["merge", str(base), str(base), str(base), "-o", str(out)]) != 0
    assert "would not read back" in capsys.readouterr().err
    assert out.read_bytes() == EXAMPLE.read_bytes()


def _nfc(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", text)


# The reader returns text in NFC (issue 20, class 9), so the property writes NFC text.
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40).map(_nfc)
_LONG = st.builds(lambda t, n: _nfc(t * n), _TEXT, st.integers(1, 60))
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | _TEXT | _LONG,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT | _LONG, inner, max_size=3),
    max_leaves=8,
)


@FUZZ
@given(st.dictionaries(_TEXT | _LONG, _VALUES, min_size=1, max_size=4))
def test_any_keys_and_values_read_back_as_written(data):
    assert parse_text(dump_plain(data)).data == data


# --- 2. no user text is ever markup in a PDF --------------------------------------------


def _markup_map(tmp_path):
    from PIL import Image

    from cjm_designer.model import Channel, JourneyMap, Kind, Persona, Stage, Touchpoint

    secret = tmp_path / "secret.png"
    Image.new("RGB", (37, 41), "red").save(secret)
    img = f'<img src="{secret}" width="37" height="41"/>'
    journey = JourneyMap(title=f"Title {img}", language="en")
    journey.extend(Kind.PERSONA, [Persona("p", f"Persona {img}", description=img)])
    journey.extend(Kind.CHANNEL, [Channel("c", '<onDraw name="x" label="y"/>')])
    journey.extend(
        Kind.STAGE,
        [
            Stage("a", f"Stage {img}", goal=img, questions=(img,), emotions={"p": 2}),
            Stage("b", '<onDraw name="drawTOCEntryEnd" label="1,2,3"/> stage'),
            Stage("d", '<img src="/no/such/file.png"/> missing'),
        ],
    )
    journey.extend(Kind.TOUCHPOINT, [Touchpoint("t", "a", "c", f"Card {img}", description=img)])
    return journey


def test_handout_shows_tags_as_text_and_embeds_no_local_file(tmp_path):
    import pypdf

    from cjm_designer import export_pdf

    out = tmp_path / "h.pdf"
    export_pdf(_markup_map(tmp_path), out, kind="handout")
    reader = pypdf.PdfReader(out)
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    assert "<onDraw" in text and "<img" in text and "/no/such/file.png" in text
    for page in reader.pages:
        objects = page.get("/Resources", {}).get("/XObject", {}) or {}
        for name in objects:
            image = objects[name].get_object()
            assert (image.get("/Width"), image.get("/Height")) != (37, 41)


# --- 3. CSV export never writes a formula; 8. CSV import never writes mojibake -----------

_FORMULAS = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "'=quoted"]


def test_csv_cells_that_a_spreadsheet_would_evaluate_are_prefixed(tmp_path):
    import csv

    from cjm_designer.io.tables import read_csv, write_csv
    from cjm_designer.model import Channel, JourneyMap, Kind, Stage, Touchpoint

    journey = JourneyMap(title="t")
    journey.extend(Kind.STAGE, [Stage("s", "=1+2")])
    journey.extend(Kind.CHANNEL, [Channel("c", "@cmd")])
    cards = [Touchpoint(f"t{i}", "s", "c", f"{text} title") for i, text in enumerate(_FORMULAS)]
    journey.extend(Kind.TOUCHPOINT, cards)
    out = tmp_path / "m.csv"
    write_csv(journey, out)
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
    for row in rows[1:]:
        for cell in row:
            assert not cell or cell[0] not in "=+-@\t\r", row
    back = read_csv(out)
    # titles are stripped of surrounding white space on import, as always
    assert [tp.title for tp in back.touchpoints] == [tp.title.strip() for tp in cards]
    assert back.stages[0].name == "=1+2" and back.channels[0].name == "@cmd"


def test_csv_in_an_unknown_encoding_is_refused_with_its_place(tmp_path):
    import pytest

    from cjm_designer.io.errors import MapLoadError
    from cjm_designer.io.tables import read_csv

    path = tmp_path / "latin1.csv"
    path.write_bytes("stage,channel,title\nCafé,Web,Crème brûlée\n".encode("latin-1"))
    with pytest.raises(MapLoadError) as caught:
        read_csv(path)
    assert caught.value.first.location.line == 2
    assert "not UTF-8" in str(caught.value)
    cyrillic = tmp_path / "cp1251.csv"
    cyrillic.write_bytes(
        "stage,channel,title\nОсознание,Сайт,Статья о батончиках\n".encode("cp1251")
    )
    assert read_csv(cyrillic).stages[0].name == "Осознание"


# --- 4. budgets before work; 5. located errors instead of tracebacks ---------------------


def _refused(text: str, expected: str, line: int | None = None):
    import pytest

    from cjm_designer.io.errors import MapLoadError

    with pytest.raises(MapLoadError) as caught:
        loads_map(EXAMPLE.read_text("utf-8") + text, "m.cjm.yaml")
    first = caught.value.first
    assert expected in first.message
    assert first.location.file == "m.cjm.yaml" and first.location.line is not None
    if line is not None:
        assert first.location.line == line
    return first


EXAMPLE_LINES = EXAMPLE.read_text("utf-8").count("\n")


def test_self_referencing_and_long_alias_chains_are_located_errors():
    _refused("x: &a [*a]\n", "contains itself", EXAMPLE_LINES + 1)
    _refused("x: &a {k: *a}\n", "contains itself")
    chain = "".join(f"a{i}: &a{i} [{f'*a{i - 1}' if i else 1}]\n" for i in range(3000))
    _refused(chain, "nest deeper than 64")


def test_huge_integers_are_located_errors():
    _refused("x: " + "9" * 5000 + "\n", "5,000 characters", EXAMPLE_LINES + 1)
    _refused("x: 0x" + "f" * 20000 + "\n", "numbers in a map have at most")


def test_too_many_values_are_refused_before_the_tree_is_built(monkeypatch):
    import yaml

    from cjm_designer.io import yaml_reader

    text = EXAMPLE.read_text("utf-8")
    nodes = sum(
        isinstance(event, yaml_reader._NODE_EVENTS) for event in yaml.parse(text, yaml.SafeLoader)
    )
    monkeypatch.setattr(yaml_reader, "MAX_NODES", nodes + 100)
    loads_map(text)  # just below the budget: read
    first = _refused("x: [" + "1," * 3000 + "1]\n", "values; a map never does", EXAMPLE_LINES + 1)
    assert f"more than {nodes + 100:,} values" in first.message


def test_mermaid_front_matter_goes_through_the_hardened_reader():
    import pytest

    from cjm_designer.io.errors import MapLoadError
    from cjm_designer.io.mermaid import parse_mermaid

    deep = "---\ntitle: " + "[" * 5000 + "\n---\njourney\n  section A\n    t: 3: me\n"
    with pytest.raises(MapLoadError) as caught:
        parse_mermaid(deep, "deep.mmd")
    assert "nests deeper" in str(caught.value) and caught.value.first.location.line == 2
    bomb = "---\na: &a [" + ",".join(["x"] * 10) + "]\n"
    bomb += "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 10) + "]\n"
        for i in range(8)
    )
    with pytest.raises(MapLoadError, match="too many values"):
        parse_mermaid(bomb + "---\njourney\n", "bomb.mmd")


class _CountingSet(set):
    lookups = 0

    def __contains__(self, item):
        _CountingSet.lookups += 1
        return super().__contains__(item)


def test_ids_for_many_same_named_items_take_linear_work():
    from cjm_designer.model import IdPool

    pool = IdPool({"task"})
    pool._taken = _CountingSet(pool._taken)
    ids = [pool.new("Task") for _ in range(5000)]
    assert len(set(ids)) == 5000 and ids[:2] == ["task-2", "task-3"]
    assert _CountingSet.lookups < 3 * 5000


def test_mermaid_and_csv_imports_of_one_repeated_name_get_distinct_ids(tmp_path):
    """Functional check; benchmarks/bench_hostile.py measures the speed."""
    from cjm_designer.io.mermaid import parse_mermaid
    from cjm_designer.io.tables import read_csv

    journey = parse_mermaid("journey\n  section S\n" + "    Same: 3: me\n" * 3000, "m.mmd")
    assert len({tp.id for tp in journey.touchpoints}) == 3000
    path = tmp_path / "t.csv"
    path.write_text("stage,channel,title\n" + "".join(f"S{i},C,Same\n" for i in range(3000)))
    journey = read_csv(path)
    assert len(journey.stages) == 3000 and len({tp.id for tp in journey.touchpoints}) == 3000


def _with_first_stage_field(field: str) -> str:
    import re

    text = EXAMPLE.read_text("utf-8")
    if field.startswith("duration:"):  # the first stage has one already
        return re.sub(r"\n  duration: [^\n]+\n", lambda m: f"\n  {field}\n", text, count=1)
    return re.sub(
        r"(stages:\n- id: [^\n]+\n)", lambda m: m.group(1) + f"  {field}\n", text, count=1
    )


def test_non_finite_and_huge_widths_and_durations_do_not_pass_validate(tmp_path, capsys):
    for field, expected in [
        ("width: .nan", "finite number"),
        ("width: -.inf", "finite number"),
        ("width: 1.0e+308", "finite number"),
        ("width: 500000", "width must be a positive number up to 100,000"),
        ("width: " + "9" * 90, "finite number"),
        ("duration: " + "9" * 90 + "d", "too long"),
    ]:
        path = tmp_path / "w.cjm.yaml"
        path.write_text(_with_first_stage_field(field), "utf-8")
        assert main(["validate", str(path)]) == 1, field
        err = capsys.readouterr().err
        assert expected in err and "stages[0]" in err and f"{path}:" in err, err


# --- XLSX: budgets and hardened XML --------------------------------------------------------


def _workbook(replace: dict[str, bytes] | None = None, edit=None) -> bytes:
    """The fill-in template workbook with some parts replaced or edited."""
    import io
    import zipfile

    from cjm_designer.io.tables import template_rows, xlsx_bytes

    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes(template_rows())))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            if replace and name in replace:
                data = replace[name]
            if edit is not None:
                data = edit(name, data)
            target.writestr(name, data)
    return out.getvalue()


_SHEET = "xl/worksheets/sheet1.xml"


def _far_cell(column: str):
    def edit(name: str, data: bytes) -> bytes:
        if name != _SHEET:
            return data
        data = data.replace(b'<dimension ref="A1:N4"/>', b'<dimension ref="A1:XFD1048576"/>')
        cell = f'<c r="{column}1048576" t="inlineStr"><is><t>far</t></is></c>'.encode()
        return data.replace(b"</sheetData>", b'<row r="1048576">' + cell + b"</row></sheetData>")

    return edit


def _load_xlsx(tmp_path, raw: bytes):
    from cjm_designer.io.tables import load_xlsx_table

    path = tmp_path / "w.xlsx"
    path.write_bytes(raw)
    return load_xlsx_table(path)


def test_a_far_cell_in_a_small_workbook_is_refused_without_reading_a_billion_cells(tmp_path):
    import pytest

    from cjm_designer.io.errors import MapLoadError

    raw = _workbook(edit=_far_cell("A"))
    assert len(raw) < 10_000
    with pytest.raises(MapLoadError, match="more than 20,000 rows") as caught:
        _load_xlsx(tmp_path, raw)
    assert caught.value.first.location.line == 1048576
    # In the last column it is outside the table, like any cell without a header.
    table = _load_xlsx(tmp_path, _workbook(edit=_far_cell("XFD")))
    assert len(table.header) == 14 and len(table.rows) == 3


def test_declared_dimension_alone_does_not_pad_the_table(tmp_path):
    def dimension_only(name: str, data: bytes) -> bytes:
        return data.replace(b'<dimension ref="A1:N4"/>', b'<dimension ref="A1:XFD1048576"/>')

    table = _load_xlsx(tmp_path, _workbook(edit=dimension_only))
    assert len(table.header) == 14 and len(table.rows) == 3


def test_xml_entities_and_broken_parts_are_located_errors(tmp_path):
    import pytest

    from cjm_designer.io.errors import MapLoadError

    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    )
    cases = {
        "DOCTYPE": {_SHEET: laughs + b"<worksheet>&b;</worksheet>"},
        "undefined": {_SHEET: b"<worksheet><sheetData>&nope;</sheetData></worksheet>"},
        "bad XML": {_SHEET: b"<worksheet><sheetData><row"},
        "styles": {"xl/styles.xml": b"<styleSheet><cellXfs><xf numFmtId='x'/></cellXfs>"},
        "content types": {"[Content_Types].xml": b"<Types/>"},
        "not UTF-8": {_SHEET: "<worksheet/>".encode("utf-16")},
    }
    for label, parts in cases.items():
        with pytest.raises(MapLoadError) as caught:
            _load_xlsx(tmp_path, _workbook(replace=parts))
        assert str(tmp_path / "w.xlsx") in str(caught.value), label


def test_huge_date_cells_are_located_errors_or_text(tmp_path):
    from cjm_designer.io.errors import MapLoadError

    def huge_date(name: str, data: bytes) -> bytes:
        if name == "xl/styles.xml":
            return data.replace(b'<cellXfs count="', b'<cellXfs count="').replace(
                b"</cellXfs>", b'<xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
            )
        if name == _SHEET:
            row = (
                b'<row r="5"><c r="A5" s="2"><v>1e300</v></c><c r="B5" s="2"><v>-5e20</v></c></row>'
            )
            return data.replace(b"</sheetData>", row + b"</sheetData>")
        return data

    try:
        _load_xlsx(tmp_path, _workbook(edit=huge_date))
    except MapLoadError as error:
        assert str(tmp_path / "w.xlsx") in str(error)


@FUZZ
@given(
    st.binary(min_size=1, max_size=64),
    st.integers(0, 10_000),
    st.sampled_from(
        [
            _SHEET,
            "xl/styles.xml",
            "xl/workbook.xml",
            "[Content_Types].xml",
            "xl/_rels/workbook.xml.rels",
        ]
    ),
)
def test_mutated_workbooks_load_or_raise_only_located_errors(tmp_path_factory, junk, at, part):
    from cjm_designer.io.errors import MapLoadError

    def mutate(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        spot = at % (len(data) + 1)
        return data[:spot] + junk + data[spot + len(junk) :]

    with contextlib.suppress(MapLoadError):
        _load_xlsx(tmp_path_factory.mktemp("x"), _workbook(edit=mutate))


# --- pictures: a pixel budget before decoding ----------------------------------------------


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header declares width x height and whose data is one tiny row."""
    import struct
    import zlib

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * (1 + 3 * min(width, 1000)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def test_handout_leaves_out_pictures_over_the_pixel_budget_with_a_warning(tmp_path):
    import base64
    from dataclasses import replace

    import pypdf

    from cjm_designer import export_pdf, load_map
    from cjm_designer.resources import example_map_path

    journey = load_map(example_map_path())
    pictures = tuple(
        Picture("image/png", base64.b64encode(_png_header_only(side, side)).decode(), caption)
        for side, caption in ((20000, "bomb"), (6000, "large"))
    )
    stage = journey.stages[0]
    journey.replace(Kind.STAGE, replace(stage, pictures=pictures))
    out = tmp_path / "h.pdf"
    result = export_pdf(journey, out, kind="handout")
    assert sum(len(page.images) for page in pypdf.PdfReader(out).pages) == 0
    assert any("'bomb' left out" in w for w in result.warnings), result.warnings
    assert any("'large' left out: 6000 x 6000 pixels" in w for w in result.warnings)


# --- 6. nothing a map holds drives the terminal; a closed pipe is quiet -------------------

_ESCAPES = {
    "clipboard": "\x1b]52;c;SGVsbG8=\x07",
    "clear": "\x1b[2J\x1b[H",
    "link": "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "bidi": "abc\u202edcba",
    "c1": "\x9b31m",
}


def test_cli_output_shows_control_sequences_as_text(tmp_path, capsys):
    import json
    from dataclasses import replace

    from cjm_designer.io.yaml_format import load_map

    journey = load_map(EXAMPLE)
    journey.title = "Title " + _ESCAPES["clear"] + _ESCAPES["bidi"]
    for stage, text in zip(journey.stages, _ESCAPES.values(), strict=False):
        journey.replace(Kind.STAGE, replace(stage, name=f"Stage {text}"))
    journey.extra[f"unknown{_ESCAPES['clipboard']}"] = "x"
    path = tmp_path / "esc.cjm.yaml"
    save_map(journey, path)
    for command in (["info", str(path)], ["analyze", str(path)], ["validate", str(path)]):
        main(command)
        captured = capsys.readouterr()
        for stream in (captured.out, captured.err):
            assert "\x1b" not in stream and "\u202e" not in stream and "\x9b" not in stream
            assert "\x07" not in stream
    main(["info", str(path)])
    assert "\\u001b[2J" in capsys.readouterr().out  # shown, not sent
    main(["info", str(path), "--json"])
    assert json.loads(capsys.readouterr().out)["title"] == journey.title  # still valid JSON


def test_a_closed_pipe_ends_the_command_quietly(tmp_path):
    import subprocess
    import sys

    from tests.conftest import REPO

    process = subprocess.Popen(
        [sys.executable, "-m", "cjm_designer", "analyze", str(EXAMPLE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    process.stdout.close()  # the reader is gone before the first line
    err = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err, err


# --- 7. saving through a symbolic link writes the real file ------------------------------


def test_saving_through_a_symlink_updates_the_real_file_and_keeps_the_link(tmp_path):
    import os

    real_folder = tmp_path / "real"
    real_folder.mkdir()
    real = real_folder / "map.cjm.yaml"
    real.write_bytes(EXAMPLE.read_bytes())
    link = tmp_path / "link.cjm.yaml"
    os.symlink(real, link)
    chain = tmp_path / "chain.cjm.yaml"
    os.symlink(link, chain)
    journey = read_map(chain).map
    journey.title = "Changed through a link"
    save_map(journey, chain)
    assert link.is_symlink() and chain.is_symlink()
    assert read_map(real).map.title == "Changed through a link"


# --- 9. the command line respects the editor's lock; names are NFC --------------------------


def test_commands_refuse_to_write_a_map_the_editor_holds(tmp_path, capsys):
    import os
    import socket

    path = tmp_path / "open.cjm.yaml"
    path.write_bytes(EXAMPLE.read_bytes())
    before = path.read_bytes()
    lock = tmp_path / ".open.cjm.yaml.lock"
    lock.write_text(f"{os.getpid()}\ncjm-designer\n{socket.gethostname()}\n")
    assert main(["convert", str(path), "-o", str(path)]) == 2
    assert "open in the editor" in capsys.readouterr().err
    assert main(["snapshot", str(path), "--name", "s1"]) == 2
    assert main(["merge", str(path), str(path), str(path), "-o", str(path)]) == 2
    assert path.read_bytes() == before
    assert main(["snapshot", str(path), "--name", "s1", "--force"]) == 0
    # a lock whose process is gone is stale, as in the editor
    lock.write_text(f"999999999\ncjm-designer\n{socket.gethostname()}\n")
    assert main(["convert", str(path), "-o", str(path)]) == 0


def test_names_are_nfc_so_one_name_is_one_stage(tmp_path):
    from cjm_designer.io.mermaid import parse_mermaid
    from cjm_designer.io.tables import read_csv

    nfd, nfc = "Cafe\u0301", "Caf\u00e9"
    path = tmp_path / "t.csv"
    path.write_text(f"stage,channel,title\n{nfd},Web,one\n{nfc},Web,two\n", "utf-8")
    assert [stage.name for stage in read_csv(path).stages] == [nfc]
    journey = parse_mermaid(f"journey\n  section {nfd}\n    a: 3\n  section {nfc}\n    b: 4\n")
    assert [stage.name for stage in journey.stages] == [nfc]
    text = EXAMPLE.read_text("utf-8").replace("title: ", f"title: {nfd} ", 1)
    assert loads_map(text).map.title.startswith(nfc)


# --- fuzzing the other input paths: CSV bytes, pictures ------------------------------------


@FUZZ
@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8")))
def test_any_csv_bytes_read_or_raise_only_located_errors(raw):
    from cjm_designer.io.errors import MapLoadError
    from cjm_designer.io.tables import csv_table_from_bytes, table_to_map

    with contextlib.suppress(MapLoadError):
        table_to_map(csv_table_from_bytes(b"stage,channel,title\n" + raw, "fuzz.csv"))


@FUZZ
@given(st.binary(max_size=200), st.integers(0, 80))
def test_any_picture_bytes_are_printed_or_left_out(junk, at):
    import base64
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from cjm_designer.export.pdf_pictures import picture_flowables

    good = _png_header_only(8, 1)
    raw = good[:at] + junk + good[at + len(junk) :]
    warnings: list[str] = []
    picture = Picture("image/png", base64.b64encode(raw).decode(), "p")
    blocks = picture_flowables([picture], ParagraphStyle("c"), warn=warnings.append)
    SimpleDocTemplate(io.BytesIO()).build(blocks or [Spacer(1, 1)])  # draws (decodes) them


def test_every_paragraph_in_export_gets_escaped_markup():
    """The one boundary: text reaches reportlab's Paragraph only through markup()/m()."""
    import ast
    from pathlib import Path

    from tests.conftest import REPO

    def escaped(node: ast.AST) -> bool:
        if isinstance(node, ast.Call):
            func = node.func
            return (isinstance(func, ast.Attribute) and func.attr == "m") or (
                isinstance(func, ast.Name) and func.id == "markup"
            )
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return escaped(node.left) and escaped(node.right)
        return isinstance(node, ast.Name) and node.id == "bold_label"  # f"<font>{self.m(..)}"

    found = 0
    for path in sorted((REPO / "cjm_designer" / "export").glob("*.py")):
        for node in ast.walk(ast.parse(Path(path).read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Paragraph":
                found += 1
                assert node.args and escaped(node.args[0]), f"{path.name}:{node.lineno}"
    # The handout makes all its Paragraphs in one place (HandoutBuilder.p); text in
    # scripts Paragraph cannot lay out goes to ScriptParagraph, which parses no markup.
    assert found >= 5


def test_look_alike_stage_names_are_reported_not_merged(tmp_path, capsys):
    from dataclasses import replace

    from cjm_designer.io.yaml_format import load_map

    journey = load_map(EXAMPLE)
    latin, mixed = "Cafe", "C\u0430f\u0435"  # Cyrillic а and е
    first, second = journey.stages[0], journey.stages[1]
    journey.replace(Kind.STAGE, replace(first, name=latin))
    journey.replace(Kind.STAGE, replace(second, name=mixed))
    path = tmp_path / "look.cjm.yaml"
    save_map(journey, path)
    result = read_map(path)
    assert [s.name for s in result.map.stages[:2]] == [latin, mixed]  # kept apart
    warning = next(w for w in result.warnings if "look the same" in w.message)
    assert warning.location.field == "stages[1].name" and warning.location.line
    assert main(["validate", str(path)]) == 0
    assert "look the same" in capsys.readouterr().err
    # a Russian name and its transliteration are not look-alikes
    journey.replace(Kind.STAGE, replace(result.map.stages[1], name="Осознание"))
    journey.replace(Kind.STAGE, replace(result.map.stages[0], name="Osoznanie"))
    save_map(journey, path)
    assert not [w for w in read_map(path).warnings if "look the same" in w.message]
