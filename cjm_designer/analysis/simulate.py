"""Monte-Carlo simulation of customers walking the chain: a check on the exact maths.

Every customer of a batch moves at once (numpy), so 20,000 customers through a dozen
stages take milliseconds. The exact funnel is what the product reports; this exists
so tests (and sceptical analysts) can see the two agree.
"""

from __future__ import annotations

import numpy as np

from cjm_designer.model.records import Record, record

from .chain import Chain

MAX_STEPS = 10_000
MAX_GENERATIONS = 200


@record
class SimulationResult(Record):
    customers: int
    reach: dict[str, float]
    visits: dict[str, float]
    conversion: float
    mean_days: float | None
    """Mean days before the final stage, over the customers who reached one."""
    multiplier: float
    """All customers (first generation and every referred one) per first-generation one."""


@record
class _Batch(Record):
    reached: np.ndarray
    visits: np.ndarray
    converted: np.ndarray
    days: np.ndarray


def simulate(chain: Chain, customers: int = 20_000, seed: int = 0) -> SimulationResult:
    """Walk ``customers`` from the entry stage, then their referred customers, generation
    by generation (each customer reaching a referral source brings one new customer with
    the referral's probability)."""
    if not chain.computable or chain.entry is None:
        raise ValueError("the chain has missing or invalid probabilities")
    if any(referral.probability is None for referral in chain.referrals):
        raise ValueError("a referral transition has no probability")
    rng = np.random.default_rng(seed)
    matrix = chain.matrix()
    cumulative = np.cumsum(np.hstack([matrix, 1.0 - matrix.sum(axis=1, keepdims=True)]), axis=1)
    cumulative[:, -1] = 1.0
    first = _walk(chain, cumulative, chain.entry, customers, rng)
    total = customers
    waiting = _referred(chain, first, rng)
    for _ in range(MAX_GENERATIONS):
        if not waiting:
            break
        arriving, waiting = waiting, {}
        for stage, count in arriving.items():
            total += count
            batch = _walk(chain, cumulative, stage, count, rng)
            for target, more in _referred(chain, batch, rng).items():
                waiting[target] = waiting.get(target, 0) + more
    converted = first.converted
    return SimulationResult(
        customers=customers,
        reach=dict(zip(chain.stages, first.reached.mean(axis=0).tolist(), strict=True)),
        visits=dict(
            zip(chain.stages, (first.visits.sum(axis=0) / customers).tolist(), strict=True)
        ),
        conversion=float(converted.mean()),
        mean_days=float(first.days[converted].mean()) if converted.any() else None,
        multiplier=total / customers,
    )


def _walk(chain: Chain, cumulative: np.ndarray, start: int, count: int, rng) -> _Batch:
    n = chain.size
    state = np.full(count, start)
    alive = np.ones(count, dtype=bool)
    reached = np.zeros((count, n), dtype=bool)
    visits = np.zeros((count, n), dtype=np.int32)
    converted = np.zeros(count, dtype=bool)
    days = np.zeros(count)
    durations = np.nan_to_num(chain.durations)
    rows = np.arange(count)
    for _ in range(MAX_STEPS):
        who = rows[alive]
        if not len(who):
            break
        here = state[who]
        reached[who, here] = True
        visits[who, here] += 1
        done = chain.absorbing[here]
        converted[who[done]] = True
        moving, here = who[~done], here[~done]
        days[moving] += durations[here]
        step = (rng.random(len(moving))[:, None] < cumulative[here]).argmax(axis=1)
        leaving = step == n
        alive[who[done]] = False
        alive[moving[leaving]] = False
        state[moving[~leaving]] = step[~leaving]
    return _Batch(reached, visits, converted, days)


def _referred(chain: Chain, batch: _Batch, rng) -> dict[int, int]:
    arriving: dict[int, int] = {}
    for referral in chain.referrals:
        reached = int(batch.reached[:, referral.source].sum())
        count = int(rng.binomial(reached, referral.probability)) if reached else 0
        if count:
            arriving[referral.target] = arriving.get(referral.target, 0) + count
    return arriving
