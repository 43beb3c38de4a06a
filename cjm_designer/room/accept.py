"""Map edits that turn the room's input into real entries of the map.

Each builder returns one reversible model edit; the editor pushes it as one undo step.
Where a note lands follows the map's own rows under the grid:

- a question joins the stage's questions (the "Questions" row);
- a thought joins the stage's "Thoughts" row (made when the map has none);
- a pain or an idea becomes a pain or an opportunity of a card in that stage: the card
  the consultant picks, else the first card of the note's lane, else of the stage; a
  stage without cards gets a new card in the note's lane (or the first lane).

Participant text is stored as it is, as text: the canvas, the YAML writer and the PDF
all draw it as text, never as markup.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from cjm_designer.messages import Message
from cjm_designer.model import Insight, JourneyMap, Kind, Persona, RowDefinition, Touchpoint
from cjm_designer.model.edits import CompositeEdit, Edit, InsertEntity, ReplaceEntity
from cjm_designer.model.ids import new_id, unique_id
from cjm_designer.model.votes import VoteTarget

from .state import Note
from .view import insight_key

THOUGHTS_ROW = "thoughts"
THOUGHTS_NAMES = {"en": "Thoughts", "ru": "Мысли", "fi": "Ajatukset"}
ROOM_COLOR = "#8e44ad"
TITLE_LENGTH = 60


class AcceptError(ValueError):
    """The note cannot land on the map as it is now (its stage was deleted, no lanes)."""


def candidate_cards(journey: JourneyMap, note: Note) -> list[Touchpoint]:
    """Cards a pain or an idea may join: the note's lane first, then the rest of the stage."""
    cards = journey.touchpoints_in(note.stage)
    return sorted(cards, key=lambda card: card.channel != note.lane)


def accept_edit(journey: JourneyMap, note: Note, card_id: str | None = None) -> tuple[Edit, str]:
    """The edit that makes ``note`` an entry of the map, and the id of what it joined."""
    if note.stage not in journey or journey.kind_of(note.stage) is not Kind.STAGE:
        raise AcceptError(Message("room.no-stage", stage=note.stage))
    stage = journey.stage(note.stage)
    if note.kind == "question":
        return ReplaceEntity(Kind.STAGE, replace(stage, questions=(*stage.questions, note.text))), (
            stage.id
        )
    if note.kind == "thought":
        edits: list[Edit] = []
        if journey.kind_of(THOUGHTS_ROW) is not Kind.ROW:
            if THOUGHTS_ROW in journey:
                raise AcceptError(Message("room.row-taken", id=THOUGHTS_ROW))
            name = THOUGHTS_NAMES.get(journey.language.split("-")[0], THOUGHTS_NAMES["en"])
            edits.append(InsertEntity(Kind.ROW, RowDefinition(THOUGHTS_ROW, name)))
        old = stage.notes.get(THOUGHTS_ROW, "")
        text = f"{old}\n{note.text}" if old.strip() else note.text
        edits.append(
            ReplaceEntity(Kind.STAGE, replace(stage, notes={**stage.notes, THOUGHTS_ROW: text}))
        )
        return CompositeEdit(edits), stage.id
    part = "pains" if note.kind == "pain" else "opportunities"
    insight = Insight(note.text)
    card: Touchpoint | None
    if card_id is not None:
        card = journey.touchpoint(card_id)
        if card.stage != stage.id:
            raise AcceptError(Message("room.card-elsewhere", card=card_id, stage=stage.id))
    else:
        cards = candidate_cards(journey, note)
        card = cards[0] if cards else None
    if card is not None:
        fields: dict[str, Any] = {part: (*getattr(card, part), insight)}
        changed = replace(card, **fields)
        return ReplaceEntity(Kind.TOUCHPOINT, changed), card.id
    lane = note.lane if note.lane and journey.kind_of(note.lane) is Kind.CHANNEL else None
    if lane is None:
        if not journey.channels:
            raise AcceptError(Message("room.no-lanes"))
        lane = journey.channels[0].id
    title = note.text.split("\n")[0]
    if len(title) > TITLE_LENGTH:
        title = title[: TITLE_LENGTH - 1].rstrip() + "…"
    card_id = new_id(title, journey.ids(), fallback="card")
    insights: dict[str, Any] = {part: (insight,)}
    new_card = Touchpoint(card_id, stage.id, lane, title, **insights)
    return InsertEntity(Kind.TOUCHPOINT, new_card), card_id


def vote_target(journey: JourneyMap, key: str) -> VoteTarget | None:
    """The map's dot target for a room key (a card id, or a card's pain or opportunity)."""
    card_id, _, rest = key.partition("/")
    if journey.kind_of(card_id) is not Kind.TOUCHPOINT:
        return None
    if not rest:
        return VoteTarget(card_id)
    part = rest.partition("/")[0]
    if part not in ("pains", "opportunities"):
        return None
    card = journey.touchpoint(card_id)
    for index, insight in enumerate(getattr(card, part)):
        if insight_key(card_id, part, insight.text) == key:
            return VoteTarget(card_id, part, index)
    return None


def room_votes_edit(journey: JourneyMap, delta: dict[str, int]) -> tuple[CompositeEdit, dict]:
    """Add the room's new dots to the map's dot-votes; returns the edit and what it took.

    Dots whose card, pain or opportunity is gone (or was reworded) are left out.
    """
    per_card: dict[str, list[tuple[VoteTarget, int]]] = {}
    taken: dict[str, int] = {}
    for key, count in delta.items():
        target = vote_target(journey, key) if count else None
        if target is not None:
            per_card.setdefault(target.card, []).append((target, count))
            taken[key] = count
    edits: list[Edit] = []
    for card_id, targets in per_card.items():
        card = journey.touchpoint(card_id)
        for target, count in targets:
            card = _with_votes(card, target, max(0, _votes_on(card, target) + count))
        edits.append(ReplaceEntity(Kind.TOUCHPOINT, card))
    return CompositeEdit(edits), taken


def _votes_on(card: Touchpoint, target: VoteTarget) -> int:
    if target.part == "card":
        return card.votes
    return getattr(card, target.part)[target.index].votes


def _with_votes(card: Touchpoint, target: VoteTarget, votes: int) -> Touchpoint:
    if target.part == "card":
        return replace(card, votes=votes)
    insights = list(getattr(card, target.part))
    insights[target.index] = replace(insights[target.index], votes=votes)
    fields: dict[str, Any] = {target.part: tuple(insights)}
    return replace(card, **fields)


def keep_curve_edit(
    journey: JourneyMap, curve: dict[str, tuple[float, int]], name: str
) -> tuple[CompositeEdit, str]:
    """The room's curve as a persona-like series: a persona with the rounded means."""
    persona_id = unique_id("room", journey.ids())
    edits: list[Edit] = [
        InsertEntity(Kind.PERSONA, Persona(persona_id, name, color=ROOM_COLOR)),
    ]
    for stage in journey.stages:
        if stage.id in curve:
            score = max(1, min(5, round(curve[stage.id][0])))
            emotions = {**stage.emotions, persona_id: score}
            edits.append(ReplaceEntity(Kind.STAGE, replace(stage, emotions=emotions)))
    return CompositeEdit(edits), persona_id
