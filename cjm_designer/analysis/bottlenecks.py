"""Which single transition, improved by 10 points, raises conversion the most.

"Improved" means: 10 more percentage points of the customers at its source take it,
won from those who leave there (the exits and the unassigned rest). Where fewer than
10 points leave, the gain is what is left; where nobody leaves, the transition cannot
improve and is ranked with a gain of 0. The ranking recomputes the exact chain for each
candidate, so it is exact, not a derivative.
"""

from __future__ import annotations

import numpy as np

from cjm_designer.model.records import Record, record

from .chain import Chain
from .solver import EndlessLoopError, solve

STEP = 0.10


@record
class Bottleneck(Record):
    transition: str
    source: str
    target: str
    probability: float
    improved: float
    conversion: float
    gain: float


def rank_bottlenecks(chain: Chain, step: float = STEP) -> list[Bottleneck]:
    """Every move of the chain, best gain first (ties in map order); [] if not computable."""
    if not chain.computable or chain.entry is None:
        return []
    matrix = chain.matrix()
    starts = [chain.entry]
    try:
        base = _conversion(matrix, chain, starts)
    except EndlessLoopError:
        return []
    leaving = 1.0 - matrix.sum(axis=1)  # exits and the unassigned rest alike
    ranked = []
    for move in chain.moves:
        extra = float(min(step, leaving[move.source]))
        extra = extra if extra > 1e-12 else 0.0
        if extra <= 0:
            after = base
        else:
            changed = matrix.copy()
            changed[move.source, move.target] += extra
            try:
                after = _conversion(changed, chain, starts)
            except EndlessLoopError:
                continue
        ranked.append(
            Bottleneck(
                move.id,
                chain.stages[move.source],
                chain.stages[move.target],
                float(move.probability or 0.0),
                float((move.probability or 0.0) + extra),
                after,
                after - base,
            )
        )
    ranked.sort(key=lambda b: -b.gain)
    return ranked


def _conversion(matrix: np.ndarray, chain: Chain, starts: list[int]) -> float:
    solution = solve(matrix, chain.absorbing, starts)
    return float(solution.reach[0][chain.absorbing].sum())
