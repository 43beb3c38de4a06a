"""Each persona's emotional lows and the pains the team voted hottest."""

from __future__ import annotations

from cjm_designer.model import JourneyMap
from cjm_designer.model.records import Record, record

LOW = 2
"""Scores at or below this (on 1-5) are lows; without any, the persona's lowest stages are."""
HOTSPOTS = 5


@record
class PainHotspot(Record):
    touchpoint: str
    stage: str
    channel: str
    text: str
    votes: int


@record
class PersonaEmotions(Record):
    persona: str
    name: str
    curve: dict[str, int]
    """Stage id to score (1-5), in stage order, only stages that have a score."""
    lows: tuple[str, ...]
    pains: tuple[PainHotspot, ...]

    @property
    def lowest(self) -> int | None:
        return min(self.curve.values()) if self.curve else None

    @property
    def average(self) -> float | None:
        return sum(self.curve.values()) / len(self.curve) if self.curve else None


def persona_emotions(
    journey: JourneyMap, scenario: str | None = None, hotspots: int = HOTSPOTS
) -> list[PersonaEmotions]:
    """Per persona, in map order: the curve, its lows, and the top-voted pains it meets."""
    result = []
    for persona in journey.personas:
        curve = {
            stage.id: stage.emotions[persona.id]
            for stage in journey.stages
            if persona.id in stage.emotions
        }
        lows = tuple(stage for stage, score in curve.items() if score <= LOW)
        if curve and not lows:
            lowest = min(curve.values())
            lows = tuple(stage for stage, score in curve.items() if score == lowest)
        pains = [
            PainHotspot(tp.id, tp.stage, tp.channel, pain.text, pain.votes)
            for tp in journey.touchpoints
            if tp.pains and tp.applies_to_persona(persona.id) and tp.applies_to_scenario(scenario)
            for pain in tp.pains
            if pain.votes > 0
        ]
        pains.sort(key=lambda hotspot: -hotspot.votes)
        result.append(
            PersonaEmotions(persona.id, persona.name, curve, lows, tuple(pains[:hotspots]))
        )
    return result
