"""Exact absorbing-Markov-chain maths on numpy: reach, visits, conversion.

With Q the moves among transient stages and R the moves into absorbing (final) ones,
the fundamental matrix N = (I - Q)^-1 holds expected visits; the chance of ever
reaching a transient stage j from i is N[i, j] / N[j, j], and of ending in final
stage a it is (N R)[i, a]. Only stages reachable from the starts are solved, so a
broken corner of the map that nobody reaches cannot spoil the numbers.
"""

from __future__ import annotations

from collections import deque

import numpy as np

from cjm_designer.model.records import Record, record

EPSILON = 1e-12


@record
class Solution(Record):
    """Rows follow ``starts``; columns are all stages of the chain."""

    starts: tuple[int, ...]
    reach: np.ndarray
    visits: np.ndarray
    conversion: np.ndarray
    """Per stage: the chance of ending in a final stage from there (NaN if not solved)."""


def reachable(matrix: np.ndarray, starts: list[int]) -> np.ndarray:
    """Stages reachable through moves of positive probability."""
    seen = np.zeros(len(matrix), dtype=bool)
    queue = deque(starts)
    seen[starts] = True
    successors = [np.flatnonzero(row > 0) for row in matrix]
    while queue:
        for nxt in successors[queue.popleft()]:
            if not seen[nxt]:
                seen[nxt] = True
                queue.append(int(nxt))
    return seen


def trapped(matrix: np.ndarray, absorbing: np.ndarray, relevant: np.ndarray) -> list[int]:
    """Reachable stages from which nobody ever leaves nor ends: an endless loop."""
    leaks = (1.0 - matrix.sum(axis=1) > EPSILON) | absorbing
    can_end = leaks.copy()
    predecessors = [np.flatnonzero(column > 0) for column in matrix.T]
    queue = deque(np.flatnonzero(can_end))
    while queue:
        for previous in predecessors[queue.popleft()]:
            if not can_end[previous]:
                can_end[previous] = True
                queue.append(previous)
    return [int(i) for i in np.flatnonzero(relevant & ~can_end)]


class EndlessLoopError(Exception):
    """Customers caught in these stages go round forever; visits would be infinite."""

    def __init__(self, stages: list[int]) -> None:
        super().__init__(stages)
        self.stages = stages


def solve(matrix: np.ndarray, absorbing: np.ndarray, starts: list[int]) -> Solution:
    """Exact reach, visits and conversion from each start; raises :class:`EndlessLoopError`."""
    n = len(matrix)
    relevant = reachable(matrix, starts)
    stuck = trapped(matrix, absorbing, relevant)
    if stuck:
        raise EndlessLoopError(stuck)
    transient = np.flatnonzero(relevant & ~absorbing)
    final = np.flatnonzero(relevant & absorbing)
    q = matrix[np.ix_(transient, transient)]
    r = matrix[np.ix_(transient, final)]
    fundamental = np.linalg.inv(np.eye(len(transient)) - q) if len(transient) else np.zeros((0, 0))
    ends = fundamental @ r
    position = {int(stage): i for i, stage in enumerate(transient)}
    conversion = np.full(n, np.nan)
    conversion[transient] = ends.sum(axis=1)
    conversion[final] = 1.0
    reach = np.zeros((len(starts), n))
    visits = np.zeros((len(starts), n))
    for row, start in enumerate(starts):
        if absorbing[start]:
            reach[row, start] = visits[row, start] = 1.0
            continue
        i = position[start]
        visits[row, transient] = fundamental[i]
        reach[row, transient] = fundamental[i] / np.diag(fundamental)
        reach[row, final] = visits[row, final] = ends[i]
    return Solution(tuple(starts), reach, visits, conversion)
