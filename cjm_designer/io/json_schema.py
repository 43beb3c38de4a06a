"""JSON Schema (draft 2020-12) of file format v1, built from the format's own key tuples.

Editors (VS Code with the YAML extension, JetBrains IDEs) use it to complete keys and
flag mistakes while a person edits a ``.cjm.yaml`` file by hand. The properties come
from the canonical key tuples of :mod:`cjm_designer.io.format_v1` and the enums of the
model, and every key must have a type below, so a new field cannot be forgotten here:
``build_schema`` raises, and the test comparing it with the committed
``resources/schema/cjm-v1.schema.json`` fails until the file is regenerated::

    python -m cjm_designer.io.json_schema > resources/schema/cjm-v1.schema.json

The schema is strict about unknown keys (``additionalProperties: false``) because those
are exactly the keys the program warns about; the program still loads such files and
keeps the keys.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from cjm_designer.model import (
    ActionStatus,
    ChannelKind,
    EvidenceSource,
    EvidenceStatus,
    Kind,
    Segment,
    TransitionKind,
)
from cjm_designer.model.entities import EMOTION_MAX, EMOTION_MIN
from cjm_designer.model.enums import DurationUnit
from cjm_designer.model.ids import ID_PATTERN

from . import format_v1 as fmt

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILE = "cjm-v1.schema.json"

Schema = dict[str, Any]


def _ref(name: str) -> Schema:
    return {"$ref": f"#/$defs/{name}"}


def _described(schema: Schema, description: str) -> Schema:
    return {"description": description, **schema}


def _enum(values: tuple[str, ...], description: str) -> Schema:
    return {"description": description, "type": "string", "enum": list(values)}


# Reusable value types; `text` accepts numbers because the reader turns them into text.
_TEXT: Schema = {"type": ["string", "number"]}
_TEXTS: Schema = {"anyOf": [{"type": "string"}, {"type": "array", "items": _TEXT}]}
_ID: Schema = {"type": "string", "pattern": ID_PATTERN.pattern}
_COLOR: Schema = {"type": "string", "description": "a colour, e.g. '#2E7D32'"}
_VOTES: Schema = {"type": "integer", "minimum": 0}
_SCORE: Schema = {"type": "integer", "minimum": 1, "maximum": 5}
_EMOTION: Schema = {"type": "integer", "minimum": EMOTION_MIN, "maximum": EMOTION_MAX}
_UNITS = "|".join(sorted(DurationUnit.values(), key=len, reverse=True))
_DURATION: Schema = {
    "type": "string",
    "pattern": rf"^\s*[0-9]+(?:[.,][0-9]+)?\s*(?:{_UNITS})\s*$",
    "description": "a number and a unit: " + ", ".join(DurationUnit.values()) + " (e.g. 3d, 2w)",
}


def _field_types() -> dict[str, tuple[tuple[str, ...], dict[str, Schema], tuple[str, ...]]]:
    """For each definition: its canonical keys, the type of every key, the required keys."""
    refs = {
        "stage": _described(_ID, "id of a stage"),
        "channel": _described(_ID, "id of a channel"),
        "touchpoint": _described(_ID, "id of a touchpoint"),
    }
    return {
        "revision": (
            fmt.REVISION_KEYS,
            {"date": _TEXT, "author": _TEXT, "summary": _TEXT},
            ("date",),
        ),
        "persona": (
            fmt.PERSONA_KEYS,
            {
                "id": _ID,
                "name": _TEXT,
                "segment": _enum(Segment.values(), "customer category (default new)"),
                "description": _TEXT,
                "goals": _TEXTS,
                "color": _COLOR,
                "photo": _ref("picture"),
            },
            ("id", "name"),
        ),
        "scenario": (
            fmt.SCENARIO_KEYS,
            {"id": _ID, "name": _TEXT, "description": _TEXT},
            ("id", "name"),
        ),
        "channel": (
            fmt.CHANNEL_KEYS,
            {
                "id": _ID,
                "name": _TEXT,
                "kind": _enum(ChannelKind.values(), "lane kind (default digital)"),
                "color": _COLOR,
                "icon": {"type": "string"},
                "description": _TEXT,
            },
            ("id", "name"),
        ),
        "row": (fmt.ROW_KEYS, {"id": _ID, "name": _TEXT}, ("id", "name")),
        "stage": (
            fmt.STAGE_KEYS,
            {
                "id": _ID,
                "name": _TEXT,
                "description": _TEXT,
                "goal": _TEXT,
                "questions": _TEXTS,
                "duration": _DURATION,
                "kpis": {"type": "array", "items": _ref("kpi")},
                "emotions": {
                    "description": "persona id -> how the persona feels here, 1 (bad) to 5",
                    "type": "object",
                    "propertyNames": _ID,
                    "additionalProperties": _EMOTION,
                },
                "notes": {
                    "description": "custom row id -> text of that row in this stage",
                    "type": "object",
                    "propertyNames": _ID,
                    "additionalProperties": _TEXT,
                },
                "swot": _ref("swot"),
                "final": {"type": "boolean", "description": "the journey's goal stage"},
                "color": _COLOR,
                "width": {"type": "number", "exclusiveMinimum": 0},
                "comments": {"type": "array", "items": _ref("comment")},
                "pictures": {"type": "array", "items": _ref("picture")},
            },
            ("id", "name"),
        ),
        "touchpoint": (
            fmt.TOUCHPOINT_KEYS,
            {
                "id": _ID,
                "stage": refs["stage"],
                "channel": refs["channel"],
                "title": _TEXT,
                "description": _TEXT,
                "emotion": _EMOTION,
                "votes": _VOTES,
                "personas": _described(
                    {"type": "array", "items": _ID}, "persona ids; empty means all"
                ),
                "scenarios": _described(
                    {"type": "array", "items": _ID}, "scenario ids; empty means all"
                ),
                "tags": _TEXTS,
                "evidence": _ref("evidence"),
                "actions": {"type": "array", "items": _ref("action")},
                "pains": {"type": "array", "items": _ref("insight")},
                "opportunities": {"type": "array", "items": _ref("insight")},
                "metrics": {"type": "array", "items": _ref("kpi")},
                "comments": {"type": "array", "items": _ref("comment")},
                "pictures": {"type": "array", "items": _ref("picture")},
            },
            ("id", "stage", "channel", "title"),
        ),
        "transition": (
            fmt.TRANSITION_KEYS,
            {
                "id": _described(_ID, "defaults to FROM--TO (FROM--exit for an exit)"),
                "from": refs["stage"],
                "to": _described(_ID, "id of a stage; only an exit has none"),
                "kind": _enum(TransitionKind.values(), "kind of move (default forward)"),
                "probability": {"type": "number", "minimum": 0, "maximum": 1},
                "label": _TEXT,
                "scenarios": _described(
                    {"type": "array", "items": _ID}, "scenario ids; empty means all"
                ),
            },
            ("from",),
        ),
        "flow": (
            fmt.FLOW_KEYS,
            {
                "id": _described(_ID, "defaults to FROM--TO"),
                "from": refs["touchpoint"],
                "to": refs["touchpoint"],
                "label": _TEXT,
            },
            ("from", "to"),
        ),
        "action": (
            fmt.ACTION_KEYS,
            {
                "actor": _TEXT,
                "text": _TEXT,
                "channel": refs["channel"],
                "owner": _TEXT,
                "tools": _TEXTS,
                "instructions": _TEXT,
            },
            ("text",),
        ),
        "insight": (
            fmt.INSIGHT_KEYS,
            {
                "id": _described(_ID, "lets action-plan items refer to it ('serves')"),
                "text": _TEXT,
                "votes": _VOTES,
                "impact": _described(_SCORE, "impact, 1 (low) to 5 (high)"),
                "effort": _described(_SCORE, "effort, 1 (low) to 5 (high)"),
                "link": _described(_ID, "id of a transition, or of a stage (its exit)"),
                "change": _described(
                    {"type": "number", "minimum": -1, "maximum": 1},
                    "expected change of the linked probability, e.g. 0.1",
                ),
                "evidence": _ref("evidence"),
            },
            ("text",),
        ),
        "plan_action": (
            fmt.PLAN_KEYS,
            {
                "id": _ID,
                "text": _TEXT,
                "owner": _TEXT,
                "due": _described(_TEXT, "due date, YYYY-MM-DD"),
                "status": _enum(ActionStatus.values(), "default todo"),
                "serves": _described(_ID, "id of the opportunity or card it serves"),
            },
            ("id", "text"),
        ),
        "measurement": (
            fmt.MEASURED_KEYS,
            {
                "stage": refs["stage"],
                "period": _described(_TEXT, "e.g. 2027-03"),
                "visitors": {"type": "number", "minimum": 0},
                "conversions": {"type": "number", "minimum": 0},
            },
            ("stage", "period", "visitors"),
        ),
        "evidence": (
            fmt.EVIDENCE_KEYS,
            {
                "status": _enum(EvidenceStatus.values(), "default assumed"),
                "source": _enum(EvidenceSource.values(), "where the evidence comes from"),
                "note": _TEXT,
            },
            (),
        ),
        "picture": (
            fmt.PICTURE_KEYS,
            {
                "mime": {"type": "string", "description": "e.g. image/png"},
                "caption": _TEXT,
                "data": {"type": "string", "description": "the image, base64"},
            },
            ("mime", "data"),
        ),
        "comment": (
            fmt.COMMENT_KEYS,
            {"author": _TEXT, "date": _TEXT, "text": _TEXT},
            ("text",),
        ),
        "kpi": (fmt.KPI_KEYS, {"name": _TEXT, "target": _TEXT, "value": _TEXT}, ("name",)),
        "swot": (fmt.SWOT_KEYS, {key: _TEXTS for key in fmt.SWOT_KEYS}, ()),
        "snapshot": (
            fmt.SNAPSHOT_KEYS,
            {
                "name": _described(_TEXT, "unique name, e.g. 'As-is, workshop 1'"),
                "date": _TEXT,
                "map": {
                    "type": "object",
                    "description": "the map as it was then, in this same format",
                },
            },
            ("name", "map"),
        ),
    }


# Definitions that also accept a plain string in the file (see format_v1 readers).
_SHORTHANDS: dict[str, Schema] = {
    "action": {"type": "string", "description": "shorthand for {text: ...}"},
    "insight": {"type": "string", "description": "shorthand for {text: ...}"},
    "kpi": {"type": "string", "description": "shorthand for {name: ...}"},
    "evidence": {
        "type": "string",
        "enum": list(EvidenceStatus.values()),
        "description": "shorthand for {status: ...}",
    },
}

_ENTITY_DEFS = {
    Kind.PERSONA: "persona", Kind.SCENARIO: "scenario", Kind.CHANNEL: "channel",
    Kind.STAGE: "stage", Kind.ROW: "row", Kind.TOUCHPOINT: "touchpoint",
    Kind.TRANSITION: "transition", Kind.FLOW: "flow",
}  # fmt: skip


def _object(name: str, keys: tuple[str, ...], types: dict[str, Schema], required) -> Schema:
    missing = [key for key in keys if key not in types]
    stale = [key for key in types if key not in keys]
    if missing or stale:
        raise ValueError(
            f"json_schema: '{name}' is out of step with format_v1 "
            f"(no type for {missing}, unknown keys {stale})"
        )
    schema: Schema = {
        "type": "object",
        "properties": {key: types[key] for key in keys},
        "additionalProperties": False,
    }
    if required:
        schema["required"] = list(required)
    return schema


def _top_level() -> Schema:
    types: dict[str, Schema] = {
        fmt.FORMAT_KEY: {
            "description": "file format version; always the first key",
            "const": fmt.FORMAT_VERSION,
        },
        "title": _TEXT,
        "description": _TEXT,
        "language": {"type": "string", "description": "language of the texts, e.g. en, ru, fi"},
        "author": _TEXT,
        "entry": _described(_ID, "id of the stage where new customers start"),
        "next_review": _described(_TEXT, "date of the next planned review, e.g. 2027-03-01"),
        "traffic": _described(
            {"type": "number", "minimum": 0}, "customers entering the journey per month"
        ),
        "revisions": {"type": "array", "items": _ref("revision")},
        "plan": _described(
            {"type": "array", "items": _ref("plan_action")}, "the action plan of the workshop"
        ),
        "measured": _described(
            {"type": "array", "items": _ref("measurement")},
            "measured visitors per stage and period, for plan versus reality",
        ),
        "snapshots": _described(
            {"type": "array", "items": _ref("snapshot")},
            "named, dated copies of the map kept in the file",
        ),
    }
    for kind, name in _ENTITY_DEFS.items():
        types[kind.value] = {"type": "array", "items": _ref(name)}
    return _object("top level", fmt.TOP_KEYS, types, (fmt.FORMAT_KEY,))


def build_schema() -> Schema:
    """The JSON Schema of format v1 as a plain dict (stable key order, JSON-ready)."""
    definitions: dict[str, Schema] = {}
    for name, (keys, types, required) in _field_types().items():
        schema = _object(name, keys, types, required)
        if name == "transition":
            schema["if"] = {"not": {"required": ["to"]}}
            schema["then"] = {
                "required": ["kind"],
                "properties": {"kind": {"const": TransitionKind.EXIT.value}},
            }
        if name in _SHORTHANDS:
            schema = {"anyOf": [_SHORTHANDS[name], schema]}
        definitions[name] = schema
    return {
        "$schema": DRAFT,
        "title": "CJM Designer journey map, file format v1 (.cjm.yaml)",
        "description": "Generated by cjm_designer.io.json_schema; see docs/file-format.md.",
        **_top_level(),
        "$defs": definitions,
    }


def schema_text() -> str:
    """The schema as the committed file holds it: UTF-8 JSON, two-space indent, newline."""
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args:
        with open(args[0], "w", encoding="utf-8", newline="\n") as handle:
            handle.write(schema_text())
    else:
        sys.stdout.buffer.write(schema_text().encode("utf-8"))
        sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
