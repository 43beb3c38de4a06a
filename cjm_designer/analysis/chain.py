"""The customer's journey as a Markov chain: one matrix of move probabilities.

Every number of the funnel, the bottleneck ranking and the simulation reads the same
:class:`Chain`, so they cannot disagree about which transitions count. Rules:

- Only transitions that apply to the scenario count; references to unknown stages are
  ignored (the document validator reports them).
- Referral transitions are not moves of the customer; they are kept apart.
- Exit transitions (``target=None``) and whatever the outgoing probabilities leave
  short of 1 both mean "leaves the journey".
- A stage with no outgoing non-referral transition is *absorbing*: a final stage.
- A map without any transition gets the stages' order as a linear path, whose
  probabilities are unknown.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from cjm_designer.model import JourneyMap, TransitionKind
from cjm_designer.model.records import Record, record

SUM_TOLERANCE = 1e-9
"""Outgoing sums like 0.7 + 0.2 + 0.1 are 1 in decimal but not quite in binary."""


@record
class Move(Record):
    """One transition between two stages that the customer can take."""

    id: str
    source: int
    target: int
    probability: float | None


@record
class Referral(Record):
    """A customer who reaches ``source`` brings ``probability`` new customers to ``target``."""

    id: str
    source: int
    target: int
    probability: float | None


@record
class Chain(Record):
    stages: tuple[str, ...]
    entry: int | None
    moves: tuple[Move, ...]
    exits: dict[int, float]
    """Explicit exit probability per stage index (for display; leaving is ``leave``)."""
    referrals: tuple[Referral, ...]
    absorbing: np.ndarray
    durations: np.ndarray
    """Days per stage, NaN where the stage has no duration."""
    missing: tuple[str, ...]
    """Non-referral transitions without a probability."""
    out_of_range: tuple[str, ...]
    overfull: tuple[str, ...]
    """Stages whose outgoing probabilities (moves and exits) add up to more than 1."""
    implicit: bool

    @property
    def size(self) -> int:
        return len(self.stages)

    @property
    def computable(self) -> bool:
        return not (self.missing or self.out_of_range or self.overfull or self.implicit)

    def matrix(self) -> np.ndarray:
        """Stage-to-stage move probabilities; call only when ``computable``."""
        matrix = np.zeros((self.size, self.size))
        for move in self.moves:
            matrix[move.source, move.target] += move.probability or 0.0
        return matrix


def build_chain(journey: JourneyMap, scenario: str | None = None) -> Chain:
    """Read the map's stages and the scenario's transitions into a :class:`Chain`."""
    stages = tuple(stage.id for stage in journey.stages)
    index = {stage_id: i for i, stage_id in enumerate(stages)}
    entry_stage = journey.entry_stage()
    entry = index.get(entry_stage.id) if entry_stage else None
    durations = np.array(
        [s.duration.days if s.duration is not None else np.nan for s in journey.stages],
        dtype=float,
    )
    moves: list[Move] = []
    referrals: list[Referral] = []
    exits: dict[int, float] = {}
    missing: list[str] = []
    out_of_range: list[str] = []
    outgoing = np.zeros(len(stages))
    has_way = np.zeros(len(stages), dtype=bool)
    implicit = not journey.transitions
    if implicit:
        moves = [Move(f"{a}->{b}", i, i + 1, None) for i, (a, b) in enumerate(pairwise(stages))]
        for move in moves:
            has_way[move.source] = True
    for transition in journey.transitions:
        if not transition.applies_to_scenario(scenario) or transition.source not in index:
            continue
        source = index[transition.source]
        p = transition.probability
        if p is not None and not 0.0 <= p <= 1.0:
            out_of_range.append(transition.id)
        if transition.kind is TransitionKind.REFERRAL:
            if transition.target in index:
                referrals.append(Referral(transition.id, source, index[transition.target], p))
            continue
        if transition.target is None:
            if transition.kind is not TransitionKind.EXIT:
                continue
        elif transition.target not in index:
            continue
        has_way[source] = True
        if p is None:
            missing.append(transition.id)
            continue
        outgoing[source] += p
        if transition.target is None:
            exits[source] = exits.get(source, 0.0) + p
        else:
            moves.append(Move(transition.id, source, index[transition.target], p))
    if implicit:
        missing = []
    overfull = tuple(stages[i] for i in np.flatnonzero(outgoing > 1.0 + SUM_TOLERANCE))
    return Chain(
        stages=stages,
        entry=entry,
        moves=tuple(moves),
        exits=exits,
        referrals=tuple(referrals),
        absorbing=~has_way,
        durations=durations,
        missing=tuple(missing),
        out_of_range=tuple(out_of_range),
        overfull=overfull,
        implicit=implicit,
    )
