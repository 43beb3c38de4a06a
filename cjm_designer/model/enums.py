"""Closed vocabularies of the domain, stored in files as their lowercase values."""

from __future__ import annotations

from enum import StrEnum


class _ValueEnum(StrEnum):
    """A str enum whose members compare and serialize as their value."""

    def __str__(self) -> str:
        return self.value

    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(member.value for member in cls)


class Segment(_ValueEnum):
    """Customer categories of source 002: each segment has its own path and messages."""

    NEW = "new"
    RETURNING = "returning"
    LAPSED = "lapsed"
    LOST = "lost"
    OTHER = "other"


class ChannelKind(_ValueEnum):
    """Backstage lanes sit below the line of visibility, as in a service blueprint."""

    DIGITAL = "digital"
    OFFLINE = "offline"
    HUMAN = "human"
    BACKSTAGE = "backstage"


class TransitionKind(_ValueEnum):
    """How the customer moves between stages; referral brings *new* customers in."""

    FORWARD = "forward"
    BACK = "back"
    SKIP = "skip"
    REFERRAL = "referral"
    EXIT = "exit"


class EvidenceStatus(_ValueEnum):
    """Whether a card is backed by research or is the team's assumption."""

    RESEARCHED = "researched"
    ASSUMED = "assumed"


class EvidenceSource(_ValueEnum):
    INTERVIEW = "interview"
    ANALYTICS = "analytics"
    SURVEY = "survey"
    OBSERVATION = "observation"
    OTHER = "other"


class DurationUnit(_ValueEnum):
    MINUTES = "min"
    HOURS = "h"
    DAYS = "d"
    WEEKS = "w"
    MONTHS = "mo"


DAYS_PER_UNIT: dict[DurationUnit, float] = {
    DurationUnit.MINUTES: 1 / 1440,
    DurationUnit.HOURS: 1 / 24,
    DurationUnit.DAYS: 1.0,
    DurationUnit.WEEKS: 7.0,
    DurationUnit.MONTHS: 30.0,
}
