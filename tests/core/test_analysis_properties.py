"""Properties of the exact funnel on random chains, and Monte-Carlo agreement.

Tolerances of the simulation (20,000 customers, fixed seed): the standard error of a
reach is at most 0.5 / sqrt(20,000) = 0.0035, so reach and conversion must agree within
0.015 (over 4 standard errors); visits, which add returns, within 0.03; the mean time of
converting customers within 5 % (a few hundred of them); the referral multiplier, whose
referred customers refer again (standard error about 0.006 at 1.5), within 0.03.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_designer.analysis import build_chain, compute_funnel
from cjm_designer.analysis.bottlenecks import rank_bottlenecks
from cjm_designer.analysis.simulate import simulate
from cjm_designer.io.yaml_format import read_map
from cjm_designer.model import Duration, JourneyMap, Kind, Stage, Transition, TransitionKind
from tests.conftest import EXAMPLE
from tests.core.test_analysis import chain_map

REACH_TOLERANCE = 0.015
VISITS_TOLERANCE = 0.03
DAYS_RELATIVE = 0.05
MULTIPLIER_TOLERANCE = 0.03


@st.composite
def random_chains(draw) -> JourneyMap:
    """2-7 stages, each with 0-3 ways on whose probabilities add up to at most 1."""
    n = draw(st.integers(2, 7))
    journey = JourneyMap(title="random")
    journey.extend(
        Kind.STAGE, [Stage(f"s{i}", f"S{i}", duration=Duration(i + 1)) for i in range(n)]
    )
    transitions = []
    for i in range(n):
        targets = draw(st.lists(st.integers(0, n - 1), max_size=3, unique=True))
        if not targets:
            continue
        weights = [draw(st.floats(0.05, 1.0)) for _ in targets]
        total = draw(st.floats(0.0, 1.0))
        for target, weight in zip(targets, weights, strict=True):
            p = total * weight / sum(weights)
            kind = TransitionKind.FORWARD if target > i else TransitionKind.BACK
            transitions.append(Transition(f"s{i}-s{target}", f"s{i}", f"s{target}", kind, p))
    if draw(st.booleans()):
        source, target = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))
        p = draw(st.floats(0.0, 1.0))
        transitions.append(
            Transition("ref", f"s{source}", f"s{target}", TransitionKind.REFERRAL, p)
        )
    journey.extend(Kind.TRANSITION, transitions)
    return journey


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_chains())
def test_reach_visits_and_conversion_are_consistent(journey):
    funnel = compute_funnel(journey)
    if not journey.transitions:  # a linear path of unknown odds
        assert funnel.status == "missing-probabilities" and funnel.conversion is None
        return
    if funnel.status == "endless-loop":
        assert funnel.trapped and funnel.conversion is None
        return
    assert funnel.status == "ok"
    eps = 1e-9
    assert funnel.reach[funnel.entry] == pytest.approx(1.0)
    for stage, reach in funnel.reach.items():
        assert -eps <= reach <= 1 + eps
        assert funnel.visits[stage] >= reach - eps
    assert funnel.conversion == pytest.approx(sum(funnel.finals.values()), abs=1e-12)
    assert -eps <= funnel.conversion <= 1 + eps
    for stage, p in funnel.finals.items():
        assert p == pytest.approx(funnel.reach[stage])
    referral = funnel.referral
    if referral.status == "ok":
        assert referral.multiplier >= 1 - eps
        assert referral.conversion >= funnel.conversion - eps
    for bottleneck in rank_bottlenecks(build_chain(journey)):
        # Customers won from "leaves" can only add to conversion.
        assert bottleneck.gain >= -eps


def assert_agrees(journey: JourneyMap, customers: int = 20_000, seed: int = 7) -> None:
    chain = build_chain(journey)
    exact = compute_funnel(journey, chain=chain)
    simulated = simulate(chain, customers, seed)
    for stage in chain.stages:
        assert simulated.reach[stage] == pytest.approx(exact.reach[stage], abs=REACH_TOLERANCE)
        assert simulated.visits[stage] == pytest.approx(exact.visits[stage], abs=VISITS_TOLERANCE)
    assert simulated.conversion == pytest.approx(exact.conversion, abs=REACH_TOLERANCE)
    if exact.expected_days is not None:
        assert simulated.mean_days == pytest.approx(exact.expected_days, rel=DAYS_RELATIVE)
    assert simulated.multiplier == pytest.approx(
        exact.referral.multiplier, abs=MULTIPLIER_TOLERANCE
    )


def test_simulation_agrees_with_the_example_map():
    assert_agrees(read_map(EXAMPLE).map)


def test_simulation_agrees_with_a_return_edge_and_a_referral():
    journey = chain_map(
        "a b c d",
        [
            ("a", ">", "b", 0.9),
            ("b", ">", "c", 0.5),
            ("b", "<", "a", 0.3),
            ("c", ">", "d", 0.7),
            ("c", "<", "c", 0.2),
            ("d", "*", "b", 0.6),
        ],
        days={"a": 1, "b": 2, "c": 4},
    )
    exact = compute_funnel(journey)
    assert exact.referral.multiplier > 1.2  # enough referred customers to test
    assert_agrees(journey)


def test_simulation_refuses_a_chain_with_missing_probabilities():
    chain = build_chain(chain_map("a b", [("a", ">", "b", None)]))
    with pytest.raises(ValueError, match="missing"):
        simulate(chain)
