"""The funnel: where one customer entering at the entry stage goes, computed exactly.

Rule for missing numbers: every transition that the customer can take (not referral)
in the scenario needs a probability. If one lacks it, or the map has no transitions
at all (the stages' order is then a path of unknown odds), nothing is computed: the
result says which transitions are missing and every number is None. A lone way on
is *not* taken as certain, because "nobody leaves here" is a claim the team must make.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

import numpy as np

from cjm_designer.model import JourneyMap
from cjm_designer.model.records import Record, record

from .chain import Chain, build_chain
from .solver import EndlessLoopError, Solution, solve

OK = "ok"
NO_STAGES = "no-stages"
MISSING = "missing-probabilities"
INVALID = "invalid-probabilities"
ENDLESS = "endless-loop"


@record
class ReferralResult(Record):
    """Customers per customer who entered, counting referrals of referrals."""

    status: str
    """``none`` (no referral transitions), ``ok``, ``missing-probabilities``,
    ``diverges`` or ``unavailable`` (the funnel itself could not be computed)."""
    multiplier: float | None = None
    spectral_radius: float | None = None
    entries: dict[str, float] | None = None
    conversion: float | None = None
    missing: tuple[str, ...] = ()

    @property
    def gained(self) -> float | None:
        return None if self.multiplier is None else self.multiplier - 1.0


@record
class FunnelResult(Record):
    status: str
    entry: str | None
    scenario: str | None
    conversion: float | None = None
    finals: dict[str, float] | None = None
    reach: dict[str, float] | None = None
    visits: dict[str, float] | None = None
    stage_conversion: dict[str, float] | None = None
    """Chance to convert counted from each stage (1.0 at a final stage); what a
    measured stage conversion (conversions / visitors) is compared with."""
    expected_days: float | None = None
    missing: tuple[str, ...] = ()
    missing_durations: tuple[str, ...] = ()
    invalid: tuple[str, ...] = ()
    trapped: tuple[str, ...] = ()
    implicit: bool = False
    referral: ReferralResult = field(default_factory=lambda: ReferralResult("unavailable"))

    @property
    def ok(self) -> bool:
        return self.status == OK


def compute_funnel(
    journey: JourneyMap, scenario: str | None = None, chain: Chain | None = None
) -> FunnelResult:
    """Reach, visits, conversion, time and the referral multiplier for one scenario."""
    chain = chain or build_chain(journey, scenario)
    entry = chain.stages[chain.entry] if chain.entry is not None else None
    base: dict[str, Any] = {"entry": entry, "scenario": scenario, "implicit": chain.implicit}
    if chain.entry is None:
        return FunnelResult(NO_STAGES, **base)
    if chain.out_of_range or chain.overfull:
        return FunnelResult(INVALID, invalid=chain.out_of_range + chain.overfull, **base)
    if chain.missing or chain.implicit:
        return FunnelResult(MISSING, missing=chain.missing, **base)
    starts = [chain.entry, *sorted({r.target for r in chain.referrals} - {chain.entry})]
    try:
        solution = solve(chain.matrix(), chain.absorbing, starts)
    except EndlessLoopError as loop:
        trapped = tuple(chain.stages[i] for i in loop.stages)
        return FunnelResult(ENDLESS, trapped=trapped, **base)
    stages = chain.stages
    reach, visits = solution.reach[0], solution.visits[0]
    finals = {stages[i]: float(reach[i]) for i in np.flatnonzero(chain.absorbing)}
    days, missing_days = _expected_days(chain, solution)
    return FunnelResult(
        OK,
        conversion=float(sum(finals.values())),
        finals=finals,
        reach={stage: float(value) for stage, value in zip(stages, reach, strict=True)},
        visits={stage: float(value) for stage, value in zip(stages, visits, strict=True)},
        stage_conversion={
            stage: float(value)
            for stage, value in zip(stages, solution.conversion, strict=True)
            if not np.isnan(value)
        },
        expected_days=days,
        missing_durations=missing_days,
        referral=_referrals(chain, solution),
        **base,
    )


def _expected_days(chain: Chain, solution: Solution) -> tuple[float | None, tuple[str, ...]]:
    """Mean days until a converting customer reaches a final stage (time spent before it).

    E[T; converted] = sum_j N[e, j] * days[j] * h[j], with h the chance to convert from
    j; dividing by the conversion gives the mean over converting customers.
    """
    transient = ~chain.absorbing
    conversion = np.nan_to_num(solution.conversion)
    weight = np.where(transient, solution.visits[0] * conversion, 0.0)
    used = weight > 0
    unknown = used & np.isnan(chain.durations)
    if unknown.any():
        return None, tuple(chain.stages[i] for i in np.flatnonzero(unknown))
    total = conversion[chain.entry]
    if total <= 0:
        return None, ()
    return float(np.sum(weight[used] * chain.durations[used]) / total), ()


def _referrals(chain: Chain, solution: Solution) -> ReferralResult:
    """Solve c = e + c K, where K[x, y] is referred customers entering at y per customer at x."""
    if not chain.referrals:
        return ReferralResult("none", multiplier=1.0, spectral_radius=0.0)
    missing = tuple(r.id for r in chain.referrals if r.probability is None)
    if missing:
        return ReferralResult("missing-probabilities", missing=missing)
    starts = solution.starts
    column = {stage: j for j, stage in enumerate(starts)}
    k = np.zeros((len(starts), len(starts)))
    for referral in chain.referrals:
        k[:, column[referral.target]] += solution.reach[:, referral.source] * referral.probability
    radius = float(max(abs(np.linalg.eigvals(k)))) if len(k) else 0.0
    if radius >= 1.0 - 1e-12:
        return ReferralResult("diverges", spectral_radius=radius)
    customers = np.linalg.solve((np.eye(len(starts)) - k).T, np.eye(len(starts))[0])
    entries = {chain.stages[s]: float(customers[j]) for s, j in column.items()}
    converted = float(sum(customers[j] * solution.conversion[s] for s, j in column.items()))
    return ReferralResult(
        OK,
        multiplier=float(customers.sum()),
        spectral_radius=radius,
        entries=entries,
        conversion=converted,
    )
