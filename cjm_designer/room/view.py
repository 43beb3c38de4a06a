"""What participants see of the map: stage and lane names, and the cards to vote on.

Only names and titles leave the laptop; descriptions, actions, owners, KPIs and
pictures stay on it. The view is a plain dict, replaced whole when the map changes, so
the server thread reads it without locking against the editor.
"""

from __future__ import annotations

from cjm_designer.model import JourneyMap

LANGUAGES = ("en", "ru", "fi")


def page_language(language: str | None) -> str:
    """The participants' page speaks the map's language when it has it, else English."""
    code = (language or "en").split("-")[0].split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def map_view(journey: JourneyMap) -> dict:
    return {
        "title": journey.title,
        "language": page_language(journey.language),
        "stages": [{"id": s.id, "name": s.name, "goal": s.goal} for s in journey.stages],
        "lanes": [{"id": c.id, "name": c.name} for c in journey.channels],
        "cards": [
            {"id": t.id, "stage": t.stage, "lane": t.channel, "title": t.title}
            for t in journey.touchpoints
        ],
    }
