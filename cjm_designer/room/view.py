"""What participants see of the map: stage and lane names, and the cards to vote on.

Only names and titles leave the laptop; descriptions, actions, owners, KPIs and
pictures stay on it. The view is a plain dict, replaced whole when the map changes, so
the server thread reads it without locking against the editor.
"""

from __future__ import annotations

import hashlib

from cjm_designer.model import JourneyMap

LANGUAGES = ("en", "ru", "fi")


def page_language(language: str | None) -> str:
    """The participants' page speaks the map's language when it has it, else English."""
    code = (language or "en").split("-")[0].split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def insight_key(card: str, part: str, text: str) -> str:
    """A dot target for one pain or opportunity of a card: stable when the list is reordered.

    Keyed by the text (hashed, so the key stays short), not by position, so a dot keeps
    to its pain when others are added or moved; an edited text is a new target.
    """
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return f"{card}/{part}/{digest}"


def _insights(card, part: str) -> list[dict]:
    seen: set[str] = set()
    found = []
    for insight in getattr(card, part):
        key = insight_key(card.id, part, insight.text)
        if key not in seen:
            seen.add(key)
            found.append({"key": key, "text": insight.text})
    return found


def map_view(journey: JourneyMap) -> dict:
    return {
        "title": journey.title,
        "language": page_language(journey.language),
        "stages": [{"id": s.id, "name": s.name, "goal": s.goal} for s in journey.stages],
        "lanes": [{"id": c.id, "name": c.name} for c in journey.channels],
        "cards": [
            {
                "id": t.id,
                "stage": t.stage,
                "lane": t.channel,
                "title": t.title,
                "pains": _insights(t, "pains"),
                "opportunities": _insights(t, "opportunities"),
            }
            for t in journey.touchpoints
        ],
    }
