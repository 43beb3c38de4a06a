"""Scenarios side by side: each one's own transitions and touchpoints (source 001)."""

from __future__ import annotations

from cjm_designer.model import JourneyMap
from cjm_designer.model.records import Record, record

from .funnel import FunnelResult, compute_funnel


@record
class ScenarioSummary(Record):
    id: str
    name: str
    touchpoints: int
    transitions: int
    funnel: FunnelResult


def compare_scenarios(journey: JourneyMap) -> list[ScenarioSummary]:
    """One summary per scenario of the map, in map order; [] for a map without scenarios."""
    summaries = []
    for scenario in journey.scenarios:
        summaries.append(
            ScenarioSummary(
                scenario.id,
                scenario.name,
                sum(tp.applies_to_scenario(scenario.id) for tp in journey.touchpoints),
                sum(t.applies_to_scenario(scenario.id) for t in journey.transitions),
                compute_funnel(journey, scenario.id),
            )
        )
    return summaries
