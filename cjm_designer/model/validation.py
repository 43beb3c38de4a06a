"""Invariants of a map: ids, references and value ranges.

The loader reports these with file positions; the property tests assert that every
edit keeps a valid map valid. Domain advice (unused channels, cycles) is not here: it
lives in ``analysis/`` because a map with such findings is still a correct document.
"""

from __future__ import annotations

import re
from enum import StrEnum

from cjm_designer.messages import Message

from .entities import EMOTION_MAX, EMOTION_MIN, Insight
from .enums import TransitionKind
from .ids import is_valid_id
from .journey_map import JourneyMap, Kind
from .records import Record, record

Path = tuple[str | int, ...]

SCORE_MIN, SCORE_MAX = 1, 5
"""Impact and effort are judged on the same 1-5 scale as emotions."""
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value


@record
class Problem(Record):
    """One finding: what is wrong, where in the document (``path``), and about which id."""

    severity: Severity
    code: str
    message: str
    ref: str | None = None
    path: Path = ()


MAX_STAGE_WIDTH = 100_000
"""Points; the canvas clamps far below this, export draws with floats."""


def path_text(path: Path) -> str:
    """``touchpoints[3].actions[0].owner`` from a path tuple."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def check_map(journey: JourneyMap) -> list[Problem]:
    """Every broken invariant of the document, in file order."""
    problems: list[Problem] = []

    def error(code: str, message: str, ref: str | None, path: Path) -> None:
        problems.append(Problem(Severity.ERROR, code, message, ref, path))

    ids_by_kind = {kind: {e.id for e in journey.items(kind)} for kind in Kind}
    insight_ids: dict[str, Path] = {}
    for kind in Kind:
        for index, entity in enumerate(journey.items(kind)):
            if not is_valid_id(entity.id):
                error(
                    "bad-id",
                    Message("model.bad-id", id=entity.id),
                    entity.id,
                    (kind.value, index, "id"),
                )
    personas, scenarios = ids_by_kind[Kind.PERSONA], ids_by_kind[Kind.SCENARIO]
    stages, channels = ids_by_kind[Kind.STAGE], ids_by_kind[Kind.CHANNEL]
    touchpoints, rows = ids_by_kind[Kind.TOUCHPOINT], ids_by_kind[Kind.ROW]

    def check_refs(values, known, what, ref, path) -> None:
        for position, value in enumerate(values):
            if value not in known:
                message = Message(f"model.unknown-{what}", id=value)
                error("unknown-ref", message, ref, (*path, position))

    for i, stage in enumerate(journey.stages):
        base = ("stages", i)
        for persona_id, score in stage.emotions.items():
            if persona_id not in personas:
                error(
                    "unknown-ref",
                    Message("model.unknown-persona", id=persona_id),
                    stage.id,
                    (*base, "emotions", persona_id),
                )
            if not EMOTION_MIN <= score <= EMOTION_MAX:
                error(
                    "out-of-range",
                    Message("model.emotion-range", emotion=score),
                    stage.id,
                    (*base, "emotions", persona_id),
                )
        for row_id in stage.notes:
            if row_id not in rows:
                message = Message("model.unknown-row", id=row_id)
                error("unknown-ref", message, stage.id, (*base, "notes", row_id))
        if stage.width is not None and not 0 < stage.width <= MAX_STAGE_WIDTH:
            # "not 0 < w" also catches NaN, which compares false with everything
            error(
                "out-of-range",
                Message("model.width-range", limit=MAX_STAGE_WIDTH),
                stage.id,
                (*base, "width"),
            )
    for i, tp in enumerate(journey.touchpoints):
        base = ("touchpoints", i)
        if tp.stage not in stages:
            message = Message("model.unknown-stage", id=tp.stage)
            error("unknown-ref", message, tp.id, (*base, "stage"))
        if tp.channel not in channels:
            message = Message("model.unknown-channel", id=tp.channel)
            error("unknown-ref", message, tp.id, (*base, "channel"))
        if tp.emotion is not None and not EMOTION_MIN <= tp.emotion <= EMOTION_MAX:
            error(
                "out-of-range",
                Message("model.emotion-range", emotion=tp.emotion),
                tp.id,
                (*base, "emotion"),
            )
        if tp.votes < 0:
            error("out-of-range", Message("model.negative-votes"), tp.id, (*base, "votes"))
        check_refs(tp.personas, personas, "persona", tp.id, (*base, "personas"))
        check_refs(tp.scenarios, scenarios, "scenario", tp.id, (*base, "scenarios"))
        for a, action in enumerate(tp.actions):
            if action.channel is not None and action.channel not in channels:
                error(
                    "unknown-ref",
                    Message("model.unknown-channel", id=action.channel),
                    tp.id,
                    (*base, "actions", a, "channel"),
                )
        for field_name in ("pains", "opportunities"):
            insights: tuple[Insight, ...] = getattr(tp, field_name)
            for n, insight in enumerate(insights):
                if insight.votes < 0:
                    error(
                        "out-of-range",
                        Message("model.negative-votes"),
                        tp.id,
                        (*base, field_name, n, "votes"),
                    )
                _check_insight(journey, insight, tp.id, (*base, field_name, n), insight_ids, error)
    for i, transition in enumerate(journey.transitions):
        base = ("transitions", i)
        if transition.source not in stages:
            error(
                "unknown-ref",
                Message("model.unknown-stage", id=transition.source),
                transition.id,
                (*base, "from"),
            )
        if transition.target is None:
            if transition.kind is not TransitionKind.EXIT:
                error("missing", Message("model.exit-only"), transition.id, (*base, "to"))
        elif transition.target not in stages:
            error(
                "unknown-ref",
                Message("model.unknown-stage", id=transition.target),
                transition.id,
                (*base, "to"),
            )
        p = transition.probability
        if p is not None and not 0.0 <= p <= 1.0:
            error(
                "out-of-range",
                Message("model.probability-range", probability=p),
                transition.id,
                (*base, "probability"),
            )
        check_refs(transition.scenarios, scenarios, "scenario", transition.id, (*base, "scenarios"))
    for i, flow in enumerate(journey.flows):
        base = ("flows", i)
        if flow.source not in touchpoints:
            message = Message("model.unknown-touchpoint", id=flow.source)
            error("unknown-ref", message, flow.id, (*base, "from"))
        if flow.target not in touchpoints:
            message = Message("model.unknown-touchpoint", id=flow.target)
            error("unknown-ref", message, flow.id, (*base, "to"))
    if journey.entry is not None and journey.entry not in stages:
        error("unknown-ref", Message("model.unknown-stage", id=journey.entry), None, ("entry",))
    _check_plan(journey, insight_ids, touchpoints, stages, error)
    return problems


def _check_insight(journey: JourneyMap, insight: Insight, ref, path: Path, seen, error) -> None:
    """Impact/effort on the 1-5 scale, a link to a real transition or stage, a unique id."""
    for name in ("impact", "effort"):
        value = getattr(insight, name)
        if value is not None and not SCORE_MIN <= value <= SCORE_MAX:
            message = Message(f"model.{name}-range", value=value)
            error("out-of-range", message, ref, (*path, name))
    if insight.link is not None and journey.kind_of(insight.link) not in (
        Kind.TRANSITION,
        Kind.STAGE,
    ):
        error(
            "unknown-ref",
            Message("model.bad-link", link=insight.link),
            ref,
            (*path, "link"),
        )
    if insight.change is not None and not -1.0 <= insight.change <= 1.0:
        error(
            "out-of-range",
            Message("model.change-range", change=insight.change),
            ref,
            (*path, "change"),
        )
    if insight.id:
        if not is_valid_id(insight.id):
            error(
                "bad-id",
                Message("model.bad-id", id=insight.id),
                ref,
                (*path, "id"),
            )
        elif insight.id in seen or insight.id in journey:
            message = Message("model.duplicate-id", id=insight.id)
            error("duplicate-id", message, ref, (*path, "id"))
        seen[insight.id] = path


def _check_plan(journey: JourneyMap, insight_ids, touchpoints, stages, error) -> None:
    if journey.traffic is not None and journey.traffic < 0:
        error("out-of-range", Message("model.negative-traffic"), None, ("traffic",))
    action_ids: set[str] = set()
    for i, action in enumerate(journey.plan):
        base = ("plan", i)
        if not is_valid_id(action.id):
            error(
                "bad-id",
                Message("model.bad-id", id=action.id),
                action.id,
                (*base, "id"),
            )
        elif action.id in action_ids or action.id in journey or action.id in insight_ids:
            message = Message("model.duplicate-id", id=action.id)
            error("duplicate-id", message, action.id, (*base, "id"))
        action_ids.add(action.id)
        if action.due and not ISO_DATE.match(action.due):
            error(
                "bad-date",
                Message("model.bad-due", due=action.due),
                action.id,
                (*base, "due"),
            )
    for i, measurement in enumerate(journey.measured):
        base = ("measured", i)
        if measurement.stage not in stages:
            message = Message("model.unknown-stage", id=measurement.stage)
            error("unknown-ref", message, None, (*base, "stage"))
        if measurement.visitors < 0:
            error("out-of-range", Message("model.negative-visitors"), None, (*base, "visitors"))
        if measurement.conversions is not None and measurement.conversions < 0:
            message = Message("model.negative-conversions")
            error("out-of-range", message, None, (*base, "conversions"))
