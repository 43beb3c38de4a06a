"""Layout geometry: cards never overlap, cells grow, text never overflows its box."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from cjm_designer.layout import (
    ELLIPSIS,
    ROW_EMOTIONS,
    ROW_PAINS,
    AverageMeasurer,
    LayoutOptions,
    Metrics,
    compute_layout,
    elide,
    wrap_lines,
)
from cjm_designer.model import (
    Channel,
    ChannelKind,
    Flow,
    Insight,
    JourneyMap,
    Kind,
    Persona,
    Stage,
    Touchpoint,
    Transition,
    TransitionKind,
)

MEASURER = AverageMeasurer()


def small_map() -> JourneyMap:
    journey = JourneyMap(title="Test")
    journey.extend(Kind.PERSONA, [Persona("ari", "Aristarkh"), Persona("lyuda", "Lyuda")])
    journey.extend(
        Kind.CHANNEL,
        [
            Channel("crm", "CRM", ChannelKind.BACKSTAGE),
            Channel("web", "Web site"),
            Channel("store", "Store", ChannelKind.OFFLINE),
        ],
    )
    journey.extend(
        Kind.STAGE,
        [
            Stage("aware", "Осознание", emotions={"ari": 2, "lyuda": 4}),
            Stage("interest", "Interest", width=320, emotions={"ari": 5}),
            Stage("buy", "Tietoisuusvaihe", questions=("Where to buy?",)),
        ],
    )
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint("t1", "aware", "web", "Reads a blog post about protein snacks"),
            Touchpoint("t2", "aware", "web", "Sees an ad", pains=(Insight("Too loud", 3),)),
            Touchpoint("t3", "aware", "store", "Shelf"),
            Touchpoint("t4", "interest", "web", "Compares prices " * 8),
            Touchpoint("t5", "buy", "crm", "Order is logged", personas=("lyuda",)),
        ],
    )
    journey.extend(
        Kind.TRANSITION,
        [
            Transition("a-i", "aware", "interest", probability=0.4),
            Transition("i-b", "interest", "buy"),
            Transition("b-a", "buy", "aware", TransitionKind.REFERRAL),
            Transition("i-a", "interest", "aware", TransitionKind.BACK),
            Transition("a-b", "aware", "buy", TransitionKind.SKIP),
            Transition("out", "buy", None, TransitionKind.EXIT),
        ],
    )
    return journey


def test_cards_do_not_overlap_and_stay_inside_their_cell():
    layout = compute_layout(small_map())
    cards = list(layout.cards.values())
    assert len(cards) == 5
    for a, b in itertools.combinations(cards, 2):
        assert not a.rect.intersects(b.rect), (a.id, b.id)
    for card in cards:
        cell = layout.cells[(card.stage, card.channel)]
        assert cell.contains(card.rect)
        assert card.rect.contains(card.title_rect)


def test_cards_stack_in_model_order_within_a_cell():
    layout = compute_layout(small_map())
    first, second = layout.cards["t1"], layout.cards["t2"]
    assert (first.position, second.position) == (0, 1)
    assert second.rect.y >= first.rect.bottom


def test_lane_grows_to_fit_the_tallest_cell():
    journey = small_map()
    before = compute_layout(journey).lane_box("web").rect.h
    journey.extend(
        Kind.TOUCHPOINT, [Touchpoint(f"x{i}", "buy", "web", f"Card {i}") for i in range(6)]
    )
    layout = compute_layout(journey)
    after = layout.lane_box("web").rect.h
    assert after > before
    lowest = max(card.rect.bottom for card in layout.cards.values() if card.channel == "web")
    assert lowest <= layout.lane_box("web").rect.bottom
    # Other lanes start below the grown lane: nothing overlaps between lanes.
    for a, b in itertools.combinations(layout.lanes, 2):
        assert not a.rect.intersects(b.rect)


def test_stage_width_override_and_minimum():
    journey = small_map()
    layout = compute_layout(journey)
    assert layout.stage_box("interest").header.w == 320
    assert layout.stage_box("aware").header.w == Metrics().stage_width
    journey.replace(Kind.STAGE, replace(journey.stage("aware"), width=5))
    assert compute_layout(journey).stage_box("aware").header.w == Metrics().min_stage_width
    xs = [box.header.x for box in layout.stages]
    assert xs == sorted(xs)


def test_line_of_visibility_above_backstage_lanes():
    layout = compute_layout(small_map())
    assert [lane.id for lane in layout.lanes] == ["web", "store", "crm"]
    crm = layout.lane_box("crm")
    assert crm.backstage and crm.index == 0 and crm.order == 2
    assert layout.visibility_y is not None
    assert layout.lane_box("store").rect.bottom <= layout.visibility_y <= crm.rect.y


def test_no_visibility_line_without_backstage():
    journey = small_map()
    journey.replace(Kind.CHANNEL, Channel("crm", "CRM", ChannelKind.HUMAN))
    assert compute_layout(journey).visibility_y is None


def test_persona_filter_hides_cards_and_curves():
    layout = compute_layout(small_map(), LayoutOptions(persona="ari"))
    assert "t5" not in layout.cards
    assert [curve.persona for curve in layout.curves] == ["ari"]
    everyone = compute_layout(small_map())
    assert "t5" in everyone.cards
    assert {curve.persona for curve in everyone.curves} == {"ari", "lyuda"}


def test_emotion_points_sit_at_stage_centres_and_higher_is_better():
    layout = compute_layout(small_map())
    ari = next(curve for curve in layout.curves if curve.persona == "ari")
    by_stage = {point.stage: point for point in ari.points}
    assert set(by_stage) == {"aware", "interest"}
    header = layout.stage_box("aware").header
    assert by_stage["aware"].x == pytest.approx(header.x + header.w / 2)
    assert by_stage["interest"].y < by_stage["aware"].y
    scale = layout.emotion_scale
    assert scale.score_at(by_stage["aware"].y) == 2
    assert scale.score_at(scale.top - 100) == 5 and scale.score_at(scale.bottom + 100) == 1
    emotions = next(row for row in layout.rows if row.id == ROW_EMOTIONS)
    assert emotions.rect.y <= scale.top < scale.bottom <= emotions.rect.bottom


def test_rows_below_the_grid_and_switchable():
    layout = compute_layout(small_map())
    ids = [row.id for row in layout.rows]
    assert ids[:4] == ["emotions", "pains", "opportunities", "questions"]
    assert all(row.rect.y >= layout.grid.bottom for row in layout.rows)
    pains = next(row for row in layout.rows if row.id == ROW_PAINS)
    aware = next(cell for cell in pains.cells if cell.stage == "aware")
    assert aware.lines == ("• Too loud (+3)",)
    only_pains = compute_layout(small_map(), LayoutOptions(rows=frozenset({ROW_PAINS})))
    assert [row.id for row in only_pains.rows] == [ROW_PAINS]


def test_transition_routes_are_distinct_by_kind():
    layout = compute_layout(small_map())
    routes = {arrow.id: arrow for arrow in layout.arrows}
    header_top = layout.stages[0].header.y
    forward = routes["a-i"]
    assert len(forward.points) == 2 and forward.label == "40%"
    assert forward.points[0][0] == layout.stage_box("aware").header.right
    for arc_id in ("b-a", "i-a", "a-b"):
        arc = routes[arc_id]
        assert len(arc.points) == 4
        assert min(y for _, y in arc.points) < header_top  # drawn above the headers
    # Arcs whose spans overlap never share a level.
    arcs = [routes[i] for i in ("b-a", "i-a", "a-b")]
    for a, b in itertools.combinations(arcs, 2):
        a_span = sorted((a.points[0][0], a.points[-1][0]))
        b_span = sorted((b.points[0][0], b.points[-1][0]))
        if a_span[0] < b_span[1] and b_span[0] < a_span[1]:
            assert a.level != b.level
    exit_route = routes["out"]
    assert exit_route.target is None and len(exit_route.points) == 2
    assert exit_route.points[1][0] > layout.stage_box("buy").header.right
    assert exit_route.points[1][0] <= layout.size[0]


def test_card_cell_lookup():
    layout = compute_layout(small_map())
    x, y = layout.cards["t3"].rect.center
    assert layout.cell_at(x, y) == ("aware", "store")
    assert layout.cell_at(-50, y) is None


# --- text ----------------------------------------------------------------------------------


HOSTILE = [
    "a" * 300,
    "Супер" * 60 + " короткое",
    "🙂🚀🍫" * 40,
    "顧客の旅" * 50,
    "word " * 1000,
    "x" * 5000,
    "Tietoisuusvaihe harkintavaihe päätösvaihe uskollisuusvaihe",
    "",
    "line one\nline two\n\nline four",
]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("width", [40.0, 120.0, 300.0])
def test_wrap_never_exceeds_width_or_line_limit(text, width):
    lines = wrap_lines(text, width, MEASURER, 11, max_lines=4)
    assert 1 <= len(lines) <= 4 or (not text and lines == [""])
    for line in lines:
        assert MEASURER.width(line, 11) <= width + 1e-6, line


@pytest.mark.parametrize("text", HOSTILE)
def test_wrap_keeps_all_text_when_it_fits(text):
    lines = wrap_lines(text, 200, MEASURER, 11)
    assert "".join("".join(lines).split()) == "".join(text.split())


def test_wrap_elides_only_when_cut():
    assert wrap_lines("short title", 200, MEASURER, 11, 3) == ["short title"]
    cut = wrap_lines("word " * 100, 100, MEASURER, 11, 2)
    assert len(cut) == 2 and cut[-1].endswith(ELLIPSIS)


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("width", [5.0, 30.0, 150.0])
def test_elide_never_exceeds_width(text, width):
    result = elide(text, width, MEASURER, 10)
    assert MEASURER.width(result, 10) <= width
    if MEASURER.width(text, 10) > width and result:
        assert result.endswith(ELLIPSIS)


def test_measurer_counts_wide_characters_wider():
    assert MEASURER.width("顧客", 10) > MEASURER.width("ab", 10)
    assert MEASURER.width("🙂", 10) == pytest.approx(10)


def test_hostile_cards_stay_inside_their_box():
    journey = small_map()
    for i, text in enumerate(HOSTILE):
        journey.insert(Kind.TOUCHPOINT, Touchpoint(f"h{i}", "buy", "store", text, description=text))
    layout = compute_layout(journey)
    for card in layout.cards.values():
        assert len(card.title_lines) <= Metrics().card_title_max_lines
        for line in card.title_lines:
            assert MEASURER.width(line, Metrics().card_title_size) <= card.title_rect.w + 1e-6
        assert layout.cells[(card.stage, card.channel)].contains(card.rect)


# --- flows between cards -------------------------------------------------------------


def _cards_crossed(layout, route) -> list[str]:
    """Cards other than the route's two ends that one of its segments runs through."""
    crossed = []
    for card in layout.cards.values():
        if card.id in (route.source, route.target):
            continue
        r = card.rect
        for (x1, y1), (x2, y2) in itertools.pairwise(route.points):
            left, right, top, bottom = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
            if left < r.right and r.x < right and top < r.bottom and r.y < bottom:
                crossed.append(card.id)
                break
    return crossed


def _column_map(cards_in_lanes: list[str]) -> JourneyMap:
    """One stage; one card in each of the given lanes, top to bottom."""
    journey = JourneyMap(title="Column")
    journey.extend(Kind.STAGE, [Stage("s", "Stage"), Stage("next", "Next")])
    journey.extend(Kind.CHANNEL, [Channel(lane, lane.upper()) for lane in cards_in_lanes])
    journey.extend(
        Kind.TOUCHPOINT, [Touchpoint(f"c-{lane}", "s", lane, lane) for lane in cards_in_lanes]
    )
    return journey


def test_the_example_map_has_no_flow_through_a_card():
    from cjm_designer.io.yaml_format import load_map
    from tests.conftest import EXAMPLE

    layout = compute_layout(load_map(EXAMPLE), LayoutOptions(measurer=MEASURER))
    assert len(layout.flows) >= 9
    for route in layout.flows:
        assert _cards_crossed(layout, route) == [], route.id
        for (x1, y1), (x2, y2) in itertools.pairwise(route.points):
            assert x1 == x2 or y1 == y2, (route.id, route.points)  # right angles only


def test_a_flow_down_a_column_goes_round_the_card_in_between():
    journey = _column_map(["a", "b", "c"])
    journey.extend(Kind.FLOW, [Flow("f", "c-a", "c-c")])
    layout = compute_layout(journey, LayoutOptions(measurer=MEASURER))
    (route,) = layout.flows
    assert _cards_crossed(layout, route) == []
    middle = layout.cards["c-b"].rect
    xs = {x for x, _ in route.points[1:-1]}
    assert all(x >= middle.right or x <= middle.x for x in xs), route.points
    # With nothing in between it is the straight line down.
    journey.remove(Kind.TOUCHPOINT, "c-b")
    (route,) = compute_layout(journey, LayoutOptions(measurer=MEASURER)).flows
    assert len(route.points) == 2 and route.points[0][0] == route.points[1][0]


def test_a_flow_down_a_column_keeps_off_the_spot_where_another_flow_leaves():
    journey = _column_map(["a", "b", "c"])
    journey.extend(Kind.TOUCHPOINT, [Touchpoint("n", "next", "c", "Next stage")])
    journey.extend(Kind.FLOW, [Flow("down", "c-a", "c-c"), Flow("on", "c-c", "n")])
    layout = compute_layout(journey, LayoutOptions(measurer=MEASURER))
    routes = {route.id: route for route in layout.flows}
    leaves = routes["on"].points[0]
    assert leaves == (layout.cards["c-c"].rect.right, layout.cards["c-c"].rect.center[1])
    assert routes["down"].points[-1] != leaves
    assert _cards_crossed(layout, routes["down"]) == []


def test_flows_to_the_right_keep_the_plain_elbow_when_it_is_clear():
    journey = _column_map(["a"])
    journey.extend(Kind.TOUCHPOINT, [Touchpoint("n", "next", "a", "Next stage")])
    journey.extend(Kind.FLOW, [Flow("f", "c-a", "n")])
    layout = compute_layout(journey, LayoutOptions(measurer=MEASURER))
    (route,) = layout.flows
    source, target = layout.cards["c-a"].rect, layout.cards["n"].rect
    middle = (source.right + target.x) / 2
    assert route.points == (
        (source.right, source.center[1]),
        (middle, source.center[1]),
        (middle, target.center[1]),
        (target.x, target.center[1]),
    )


def test_a_flow_across_busy_lanes_follows_a_lane_edge():
    """Cards in both lanes between the two ends: no elbow is clear, so the route runs in
    the gutters beside the two cards and along the edge between two lanes."""
    journey = JourneyMap(title="Busy")
    journey.extend(Kind.STAGE, [Stage(f"s{i}", f"Stage {i}") for i in range(4)])
    journey.extend(Kind.CHANNEL, [Channel("a", "A"), Channel("b", "B"), Channel("c", "C")])
    cards = [Touchpoint("from", "s0", "a", "From"), Touchpoint("to", "s3", "c", "To")]
    cards += [Touchpoint(f"{lane}{i}", f"s{i}", lane, "Busy") for lane in "ac" for i in (1, 2)]
    journey.extend(Kind.TOUCHPOINT, cards)
    journey.extend(Kind.FLOW, [Flow("f", "from", "to")])
    layout = compute_layout(journey, LayoutOptions(measurer=MEASURER))
    (route,) = layout.flows
    assert _cards_crossed(layout, route) == []
    for (x1, y1), (x2, y2) in itertools.pairwise(route.points):
        assert x1 == x2 or y1 == y2
    edges = {y for lane in layout.lanes for y in (lane.rect.y, lane.rect.bottom)}
    assert any(y1 == y2 and y1 in edges for (_, y1), (_, y2) in itertools.pairwise(route.points))
    assert route.points[0] == (layout.cards["from"].rect.right, layout.cards["from"].rect.center[1])
    assert route.points[-1] == (layout.cards["to"].rect.x, layout.cards["to"].rect.center[1])
