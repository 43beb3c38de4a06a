"""File format v1: plain data (dicts, lists, scalars) <-> the model.

Files go parse -> plain data -> (migrate) -> decode/validate -> model, and back the same
way. Decoding collects every problem with its document path, so the reader can point at
the line and column; unknown keys are kept in ``extra`` and reported as warnings.
The key order used here *is* the canonical order of saved files.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cjm_designer.messages import Message, reason_of
from cjm_designer.model import (
    Action,
    ActionStatus,
    Channel,
    ChannelKind,
    Comment,
    Duration,
    Evidence,
    EvidenceSource,
    EvidenceStatus,
    Flow,
    Insight,
    JourneyMap,
    Kind,
    Kpi,
    MapIntegrityError,
    Measurement,
    Persona,
    Picture,
    PlanAction,
    Revision,
    RowDefinition,
    Scenario,
    Segment,
    Stage,
    Swot,
    Touchpoint,
    Transition,
    TransitionKind,
    check_map,
)
from cjm_designer.model.lookalikes import look_alike_pairs
from cjm_designer.model.records import MutableRecord
from cjm_designer.model.snapshots import Snapshot
from cjm_designer.model.validation import Path

FORMAT_VERSION = 1
FORMAT_KEY = "cjm"

TOP_KEYS = (
    FORMAT_KEY, "title", "description", "language", "author", "entry", "next_review",
    "traffic", "revisions", "personas", "scenarios", "channels", "stages", "rows",
    "touchpoints", "transitions", "flows", "plan", "measured", "snapshots",
)  # fmt: skip


@dataclass(eq=False, repr=False)
class DecodeIssue(MutableRecord):
    """A problem found while turning parsed YAML into the model, located by its key path."""

    path: Path
    message: str
    severity: str = "error"
    at_key: bool = False


MAX_NUMBER = 1e9
"""Any decimal field (widths, probabilities) beyond this is a typo or an attack."""


@dataclass(eq=False, repr=False)
class Decoder(MutableRecord):
    """Reads plain data into entities, recording issues instead of stopping at the first."""

    issues: list[DecodeIssue] = field(default_factory=list)
    max_errors: int = 50

    def error(self, path: Path, message: str, at_key: bool = False) -> None:
        self.issues.append(DecodeIssue(path, message, "error", at_key))

    def warn(self, path: Path, message: str, at_key: bool = False) -> None:
        self.issues.append(DecodeIssue(path, message, "warning", at_key))

    @property
    def error_count(self) -> int:
        return sum(1 for issue in self.issues if issue.severity == "error")

    # --- typed field readers ------------------------------------------------------

    def mapping(self, value: Any, path: Path) -> dict[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.error(path, Message("io.expected-mapping", found=_describe(value)))
        return None

    def text(self, data: dict, key: str, path: Path, default: str = "", required=False) -> str:
        if key not in data or data[key] is None:
            if required:
                self.error(path, Message("io.missing-field", key=key))
            return default
        value = data[key]
        if isinstance(value, str):
            return value
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error((*path, key), Message("io.must-be-text", key=key, found=_describe(value)))
            return default
        return _number_text(value)

    def optional_text(self, data: dict, key: str, path: Path) -> str | None:
        if data.get(key) is None:
            return None
        return self.text(data, key, path)

    def integer(self, data: dict, key: str, path: Path, lo=None, hi=None) -> int | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.error((*path, key), Message("io.must-be-integer", key=key, found=_describe(value)))
            return None
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            self.error(
                (*path, key), Message("io.must-be-between", key=key, lo=lo, hi=hi, value=value)
            )
            return None
        return value

    def number(self, data: dict, key: str, path: Path) -> float | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error((*path, key), Message("io.must-be-number", key=key, found=_describe(value)))
            return None
        if not math.isfinite(value) or abs(value) > MAX_NUMBER:
            # .nan, .inf and numbers past any drawing overflow floats in layout and export
            self.error((*path, key), Message("io.must-be-finite", key=key, limit=MAX_NUMBER))
            return None
        return float(value) if isinstance(value, float) else value

    def boolean(self, data: dict, key: str, path: Path) -> bool:
        value = data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.error((*path, key), Message("io.must-be-boolean", key=key, found=_describe(value)))
            return False
        return value

    def texts(self, data: dict, key: str, path: Path) -> tuple[str, ...]:
        value = data.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list):
            self.error((*path, key), Message("io.must-be-texts", key=key, found=_describe(value)))
            return ()
        out = []
        for index, item in enumerate(value):
            if isinstance(item, str):
                out.append(item)
            elif isinstance(item, int | float) and not isinstance(item, bool):
                out.append(_number_text(item))
            else:
                self.error((*path, key, index), Message("io.expected-text", found=_describe(item)))
        return tuple(out)

    def items(self, data: dict, key: str, path: Path) -> list[tuple[Path, Any]]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error((*path, key), Message("io.must-be-list", key=key, found=_describe(value)))
            return []
        return [((*path, key, index), item) for index, item in enumerate(value)]

    def choice(self, data: dict, key: str, path: Path, enum: Any, default):
        value = data.get(key)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(enum.values())
            self.error(
                (*path, key), Message("io.must-be-one-of", key=key, allowed=allowed, value=value)
            )
            return default

    def extra(self, data: dict, known: tuple[str, ...], path: Path) -> dict[str, Any]:
        unknown = {k: v for k, v in data.items() if k not in known}
        for key in unknown:
            self.warn((*path, key), Message("io.unknown-field", key=key), at_key=True)
        return unknown


# --- decoding ---------------------------------------------------------------------------


def decode_map(data: Any) -> tuple[JourneyMap | None, list[DecodeIssue]]:
    """Build a map from plain data of the current version; issues carry document paths."""
    decoder = Decoder()
    root = decoder.mapping(data, ())
    if root is None:
        return None, decoder.issues
    journey = JourneyMap(
        title=decoder.text(root, "title", ()),
        description=decoder.text(root, "description", ()),
        language=decoder.text(root, "language", (), default="en"),
        author=decoder.text(root, "author", ()),
        entry=decoder.optional_text(root, "entry", ()),
        next_review=decoder.optional_text(root, "next_review", ()),
        traffic=_traffic(decoder, root),
        plan=tuple(
            a
            for a in (_plan_action(decoder, p, v) for p, v in decoder.items(root, "plan", ()))
            if a is not None
        ),
        measured=tuple(
            m
            for m in (_measurement(decoder, p, v) for p, v in decoder.items(root, "measured", ()))
            if m is not None
        ),
        revisions=tuple(_revision(decoder, p, v) for p, v in decoder.items(root, "revisions", ())),
        snapshots=_snapshots(decoder, root),
        extra=decoder.extra(root, TOP_KEYS, ()),
    )
    readers: list[tuple[Kind, Callable]] = [
        (Kind.PERSONA, _persona), (Kind.SCENARIO, _scenario), (Kind.CHANNEL, _channel),
        (Kind.STAGE, _stage), (Kind.ROW, _row), (Kind.TOUCHPOINT, _touchpoint),
        (Kind.TRANSITION, _transition), (Kind.FLOW, _flow),
    ]  # fmt: skip
    seen: dict[str, Path] = {}
    for kind, reader in readers:
        entities = []
        for path, value in decoder.items(root, kind.value, ()):
            item = decoder.mapping(value, path)
            if item is None:
                continue
            entity = reader(decoder, item, path)
            if entity is None:
                continue
            if entity.id in seen:
                decoder.error(
                    (*path, "id"),
                    Message("io.duplicate-id", id=entity.id, where=_path_str(seen[entity.id])),
                )
                continue
            seen[entity.id] = path
            entities.append((path, entity))
            if decoder.error_count >= decoder.max_errors:
                return None, decoder.issues
        try:
            journey.extend(kind, [entity for _, entity in entities])
        except MapIntegrityError as error:  # pragma: no cover - guarded by `seen` above
            decoder.error((kind.value,), reason_of(error))
    for problem in check_map(journey):
        decoder.error(_file_path(journey, problem.path), problem.message)
    if decoder.error_count:
        return None, decoder.issues
    _warn_look_alikes(decoder, journey)
    return journey, decoder.issues


def _warn_look_alikes(decoder: Decoder, journey: JourneyMap) -> None:
    """Two stages (channels, personas) whose names differ only in look-alike letters."""
    for kind in (Kind.STAGE, Kind.CHANNEL, Kind.PERSONA):
        entities = journey.items(kind)
        texts = [str(getattr(entity, "name", "")) for entity in entities]
        for first, second in look_alike_pairs(enumerate(texts)):
            decoder.warn(
                (kind.value, second, "name"),
                Message(
                    f"io.look-alike.{kind.value[:-1]}", first=texts[first], second=texts[second]
                ),
            )


def _file_path(journey: JourneyMap, path: Path) -> Path:
    """Model paths equal file paths except for renamed keys (source -> from)."""
    return tuple(
        {"source": "from", "target": "to"}.get(p, p) if isinstance(p, str) else p for p in path
    )


def _path_str(path: Path) -> str:
    from cjm_designer.model import path_text

    return path_text(path)


def _identity(decoder: Decoder, data: dict, path: Path, name_key: str = "name") -> tuple[str, str]:
    entity_id = decoder.text(data, "id", path, required=True)
    name = decoder.text(data, name_key, path, required=True)
    return entity_id, name


def _persona(d: Decoder, data: dict, path: Path) -> Persona | None:
    pid, name = _identity(d, data, path)
    return Persona(
        id=pid,
        name=name,
        description=d.text(data, "description", path),
        goals=d.texts(data, "goals", path),
        segment=d.choice(data, "segment", path, Segment, Segment.NEW),
        color=d.optional_text(data, "color", path),
        photo=_picture(d, data["photo"], (*path, "photo"))
        if data.get("photo") is not None
        else None,
        extra=d.extra(data, PERSONA_KEYS, path),
    )


def _scenario(d: Decoder, data: dict, path: Path) -> Scenario | None:
    sid, name = _identity(d, data, path)
    return Scenario(
        sid, name, d.text(data, "description", path), d.extra(data, SCENARIO_KEYS, path)
    )


def _channel(d: Decoder, data: dict, path: Path) -> Channel | None:
    cid, name = _identity(d, data, path)
    return Channel(
        id=cid,
        name=name,
        kind=d.choice(data, "kind", path, ChannelKind, ChannelKind.DIGITAL),
        color=d.optional_text(data, "color", path),
        icon=d.optional_text(data, "icon", path),
        description=d.text(data, "description", path),
        extra=d.extra(data, CHANNEL_KEYS, path),
    )


def _row(d: Decoder, data: dict, path: Path) -> RowDefinition | None:
    rid, name = _identity(d, data, path)
    return RowDefinition(rid, name, d.extra(data, ROW_KEYS, path))


def _stage(d: Decoder, data: dict, path: Path) -> Stage | None:
    sid, name = _identity(d, data, path)
    duration = None
    if data.get("duration") is not None:
        try:
            duration = Duration.parse(d.text(data, "duration", path))
        except ValueError as error:
            d.error((*path, "duration"), reason_of(error))
    return Stage(
        id=sid,
        name=name,
        description=d.text(data, "description", path),
        goal=d.text(data, "goal", path),
        questions=d.texts(data, "questions", path),
        duration=duration,
        kpis=tuple(_kpi(d, p, v) for p, v in d.items(data, "kpis", path)),
        emotions=_emotions(d, data, path),
        swot=_swot(d, data, path),
        notes=_notes(d, data, path),
        final=d.boolean(data, "final", path),
        color=d.optional_text(data, "color", path),
        width=d.number(data, "width", path),
        comments=tuple(_comment(d, p, v) for p, v in d.items(data, "comments", path)),
        pictures=_pictures(d, data, path),
        extra=d.extra(data, STAGE_KEYS, path),
    )


def _touchpoint(d: Decoder, data: dict, path: Path) -> Touchpoint | None:
    tid, title = _identity(d, data, path, "title")
    return Touchpoint(
        id=tid,
        stage=d.text(data, "stage", path, required=True),
        channel=d.text(data, "channel", path, required=True),
        title=title,
        description=d.text(data, "description", path),
        actions=tuple(_action(d, p, v) for p, v in d.items(data, "actions", path)),
        emotion=d.integer(data, "emotion", path, 1, 5),
        pains=tuple(_insight(d, p, v) for p, v in d.items(data, "pains", path)),
        opportunities=tuple(_insight(d, p, v) for p, v in d.items(data, "opportunities", path)),
        personas=d.texts(data, "personas", path),
        scenarios=d.texts(data, "scenarios", path),
        votes=d.integer(data, "votes", path, 0, None) or 0,
        tags=d.texts(data, "tags", path),
        comments=tuple(_comment(d, p, v) for p, v in d.items(data, "comments", path)),
        metrics=tuple(_kpi(d, p, v) for p, v in d.items(data, "metrics", path)),
        evidence=_evidence(d, data["evidence"], (*path, "evidence"))
        if data.get("evidence") is not None
        else None,
        pictures=_pictures(d, data, path),
        extra=d.extra(data, TOUCHPOINT_KEYS, path),
    )


def _transition(d: Decoder, data: dict, path: Path) -> Transition | None:
    source = d.text(data, "from", path, required=True)
    target = d.optional_text(data, "to", path)
    kind = d.choice(data, "kind", path, TransitionKind, TransitionKind.FORWARD)
    tid = d.text(data, "id", path) or f"{source}--{target or 'exit'}"
    return Transition(
        id=tid,
        source=source,
        target=target,
        kind=kind,
        probability=_probability(d, data, path),
        label=d.text(data, "label", path),
        scenarios=d.texts(data, "scenarios", path),
        extra=d.extra(data, TRANSITION_KEYS, path),
    )


def _probability(d: Decoder, data: dict, path: Path) -> float | None:
    value = d.number(data, "probability", path)
    return None if value is None else value


def _flow(d: Decoder, data: dict, path: Path) -> Flow | None:
    source = d.text(data, "from", path, required=True)
    target = d.text(data, "to", path, required=True)
    fid = d.text(data, "id", path) or f"{source}--{target}"
    return Flow(fid, source, target, d.text(data, "label", path), d.extra(data, FLOW_KEYS, path))


def _action(d: Decoder, path: Path, value: Any) -> Action:
    if isinstance(value, str):
        return Action(text=value)
    data = d.mapping(value, path) or {}
    return Action(
        text=d.text(data, "text", path, required=bool(data)),
        actor=d.text(data, "actor", path),
        owner=d.text(data, "owner", path),
        tools=d.texts(data, "tools", path),
        instructions=d.text(data, "instructions", path),
        channel=d.optional_text(data, "channel", path),
        extra=d.extra(data, ACTION_KEYS, path),
    )


def _insight(d: Decoder, path: Path, value: Any) -> Insight:
    if isinstance(value, str):
        return Insight(value)
    data = d.mapping(value, path) or {}
    evidence = (
        _evidence(d, data["evidence"], (*path, "evidence"))
        if data.get("evidence") is not None
        else None
    )
    d.extra(data, INSIGHT_KEYS, path)
    return Insight(
        text=d.text(data, "text", path, required=True),
        votes=d.integer(data, "votes", path, 0, None) or 0,
        evidence=evidence,
        id=d.text(data, "id", path),
        impact=d.integer(data, "impact", path, 1, 5),
        effort=d.integer(data, "effort", path, 1, 5),
        link=d.optional_text(data, "link", path),
        change=d.number(data, "change", path),
    )


def _traffic(d: Decoder, root: dict) -> float | None:
    value = d.number(root, "traffic", ())
    if value is not None and value < 0:
        d.error(("traffic",), Message("io.negative-traffic", value=value))
        return None
    return value


def _plan_action(d: Decoder, path: Path, value: Any) -> PlanAction | None:
    data = d.mapping(value, path)
    if data is None:
        return None
    return PlanAction(
        id=d.text(data, "id", path, required=True),
        text=d.text(data, "text", path, required=True),
        owner=d.text(data, "owner", path),
        due=d.text(data, "due", path),
        status=d.choice(data, "status", path, ActionStatus, ActionStatus.TODO),
        serves=d.optional_text(data, "serves", path),
        extra=d.extra(data, PLAN_KEYS, path),
    )


def _measurement(d: Decoder, path: Path, value: Any) -> Measurement | None:
    data = d.mapping(value, path)
    if data is None:
        return None
    d.extra(data, MEASURED_KEYS, path)
    visitors = d.number(data, "visitors", path)
    if visitors is None and "visitors" not in data:
        d.error(path, Message("io.missing-field", key="visitors"))
    return Measurement(
        stage=d.text(data, "stage", path, required=True),
        period=d.text(data, "period", path, required=True),
        visitors=visitors or 0,
        conversions=d.number(data, "conversions", path),
    )


def _evidence(d: Decoder, value: Any, path: Path) -> Evidence | None:
    if isinstance(value, str):
        value = {"status": value}
    data = d.mapping(value, path)
    if data is None:
        return None
    d.extra(data, EVIDENCE_KEYS, path)
    return Evidence(
        status=d.choice(data, "status", path, EvidenceStatus, EvidenceStatus.ASSUMED),
        source=d.choice(data, "source", path, EvidenceSource, None),
        note=d.text(data, "note", path),
    )


def _pictures(d: Decoder, data: dict, path: Path) -> tuple[Picture, ...]:
    """The pictures that decoded (a bad one is reported as an error by ``_picture``)."""
    found = (_picture(d, v, p) for p, v in d.items(data, "pictures", path))
    return tuple(picture for picture in found if picture is not None)


def _picture(d: Decoder, value: Any, path: Path) -> Picture | None:
    data = d.mapping(value, path)
    if data is None:
        return None
    d.extra(data, PICTURE_KEYS, path)
    return Picture(
        mime=d.text(data, "mime", path, required=True),
        data=d.text(data, "data", path, required=True),
        caption=d.text(data, "caption", path),
    )


def _comment(d: Decoder, path: Path, value: Any) -> Comment:
    data = d.mapping(value, path) or {}
    d.extra(data, COMMENT_KEYS, path)
    return Comment(
        d.text(data, "author", path),
        d.text(data, "date", path),
        d.text(data, "text", path, required=True),
    )


def _kpi(d: Decoder, path: Path, value: Any) -> Kpi:
    if isinstance(value, str):
        return Kpi(value)
    data = d.mapping(value, path) or {}
    d.extra(data, KPI_KEYS, path)
    return Kpi(
        d.text(data, "name", path, required=True),
        d.text(data, "target", path),
        d.text(data, "value", path),
    )


def _revision(d: Decoder, path: Path, value: Any) -> Revision:
    data = d.mapping(value, path) or {}
    d.extra(data, REVISION_KEYS, path)
    return Revision(
        d.text(data, "date", path, required=True),
        d.text(data, "author", path),
        d.text(data, "summary", path),
    )


def _snapshots(d: Decoder, root: dict) -> tuple[Snapshot, ...]:
    """Only the envelope is checked here; the embedded map is decoded when opened."""
    out: list[Snapshot] = []
    names: set[str] = set()
    for path, value in d.items(root, "snapshots", ()):
        data = d.mapping(value, path)
        if data is None:
            continue
        d.extra(data, SNAPSHOT_KEYS, path)
        name = d.text(data, "name", path, required=True)
        if name in names:
            d.error((*path, "name"), Message("io.duplicate-snapshot", name=name))
        names.add(name)
        embedded = d.mapping(data.get("map"), (*path, "map"))
        if embedded is not None:
            out.append(Snapshot(name, d.text(data, "date", path), embedded))
    return tuple(out)


def _emotions(d: Decoder, data: dict, path: Path) -> dict[str, int]:
    value = data.get("emotions")
    if value is None:
        return {}
    mapping = d.mapping(value, (*path, "emotions"))
    if mapping is None:
        return {}
    out = {}
    for persona_id in mapping:
        score = d.integer(mapping, persona_id, (*path, "emotions"), 1, 5)
        if score is not None:
            out[str(persona_id)] = score
    return out


def _notes(d: Decoder, data: dict, path: Path) -> dict[str, str]:
    value = data.get("notes")
    if value is None:
        return {}
    mapping = d.mapping(value, (*path, "notes"))
    if mapping is None:
        return {}
    return {str(key): d.text(mapping, key, (*path, "notes")) for key in mapping}


def _swot(d: Decoder, data: dict, path: Path) -> Swot:
    value = data.get("swot")
    if value is None:
        return Swot()
    mapping = d.mapping(value, (*path, "swot"))
    if mapping is None:
        return Swot()
    spath = (*path, "swot")
    d.extra(mapping, SWOT_KEYS, spath)
    return Swot(*(d.texts(mapping, key, spath) for key in SWOT_KEYS))


# --- encoding: the canonical key order -------------------------------------------------

PERSONA_KEYS = ("id", "name", "segment", "description", "goals", "color", "photo")
SCENARIO_KEYS = ("id", "name", "description")
CHANNEL_KEYS = ("id", "name", "kind", "color", "icon", "description")
ROW_KEYS = ("id", "name")
STAGE_KEYS = (
    "id", "name", "description", "goal", "questions", "duration", "kpis", "emotions",
    "notes", "swot", "final", "color", "width", "comments", "pictures",
)  # fmt: skip
TOUCHPOINT_KEYS = (
    "id", "stage", "channel", "title", "description", "emotion", "votes", "personas",
    "scenarios", "tags", "evidence", "actions", "pains", "opportunities", "metrics",
    "comments", "pictures",
)  # fmt: skip
TRANSITION_KEYS = ("id", "from", "to", "kind", "probability", "label", "scenarios")
FLOW_KEYS = ("id", "from", "to", "label")
ACTION_KEYS = ("actor", "text", "channel", "owner", "tools", "instructions")
INSIGHT_KEYS = ("id", "text", "votes", "impact", "effort", "link", "change", "evidence")
PLAN_KEYS = ("id", "text", "owner", "due", "status", "serves")
MEASURED_KEYS = ("stage", "period", "visitors", "conversions")
EVIDENCE_KEYS = ("status", "source", "note")
PICTURE_KEYS = ("mime", "caption", "data")
COMMENT_KEYS = ("author", "date", "text")
KPI_KEYS = ("name", "target", "value")
REVISION_KEYS = ("date", "author", "summary")
SNAPSHOT_KEYS = ("name", "date", "map")
SWOT_KEYS = ("strengths", "weaknesses", "opportunities", "threats")


def _put(out: dict, key: str, value: Any) -> None:
    """Write only what carries information: a map file stays short and diffs stay small."""
    if (
        value is None
        or value is False
        or (isinstance(value, str | list | tuple | dict) and not value)
    ):
        return
    out[key] = value


def _with_extra(out: dict, extra: dict) -> dict:
    for key, value in extra.items():
        if key not in out:
            out[key] = value
    return out


def encode_header(journey: JourneyMap) -> dict[str, Any]:
    out: dict[str, Any] = {FORMAT_KEY: FORMAT_VERSION}
    out["title"] = journey.title
    _put(out, "description", journey.description)
    out["language"] = journey.language
    _put(out, "author", journey.author)
    _put(out, "entry", journey.entry)
    _put(out, "next_review", journey.next_review)
    _put(out, "traffic", journey.traffic)
    _put(out, "revisions", [encode_revision(r) for r in journey.revisions])
    return out


def encode_plan(journey: JourneyMap) -> dict[str, Any]:
    """The action plan and the measured numbers, written after the journey's collections."""
    out: dict[str, Any] = {}
    _put(out, "plan", [encode_plan_action(a) for a in journey.plan])
    _put(out, "measured", [encode_measurement(m) for m in journey.measured])
    return out


def encode_plan_action(a: PlanAction) -> dict[str, Any]:
    out: dict[str, Any] = {"id": a.id, "text": a.text}
    _put(out, "owner", a.owner)
    _put(out, "due", a.due)
    out["status"] = a.status.value
    _put(out, "serves", a.serves)
    return _with_extra(out, a.extra)


def encode_measurement(m: Measurement) -> dict[str, Any]:
    out: dict[str, Any] = {"stage": m.stage, "period": m.period, "visitors": m.visitors}
    _put(out, "conversions", m.conversions)
    return out


def encode_revision(revision: Revision) -> dict:
    out: dict[str, Any] = {"date": revision.date}
    _put(out, "author", revision.author)
    _put(out, "summary", revision.summary)
    return out


def encode_snapshot(snapshot: Snapshot) -> dict[str, Any]:
    out: dict[str, Any] = {"name": snapshot.name}
    _put(out, "date", snapshot.date)
    out["map"] = snapshot.data
    return out


def encode_entity(kind: Kind, entity: Any) -> dict[str, Any]:
    return ENCODERS[kind](entity)


def _encode_persona(p: Persona) -> dict:
    out: dict[str, Any] = {"id": p.id, "name": p.name, "segment": p.segment.value}
    _put(out, "description", p.description)
    _put(out, "goals", list(p.goals))
    _put(out, "color", p.color)
    _put(out, "photo", _encode_picture(p.photo) if p.photo else None)
    return _with_extra(out, p.extra)


def _encode_scenario(s: Scenario) -> dict:
    out: dict[str, Any] = {"id": s.id, "name": s.name}
    _put(out, "description", s.description)
    return _with_extra(out, s.extra)


def _encode_channel(c: Channel) -> dict:
    out: dict[str, Any] = {"id": c.id, "name": c.name, "kind": c.kind.value}
    _put(out, "color", c.color)
    _put(out, "icon", c.icon)
    _put(out, "description", c.description)
    return _with_extra(out, c.extra)


def _encode_row(r: RowDefinition) -> dict:
    return _with_extra({"id": r.id, "name": r.name}, r.extra)


def _encode_stage(s: Stage) -> dict:
    out: dict[str, Any] = {"id": s.id, "name": s.name}
    _put(out, "description", s.description)
    _put(out, "goal", s.goal)
    _put(out, "questions", list(s.questions))
    _put(out, "duration", str(s.duration) if s.duration else None)
    _put(out, "kpis", [_encode_kpi(k) for k in s.kpis])
    _put(out, "emotions", dict(s.emotions))
    _put(out, "notes", dict(s.notes))
    if not s.swot.is_empty():
        swot: dict[str, Any] = {}
        for key in SWOT_KEYS:
            _put(swot, key, list(getattr(s.swot, key)))
        out["swot"] = swot
    _put(out, "final", s.final)
    _put(out, "color", s.color)
    _put(out, "width", s.width)
    _put(out, "comments", [_encode_comment(c) for c in s.comments])
    _put(out, "pictures", [_encode_picture(p) for p in s.pictures])
    return _with_extra(out, s.extra)


def _encode_touchpoint(t: Touchpoint) -> dict:
    out: dict[str, Any] = {"id": t.id, "stage": t.stage, "channel": t.channel, "title": t.title}
    _put(out, "description", t.description)
    _put(out, "emotion", t.emotion)
    _put(out, "votes", t.votes or None)
    _put(out, "personas", list(t.personas))
    _put(out, "scenarios", list(t.scenarios))
    _put(out, "tags", list(t.tags))
    _put(out, "evidence", _encode_evidence(t.evidence) if t.evidence else None)
    _put(out, "actions", [_encode_action(a) for a in t.actions])
    _put(out, "pains", [_encode_insight(i) for i in t.pains])
    _put(out, "opportunities", [_encode_insight(i) for i in t.opportunities])
    _put(out, "metrics", [_encode_kpi(k) for k in t.metrics])
    _put(out, "comments", [_encode_comment(c) for c in t.comments])
    _put(out, "pictures", [_encode_picture(p) for p in t.pictures])
    return _with_extra(out, t.extra)


def _encode_transition(t: Transition) -> dict:
    out: dict[str, Any] = {"id": t.id, "from": t.source}
    _put(out, "to", t.target)
    out["kind"] = t.kind.value
    _put(out, "probability", t.probability)
    _put(out, "label", t.label)
    _put(out, "scenarios", list(t.scenarios))
    return _with_extra(out, t.extra)


def _encode_flow(f: Flow) -> dict:
    out: dict[str, Any] = {"id": f.id, "from": f.source, "to": f.target}
    _put(out, "label", f.label)
    return _with_extra(out, f.extra)


def _encode_action(a: Action) -> Any:
    out: dict[str, Any] = {}
    _put(out, "actor", a.actor)
    out["text"] = a.text
    _put(out, "channel", a.channel)
    _put(out, "owner", a.owner)
    _put(out, "tools", list(a.tools))
    _put(out, "instructions", a.instructions)
    return _with_extra(out, a.extra)


def _encode_insight(i: Insight) -> Any:
    if i == Insight(i.text):
        return i.text
    out: dict[str, Any] = {}
    _put(out, "id", i.id)
    out["text"] = i.text
    _put(out, "votes", i.votes or None)
    _put(out, "impact", i.impact)
    _put(out, "effort", i.effort)
    _put(out, "link", i.link)
    _put(out, "change", i.change)
    _put(out, "evidence", _encode_evidence(i.evidence) if i.evidence else None)
    return out


def _encode_evidence(e: Evidence) -> dict:
    out: dict[str, Any] = {"status": e.status.value}
    _put(out, "source", e.source.value if e.source else None)
    _put(out, "note", e.note)
    return out


def _encode_picture(p: Picture) -> dict:
    out: dict[str, Any] = {"mime": p.mime}
    _put(out, "caption", p.caption)
    out["data"] = p.data
    return out


def _encode_comment(c: Comment) -> dict:
    out: dict[str, Any] = {}
    _put(out, "author", c.author)
    _put(out, "date", c.date)
    out["text"] = c.text
    return out


def _encode_kpi(k: Kpi) -> dict:
    out: dict[str, Any] = {"name": k.name}
    _put(out, "target", k.target)
    _put(out, "value", k.value)
    return out


ENCODERS: dict[Kind, Callable[[Any], dict]] = {
    Kind.PERSONA: _encode_persona,
    Kind.SCENARIO: _encode_scenario,
    Kind.CHANNEL: _encode_channel,
    Kind.STAGE: _encode_stage,
    Kind.ROW: _encode_row,
    Kind.TOUCHPOINT: _encode_touchpoint,
    Kind.TRANSITION: _encode_transition,
    Kind.FLOW: _encode_flow,
}
COLLECTION_ORDER = (
    Kind.PERSONA, Kind.SCENARIO, Kind.CHANNEL, Kind.STAGE, Kind.ROW, Kind.TOUCHPOINT,
    Kind.TRANSITION, Kind.FLOW,
)  # fmt: skip


def encode_map(journey: JourneyMap) -> dict[str, Any]:
    """The whole map as plain data in canonical key order (used by tests and converters)."""
    out = encode_header(journey)
    for kind in COLLECTION_ORDER:
        out[kind.value] = [encode_entity(kind, e) for e in journey.items(kind)]
    out.update(encode_plan(journey))
    _put(out, "snapshots", [encode_snapshot(s) for s in journey.snapshots])
    return _with_extra(out, journey.extra)


def _describe(value: Any) -> Message:
    """What was found instead, for "must be ..., found ..." messages."""
    if value is None:
        return Message("io.found.null")
    if isinstance(value, bool):
        return Message("io.found.boolean", value=str(value).lower())
    if isinstance(value, dict):
        return Message("io.found.mapping")
    if isinstance(value, list):
        return Message("io.found.list")
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return Message("io.found.text", text=shown)
    return Message("io.found.other", type=type(value).__name__, value=repr(value))


def _number_text(value: int | float) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
