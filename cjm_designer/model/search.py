"""Find text anywhere in a map, and narrow cards by channel, tag or owner.

The consultant asks "where did we write about delivery?" in front of the room; the
answer must cover every text a map holds (titles, descriptions, actions, pains,
questions, notes, comments), in any language, ignoring case.
"""

from __future__ import annotations

from collections.abc import Iterator

from .entities import Channel, Persona, Scenario, Stage, Touchpoint, Transition
from .journey_map import JourneyMap, Kind
from .records import Record, record


@record
class Hit(Record):
    """One entity whose text contains the query; ``field`` names where, ``text`` shows it."""

    entity_id: str
    kind: Kind
    field: str
    text: str


def _texts(entity) -> Iterator[tuple[str, str]]:
    if isinstance(entity, Touchpoint):
        yield "title", entity.title
        yield "description", entity.description
        for action in entity.actions:
            yield "actions", action.text
            yield "actions", action.actor
            yield "actions", action.owner
            yield "actions", action.instructions
            for tool in action.tools:
                yield "actions", tool
        for insight in entity.pains:
            yield "pains", insight.text
        for insight in entity.opportunities:
            yield "opportunities", insight.text
        for tag in entity.tags:
            yield "tags", tag
    elif isinstance(entity, Stage):
        yield "name", entity.name
        yield "description", entity.description
        yield "goal", entity.goal
        for question in entity.questions:
            yield "questions", question
        for kpi in entity.kpis:
            yield "kpis", kpi.name
        for note in entity.notes.values():
            yield "notes", note
        swot = entity.swot
        for item in (*swot.strengths, *swot.weaknesses, *swot.opportunities, *swot.threats):
            yield "swot", item
    elif isinstance(entity, Channel | Persona | Scenario):
        yield "name", entity.name
        yield "description", entity.description
        if isinstance(entity, Persona):
            for goal in entity.goals:
                yield "goals", goal
    elif isinstance(entity, Transition):
        yield "label", entity.label
    for comment in getattr(entity, "comments", ()):
        yield "comments", comment.text
        yield "comments", comment.author
    for picture in getattr(entity, "pictures", ()):
        yield "pictures", picture.caption


def find(journey: JourneyMap, query: str) -> list[Hit]:
    """Entities containing ``query`` (case-insensitive), in map order, one hit each."""
    wanted = query.strip().casefold()
    if not wanted:
        return []
    hits: list[Hit] = []
    for kind in (Kind.STAGE, Kind.CHANNEL, Kind.TOUCHPOINT, Kind.PERSONA, Kind.SCENARIO):
        for entity in journey.items(kind):
            for field, text in _texts(entity):
                if text and wanted in text.casefold():
                    hits.append(Hit(entity.id, kind, field, text))
                    break
    for transition in journey.transitions:
        if transition.label and wanted in transition.label.casefold():
            hits.append(Hit(transition.id, Kind.TRANSITION, "label", transition.label))
    return hits


def owners(journey: JourneyMap) -> list[str]:
    """Every owner named in an action, sorted, for the owner filter."""
    return sorted({a.owner for tp in journey.touchpoints for a in tp.actions if a.owner})


def tags(journey: JourneyMap) -> list[str]:
    return sorted({tag for tp in journey.touchpoints for tag in tp.tags})


def card_matches(
    card: Touchpoint, channel: str | None = None, tag: str | None = None, owner: str | None = None
) -> bool:
    """True when the card passes every filter that is set (None means "any")."""
    if channel is not None and card.channel != channel:
        return False
    if tag is not None and tag not in card.tags:
        return False
    return owner is None or any(action.owner == owner for action in card.actions)
