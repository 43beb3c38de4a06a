"""The funnel against hand-computed chains, and the checks on small maps.

Each expected number below is worked out by hand in the comment next to it, from the
definitions in docs/analysis-json.md; none is copied from the program's output.
"""

from __future__ import annotations

import json

import pytest

from cjm_designer.analysis import analyze, build_chain, compute_funnel, run_checks
from cjm_designer.analysis.bottlenecks import rank_bottlenecks
from cjm_designer.analysis.coverage import coverage_matrix
from cjm_designer.analysis.emotions import persona_emotions
from cjm_designer.analysis.graph import build_graph
from cjm_designer.analysis.scenarios import compare_scenarios
from cjm_designer.model import (
    Action,
    Channel,
    Duration,
    Flow,
    Insight,
    JourneyMap,
    Kind,
    Persona,
    Scenario,
    Stage,
    Touchpoint,
    Transition,
    TransitionKind,
)

KINDS = {
    ">": TransitionKind.FORWARD,
    "<": TransitionKind.BACK,
    "^": TransitionKind.SKIP,
    "*": TransitionKind.REFERRAL,
    "x": TransitionKind.EXIT,
}


def chain_map(
    stages: str,
    transitions: list[tuple[str, str, str | None, float | None]],
    finals: str = "",
    days: dict[str, float] | None = None,
    cards: bool = True,
) -> JourneyMap:
    """``chain_map("a b c", [("a", ">", "b", 0.5)])``: stage ids, kind symbol, target, p.

    Transition ids are ``source-target`` (``source-exit`` for exits); every stage gets
    one card with an owned action unless ``cards`` is False, so checks stay quiet.
    """
    journey = JourneyMap(title="test")
    journey.extend(Kind.CHANNEL, [Channel("web", "Web")])
    days = days or {}
    ids = stages.split()
    journey.extend(
        Kind.STAGE,
        [
            Stage(
                s,
                s.upper(),
                final=s in finals.split(),
                duration=Duration(days[s]) if s in days else None,
            )
            for s in ids
        ],
    )
    if cards:
        journey.extend(
            Kind.TOUCHPOINT,
            [
                Touchpoint(f"t-{s}", s, "web", f"Card {s}", actions=(Action("Do", owner="Team"),))
                for s in ids
            ],
        )
    journey.extend(
        Kind.TRANSITION,
        [
            Transition(f"{source}-{target or 'exit'}", source, target, KINDS[kind], p)
            for source, kind, target, p in transitions
        ],
    )
    return journey


def codes(problems) -> dict[str, list[str | None]]:
    found: dict[str, list[str | None]] = {}
    for problem in problems:
        found.setdefault(problem.code, []).append(problem.ref)
    return found


# --- the funnel against hand-computed chains -----------------------------------------


def test_linear_chain():
    journey = chain_map(
        "a b c", [("a", ">", "b", 0.5), ("b", ">", "c", 0.4)], days={"a": 2, "b": 3, "c": 9}
    )
    funnel = compute_funnel(journey)
    assert funnel.status == "ok"
    assert funnel.reach == pytest.approx({"a": 1.0, "b": 0.5, "c": 0.2})
    assert funnel.visits == pytest.approx({"a": 1.0, "b": 0.5, "c": 0.2})
    assert funnel.conversion == pytest.approx(0.2)
    assert funnel.finals == pytest.approx({"c": 0.2})
    # A converting customer spends 2 days in a and 3 in b; the final stage does not count.
    assert funnel.expected_days == pytest.approx(5.0)
    assert funnel.referral.status == "none"
    assert funnel.referral.multiplier == 1.0


def test_chain_with_a_return_edge():
    # b -> c 0.5, b -> a 0.25 (back), 0.25 leaves. h = 0.5 + 0.25 h  =>  h = 2/3.
    # Each pass a -> b is repeated with 0.25: visits of a and b are 1 / 0.75 = 4/3.
    journey = chain_map(
        "a b c",
        [("a", ">", "b", 1.0), ("b", ">", "c", 0.5), ("b", "<", "a", 0.25)],
        days={"a": 1, "b": 2},
    )
    funnel = compute_funnel(journey)
    assert funnel.conversion == pytest.approx(2 / 3)
    assert funnel.reach == pytest.approx({"a": 1.0, "b": 1.0, "c": 2 / 3})
    assert funnel.visits == pytest.approx({"a": 4 / 3, "b": 4 / 3, "c": 2 / 3})
    # P(k passes and convert) = 0.25^(k-1) * 0.5, so E[k | convert] = 4/3; 3 days a pass.
    assert funnel.expected_days == pytest.approx(4.0)


def test_chain_with_a_loop_on_one_stage():
    # b stays in b with 0.5: visits of b = 0.8 / (1 - 0.5) = 1.6; h(b) = 0.3 / 0.5 = 0.6.
    journey = chain_map("a b c", [("a", ">", "b", 0.8), ("b", "<", "b", 0.5), ("b", ">", "c", 0.3)])
    funnel = compute_funnel(journey)
    assert funnel.reach == pytest.approx({"a": 1.0, "b": 0.8, "c": 0.48})
    assert funnel.visits == pytest.approx({"a": 1.0, "b": 1.6, "c": 0.48})
    assert funnel.conversion == pytest.approx(0.48)
    assert funnel.expected_days is None
    assert funnel.missing_durations == ("a", "b")


def test_chain_with_exits_and_two_final_stages():
    # a: 0.6 on, 0.3 exit, 0.1 unassigned (also leaves). b: 0.5 to c, 0.3 to d, 0.2 exit.
    journey = chain_map(
        "a b c d",
        [
            ("a", ">", "b", 0.6),
            ("a", "x", None, 0.3),
            ("b", ">", "c", 0.5),
            ("b", "^", "d", 0.3),
            ("b", "x", None, 0.2),
        ],
        finals="c d",
    )
    funnel = compute_funnel(journey)
    assert funnel.finals == pytest.approx({"c": 0.3, "d": 0.18})
    assert funnel.conversion == pytest.approx(0.48)
    report = analyze(journey).to_json()
    assert report["funnel"]["exit"] == pytest.approx(0.52)


def test_a_stage_with_only_an_exit_is_not_final():
    journey = chain_map(
        "a b c", [("a", ">", "b", 0.5), ("a", ">", "c", 0.5), ("b", "x", None, 0.4)]
    )
    funnel = compute_funnel(journey)
    assert funnel.finals == pytest.approx({"c": 0.5})
    assert funnel.reach["b"] == pytest.approx(0.5)
    assert codes(run_checks(journey))["dead-end"] == ["b", "c"]


def test_referral_multiplier_counts_referrals_of_referrals():
    # Entries a and b. From a, c is reached with 0.2; from b with 0.4; each reach of c
    # brings 0.5 customers to b. K = [[0, 0.1], [0, 0.2]]; customers at b:
    # x = 0.1 + 0.2 x  =>  x = 0.125. Converted: 1 * 0.2 + 0.125 * 0.4 = 0.25.
    journey = chain_map("a b c", [("a", ">", "b", 0.5), ("b", ">", "c", 0.4), ("c", "*", "b", 0.5)])
    funnel = compute_funnel(journey)
    assert funnel.conversion == pytest.approx(0.2)  # the same customer only
    referral = funnel.referral
    assert referral.status == "ok"
    assert referral.multiplier == pytest.approx(1.125)
    assert referral.gained == pytest.approx(0.125)
    assert referral.entries == pytest.approx({"a": 1.0, "b": 0.125})
    assert referral.conversion == pytest.approx(0.25)
    assert referral.spectral_radius == pytest.approx(0.2)


def test_referrals_that_grow_without_limit_are_reported_not_summed():
    journey = chain_map("a b c", [("a", ">", "b", 0.5), ("b", ">", "c", 1.0), ("c", "*", "b", 1.0)])
    report = analyze(journey)
    assert report.funnel.referral.status == "diverges"
    assert report.funnel.referral.multiplier is None
    assert "referral-diverges" in codes(report.problems)
    assert report.to_json()["funnel"]["referral"]["multiplier"] is None


def test_missing_probabilities_compute_nothing_and_say_which():
    # b has a single way on without a probability: it is NOT taken as 1.
    journey = chain_map("a b c", [("a", ">", "b", 0.5), ("b", ">", "c", None)])
    funnel = compute_funnel(journey)
    assert funnel.status == "missing-probabilities"
    assert funnel.missing == ("b-c",)
    assert funnel.conversion is None and funnel.reach is None
    assert codes(run_checks(journey))["missing-probability"] == ["b-c"]
    data = analyze(journey).to_json()["funnel"]
    assert data["conversion"] is None
    assert data["stages"]["a"] == {"reach": None, "visits": None}
    assert data["missing"] == ["b-c"]


def test_no_probability_anywhere_is_one_hint_not_a_warning_per_transition():
    journey = chain_map("a b c", [("a", ">", "b", None), ("b", ">", "c", None)])
    found = codes(run_checks(journey))
    assert "no-probabilities" in found
    assert "missing-probability" not in found
    assert compute_funnel(journey).missing == ("a-b", "b-c")


def test_a_map_without_transitions_is_a_linear_path_of_unknown_odds():
    journey = chain_map("a b c", [], finals="c")
    chain = build_chain(journey)
    assert chain.implicit
    assert [(m.source, m.target) for m in chain.moves] == [(0, 1), (1, 2)]
    funnel = compute_funnel(journey)
    assert funnel.status == "missing-probabilities" and funnel.implicit
    found = codes(run_checks(journey))
    assert "implicit-path" in found
    assert "unreachable-stage" not in found and "dead-end" not in found
    graph = build_graph(journey)
    assert graph.has_edge("a", "b", key="a->b") and graph.has_edge("b", "c")


def test_overfull_and_out_of_range_probabilities_are_errors():
    journey = chain_map("a b c", [("a", ">", "b", 0.7), ("a", "^", "c", 0.5), ("b", ">", "c", 1.5)])
    funnel = compute_funnel(journey)
    assert funnel.status == "invalid-probabilities"
    assert set(funnel.invalid) == {"a", "b", "b-c"}  # b: 1.5 alone is more than 1
    found = codes(run_checks(journey))
    assert found["probability-sum"] == ["a", "b"]
    assert found["probability-range"] == ["b-c"]
    assert run_checks(journey)[0].severity.value == "error"


def test_a_loop_nobody_leaves_is_an_endless_loop():
    journey = chain_map("a b c", [("a", ">", "b", 1.0), ("b", "<", "a", 1.0)], finals="c")
    report = analyze(journey)
    assert report.funnel.status == "endless-loop"
    assert set(report.funnel.trapped) == {"a", "b"}
    assert report.problems[0].code == "endless-loop"


def test_an_unreachable_trap_does_not_spoil_the_numbers():
    journey = chain_map(
        "a b c d", [("a", ">", "b", 0.5), ("c", ">", "d", 1.0), ("d", "<", "c", 1.0)]
    )
    funnel = compute_funnel(journey)
    assert funnel.status == "ok"
    assert funnel.reach == pytest.approx({"a": 1.0, "b": 0.5, "c": 0.0, "d": 0.0})
    assert codes(run_checks(journey))["unreachable-stage"] == ["c", "d"]


def test_entry_marked_on_the_map_is_where_customers_start():
    journey = chain_map("a b c", [("a", ">", "b", 0.5), ("b", ">", "c", 0.4)])
    journey.entry = "b"
    funnel = compute_funnel(journey)
    assert funnel.entry == "b"
    assert funnel.reach == pytest.approx({"a": 0.0, "b": 1.0, "c": 0.4})


# --- bottlenecks and scenarios ---------------------------------------------------------


def test_bottleneck_ranking_takes_ten_points_from_those_who_leave():
    # Conversion 0.5 * 0.4 = 0.2. Improving a->b: 0.6 * 0.4 = 0.24 (+0.04);
    # improving b->c: 0.5 * 0.5 = 0.25 (+0.05). c->d is certain already: gain 0.
    journey = chain_map(
        "a b c d", [("a", ">", "b", 0.5), ("b", ">", "c", 0.4), ("c", ">", "d", 1.0)]
    )
    ranked = rank_bottlenecks(build_chain(journey))
    assert [b.transition for b in ranked] == ["b-c", "a-b", "c-d"]
    assert [b.gain for b in ranked] == pytest.approx([0.05, 0.04, 0.0])
    assert ranked[0].improved == pytest.approx(0.5)
    assert ranked[2].improved == pytest.approx(1.0)


def test_bottleneck_gain_is_capped_by_what_leaves():
    journey = chain_map("a b c", [("a", ">", "b", 0.95), ("b", ">", "c", 0.5)])
    top = {b.transition: b for b in rank_bottlenecks(build_chain(journey))}
    assert top["a-b"].improved == pytest.approx(1.0)
    assert top["a-b"].gain == pytest.approx(0.05 * 0.5)


def scenario_map() -> JourneyMap:
    journey = chain_map(
        "a b c",
        [("a", ">", "b", 0.5), ("b", ">", "c", 0.5)],
        days={"a": 1, "b": 1},
    )
    journey.extend(Kind.SCENARIO, [Scenario("sales", "With sales"), Scenario("self", "Self")])
    journey.extend(
        Kind.TRANSITION,
        [
            Transition("call", "a", "c", TransitionKind.SKIP, 0.2, scenarios=("sales",)),
            Transition("promo", "a", "c", TransitionKind.SKIP, 0.4, scenarios=("self",)),
        ],
    )
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint(
                "call-card",
                "a",
                "web",
                "Call",
                scenarios=("sales",),
                actions=(Action("Call", owner="Sales"),),
            )
        ],
    )
    return journey


def test_scenarios_side_by_side_use_their_own_transitions_and_cards():
    summaries = {s.id: s for s in compare_scenarios(scenario_map())}
    # sales: 0.2 + 0.5 * 0.5 = 0.45; self: 0.4 + 0.5 * 0.5 = 0.65.
    assert summaries["sales"].funnel.conversion == pytest.approx(0.45)
    assert summaries["self"].funnel.conversion == pytest.approx(0.65)
    assert (summaries["sales"].touchpoints, summaries["self"].touchpoints) == (4, 3)
    assert (summaries["sales"].transitions, summaries["self"].transitions) == (3, 3)


def test_the_ways_out_are_summed_per_scenario():
    journey = scenario_map()
    # All transitions together give a 0.5 + 0.2 + 0.4 > 1, but no scenario does.
    assert "probability-sum" not in codes(run_checks(journey))
    report = analyze(journey, "sales")
    assert report.funnel.conversion == pytest.approx(0.45)
    with pytest.raises(ValueError, match="no scenario"):
        analyze(journey, "nope")


# --- checks, coverage, emotions ----------------------------------------------------------


def checks_map() -> JourneyMap:
    journey = JourneyMap(title="checks")
    journey.extend(Kind.PERSONA, [Persona("ann", "Ann"), Persona("bob", "Bob")])
    journey.extend(Kind.CHANNEL, [Channel("web", "Web"), Channel("fax", "Fax")])
    journey.extend(
        Kind.STAGE,
        [
            Stage("a", "Aware", emotions={"ann": 4}),
            Stage("b", "Buy", emotions={"ann": 1}),
            Stage("c", "Cheer", final=True, emotions={"ann": 2}),
            Stage("d", "Detour"),
        ],
    )
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint("ad", "a", "web", "Ad", actions=(Action("See", owner="Marketing"),),
                       pains=(Insight("Loud", votes=1),)),
            Touchpoint("shop", "b", "web", "Shop", actions=(Action("Pay"),),
                       pains=(Insight("Slow", votes=5), Insight("Ugly", votes=0))),
            Touchpoint("thanks", "c", "web", "Thanks", personas=("bob",),
                       pains=(Insight("Spam", votes=3),)),
        ],
    )  # fmt: skip
    journey.extend(
        Kind.TRANSITION,
        [
            Transition("a-b", "a", "b", probability=0.5),
            Transition("b-c", "b", "c", probability=0.5),
            Transition("b-a", "b", "a", TransitionKind.BACK, 0.2),
            Transition("c-b", "c", "b", TransitionKind.REFERRAL, 0.3),
        ],
    )
    journey.extend(
        Kind.FLOW, [Flow("back-flow", "thanks", "ad"), Flow("ok-flow", "thanks", "shop")]
    )
    return journey


def test_a_fresh_template_map_is_not_a_list_of_problems():
    """Stages and channels with no cards yet: a workshop about to start, nothing wrong."""
    from cjm_designer.io.templates import new_map_from_template

    for template in ("blank", "twelve-stages"):
        journey = new_map_from_template(template, "en")
        assert not journey.touchpoints
        found = codes(run_checks(journey))
        assert "empty-stage" not in found and "unused-channel" not in found
        assert not [p for p in run_checks(journey) if p.severity.value != "info"]


def test_checks_find_each_kind_of_gap():
    found = codes(run_checks(checks_map()))
    assert found["unreachable-stage"] == ["d"]
    assert found["dead-end"] == ["d"]  # c is marked final
    assert found["empty-stage"] == ["d"]
    assert found["unused-channel"] == ["fax"]
    assert found["persona-without-emotions"] == ["bob"]
    assert found["touchpoint-without-actions"] == ["thanks"]
    assert found["touchpoint-without-owner"] == ["shop"]
    # thanks (c) -> ad (a) goes back with no transition c -> a; thanks -> shop has the referral.
    assert found["backward-flow"] == ["back-flow"]


def test_cycles_are_listed_and_explained():
    problems = [p for p in run_checks(checks_map()) if p.code == "cycle"]
    by_ref = {p.ref: p for p in problems}
    assert set(by_ref) == {"b-a", "c-b"}
    assert all(p.severity.value == "info" for p in problems)
    assert "referral loop Buy → Cheer → Buy" in by_ref["c-b"].message
    assert "legitimate" in by_ref["c-b"].message
    assert "loop Aware → Buy → Aware" in by_ref["b-a"].message


def test_problems_come_errors_first():
    journey = checks_map()
    journey.extend(Kind.TRANSITION, [Transition("bad", "a", "c", TransitionKind.SKIP, 0.9)])
    severities = [p.severity.value for p in run_checks(journey)]
    assert severities[0] == "error"
    assert severities == sorted(severities, key=["error", "warning", "info"].index)


def test_coverage_matrix_counts_cards_per_cell():
    coverage = coverage_matrix(scenario_map())
    assert coverage.stages == ("a", "b", "c") and coverage.channels == ("web",)
    assert coverage.counts == ((2,), (1,), (1,))
    assert coverage_matrix(scenario_map(), "self").counts == ((1,), (1,), (1,))
    assert (coverage.covered_cells, coverage.cells) == (3, 3)


def test_emotional_lows_and_pain_hotspots_per_persona():
    ann, bob = persona_emotions(checks_map())
    assert ann.curve == {"a": 4, "b": 1, "c": 2}
    assert ann.lows == ("b", "c") and ann.lowest == 1
    assert ann.average == pytest.approx(7 / 3)
    assert [(p.touchpoint, p.votes) for p in ann.pains] == [("shop", 5), ("ad", 1)]
    assert bob.curve == {} and bob.lows == () and bob.lowest is None
    assert [(p.text, p.votes) for p in bob.pains] == [("Slow", 5), ("Spam", 3), ("Loud", 1)]


def test_lows_fall_back_to_the_lowest_stages_when_none_is_low():
    journey = checks_map()
    journey.replace(Kind.STAGE, Stage("b", "Buy", emotions={"ann": 3}))
    journey.replace(Kind.STAGE, Stage("c", "Cheer", final=True, emotions={"ann": 3}))
    assert persona_emotions(journey)[0].lows == ("b", "c")


def test_graph_has_stages_cards_transitions_and_flows():
    graph = build_graph(chain_map("a b", [("a", ">", "b", 0.5), ("a", "x", None, 0.1)]))
    assert graph.nodes["a"]["kind"] == "stage" and graph.nodes["t-a"]["kind"] == "touchpoint"
    assert graph.edges["a", "b", "a-b"]["probability"] == 0.5
    assert graph.nodes["a"]["exits"] == ["a-exit"]
    flows = build_graph(checks_map())
    assert flows.has_edge("thanks", "ad", key="back-flow")


# --- the report and its JSON ------------------------------------------------------------


def test_report_json_has_the_documented_shape():
    data = analyze(checks_map()).to_json()
    json.dumps(data)  # plain JSON types only
    assert set(data) == {
        "version", "title", "scenario", "funnel", "bottlenecks", "scenarios",
        "coverage", "emotions", "problems", "summary", "traffic", "opportunities", "plan",
        "actual",
    }  # fmt: skip
    funnel = data["funnel"]
    assert funnel["entry"] == "a"
    assert set(funnel["stages"]) == {"a", "b", "c", "d"}
    assert funnel["stages"]["a"]["reach"] == 1.0
    # c is absorbing (its only way out is a referral): conversion is its reach.
    assert funnel["conversion"] == pytest.approx(funnel["finals"]["c"])
    assert funnel["finals"] == {"c": pytest.approx(0.5 * 0.5 / (1 - 0.5 * 0.2)), "d": 0.0}
    problem = data["problems"][0]
    assert set(problem) == {"severity", "code", "message", "message_code", "localized", "ref"}
    assert data["summary"]["warnings"] == sum(p["severity"] == "warning" for p in data["problems"])


def test_an_empty_map_is_analyzed_without_numbers():
    data = analyze(JourneyMap()).to_json()
    assert data["funnel"]["status"] == "no-stages"
    assert data["funnel"]["conversion"] is None and data["funnel"]["stages"] == {}
    assert data["problems"] == [] and data["bottlenecks"] == []


def test_cards_and_transitions_with_unknown_stages_are_ignored():
    journey = chain_map("a b", [("a", ">", "b", 0.5)])
    journey.extend(Kind.TRANSITION, [Transition("ghost", "a", "zz", probability=0.9)])
    journey.extend(Kind.TOUCHPOINT, [Touchpoint("lost", "zz", "web", "Lost")])
    report = analyze(journey)
    assert report.funnel.conversion == pytest.approx(0.5)
    assert report.coverage.counts == ((1,), (1,))
    assert "probability-sum" not in codes(report.problems)
