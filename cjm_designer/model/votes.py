"""Dot-voting: edits that give, take and reset votes, and the "top voted" ranking.

In a workshop every participant gets a few dots and sticks them on the cards, pains
and opportunities that matter most; source 002 prioritises the SWOT findings the same
way. Votes live on the entities (``Touchpoint.votes``, ``Insight.votes``), so they are
saved in the file and printed in the handout.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .edits import CompositeEdit, Edit, ReplaceEntity
from .entities import Touchpoint
from .journey_map import JourneyMap, Kind
from .records import Record, record

CARD = "card"
PAIN = "pains"
OPPORTUNITY = "opportunities"


@record
class VoteTarget(Record):
    """What a vote goes to: a card itself, or one pain / opportunity of it by index."""

    card: str
    part: str = CARD
    index: int = 0


@record
class Ranked(Record):
    """One line of the "top voted" list."""

    target: VoteTarget
    votes: int
    text: str
    stage: str


def _with_votes(card: Touchpoint, target: VoteTarget, votes: int) -> Touchpoint:
    if target.part == CARD:
        return replace(card, votes=votes)
    insights = list(getattr(card, target.part))
    insights[target.index] = replace(insights[target.index], votes=votes)
    fields: dict[str, Any] = {target.part: tuple(insights)}
    return replace(card, **fields)


def vote(journey: JourneyMap, targets: list[VoteTarget], delta: int) -> CompositeEdit:
    """Add ``delta`` votes to each target (never below zero), as one edit."""
    cards: dict[str, Touchpoint] = {}
    for target in targets:
        card = cards.get(target.card) or journey.touchpoint(target.card)
        current = (
            card.votes if target.part == CARD else getattr(card, target.part)[target.index].votes
        )
        cards[target.card] = _with_votes(card, target, max(0, current + delta))
    edits: list[Edit] = [
        ReplaceEntity(Kind.TOUCHPOINT, card)
        for card_id, card in cards.items()
        if card != journey.touchpoint(card_id)
    ]
    return CompositeEdit(edits)


def reset_votes(journey: JourneyMap) -> CompositeEdit:
    """Every vote on the map back to zero, as one edit (a new round of voting)."""
    edits: list[Edit] = []
    for card in journey.touchpoints:
        cleared = replace(
            card,
            votes=0,
            pains=tuple(replace(i, votes=0) for i in card.pains),
            opportunities=tuple(replace(i, votes=0) for i in card.opportunities),
        )
        if cleared != card:
            edits.append(ReplaceEntity(Kind.TOUCHPOINT, cleared))
    return CompositeEdit(edits)


def ranking(journey: JourneyMap, include_zero: bool = False) -> list[Ranked]:
    """Cards, pains and opportunities by votes, most first; ties keep map order."""
    found: list[Ranked] = []
    for card in journey.touchpoints:
        if card.votes or include_zero:
            found.append(Ranked(VoteTarget(card.id), card.votes, card.title, card.stage))
        for part in (PAIN, OPPORTUNITY):
            for index, insight in enumerate(getattr(card, part)):
                if insight.votes or include_zero:
                    target = VoteTarget(card.id, part, index)
                    found.append(Ranked(target, insight.votes, insight.text, card.stage))
    found.sort(key=lambda r: -r.votes)
    return found


def total_votes(journey: JourneyMap) -> int:
    return sum(r.votes for r in ranking(journey))
