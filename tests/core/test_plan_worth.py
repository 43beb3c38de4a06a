"""The plan model and the worth of opportunities, checked against hand-computed chains."""

from __future__ import annotations

import pytest

from cjm_designer.analysis.worth import OK, UNAVAILABLE, UNLINKED, changed_map, opportunity_worth
from cjm_designer.io.format_v1 import decode_map, encode_map
from cjm_designer.io.yaml_format import loads_map
from cjm_designer.io.yaml_writer import dumps_map
from cjm_designer.model import (
    ActionStatus,
    Channel,
    Duration,
    Insight,
    JourneyMap,
    Kind,
    Measurement,
    PlanAction,
    Stage,
    Touchpoint,
    Transition,
    TransitionKind,
)
from cjm_designer.model import edits as model_edits
from cjm_designer.model.plan import (
    BIG_BET,
    FILL_IN,
    MONEY_PIT,
    QUICK_WIN,
    ItemRef,
    add_action_for,
    impact_from_votes,
    plan_items,
    quadrant,
    remove_action,
    set_link,
    set_scores,
    update_action,
)


def chain_map(traffic: float | None = 1000) -> JourneyMap:
    """a -> b (0.5, else leaves), b -> c (0.6) or exit (0.1); c final. 2 days in a, 3 in b."""
    journey = JourneyMap(title="t", traffic=traffic)
    journey.extend(Kind.CHANNEL, [Channel("web", "Web")])
    journey.extend(
        Kind.STAGE,
        [
            Stage("a", "A", duration=Duration(2)),
            Stage("b", "B", duration=Duration(3)),
            Stage("c", "C"),
        ],
    )
    journey.extend(
        Kind.TRANSITION,
        [
            Transition("a-b", "a", "b", probability=0.5),
            Transition("b-c", "b", "c", probability=0.6),
            Transition("b-exit", "b", None, TransitionKind.EXIT, probability=0.1),
        ],
    )
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint(
                "card",
                "b",
                "web",
                "Card",
                pains=(Insight("slow", votes=2),),
                opportunities=(
                    Insight("faster", votes=4, id="faster", link="b-c", change=0.1),
                    Insight("keep", link="b", change=-0.1),
                ),
            )
        ],
    )
    return journey


def test_worth_of_a_raised_transition_matches_the_hand_computed_chain():
    journey = chain_map()
    worth = opportunity_worth(journey, "b-c", 0.1)
    # before: 0.5 * 0.6 = 0.30; after: b-c takes 0.1 from the 0.3 that left silently
    assert worth.status == OK
    assert worth.conversion_before == pytest.approx(0.30)
    assert worth.conversion_after == pytest.approx(0.35)
    assert worth.conversion_delta == pytest.approx(0.05)
    assert worth.applied == pytest.approx(0.1)
    # customers per month: 1000 * 0.05
    assert worth.customers_delta == pytest.approx(50.0)
    # converting customers always spend 2 + 3 days: no change in time
    assert worth.days_before == pytest.approx(5.0)
    assert worth.days_delta == pytest.approx(0.0)


def test_a_raise_larger_than_the_room_takes_from_exits_then_other_moves():
    journey = chain_map()
    twin, applied = changed_map(journey, "b-c", 0.5)
    # 0.3 silent leave, then the 0.1 exit: only 0.4 fits
    assert applied == pytest.approx(0.4)
    assert twin.find(Kind.TRANSITION, "b-c").probability == pytest.approx(1.0)
    assert twin.find(Kind.TRANSITION, "b-exit").probability == pytest.approx(0.0)
    assert journey.find(Kind.TRANSITION, "b-c").probability == 0.6  # original untouched


def test_fewer_leaving_a_stage_move_on_along_its_moves():
    journey = chain_map()
    worth = opportunity_worth(journey, "b", -0.1)
    # leaving at b was 0.4; 0.1 of it now goes to c: 0.5 * 0.7 = 0.35
    assert worth.conversion_after == pytest.approx(0.35)
    assert worth.applied == pytest.approx(-0.1)


def test_lowering_an_exit_keeps_customers_on_the_moves():
    journey = chain_map()
    twin, applied = changed_map(journey, "b-exit", -0.1)
    assert applied == pytest.approx(-0.1)
    assert twin.find(Kind.TRANSITION, "b-c").probability == pytest.approx(0.7)


def test_without_link_or_funnel_the_worth_says_why():
    journey = chain_map()
    assert opportunity_worth(journey, None, None).status == UNLINKED
    journey.replace(Kind.TRANSITION, Transition("a-b", "a", "b"))
    assert opportunity_worth(journey, "b-c", 0.1).status == UNAVAILABLE


def test_no_traffic_means_no_customers_per_month():
    worth = opportunity_worth(chain_map(traffic=None), "b-c", 0.1)
    assert worth.conversion_delta == pytest.approx(0.05)
    assert worth.customers_delta is None


def test_quadrants():
    assert quadrant(5, 1) == QUICK_WIN
    assert quadrant(5, 5) == BIG_BET
    assert quadrant(2, 2) == FILL_IN
    assert quadrant(1, 4) == MONEY_PIT


def test_plan_edits_apply_and_revert_exactly():
    journey = chain_map()
    before = journey.copy()
    ref = ItemRef("card", "opportunities", 1)
    done = []
    for build in (
        lambda: set_scores(journey, ref, 4, 2),
        lambda: set_link(journey, ref, "a-b", 0.05),
        lambda: add_action_for(journey, ref, "Call back in a day", owner="Anna", due="2027-01-15"),
        lambda: impact_from_votes(journey),
    ):
        edit = build()
        edit.apply(journey)
        done.append(edit)
    assert journey.plan[0].serves == "keep"
    assert plan_items(journey)[2].insight.impact == 4
    # votes feed impact of the unscored: slow (2 of 4 votes) -> 2.5 -> 2, faster -> 5
    assert plan_items(journey)[0].insight.impact == 2
    assert plan_items(journey)[1].insight.impact == 5
    status = update_action(journey, journey.plan[0].id, status="done")
    status.apply(journey)
    assert journey.plan[0].status is ActionStatus.DONE
    status.revert(journey)
    gone = remove_action(journey, journey.plan[0].id)
    gone.apply(journey)
    assert journey.plan == ()
    gone.revert(journey)
    for edit in reversed(done):
        edit.revert(journey)
    assert journey.same_content(before)
    with pytest.raises(ValueError):
        set_scores(journey, ref, 6, 1)


def test_removing_a_stage_drops_links_and_measurements_to_it():
    journey = chain_map()
    journey.set_field("measured", (Measurement("b", "2027-01", 400),))
    edit = model_edits.remove(journey, Kind.STAGE, "b")
    edit.apply(journey)
    assert journey.touchpoints == []  # the card sat in b
    journey = chain_map()
    journey.set_field("measured", (Measurement("c", "2027-01", 40),))
    edit = model_edits.remove(journey, Kind.TRANSITION, "b-c")
    edit.apply(journey)
    assert journey.touchpoint("card").opportunities[0].link is None
    edit.revert(journey)
    assert journey.touchpoint("card").opportunities[0].link == "b-c"


def test_plan_round_trips_through_yaml_with_stable_keys():
    journey = chain_map()
    journey.set_field(
        "plan",
        (
            PlanAction("call", "Call back", "Anna", "2027-01-15", ActionStatus.DOING, "faster"),
            PlanAction("ads", "Retarget"),
        ),
    )
    journey.set_field("measured", (Measurement("a", "2027-01", 1000, 280),))
    text = dumps_map(journey)
    assert text.index("traffic: 1000") < text.index("personas:")
    assert text.index("flows:") < text.index("plan:") < text.index("measured:")
    again = loads_map(text).map
    assert again.same_content(journey)
    assert dumps_map(again) == text
    assert encode_map(again)["plan"][0] == {
        "id": "call",
        "text": "Call back",
        "owner": "Anna",
        "due": "2027-01-15",
        "status": "doing",
        "serves": "faster",
    }


@pytest.mark.parametrize(
    ("patch", "path", "words"),
    [
        ({"traffic": "lots"}, ("traffic",), "must be a number"),
        ({"plan": [{"id": "x", "text": "t", "status": "maybe"}]}, ("plan", 0, "status"), "one of"),
        ({"plan": [{"id": "x", "text": "t", "due": "soon"}]}, ("plan", 0, "due"), "YYYY-MM-DD"),
        ({"measured": [{"stage": "zz", "period": "p", "visitors": 1}]}, ("measured", 0, "stage"),
         "unknown stage"),
    ],
)  # fmt: skip
def test_bad_plan_fields_are_located(patch, path, words):
    data = encode_map(chain_map())
    data.update(patch)
    journey, issues = decode_map(data)
    assert journey is None
    errors = [i for i in issues if i.severity == "error"]
    assert any(tuple(i.path) == path and words in i.message for i in errors), errors


def test_bad_insight_link_and_scores_are_located():
    data = encode_map(chain_map())
    data["touchpoints"][0]["opportunities"][0].update({"link": "nowhere", "impact": 9})
    journey, issues = decode_map(data)
    assert journey is None
    paths = {tuple(i.path) for i in issues if i.severity == "error"}
    assert ("touchpoints", 0, "opportunities", 0, "impact") in paths
    assert ("touchpoints", 0, "opportunities", 0, "link") in paths


def test_measured_csv_imports_by_stage_name_with_located_errors(tmp_path):
    from cjm_designer.io.errors import MapLoadError
    from cjm_designer.io.measured_csv import load_measured_table, merge_measured, read_measured

    journey = chain_map()
    good = tmp_path / "m.csv"
    good.write_text("Этап;Период;Посетители\nA;2027-01;1000\nb;2027-01;450\n", "utf-8")
    rows = read_measured(load_measured_table(good), journey)
    assert rows == [Measurement("a", "2027-01", 1000), Measurement("b", "2027-01", 450)]
    merged = merge_measured((Measurement("a", "2027-01", 1), Measurement("a", "2026-12", 5)), rows)
    assert merged == (Measurement("a", "2026-12", 5), *rows)
    bad = tmp_path / "bad.csv"
    bad.write_text("stage,period,visitors\nnowhere,2027-01,10\nb,2027-01,many\n", "utf-8")
    with pytest.raises(MapLoadError) as caught:
        read_measured(load_measured_table(bad), journey)
    text = [str(m) for m in caught.value.messages]
    assert text[0].startswith(f"{bad}:2:1: row 2, column A (stage): no stage 'nowhere'")
    assert text[1].startswith(f"{bad}:3:3: row 3, column C (visitors)")


def test_the_diff_says_what_changed_in_the_plan():
    from cjm_designer.model.diff import diff_maps

    old = chain_map()
    old.set_field("plan", (PlanAction("call", "Call back"), PlanAction("ads", "Retarget")))
    new = old.copy()
    new.set_field(
        "plan",
        (PlanAction("call", "Call back", status=ActionStatus.DONE), PlanAction("mail", "Mail")),
    )
    (sentence,) = diff_maps(old, new).summary_lines()
    assert sentence == 'Action plan: "Mail" added; "Retarget" removed; "Call back" todo → done.'
