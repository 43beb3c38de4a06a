"""Touchpoints as a table (CSV or XLSX): one row per card, for spreadsheets and workshops.

Teams collect touchpoints in Excel or LibreOffice before (or instead of) drawing them;
this module turns such a table into a map and back. Stages and channels are named in
their columns and created in order of first appearance. The cell mini-syntax (actions as
``actor: text | owner`` lines, lists split by line breaks or ``;``, ``(+3)`` votes on a
pain) is described in docs/interop.md. Errors name the row and the column.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from cjm_designer.messages import Message, reason_of
from cjm_designer.model import (
    EMOTION_MAX,
    EMOTION_MIN,
    Action,
    Channel,
    IdPool,
    Insight,
    JourneyMap,
    Kind,
    Persona,
    Scenario,
    Stage,
    Touchpoint,
    is_valid_id,
)
from cjm_designer.model.records import Record, record

from .atomic import write_atomic
from .converters import register_format
from .errors import FileMessage, Location, MapLoadError, read_input
from .yaml_reader import MAX_FILE_BYTES, decode_bytes


def check_size(size: int, file: str) -> None:
    """Refuse files above the map loader's size limit before reading them further."""
    if size > MAX_FILE_BYTES:
        raise MapLoadError.single(
            Message("io.too-large", size=size / 1e6, limit=MAX_FILE_BYTES // (1024 * 1024)),
            file,
        )


CSV_SUFFIX = ".csv"
XLSX_SUFFIX = ".xlsx"
SHEET_NAME = "Touchpoints"
HELP_SHEET_NAME = "How to fill"

COLUMNS: tuple[str, ...] = (
    "stage",
    "channel",
    "title",
    "description",
    "actions",
    "owner",
    "emotion",
    "pains",
    "opportunities",
    "votes",
    "tags",
    "personas",
    "scenarios",
    "id",
)

REQUIRED: tuple[str, ...] = ("stage", "channel", "title")
_CARD_COLUMNS = tuple(c for c in COLUMNS if c not in ("stage", "channel"))
_LIST_COLUMNS = frozenset({"pains", "opportunities", "tags", "personas", "scenarios"})
_VOTES_SUFFIX = re.compile(r"^(.*?)\s*\(\+(\d+)\)$", re.S)

Cell = str | int | float | None


@record
class Table(Record):
    """Header and data rows as read; ``first_row`` is the spreadsheet number of rows[0]."""

    header: list[str]
    rows: list[list[str]]
    file: str = ""
    first_row: int = 2


# --- reading -----------------------------------------------------------------------


def read_csv(path: Path) -> JourneyMap:
    """A new map from a CSV table (UTF-8 or Windows-1251; ``,`` ``;`` or tab separated)."""
    return table_to_map(load_csv_table(path))


def read_xlsx(path: Path) -> JourneyMap:
    """A new map from the "Touchpoints" sheet (or the first sheet) of a workbook."""
    return table_to_map(load_xlsx_table(path))


def load_csv_table(path: str | os.PathLike) -> Table:
    return csv_table_from_bytes(read_input(path), str(path))


def csv_table_from_bytes(raw: bytes, file: str = "") -> Table:
    """The table in the bytes of a CSV file (the fuzzers call this directly)."""
    check_size(len(raw), file)
    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise MapLoadError.single(Message("io.table.binary"), file, 1, 1)
    # The map loader's decoding: UTF-8 (BOM or not), UTF-16 by BOM, Windows-1251 when it
    # reads as Cyrillic; anything else is refused with its line and column, never
    # turned into mojibake.
    text, _warnings = decode_bytes(raw, file)
    text = unicodedata.normalize("NFC", text)  # one "Café" whatever the keyboard wrote
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        records: list[list[str]] = []
        for record in reader:
            if len(records) > MAX_TABLE_ROWS and any(cell.strip() for cell in record):
                raise MapLoadError.single(
                    Message("io.table.too-many-rows", limit=MAX_TABLE_ROWS),
                    file,
                    reader.line_num,
                )
            records.append(record[:MAX_TABLE_COLUMNS])
    except csv.Error as error:
        raise MapLoadError.single(_csv_reason(error), file, reader.line_num) from None
    if not records:
        raise MapLoadError.single(Message("io.table.empty"), file, 1)
    records = [[csv_uncell(cell) for cell in record] for record in records]
    return Table(records[0], records[1:], file)


def _csv_reason(error: csv.Error) -> Message:
    """The csv module's complaint as a message: an overlong cell is almost always a quote
    left open, which swallows the rest of the file into one cell."""
    limit = re.search(r"field larger than field limit \((\d+)\)", str(error))
    if limit:
        return Message("io.table.csv-long-cell", limit=int(limit[1]))
    return Message("io.table.bad-csv", error=str(error))


# Budgets for workbooks, checked before (zip) and while (rows) reading: a 5 KB file can
# declare a cell in the last column and row, or unpack to gigabytes.
MAX_TABLE_ROWS = 20_000
"""Rows of a table (a map with 20,000 touchpoints is four times the largest measured)."""
MAX_TABLE_COLUMNS = 64
"""Columns read; cells further right are outside the table, like cells without a header."""
MAX_XLSX_UNPACKED = 256 * 1024 * 1024
"""Total unpacked size of a workbook's parts (a zip bomb is refused before unpacking)."""
_XML_SUFFIXES = (".xml", ".rels", ".vml")


def load_xlsx_table(path: str | os.PathLike) -> Table:
    return xlsx_table_from_bytes(read_input(path), str(path))


def xlsx_table_from_bytes(raw: bytes, file: str = "") -> Table:
    """The table in the bytes of an XLSX workbook (the fuzzers call this directly)."""
    check_size(len(raw), file)
    _check_workbook_parts(raw, file)
    try:
        records = _xlsx_records(raw)
    except MapLoadError:
        raise
    except _TooLargeError as error:
        raise MapLoadError.single(reason_of(error), file, error.row) from None
    except Exception as error:
        raise MapLoadError.single(
            Message("io.table.bad-xlsx", reason=_reason(error)), file
        ) from None
    while records and not any(cell for cell in records[-1]):
        records.pop()
    if not records:
        raise MapLoadError.single(Message("io.table.sheet-empty"), file, 1)
    return Table(records[0], records[1:], file)


def _last_filled(cells: list[str]) -> int:
    for index in range(len(cells), 0, -1):
        if cells[index - 1]:
            return index
    return 0


class _TooLargeError(Exception):
    def __init__(self, message: str, row: int) -> None:
        super().__init__(message)
        self.row = row


def _reason(error: BaseException) -> Message:
    """Why zipfile or openpyxl could not read a workbook, in words a user can act on; the
    library's own text (English) only for a failure we have not met."""
    import zlib

    name = type(error).__name__
    text = " ".join(str(error).split())[:200]
    if isinstance(error, zipfile.BadZipFile) and "not a zip file" in text:
        return Message("io.table.reason.not-zip")
    if isinstance(error, (zipfile.BadZipFile, zlib.error, EOFError)):
        return Message("io.table.reason.damaged")
    if isinstance(error, KeyError):
        part = re.search(r"named '([^']+)'", text)
        if part:
            return Message("io.table.reason.missing-part", part=part[1])
    if name == "InvalidFileException":
        return Message("io.table.reason.not-workbook")
    if "ParseError" in name or "XMLSyntaxError" in name or "SAX" in name:
        return Message("io.table.reason.bad-xml")
    return Message("io.table.reason.other", kind=name, text=text or name)


def _check_workbook_parts(raw: bytes, file: str) -> None:
    """Refuse zip bombs and XML with a DOCTYPE (entity expansion) before openpyxl parses.

    Excel and LibreOffice write UTF-8 parts without a DOCTYPE; anything else is refused.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except Exception as error:
        raise MapLoadError.single(
            Message("io.table.bad-xlsx", reason=_reason(error)), file
        ) from None
    with archive:
        infos = archive.infolist()
        total = sum(info.file_size for info in infos)
        if total > MAX_XLSX_UNPACKED:
            raise MapLoadError.single(
                Message(
                    "io.table.unpacks-to",
                    size=total / 1e6,
                    limit=MAX_XLSX_UNPACKED // (1024 * 1024),
                ),
                file,
            )
        for info in infos:
            if info.filename.lower().endswith(_XML_SUFFIXES):
                _check_xml_part(archive, info, file)


def _check_xml_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> None:
    try:
        with archive.open(info) as stream:
            head = stream.read(4)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
                raise MapLoadError.single(
                    Message("io.table.not-utf8-part", part=info.filename), file
                )
            tail = head
            while True:
                chunk = stream.read(1 << 20)
                if not chunk and tail is not head:
                    break
                window = tail + chunk
                if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                    raise MapLoadError.single(
                        Message("io.table.doctype", part=info.filename),
                        file,
                    )
                if not chunk:
                    break
                tail = window[-16:]
    except MapLoadError:
        raise
    except Exception as error:
        raise MapLoadError.single(
            Message("io.table.bad-part", part=info.filename, reason=_reason(error)), file
        ) from None


def _xlsx_records(raw: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    try:
        sheet = (
            workbook[SHEET_NAME] if SHEET_NAME in workbook.sheetnames else workbook.worksheets[0]
        )
        records: list[list[str]] = []
        # A column bound: openpyxl otherwise pads every row to the declared (or the last)
        # column, 16,384 for a one-cell file. Rows are not bounded, so a value far below
        # is found and refused rather than dropped; the gaps up to it are one shared
        # tuple, skipped by identity (a million of them take a fraction of a second).
        rows = sheet.iter_rows(min_row=1, max_col=MAX_TABLE_COLUMNS, values_only=True)
        blank: object = None
        for number, row in enumerate(rows, start=1):
            if row is blank or all(value is None for value in row):
                blank = row
                if number <= MAX_TABLE_ROWS:
                    records.append([])
                continue
            if number > MAX_TABLE_ROWS:
                raise _TooLargeError(
                    Message("io.table.sheet-too-many-rows", limit=MAX_TABLE_ROWS),
                    number,
                )
            records.append([_cell_text(value) for value in row])
        records = records[:MAX_TABLE_ROWS]
        # The bounds pad every row to MAX_TABLE_COLUMNS: cut back to the widest real row.
        width = max((_last_filled(cells) for cells in records), default=0)
        return [cells[:width] for cells in records]
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value))


def column_letter(index: int) -> str:
    """Spreadsheet letters for a 0-based column index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def table_to_map(table: Table, base: JourneyMap | None = None) -> JourneyMap:
    """Build a map from a table, or merge it into a copy of ``base`` by touchpoint id.

    Merging replaces the table's fields of cards whose id is in ``base`` (keeping what a
    table cannot hold: comments, metrics, pictures, action tools) and appends new cards.
    """
    return _TableReader(table, base).build()


class _TableReader:
    def __init__(self, table: Table, base: JourneyMap | None) -> None:
        self.table = table
        self.journey = base.copy() if base is not None else JourneyMap()
        self.merging = base is not None
        self.errors: list[FileMessage] = []
        self.columns: dict[str, int] = {}
        self.taken = IdPool(self.journey.ids())
        # name or id -> id, per kind: a lookup per cell, not a scan of every stage
        self.named: dict[Kind, dict[str, str]] = {}
        self.seen_ids: set[str] = set()

    def fail(self, row: int, name: str, message: str) -> None:
        index = self.columns.get(name)
        where = (
            Message("io.table.at-row", row=row)
            if index is None
            else Message("io.table.at-cell", row=row, column=column_letter(index), name=name)
        )
        self.errors.append(
            FileMessage(
                Message("io.table.located", where=where, message=message),
                Location(self.table.file, row, None if index is None else index + 1, name),
            )
        )

    def build(self) -> JourneyMap:
        self._read_header()
        if self.errors:
            raise MapLoadError(self.errors)
        for offset, cells in enumerate(self.table.rows):
            row = self.table.first_row + offset
            raw = {n: cells[i] if i < len(cells) else "" for n, i in self.columns.items()}
            # List cells keep their line breaks: a trailing one marks a single item with ';'.
            values = {
                n: v if n in _LIST_COLUMNS and v.strip() else v.strip() for n, v in raw.items()
            }
            self._row(row, values)
        if self.errors:
            raise MapLoadError(self.errors)
        return self.journey

    def _read_header(self) -> None:
        file = self.table.file
        for index, raw in enumerate(self.table.header):
            name = raw.strip().lower()
            if not name:
                continue
            location = Location(file, 1, index + 1, raw.strip())
            if name not in COLUMNS:
                self.errors.append(
                    FileMessage(
                        Message(
                            "io.table.unknown-column",
                            column=column_letter(index),
                            name=raw.strip(),
                            known=", ".join(COLUMNS),
                        ),
                        location,
                    )
                )
            elif name in self.columns:
                self.errors.append(
                    FileMessage(
                        Message("io.table.twice", column=column_letter(index), name=name),
                        location,
                    )
                )
            else:
                self.columns[name] = index
        missing = [name for name in REQUIRED if name not in self.columns]
        if missing:
            self.errors.append(
                FileMessage(
                    Message(
                        "io.table.missing-columns", count=len(missing), names=", ".join(missing)
                    ),
                    Location(file, 1, None, ", ".join(missing)),
                )
            )

    def _row(self, row: int, values: dict[str, str]) -> None:
        if not any(values.values()):
            return
        card_fields = any(values.get(name) for name in _CARD_COLUMNS)
        if not card_fields:
            # A row with only a stage and/or a channel declares them (keeps empty ones).
            if values["stage"]:
                self._stage(values["stage"])
            if values["channel"]:
                self._channel(values["channel"])
            return
        for name in REQUIRED:
            if not values[name]:
                self.fail(row, name, Message(f"io.table.empty-{name}"))
        if any(not values[name] for name in REQUIRED):
            return
        before = len(self.errors)
        emotion = self._emotion(row, values.get("emotion", ""))
        votes = self._count(row, "votes", values.get("votes", ""))
        pains = self._insights(row, "pains", values.get("pains", ""))
        opportunities = self._insights(row, "opportunities", values.get("opportunities", ""))
        actions = self._actions(row, values.get("actions", ""), values.get("owner", ""))
        touchpoint_id = self._touchpoint_id(row, values.get("id", ""), values["title"])
        if len(self.errors) > before:
            return
        stage_id = self._stage(values["stage"])
        channel_id = self._channel(values["channel"])
        personas = tuple(self._persona(n) for n in split_list(values.get("personas", "")))
        scenarios = tuple(self._scenario(n) for n in split_list(values.get("scenarios", "")))
        fields: dict[str, Any] = {
            "stage": stage_id,
            "channel": channel_id,
            "title": values["title"],
            "description": values.get("description", ""),
            "actions": actions,
            "emotion": emotion,
            "pains": pains,
            "opportunities": opportunities,
            "personas": tuple(dict.fromkeys(personas)),
            "scenarios": tuple(dict.fromkeys(scenarios)),
            "votes": votes,
            "tags": tuple(split_list(values.get("tags", ""))),
        }
        fields = {k: v for k, v in fields.items() if k in self.columns or k in ("stage", "channel")}
        existing = self.journey.get(touchpoint_id)
        if isinstance(existing, Touchpoint):
            if "actions" in fields:
                fields["actions"] = _keep_action_details(existing.actions, actions)
            self.journey.replace(Kind.TOUCHPOINT, replace(existing, **fields))
        else:
            self.journey.extend(Kind.TOUCHPOINT, [Touchpoint(id=touchpoint_id, **fields)])
            self.taken.add(touchpoint_id)

    def _touchpoint_id(self, row: int, given: str, title: str) -> str:
        if not given:
            candidate = self.taken.new(title, "touchpoint")
            self.seen_ids.add(candidate)
            return candidate
        if not is_valid_id(given):
            self.fail(row, "id", Message("io.table.bad-id", id=given))
        elif given in self.seen_ids:
            self.fail(row, "id", Message("io.table.id-earlier", id=given))
        elif given in self.taken and not isinstance(self.journey.get(given), Touchpoint):
            self.fail(row, "id", Message("io.table.id-other", id=given))
        elif given in self.taken and not self.merging:
            self.fail(row, "id", Message("io.table.id-twice", id=given))
        self.seen_ids.add(given)
        return given

    def _emotion(self, row: int, text: str) -> int | None:
        if not text:
            return None
        value = _whole_number(text)
        if value is None or not EMOTION_MIN <= value <= EMOTION_MAX:
            self.fail(
                row,
                "emotion",
                Message("io.table.bad-emotion", text=text, low=EMOTION_MIN, high=EMOTION_MAX),
            )
            return None
        return value

    def _count(self, row: int, name: str, text: str) -> int:
        if not text:
            return 0
        value = _whole_number(text)
        if value is None or value < 0:
            self.fail(row, name, Message("io.table.bad-count", text=text))
            return 0
        return value

    def _insights(self, row: int, name: str, text: str) -> tuple[Insight, ...]:
        insights = []
        for item in split_list(text):
            match = _VOTES_SUFFIX.match(item)
            if match and match.group(1).strip():
                insights.append(Insight(match.group(1).strip(), int(match.group(2))))
            else:
                insights.append(Insight(item))
        return tuple(insights)

    def _actions(self, row: int, text: str, default_owner: str) -> tuple[Action, ...]:
        actions = [parse_action(line, default_owner) for line in text.splitlines() if line.strip()]
        if default_owner and not actions:
            self.fail(
                row,
                "owner",
                Message("io.table.owner-without-actions", owner=default_owner),
            )
        return tuple(actions)

    def _named(self, kind: Kind, name: str, make) -> str:
        known = self.named.get(kind)
        if known is None:
            known = self.named[kind] = {}
            for entity in reversed(self.journey.items(kind)):  # the first one wins
                known[entity.id] = entity.id
                known[getattr(entity, "name", entity.id)] = entity.id
        found = known.get(name)
        if found is not None:
            return found
        entity_id = self.taken.new(name, kind.value[:-1])
        self.journey.extend(kind, [make(entity_id, name)])
        known[name] = entity_id
        known.setdefault(entity_id, entity_id)
        return entity_id

    def _stage(self, name: str) -> str:
        return self._named(Kind.STAGE, name, lambda i, n: Stage(id=i, name=n))

    def _channel(self, name: str) -> str:
        return self._named(Kind.CHANNEL, name, lambda i, n: Channel(id=i, name=n))

    def _persona(self, name: str) -> str:
        return self._named(Kind.PERSONA, name, lambda i, n: Persona(id=i, name=n))

    def _scenario(self, name: str) -> str:
        return self._named(Kind.SCENARIO, name, lambda i, n: Scenario(id=i, name=n))


def _whole_number(text: str) -> int | None:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return int(value) if value.is_integer() else None


def _keep_action_details(old: Sequence[Action], new: Sequence[Action]) -> tuple[Action, ...]:
    """When merging, an action with the same text keeps its tools and instructions."""
    by_text = {action.text: action for action in old}
    kept = []
    for action in new:
        previous = by_text.get(action.text)
        kept.append(
            replace(previous, actor=action.actor, owner=action.owner) if previous else action
        )
    return tuple(kept)


def split_list(text: str) -> list[str]:
    """Items of a list cell: one per line if the cell has line breaks, else split by ``;``."""
    if not text:
        return []
    parts = text.splitlines() if "\n" in text or "\r" in text else text.split(";")
    return [part.strip() for part in parts if part.strip()]


def parse_action(line: str, default_owner: str = "") -> Action:
    """``actor: text | owner``; a leading ``:`` means no actor; no ``|`` takes the default."""
    body, _bar, owner = line.rpartition("|") if "|" in line else (line, "", default_owner)
    body = body.strip()
    if body.startswith(":"):
        actor, text = "", body[1:]
    elif ":" in body:
        actor, _, text = body.partition(":")
    else:
        actor, text = "", body
    return Action(text=text.strip(), actor=actor.strip(), owner=owner.strip())


# --- writing -----------------------------------------------------------------------


def format_action(action: Action, shared_owner: str | None) -> str:
    """The inverse of :func:`parse_action`; writes ``| owner`` unless the column holds it."""
    text = " ".join(action.text.split())
    actor = " ".join(action.actor.replace(":", "\u2236").split())
    if actor:
        line = f"{actor}: {text}"
    elif ":" in text:
        line = f": {text}"
    else:
        line = text
    column_holds_owner = shared_owner is not None and "|" not in line
    if not column_holds_owner and (action.owner or "|" in line):
        line = f"{line} | {action.owner}".rstrip()
    return line


def format_list(items: Iterable[str]) -> str:
    """Items one per line; a single item holding ``;`` ends with a line break to stay whole."""
    cleaned = [" ".join(item.split()) for item in items]
    cleaned = [item for item in cleaned if item]
    if len(cleaned) == 1 and ";" in cleaned[0]:
        return cleaned[0] + "\n"
    return "\n".join(cleaned)


def _format_insight(insight: Insight) -> str:
    return f"{insight.text} (+{insight.votes})" if insight.votes else insight.text


def map_to_rows(journey: JourneyMap) -> list[list[Cell]]:
    """The header and one row per touchpoint, stage by stage and lane by lane.

    Rows holding only a stage or a channel keep empty stages and the lane order, so
    the table reads back into the same grid.
    """
    named: list[Persona | Scenario] = [*journey.personas, *journey.scenarios]
    names = {e.id: e.name for e in named}
    cells = journey.cells()
    body: list[list[Cell]] = []
    for stage in journey.stages:
        cards = [tp for ch in journey.channels for tp in cells.get((stage.id, ch.id), ())]
        if not cards:
            body.append(_declaration(stage=stage.name))
        for tp in cards:
            body.append(_touchpoint_row(journey, tp, names))
    seen: list[str] = []
    for row in body:
        if row[1] and row[1] not in seen:
            seen.append(str(row[1]))
    lanes = [channel.name for channel in journey.channels]
    head = [] if seen == lanes else [_declaration(channel=name) for name in lanes]
    return [list(COLUMNS), *head, *body]


def _declaration(stage: str = "", channel: str = "") -> list[Cell]:
    row: list[Cell] = [""] * len(COLUMNS)
    row[0], row[1] = stage, channel
    return row


def _touchpoint_row(journey: JourneyMap, tp: Touchpoint, names: dict[str, str]) -> list[Cell]:
    owners = {action.owner for action in tp.actions}
    shared = owners.pop() if len(owners) == 1 else None
    values: dict[str, Cell] = {
        "stage": journey.stage(tp.stage).name,
        "channel": journey.channel(tp.channel).name,
        "title": " ".join(tp.title.split()),
        "description": tp.description,
        "actions": "\n".join(format_action(a, shared) for a in tp.actions),
        "owner": shared or "",
        "emotion": tp.emotion,
        "pains": format_list(_format_insight(i) for i in tp.pains),
        "opportunities": format_list(_format_insight(i) for i in tp.opportunities),
        "votes": tp.votes,
        "tags": format_list(tp.tags),
        "personas": format_list(names.get(p, p) for p in tp.personas),
        "scenarios": format_list(names.get(s, s) for s in tp.scenarios),
        "id": tp.id,
    }
    return [values[name] for name in COLUMNS]


# OWASP CSV injection: a cell starting with one of these is a formula to a spreadsheet.
# Such text is written with a leading apostrophe (shown as text, not evaluated); text
# that already starts with apostrophes before one of them gets one more, so reading
# strips exactly one and every cell reads back as written.
_FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")


def csv_cell(value: Cell) -> Cell:
    """A cell as CSV may hold it: text that a spreadsheet would evaluate is defused."""
    if value is None:
        return ""
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value


def csv_uncell(text: str) -> str:
    """The inverse of :func:`csv_cell` for text read back from a CSV file."""
    return text[1:] if _FORMULA_START.match(text) and text.startswith("'") else text


def csv_bytes(rows: Sequence[Sequence[Cell]]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel shows Cyrillic correctly when opening it."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(
    rows: Sequence[Sequence[Cell]],
    help_lines: Sequence[str] = (),
    extra_sheets: Sequence[tuple[str, Sequence[Sequence[Cell]]]] = (),
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_NAME
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append([None if value in ("", None) else value for value in row])
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", cell.value)
                # Text is text: a title starting with "=" must not become a formula.
                cell.data_type = "s"
            cell.alignment = wrap
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = {"title": 36, "description": 40, "actions": 48, "pains": 36, "opportunities": 36}
    for index, name in enumerate(COLUMNS):
        sheet.column_dimensions[column_letter(index)].width = widths.get(name, 16)
    sheet.freeze_panes = "A2"
    for name, sheet_rows in extra_sheets:
        extra = workbook.create_sheet(name)
        for row in sheet_rows:
            extra.append([None if value in ("", None) else value for value in row])
        for row in extra.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.value = ILLEGAL_CHARACTERS_RE.sub("", cell.value)
                    cell.data_type = "s"
                cell.alignment = wrap
        for cell in extra[1]:
            cell.font = Font(bold=True)
        for index in range(len(sheet_rows[0]) if sheet_rows else 0):
            extra.column_dimensions[column_letter(index)].width = 30 if index in (1, 6) else 14
        extra.freeze_panes = "A2"
    if help_lines:
        notes = workbook.create_sheet(HELP_SHEET_NAME)
        for line in help_lines:
            notes.append([line])
        notes.column_dimensions["A"].width = 110
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_csv(journey: JourneyMap, path: str | os.PathLike) -> None:
    write_atomic(path, csv_bytes(map_to_rows(journey)))


def write_xlsx(journey: JourneyMap, path: str | os.PathLike) -> None:
    """The touchpoints sheet, plus a "Plan" sheet when the map has an action plan."""
    from .plan_table import PLAN_SHEET_NAME, plan_rows

    extra = [(PLAN_SHEET_NAME, plan_rows(journey))] if journey.plan else []
    write_atomic(path, xlsx_bytes(map_to_rows(journey), extra_sheets=extra))


# --- the fill-in template ----------------------------------------------------------

TEMPLATE_HELP: tuple[str, ...] = (
    "One row per touchpoint. Required columns: stage, channel, title.",
    "Stages and channels are created in the order they first appear.",
    "A row with only a stage (or only a channel) adds it without a touchpoint.",
    "actions: one action a line, 'actor: what they do | owner'; the owner column is the "
    "owner of every action that names none.",
    "emotion: a whole number from 1 (very bad) to 5 (delighted), or empty.",
    "pains, opportunities, tags, personas, scenarios: one item a line, or separated by ';'.",
    "A pain or an opportunity may end with its votes: 'Long delivery (+3)'.",
    "votes: a whole number, 0 or more. id: leave empty for new touchpoints.",
    "Import: cjm-designer convert touchpoints.xlsx -o map.cjm.yaml",
)

TEMPLATE_ROWS: tuple[tuple[Cell, ...], ...] = (
    ("Awareness", "Search", "Article about healthy office snacks",
     "The customer finds the blog through a search", "Customer: searches for snack ideas\n"
     "Marketer: publishes two articles a week | Marketing", "", 2,
     "Contradicting advice", "Protein calculator at the end (+2)", 0, "content; seo",
     "", "", ""),
    ("Purchase", "Store", "Checkout at the office shop", "",
     "Customer: pays by card\nCashier: offers the loyalty card", "Sales", 4,
     "Queue at lunch time", "", 1, "", "", "", ""),
    ("Loyalty", "", "", "", "", "", "", "", "", "", "", "", "", ""),
)  # fmt: skip


def template_rows() -> list[list[Cell]]:
    """Header and example rows of the fill-in table (replace the examples with your own)."""
    return [list(COLUMNS), *(list(row) for row in TEMPLATE_ROWS)]


def write_template(path: str | os.PathLike) -> None:
    """Write the fill-in table as ``.csv`` or ``.xlsx`` (with a "How to fill" sheet)."""
    if str(path).lower().endswith(XLSX_SUFFIX):
        write_atomic(path, xlsx_bytes(template_rows(), TEMPLATE_HELP))
    else:
        write_atomic(path, csv_bytes(template_rows()))


register_format(CSV_SUFFIX, read_csv, write_csv)
register_format(XLSX_SUFFIX, read_xlsx, write_xlsx)
