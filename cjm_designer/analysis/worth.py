"""What an opportunity is worth: the exact funnel with and without its expected change.

An opportunity linked to a transition says "this probability moves by ``change``"; one
linked to a stage says "the chance of leaving the journey at this stage moves by
``change``" (negative: fewer leave). The probabilities around it are adjusted so the
stage's outgoing total stays a probability (rules below), the funnel is solved again,
and the worth is the difference: conversion, mean days to convert, and customers per
month when the map states its entry traffic.

Making room, for a transition raised by d: the share that leaves without a transition
goes first, then explicit exits, then the stage's other moves, each in proportion; if
there is not room for all of d, the effective change is what fitted. An exit raised
by d takes it from the stage's moves. A transition
lowered by d: those customers leave. An exit lowered (or a stage's leaving lowered):
the customers kept move on along the stage's moves in proportion to their odds. A
referral transition is a count, not a share: it changes alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from cjm_designer.messages import Message
from cjm_designer.model import JourneyMap, Kind, Transition, TransitionKind
from cjm_designer.model.plan import OPPORTUNITY, PARTS, PlanItem, plan_items
from cjm_designer.model.records import Record, record

from .funnel import FunnelResult, compute_funnel

OK = "ok"
UNLINKED = "unlinked"
"""No link or no change: its worth is a matter of judgement (impact) only."""
UNAVAILABLE = "funnel-unavailable"
"""The funnel itself cannot be computed (missing probabilities...): nothing to compare."""

EPSILON = 1e-12


@record
class Worth(Record):
    status: str
    link: str | None = None
    change: float | None = None
    applied: float | None = None
    """The change that fitted (can be smaller than ``change``, see the module rules)."""
    conversion_before: float | None = None
    conversion_after: float | None = None
    days_before: float | None = None
    days_after: float | None = None
    customers_before: float | None = None
    customers_after: float | None = None

    @property
    def conversion_delta(self) -> float | None:
        if self.conversion_before is None or self.conversion_after is None:
            return None
        return self.conversion_after - self.conversion_before

    @property
    def days_delta(self) -> float | None:
        if self.days_before is None or self.days_after is None:
            return None
        return self.days_after - self.days_before

    @property
    def customers_delta(self) -> float | None:
        if self.customers_before is None or self.customers_after is None:
            return None
        return self.customers_after - self.customers_before


class ValuedItem(NamedTuple):
    item: PlanItem
    worth: Worth


NOT_LINKED = Worth(UNLINKED)


def _outgoing(journey: JourneyMap, stage: str, scenario: str | None) -> list[Transition]:
    return [
        t
        for t in journey.transitions
        if t.source == stage
        and t.kind is not TransitionKind.REFERRAL
        and t.applies_to_scenario(scenario)
        and (t.target is not None or t.kind is TransitionKind.EXIT)
    ]


def _scale(probabilities: dict[str, float], ids: list[str], amount: float) -> float:
    """Add ``amount`` (may be negative) over ``ids`` in proportion; returns what was moved."""
    total = sum(probabilities[i] for i in ids)
    if not ids:
        return 0.0
    if amount < 0:
        amount = max(amount, -total)
        if total <= EPSILON:
            return 0.0
        for i in ids:
            probabilities[i] += amount * probabilities[i] / total
        return amount
    for i in ids:
        share = probabilities[i] / total if total > EPSILON else 1.0 / len(ids)
        probabilities[i] += amount * share
    return amount


def changed_map(
    journey: JourneyMap, link: str, change: float, scenario: str | None = None
) -> tuple[JourneyMap, float]:
    """A copy of the map with the change applied, and the change that fitted."""
    twin = journey.copy()
    kind = journey.kind_of(link)
    if kind is Kind.TRANSITION:
        link_t: Transition = journey.find(Kind.TRANSITION, link)  # type: ignore[assignment]
        if link_t.probability is None:
            return twin, 0.0
        if link_t.kind is TransitionKind.REFERRAL:
            new = max(0.0, link_t.probability + change)
            twin.replace(Kind.TRANSITION, replace(link_t, probability=new))
            return twin, new - link_t.probability
        stage = link_t.source
    elif kind is Kind.STAGE:
        stage = link
    else:
        raise ValueError(Message("model.bad-link", link=link))
    out = _outgoing(journey, stage, scenario)
    if any(t.probability is None for t in out):
        return twin, 0.0
    p = {t.id: float(t.probability or 0.0) for t in out}
    leave = max(0.0, 1.0 - sum(p.values()))
    exits = [t.id for t in out if t.target is None]
    moves = [t.id for t in out if t.target is not None]
    if kind is Kind.TRANSITION:
        others = [i for i in moves if i != link]
        is_exit = link in exits
        if change >= 0 and is_exit:
            applied = -_scale(p, moves, -min(change, 1.0 - p[link]))
            p[link] += applied
        elif change >= 0:
            need = min(change, 1.0 - p[link])
            taken = min(need, leave)
            taken -= _scale(p, [i for i in exits if i != link], -(need - taken))
            taken -= _scale(p, others, -(need - taken))
            applied = taken
            p[link] += applied
        else:
            applied = -min(-change, p[link])
            p[link] += applied
            if is_exit:
                _scale(p, moves, -applied)
    else:
        leaving = leave + sum(p[i] for i in exits)
        if change < 0:
            kept = min(-change, leaving) if moves else 0.0
            from_leave = min(kept, leave)
            _scale(p, exits, -(kept - from_leave))
            _scale(p, moves, kept)
            applied = -kept
        else:
            applied = -_scale(p, moves, -change)
    for t in out:
        if abs(p[t.id] - (t.probability or 0.0)) > EPSILON:
            twin.replace(Kind.TRANSITION, replace(t, probability=min(1.0, max(0.0, p[t.id]))))
    return twin, applied


def _customers(funnel: FunnelResult, traffic: float | None) -> float | None:
    """Converted customers per month, counting referred ones when referrals are known."""
    if traffic is None or funnel.conversion is None:
        return None
    conversion = funnel.conversion
    if funnel.referral.status == OK and funnel.referral.conversion is not None:
        conversion = funnel.referral.conversion
    return traffic * conversion


def opportunity_worth(
    journey: JourneyMap,
    link: str | None,
    change: float | None,
    scenario: str | None = None,
    base: FunnelResult | None = None,
) -> Worth:
    """The worth of moving ``link`` by ``change`` in ``scenario``."""
    if link is None and change is None:
        return NOT_LINKED  # most items: one shared value, nothing to build
    if not link or not change or journey.kind_of(link) not in (Kind.TRANSITION, Kind.STAGE):
        return Worth(UNLINKED, link, change)
    base = base or compute_funnel(journey, scenario)
    if not base.ok:
        return Worth(UNAVAILABLE, link, change)
    twin, applied = changed_map(journey, link, change, scenario)
    after = compute_funnel(twin, scenario)
    if not after.ok:
        return Worth(UNAVAILABLE, link, change, applied)
    return Worth(
        OK,
        link,
        change,
        applied,
        conversion_before=base.conversion,
        conversion_after=after.conversion,
        days_before=base.expected_days,
        days_after=after.expected_days,
        customers_before=_customers(base, journey.traffic),
        customers_after=_customers(after, journey.traffic),
    )


def sort_key(valued: ValuedItem) -> tuple:
    """Most conversion first; unvalued items after, by impact (high), effort (low), votes."""
    delta = valued.worth.conversion_delta
    insight = valued.item.insight
    return (
        0 if delta is not None else 1,
        -(delta or 0.0),
        -(insight.impact or 0),
        insight.effort or 6,
        -insight.votes,
    )


def valued_items(
    journey: JourneyMap,
    scenario: str | None = None,
    parts: tuple[str, ...] = (OPPORTUNITY,),
    base: FunnelResult | None = None,
) -> list[ValuedItem]:
    """Opportunities (by default) with their worth, most valuable first."""
    base = base or compute_funnel(journey, scenario)
    valued = [
        ValuedItem(item, opportunity_worth(journey, item.insight.link, item.insight.change,
                                           scenario, base))
        for item in plan_items(journey, parts)
    ]  # fmt: skip
    valued.sort(key=sort_key)
    return valued


__all__ = ["PARTS", "ValuedItem", "Worth", "changed_map", "opportunity_worth", "valued_items"]
