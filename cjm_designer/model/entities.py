"""The parts of a journey map as immutable values.

Entities are frozen dataclasses holding tuples and dicts. An edit never changes an
entity in place: it builds a new one with :func:`dataclasses.replace` and swaps it into
the :class:`~cjm_designer.model.journey_map.JourneyMap`. That keeps undo exact (the
old object *is* the old state), lets the YAML writer cache each entity's text by
identity, and lets the diff compare objects directly.

Dict-valued fields (``emotions``, ``notes``, ``metrics``, ``extra``) are immutable by
convention: build a new dict instead of mutating one that a map already holds.
"""

from __future__ import annotations

import re
from dataclasses import field
from enum import StrEnum
from typing import Any

from cjm_designer.messages import Message

from .enums import (
    DAYS_PER_UNIT,
    ChannelKind,
    DurationUnit,
    EvidenceSource,
    EvidenceStatus,
    Segment,
    TransitionKind,
)
from .records import Record, record

EMOTION_MIN = 1
EMOTION_MAX = 5


def _coerce(entity: object, name: str, enum: type) -> None:
    """Accept the plain value ("backstage") wherever the enum is expected, e.g. from a combo box."""
    value = getattr(entity, name)
    if not isinstance(value, enum):
        object.__setattr__(entity, name, enum(value))


Extra = dict[str, Any]
"""Keys a newer program (or a person) wrote that this version does not know; kept verbatim."""


MAX_DURATION = 100_000
"""Units of a duration (100,000 days is 270 years): larger values overflow analysis sums."""


@record
class Duration(Record):
    """How long a customer typically stays in a stage, e.g. ``3d`` or ``2w``."""

    value: float
    unit: DurationUnit = DurationUnit.DAYS

    _PATTERN = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(min|mo|h|d|w)\s*$")

    def __post_init__(self) -> None:
        _coerce(self, "unit", DurationUnit)

    @property
    def days(self) -> float:
        return self.value * DAYS_PER_UNIT[self.unit]

    def __str__(self) -> str:
        number = int(self.value) if float(self.value).is_integer() else self.value
        return f"{number}{self.unit.value}"

    @classmethod
    def parse(cls, text: str) -> Duration:
        """Read the compact form used in files; raises ValueError with the accepted forms."""
        match = cls._PATTERN.match(str(text))
        if not match:
            raise ValueError(Message("model.bad-duration", text=text))
        value = float(match.group(1).replace(",", "."))
        if value > MAX_DURATION:
            raise ValueError(Message("model.long-duration", text=text, limit=MAX_DURATION))
        return cls(value, DurationUnit(match.group(2)))


@record
class Evidence(Record):
    """Source 002 asks to tell research from assumption; cards and notes carry this."""

    status: EvidenceStatus = EvidenceStatus.ASSUMED
    source: EvidenceSource | None = None
    note: str = ""

    def __post_init__(self) -> None:
        _coerce(self, "status", EvidenceStatus)
        if self.source is not None:
            _coerce(self, "source", EvidenceSource)


@record
class Picture(Record):
    """A picture kept inside the file (base64), so a map travels as one file."""

    mime: str
    data: str
    caption: str = ""


@record
class Comment(Record):
    """A note a participant left on a touchpoint or stage."""

    author: str
    date: str
    text: str


@record
class Insight(Record):
    """A pain point or an opportunity: text that can be voted on and backed by evidence.

    ``impact`` and ``effort`` (1-5) place it in the prioritisation matrix. An opportunity
    may name a transition or a stage (its exit) in ``link`` with the ``change`` it is
    expected to make to that probability (+0.1 = ten points more), so the funnel can tell
    what it is worth. ``id`` is optional and lets action-plan items refer to it.
    """

    text: str
    votes: int = 0
    evidence: Evidence | None = None
    id: str = ""
    impact: int | None = None
    effort: int | None = None
    link: str | None = None
    change: float | None = None


@record
class Kpi(Record):
    """A measure with its target, e.g. conversion to first purchase, target 5%."""

    name: str
    target: str = ""
    value: str = ""


@record
class Swot(Record):
    """A stage's strengths, weaknesses, opportunities and threats, noted in review."""

    strengths: tuple[str, ...] = ()
    weaknesses: tuple[str, ...] = ()
    opportunities: tuple[str, ...] = ()
    threats: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return not (self.strengths or self.weaknesses or self.opportunities or self.threats)


@record
class Action(Record):
    """Who does what at a touchpoint, with which tools and instructions (source 001)."""

    text: str
    actor: str = ""
    owner: str = ""
    tools: tuple[str, ...] = ()
    instructions: str = ""
    channel: str | None = None
    extra: Extra = field(default_factory=dict)


@record
class Persona(Record):
    """A customer type whose journey and emotions the map follows."""

    id: str
    name: str
    description: str = ""
    goals: tuple[str, ...] = ()
    segment: Segment = Segment.NEW
    color: str | None = None
    photo: Picture | None = None
    extra: Extra = field(default_factory=dict)

    def __post_init__(self) -> None:
        _coerce(self, "segment", Segment)


@record
class Scenario(Record):
    """A variant of the journey, e.g. with or without a sales department (source 001)."""

    id: str
    name: str
    description: str = ""
    extra: Extra = field(default_factory=dict)


@record
class Channel(Record):
    """A swimlane: where customer and company meet (site, shop, phone...)."""

    id: str
    name: str
    kind: ChannelKind = ChannelKind.DIGITAL
    color: str | None = None
    icon: str | None = None
    description: str = ""
    extra: Extra = field(default_factory=dict)

    @property
    def backstage(self) -> bool:
        return self.kind is ChannelKind.BACKSTAGE

    def __post_init__(self) -> None:
        _coerce(self, "kind", ChannelKind)


@record
class RowDefinition(Record):
    """A custom text row shown under the grid, e.g. "Thoughts"; stages fill it in ``notes``."""

    id: str
    name: str
    extra: Extra = field(default_factory=dict)


@record
class Stage(Record):
    """A column of the map: one step of the customer's journey."""

    id: str
    name: str
    description: str = ""
    goal: str = ""
    questions: tuple[str, ...] = ()
    duration: Duration | None = None
    kpis: tuple[Kpi, ...] = ()
    emotions: dict[str, int] = field(default_factory=dict)
    swot: Swot = field(default_factory=Swot)
    notes: dict[str, str] = field(default_factory=dict)
    final: bool = False
    color: str | None = None
    width: float | None = None
    comments: tuple[Comment, ...] = ()
    pictures: tuple[Picture, ...] = ()
    extra: Extra = field(default_factory=dict)


@record
class Touchpoint(Record):
    """A card in one cell (stage x channel); personas/scenarios empty means all of them."""

    id: str
    stage: str
    channel: str
    title: str
    description: str = ""
    actions: tuple[Action, ...] = ()
    emotion: int | None = None
    pains: tuple[Insight, ...] = ()
    opportunities: tuple[Insight, ...] = ()
    personas: tuple[str, ...] = ()
    scenarios: tuple[str, ...] = ()
    votes: int = 0
    tags: tuple[str, ...] = ()
    comments: tuple[Comment, ...] = ()
    metrics: tuple[Kpi, ...] = ()
    evidence: Evidence | None = None
    pictures: tuple[Picture, ...] = ()
    extra: Extra = field(default_factory=dict)

    def applies_to_persona(self, persona_id: str | None) -> bool:
        return persona_id is None or not self.personas or persona_id in self.personas

    def applies_to_scenario(self, scenario_id: str | None) -> bool:
        return scenario_id is None or not self.scenarios or scenario_id in self.scenarios


@record
class Transition(Record):
    """A move between stages; ``target`` is None only for an exit out of the journey."""

    id: str
    source: str
    target: str | None
    kind: TransitionKind = TransitionKind.FORWARD
    probability: float | None = None
    label: str = ""
    scenarios: tuple[str, ...] = ()
    extra: Extra = field(default_factory=dict)

    def applies_to_scenario(self, scenario_id: str | None) -> bool:
        return scenario_id is None or not self.scenarios or scenario_id in self.scenarios

    def __post_init__(self) -> None:
        _coerce(self, "kind", TransitionKind)


@record
class Flow(Record):
    """A step of an "action tree" (source 002): from one touchpoint to the next."""

    id: str
    source: str
    target: str
    label: str = ""
    extra: Extra = field(default_factory=dict)


@record
class Revision(Record):
    """One line of the map's change log; source 002 advises a review every 3-5 months."""

    date: str
    author: str = ""
    summary: str = ""


class ActionStatus(StrEnum):
    """Where an action of the plan stands; reviews every 3-5 months read this (source 002)."""

    TODO = "todo"
    DOING = "doing"
    DONE = "done"
    DROPPED = "dropped"

    def __str__(self) -> str:
        return self.value

    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(member.value for member in cls)


@record
class PlanAction(Record):
    """One line of the workshop's action plan: what, who, by when, and what it serves.

    ``serves`` is the id of an opportunity (``Insight.id``) or of a card.
    """

    id: str
    text: str
    owner: str = ""
    due: str = ""
    status: ActionStatus = ActionStatus.TODO
    serves: str | None = None
    extra: Extra = field(default_factory=dict)

    def __post_init__(self) -> None:
        _coerce(self, "status", ActionStatus)


@record
class Measurement(Record):
    """What analytics or a CRM counted at a stage in one period, for plan versus reality."""

    stage: str
    period: str
    visitors: float
    conversions: float | None = None


Entity = Persona | Scenario | Channel | Stage | Touchpoint | Transition | Flow | RowDefinition
