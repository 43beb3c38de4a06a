"""Views of a map narrowed to what matters for one question, as new maps.

Source 002 asks to tell research from assumption; a consultant presenting to the
client shows "only what we know" first. Filters return a copy, never touch the map.
"""

from __future__ import annotations

from dataclasses import replace

from .entities import Evidence, Insight
from .enums import EvidenceStatus
from .journey_map import MAP_FIELDS, JourneyMap, Kind


def is_researched(evidence: Evidence | None) -> bool:
    return evidence is not None and evidence.status is EvidenceStatus.RESEARCHED


def researched_only(journey: JourneyMap) -> JourneyMap:
    """Cards backed by research, keeping only their researched pains and opportunities.

    Stages, channels and the rest stay, so the grid looks the same; flows that lead to a
    dropped card go with it, so the result is a valid map.
    """
    kept = []
    for card in journey.touchpoints:
        if not is_researched(card.evidence):
            continue
        pains = _researched(card.pains)
        opportunities = _researched(card.opportunities)
        if (pains, opportunities) != (card.pains, card.opportunities):
            card = replace(card, pains=pains, opportunities=opportunities)
        kept.append(card)
    fresh = JourneyMap(**{name: getattr(journey, name) for name in MAP_FIELDS})
    fresh.extra = dict(journey.extra)
    for kind in Kind:
        if kind is Kind.TOUCHPOINT:
            fresh.extend(kind, kept)
        elif kind is Kind.FLOW:
            ids = {card.id for card in kept}
            fresh.extend(kind, [f for f in journey.flows if f.source in ids and f.target in ids])
        else:
            fresh.extend(kind, journey.items(kind))
    return fresh


def _researched(insights: tuple[Insight, ...]) -> tuple[Insight, ...]:
    return tuple(insight for insight in insights if is_researched(insight.evidence))
