"""Views of a map narrowed to what matters for one question, as new maps.

Source 002 asks to tell research from assumption; a consultant presenting to the
client shows "only what we know" first. Filters return a copy, never touch the map.
"""

from __future__ import annotations

from dataclasses import replace

from .entities import Evidence, Insight, Touchpoint
from .enums import EvidenceStatus
from .journey_map import JourneyMap, Kind


def is_researched(evidence: Evidence | None) -> bool:
    return evidence is not None and evidence.status is EvidenceStatus.RESEARCHED


def researched_only(journey: JourneyMap) -> JourneyMap:
    """Cards backed by research, keeping only their researched pains and opportunities.

    Stages, channels and the rest stay, so the grid looks the same; flows that lead to a
    dropped card go with it, so the result is a valid map.
    """
    twin = journey.subset(
        lambda kind, entity: not isinstance(entity, Touchpoint) or is_researched(entity.evidence)
    )
    for card in list(twin.touchpoints):
        pains = _researched(card.pains)
        opportunities = _researched(card.opportunities)
        if (pains, opportunities) != (card.pains, card.opportunities):
            twin.replace(Kind.TOUCHPOINT, replace(card, pains=pains, opportunities=opportunities))
    return twin


def _researched(insights: tuple[Insight, ...]) -> tuple[Insight, ...]:
    return tuple(insight for insight in insights if is_researched(insight.evidence))
