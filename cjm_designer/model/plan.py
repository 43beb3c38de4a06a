"""From votes to a plan: impact/effort of pains and opportunities, and the action plan.

Step 2 of source 002 prioritises the findings after the SWOT; step 6 writes the final
plan; step 7 reviews it every 3-5 months. Pains and opportunities live on the cards
(``Touchpoint.pains`` / ``.opportunities``); this module lists them as plan items and
builds the reversible edits the matrix and the plan table make.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from cjm_designer.messages import Message

from .edits import CompositeEdit, Edit, ReplaceEntity, SetMapField
from .entities import ActionStatus, Insight, PlanAction, Touchpoint
from .ids import new_id
from .journey_map import JourneyMap, Kind

PAIN = "pains"
OPPORTUNITY = "opportunities"
PARTS = (PAIN, OPPORTUNITY)

SCORE_LOW, SCORE_HIGH = 1, 5
MIDPOINT = 3
"""Scores above the midpoint are "high" in the matrix: 4 and 5 high, 1-3 low."""

QUICK_WIN = "quick-win"
BIG_BET = "big-bet"
FILL_IN = "fill-in"
MONEY_PIT = "money-pit"
QUADRANTS = (QUICK_WIN, BIG_BET, FILL_IN, MONEY_PIT)


@dataclass(slots=True, unsafe_hash=True)
class ItemRef:
    """One pain or opportunity of a card, by position (insights have no required id).

    Not frozen (hashable all the same, and never changed): a 5,000-card map lists them on
    every analysis, and a frozen dataclass is several times slower to build."""

    card: str
    part: str
    index: int


class PlanItem(NamedTuple):
    """A named tuple, for the same reason."""

    ref: ItemRef
    insight: Insight
    card: Touchpoint

    @property
    def key(self) -> str:
        """The id used in reports: the insight's own id, else ``card.part.index``."""
        return self.insight.id or f"{self.ref.card}.{self.ref.part}.{self.ref.index}"

    @property
    def scored(self) -> bool:
        return self.insight.impact is not None and self.insight.effort is not None


def plan_items(journey: JourneyMap, parts: tuple[str, ...] = PARTS) -> list[PlanItem]:
    """Every pain and opportunity of the map, in card order."""
    items = []
    for card in journey.touchpoints:
        for part in parts:
            for index, insight in enumerate(getattr(card, part)):
                items.append(PlanItem(ItemRef(card.id, part, index), insight, card))
    return items


def insight_at(journey: JourneyMap, ref: ItemRef) -> Insight:
    return getattr(journey.touchpoint(ref.card), ref.part)[ref.index]


def find_item(journey: JourneyMap, key: str) -> PlanItem | None:
    """The pain or opportunity an action ``serves``, by id or ``card.part.index`` key."""
    for item in plan_items(journey):
        if item.key == key or item.insight.id == key:
            return item
    return None


def quadrant(impact: int, effort: int) -> str:
    """Quick win (high impact, low effort), big bet, fill-in, or money pit."""
    high_impact, high_effort = impact > MIDPOINT, effort > MIDPOINT
    if high_impact:
        return BIG_BET if high_effort else QUICK_WIN
    return MONEY_PIT if high_effort else FILL_IN


def change_insight(journey: JourneyMap, ref: ItemRef, **changes) -> ReplaceEntity:
    """An edit replacing one pain/opportunity's fields (impact, effort, link, change, id)."""
    card = journey.touchpoint(ref.card)
    insights = list(getattr(card, ref.part))
    insights[ref.index] = replace(insights[ref.index], **changes)
    fields: dict[str, Any] = {ref.part: tuple(insights)}
    return ReplaceEntity(Kind.TOUCHPOINT, replace(card, **fields))


def set_scores(journey: JourneyMap, ref: ItemRef, impact: int | None, effort: int | None) -> Edit:
    """Place an item in the matrix (or take it out with ``None``)."""
    for value in (impact, effort):
        if value is not None and not SCORE_LOW <= value <= SCORE_HIGH:
            raise ValueError(Message("model.score-range", value=value))
    return change_insight(journey, ref, impact=impact, effort=effort)


def set_link(journey: JourneyMap, ref: ItemRef, link: str | None, change: float | None) -> Edit:
    """Say which transition (or stage exit) an opportunity moves, and by how much."""
    if link is not None and journey.kind_of(link) not in (Kind.TRANSITION, Kind.STAGE):
        raise ValueError(Message("model.bad-link", link=link))
    if change is not None and not -1.0 <= change <= 1.0:
        raise ValueError(Message("model.change-range", change=change))
    return change_insight(journey, ref, link=link, change=change if link else None)


def taken_ids(journey: JourneyMap) -> set[str]:
    """Entity, insight and plan ids: the namespace new insight and action ids avoid."""
    taken = journey.ids()
    taken.update(item.insight.id for item in plan_items(journey) if item.insight.id)
    taken.update(action.id for action in journey.plan)
    return taken


def ensure_item_id(journey: JourneyMap, ref: ItemRef) -> tuple[str, Edit | None]:
    """The insight's id, giving it one (from its text) when it has none yet."""
    insight = insight_at(journey, ref)
    if insight.id:
        return insight.id, None
    item_id = new_id(insight.text, taken_ids(journey), fallback="opportunity")
    return item_id, change_insight(journey, ref, id=item_id)


def new_action(journey: JourneyMap, text: str, **fields) -> PlanAction:
    return PlanAction(new_id(text, taken_ids(journey), fallback="action"), text, **fields)


def add_action(journey: JourneyMap, action: PlanAction, index: int | None = None) -> Edit:
    plan = list(journey.plan)
    plan.insert(len(plan) if index is None else index, action)
    return SetMapField("plan", tuple(plan))


def add_action_for(journey: JourneyMap, ref: ItemRef, text: str, **fields) -> CompositeEdit:
    """A new action serving an opportunity, giving the opportunity an id if needed."""
    item_id, id_edit = ensure_item_id(journey, ref)
    edits: list[Edit] = [id_edit] if id_edit else []
    taken = taken_ids(journey) | {item_id}
    action = PlanAction(new_id(text, taken, fallback="action"), text, serves=item_id, **fields)
    edits.append(add_action(journey, action))
    return CompositeEdit(edits)


def update_action(journey: JourneyMap, action_id: str, **changes) -> SetMapField:
    if "status" in changes:
        changes["status"] = ActionStatus(changes["status"])
    plan = tuple(replace(a, **changes) if a.id == action_id else a for a in journey.plan)
    if plan == journey.plan and all(a.id != action_id for a in plan):
        raise ValueError(Message("model.no-action", id=action_id))
    return SetMapField("plan", plan)


def remove_action(journey: JourneyMap, action_id: str) -> SetMapField:
    if all(a.id != action_id for a in journey.plan):
        raise ValueError(Message("model.no-action", id=action_id))
    return SetMapField("plan", tuple(a for a in journey.plan if a.id != action_id))


def impact_from_votes(journey: JourneyMap) -> CompositeEdit:
    """Votes feed impact: unscored voted items get 1-5 in proportion to the most votes."""
    items = [i for i in plan_items(journey) if i.insight.votes and i.insight.impact is None]
    top = max((i.insight.votes for i in plan_items(journey)), default=0)
    edits: list[Edit] = []
    pending: dict[str, Touchpoint] = {}
    for item in items:
        impact = max(SCORE_LOW, round(SCORE_HIGH * item.insight.votes / top))
        card = pending.get(item.ref.card) or journey.touchpoint(item.ref.card)
        insights = list(getattr(card, item.ref.part))
        insights[item.ref.index] = replace(insights[item.ref.index], impact=impact)
        fields: dict[str, Any] = {item.ref.part: tuple(insights)}
        pending[item.ref.card] = replace(card, **fields)
    edits.extend(ReplaceEntity(Kind.TOUCHPOINT, card) for card in pending.values())
    return CompositeEdit(edits)


def status_counts(journey: JourneyMap) -> dict[ActionStatus, int]:
    """How many actions stand where: shown at review time next to the snapshots."""
    counts = {status: 0 for status in ActionStatus}
    for action in journey.plan:
        counts[action.status] += 1
    return counts
