"""The map as a networkx graph: stages joined by transitions, cards joined by flows.

Edge keys are the transition and flow ids, so a finding can always name the entity it
is about. networkx is imported on first use: the GUI and the other commands start
without paying for it.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from cjm_designer.model import JourneyMap, TransitionKind

if TYPE_CHECKING:
    import networkx as nx

IMPLICIT = "implicit"
"""Edge kind of the linear path that a map without transitions gets from stage order."""


def build_graph(
    journey: JourneyMap, scenario: str | None = None, touchpoints: bool = True
) -> nx.MultiDiGraph:
    """Stage nodes (``kind="stage"``), touchpoint nodes (``kind="touchpoint"``), edges.

    Transition edges carry ``kind`` (a :class:`TransitionKind` value) and
    ``probability``; exits have no target node and are listed on their stage's
    ``exits`` attribute instead. Flow edges join touchpoints with ``kind="flow"``.
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    stage_ids = [stage.id for stage in journey.stages]
    for order, stage in enumerate(journey.stages):
        graph.add_node(stage.id, kind="stage", order=order, final=stage.final, exits=[])
    known = set(stage_ids)
    if not journey.transitions:
        for a, b in pairwise(stage_ids):
            graph.add_edge(a, b, key=f"{a}->{b}", kind=IMPLICIT, probability=None)
    for transition in journey.transitions:
        if not transition.applies_to_scenario(scenario) or transition.source not in known:
            continue
        if transition.target is None:
            if transition.kind is TransitionKind.EXIT:
                graph.nodes[transition.source]["exits"].append(transition.id)
            continue
        if transition.target in known:
            graph.add_edge(
                transition.source,
                transition.target,
                key=transition.id,
                kind=transition.kind.value,
                probability=transition.probability,
            )
    if touchpoints:
        cards = {
            tp.id: tp
            for tp in journey.touchpoints
            if tp.applies_to_scenario(scenario) and tp.stage in known
        }
        graph.add_nodes_from(
            (tp.id, {"kind": "touchpoint", "stage": tp.stage, "channel": tp.channel})
            for tp in cards.values()
        )
        for flow in journey.flows:
            if flow.source in cards and flow.target in cards:
                graph.add_edge(flow.source, flow.target, key=flow.id, kind="flow")
    return graph


def stage_graph(graph: nx.MultiDiGraph, referrals: bool = True) -> nx.DiGraph:
    """Stages only, one edge per ordered pair; ``referrals=False`` keeps the customer's own moves."""
    import networkx as nx

    simple = nx.DiGraph()
    simple.add_nodes_from(n for n, kind in graph.nodes(data="kind") if kind == "stage")
    for source, target, kind in graph.edges(data="kind"):
        if kind == "flow" or (not referrals and kind == TransitionKind.REFERRAL.value):
            continue
        simple.add_edge(source, target)
    return simple
