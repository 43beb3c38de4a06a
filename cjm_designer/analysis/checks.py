"""Domain advice on a valid map: gaps in the journey, odd numbers, loops worth a look.

Unlike ``model.validation`` (a broken document), these findings leave a correct file:
a workshop map may well have empty stages for a while. Each finding has a stable
``code`` that tools and tests can rely on; each message is a
:class:`~cjm_designer.messages.Message` (English as a ``str``, localized at the edges).
"""

from __future__ import annotations

from itertools import islice

from cjm_designer.messages import Message
from cjm_designer.model import JourneyMap, Problem, Severity, TransitionKind

from .chain import build_chain
from .graph import build_graph, stage_graph

MAX_CYCLES = 20
SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def run_checks(journey: JourneyMap, scenario: str | None = None) -> list[Problem]:
    """Every finding for the map seen through one scenario (None: all), errors first."""
    problems: list[Problem] = []
    graph = build_graph(journey, scenario, touchpoints=False)
    problems += _probabilities(journey, scenario)
    problems += _stages(journey, scenario, graph)
    problems += _coverage(journey, scenario)
    problems += _backward_flows(journey, scenario, graph)
    problems += _cycles(journey, graph)
    problems += _plan(journey)
    return sorted(problems, key=lambda problem: SEVERITY_ORDER[problem.severity])


def _plan(journey: JourneyMap) -> list[Problem]:
    """Actions serving something no longer on the map (a deleted card or opportunity)."""
    from cjm_designer.model.plan import plan_items

    if not any(action.serves for action in journey.plan):
        return []
    known = {tp.id for tp in journey.touchpoints}
    known.update(item.key for item in plan_items(journey))
    return [
        Problem(
            Severity.WARNING,
            "plan-serves-unknown",
            Message("analysis.plan-serves-unknown", action=action.id, serves=action.serves),
            action.id,
        )
        for action in journey.plan
        if action.serves is not None and action.serves not in known
    ]


def _probabilities(journey: JourneyMap, scenario: str | None) -> list[Problem]:
    problems: list[Problem] = []
    applicable = [t for t in journey.transitions if t.applies_to_scenario(scenario)]
    for t in applicable:
        if t.probability is not None and not 0.0 <= t.probability <= 1.0:
            problems.append(
                Problem(
                    Severity.ERROR,
                    "probability-range",
                    Message(
                        "analysis.probability-range", transition=t.id, probability=t.probability
                    ),
                    t.id,
                )
            )
    scenarios = (
        [scenario] if scenario or not journey.scenarios else [s.id for s in journey.scenarios]
    )
    overfull: dict[str, str | None] = {}
    for view in scenarios:
        for stage in build_chain(journey, view).overfull:
            overfull.setdefault(stage, view)
    for stage, view in overfull.items():
        message = (
            Message("analysis.probability-sum-scenario", stage=stage, scenario=view)
            if view
            else Message("analysis.probability-sum", stage=stage)
        )
        problems.append(Problem(Severity.ERROR, "probability-sum", message, stage))
    without = [t for t in applicable if t.probability is None]
    if applicable and len(without) == len(applicable):
        problems.append(
            Problem(
                Severity.INFO,
                "no-probabilities",
                Message("analysis.no-probabilities"),
            )
        )
    else:
        problems += [
            Problem(
                Severity.WARNING,
                "missing-probability",
                Message("analysis.missing-probability", transition=t.id),
                t.id,
            )
            for t in without
        ]
    return problems


def _stages(journey: JourneyMap, scenario: str | None, graph) -> list[Problem]:
    import networkx as nx

    problems: list[Problem] = []
    entry = journey.entry_stage()
    if entry is None:
        return problems
    if not journey.transitions:
        problems.append(
            Problem(
                Severity.INFO,
                "implicit-path",
                Message("analysis.implicit-path"),
            )
        )
    reached = nx.descendants(stage_graph(graph), entry.id) | {entry.id}
    for stage in journey.stages:
        if stage.id not in reached:
            problems.append(
                Problem(
                    Severity.WARNING,
                    "unreachable-stage",
                    Message("analysis.unreachable-stage", entry=entry.name, stage=stage.name),
                    stage.id,
                )
            )
        way_on = any(
            target != stage.id and kind != TransitionKind.REFERRAL.value
            for _, target, kind in graph.out_edges(stage.id, data="kind")
        )
        if not way_on and not stage.final:
            problems.append(
                Problem(
                    Severity.WARNING,
                    "dead-end",
                    Message("analysis.dead-end", stage=stage.name),
                    stage.id,
                )
            )
    return problems


def _coverage(journey: JourneyMap, scenario: str | None) -> list[Problem]:
    problems: list[Problem] = []
    stages_used: set[str] = set()
    channels_used: set[str] = set()
    for tp in journey.touchpoints:
        if not tp.applies_to_scenario(scenario):
            continue
        stages_used.add(tp.stage)
        channels_used.add(tp.channel)
        if not tp.actions:
            problems.append(
                Problem(
                    Severity.INFO,
                    "touchpoint-without-actions",
                    Message("analysis.touchpoint-without-actions", touchpoint=tp.title),
                    tp.id,
                )
            )
        elif not any(action.owner for action in tp.actions):
            problems.append(
                Problem(
                    Severity.INFO,
                    "touchpoint-without-owner",
                    Message("analysis.touchpoint-without-owner", touchpoint=tp.title),
                    tp.id,
                )
            )
    if not stages_used:
        # A map from a template has its stages and channels but no cards yet: that is
        # the start of a workshop, not a list of problems to show the client.
        return problems
    problems += _unused(
        journey.stages,
        stages_used,
        Severity.WARNING,
        "empty-stage",
    )
    problems += _unused(
        journey.channels,
        channels_used,
        Severity.INFO,
        "unused-channel",
    )
    scored = {persona_id for stage in journey.stages for persona_id in stage.emotions}
    problems += _unused(
        journey.personas,
        scored,
        Severity.INFO,
        "persona-without-emotions",
    )
    return problems


def _unused(entities, used: set[str], severity: Severity, code: str) -> list[Problem]:
    """One finding per named entity nothing refers to; message ``analysis.<code>`` names it."""
    return [
        Problem(severity, code, Message(f"analysis.{code}", name=entity.name), entity.id)
        for entity in entities
        if entity.id not in used
    ]


def _backward_flows(journey: JourneyMap, scenario: str | None, graph) -> list[Problem]:
    problems: list[Problem] = []
    if not journey.flows:
        return problems
    order = {stage.id: i for i, stage in enumerate(journey.stages)}
    stage_of = {tp.id: tp.stage for tp in journey.touchpoints if tp.applies_to_scenario(scenario)}
    for flow in journey.flows:
        source, target = stage_of.get(flow.source), stage_of.get(flow.target)
        if source not in order or target not in order or order[target] >= order[source]:
            continue
        if not graph.has_edge(source, target):
            problems.append(
                Problem(
                    Severity.WARNING,
                    "backward-flow",
                    Message("analysis.backward-flow", flow=flow.id, source=source, target=target),
                    flow.id,
                )
            )
    return problems


def _cycles(journey: JourneyMap, graph) -> list[Problem]:
    """List loops and say why they are there; a loop is normal, not an error."""
    import networkx as nx

    order = {stage.id: i for i, stage in enumerate(journey.stages)}
    names = {stage.id: stage.name for stage in journey.stages}
    found = _loops_in_map_order(nx, stage_graph(graph), order)
    problems = []
    for cycle in found[:MAX_CYCLES]:
        edges = list(zip(cycle, cycle[1:] + cycle[:1], strict=True))
        path = " → ".join(names[s] for s in [*cycle, cycle[0]])
        referral = _edge_with(graph, edges, TransitionKind.REFERRAL.value)
        if referral:
            source, target, key = referral
            message = Message(
                "analysis.referral-loop", path=path, source=names[source], target=names[target]
            )
        else:
            back = next(edge for edge in edges if order[edge[1]] <= order[edge[0]])
            source, target, key = (*back, next(iter(graph[back[0]][back[1]])))
            message = Message(
                "analysis.loop", path=path, source=names[source], target=names[target]
            )
        problems.append(Problem(Severity.INFO, "cycle", message, key))
    if len(found) > MAX_CYCLES:
        problems.append(
            Problem(
                Severity.INFO,
                "cycle",
                Message("analysis.more-loops", limit=MAX_CYCLES),
            )
        )
    return problems


def _loops_in_map_order(nx, stages, order: dict[str, int]) -> list[list[str]]:
    """Up to ``MAX_CYCLES + 1`` loops, each starting at its earliest stage, in map order.

    networkx walks its node sets in hash order, so with stage ids as nodes the loops (and,
    past the limit, which loops) came out differently from one run to the next. Numbered
    by their place on the map, the nodes iterate in the same order in every process.
    """
    stage_at = {order[stage]: stage for stage in stages.nodes}
    numbered = nx.relabel_nodes(stages, {stage: order[stage] for stage in stages.nodes})
    loops = []
    for cycle in islice(nx.simple_cycles(numbered), MAX_CYCLES + 1):
        start = cycle.index(min(cycle))
        loops.append(cycle[start:] + cycle[:start])
    return [[stage_at[position] for position in loop] for loop in sorted(loops)]


def _edge_with(graph, edges, kind: str) -> tuple[str, str, str] | None:
    for source, target in edges:
        for key, data in graph[source][target].items():
            if data.get("kind") == kind:
                return source, target, key
    return None
