"""Everything the analysis finds about one map, and its stable JSON form.

The JSON shape is documented field by field in ``docs/analysis-json.md``; change it
only by adding fields, and bump ``version`` if a field ever changes meaning.
"""

from __future__ import annotations

from typing import Any

from cjm_designer.messages import Message, localize
from cjm_designer.model import JourneyMap, PlanAction, Problem, Severity
from cjm_designer.model.records import Record, record

from .actual import ActualRow, plan_vs_actual
from .bottlenecks import Bottleneck, rank_bottlenecks
from .chain import build_chain
from .checks import SEVERITY_ORDER, run_checks
from .coverage import Coverage, coverage_matrix
from .emotions import PersonaEmotions, persona_emotions
from .funnel import ENDLESS, FunnelResult, compute_funnel
from .scenarios import ScenarioSummary, compare_scenarios
from .worth import ValuedItem, Worth, valued_items

JSON_VERSION = 1
DIGITS = 12
"""Rounding of probabilities in JSON: hides binary noise (0.7000000000000001), nothing more."""


@record
class AnalysisReport(Record):
    title: str
    scenario: str | None
    stages: tuple[str, ...]
    funnel: FunnelResult
    bottlenecks: tuple[Bottleneck, ...]
    scenarios: tuple[ScenarioSummary, ...]
    coverage: Coverage
    emotions: tuple[PersonaEmotions, ...]
    problems: tuple[Problem, ...]
    opportunities: tuple[ValuedItem, ...] = ()
    plan: tuple[PlanAction, ...] = ()
    actual: tuple[ActualRow, ...] = ()
    traffic: float | None = None

    def to_json(self, language: str | None = None) -> dict[str, Any]:
        """The documented JSON; problems carry their message in ``language`` too
        (default: the current one, see ``cjm_designer.messages.set_language``)."""
        counts = {severity.value: 0 for severity in Severity}
        for problem in self.problems:
            counts[problem.severity.value] += 1
        return {
            "version": JSON_VERSION,
            "title": self.title,
            "scenario": self.scenario,
            "funnel": _funnel_json(self.funnel, self.stages),
            "bottlenecks": [_bottleneck_json(b) for b in self.bottlenecks],
            "scenarios": [_scenario_json(s) for s in self.scenarios],
            "coverage": {
                "stages": list(self.coverage.stages),
                "channels": list(self.coverage.channels),
                "counts": [list(row) for row in self.coverage.counts],
                "covered_cells": self.coverage.covered_cells,
                "cells": self.coverage.cells,
            },
            "emotions": [_emotions_json(e) for e in self.emotions],
            "traffic": self.traffic,
            "opportunities": [_opportunity_json(v) for v in self.opportunities],
            "plan": [_action_json(a) for a in self.plan],
            "actual": [_actual_json(r) for r in self.actual],
            "problems": [problem_json(p, language) for p in self.problems],
            "summary": {
                "errors": counts["error"],
                "warnings": counts["warning"],
                "info": counts["info"],
            },
        }


def analyze(journey: JourneyMap, scenario: str | None = None) -> AnalysisReport:
    """The whole analysis of a map through one scenario (None: every transition counts)."""
    if scenario is not None and scenario not in {s.id for s in journey.scenarios}:
        raise ValueError(Message("analysis.unknown-scenario", scenario=scenario))
    chain = build_chain(journey, scenario)
    funnel = compute_funnel(journey, scenario, chain)
    problems = run_checks(journey, scenario) + _funnel_problems(funnel)
    problems.sort(key=lambda problem: SEVERITY_ORDER[problem.severity])
    return AnalysisReport(
        title=journey.title,
        scenario=scenario,
        stages=chain.stages,
        funnel=funnel,
        bottlenecks=tuple(rank_bottlenecks(chain)),
        scenarios=tuple(compare_scenarios(journey)),
        coverage=coverage_matrix(journey, scenario),
        emotions=tuple(persona_emotions(journey, scenario)),
        problems=tuple(problems),
        opportunities=tuple(valued_items(journey, scenario, base=funnel)),
        plan=journey.plan,
        actual=tuple(plan_vs_actual(journey, funnel)),
        traffic=journey.traffic,
    )


def _funnel_problems(funnel: FunnelResult) -> list[Problem]:
    problems = []
    if funnel.status == ENDLESS:
        problems.append(
            Problem(
                Severity.ERROR,
                "endless-loop",
                Message("analysis.endless-loop", stages=", ".join(repr(s) for s in funnel.trapped)),
                funnel.trapped[0],
            )
        )
    if funnel.referral.status == "diverges":
        problems.append(
            Problem(
                Severity.WARNING,
                "referral-diverges",
                Message("analysis.referral-diverges", radius=funnel.referral.spectral_radius),
            )
        )
    problems += [
        Problem(
            Severity.INFO,
            "missing-duration",
            Message("analysis.missing-duration", stage=stage),
            stage,
        )
        for stage in funnel.missing_durations
    ]
    return problems


def problem_json(problem: Problem, language: str | None = None) -> dict[str, Any]:
    """A finding: stable ``code``, English ``message``, and the same ``localized``;
    ``message_code`` names the message text (``cjm_designer/messages/texts.py``)."""
    message = problem.message
    return {
        "severity": problem.severity.value,
        "code": problem.code,
        "message": str(message),
        "message_code": getattr(message, "code", None),
        "localized": localize(message, language),
        "ref": problem.ref,
    }


def _number(value: float | None) -> float | None:
    return None if value is None else round(float(value), DIGITS)


def _funnel_json(funnel: FunnelResult, stages: tuple[str, ...]) -> dict[str, Any]:
    reach, visits = funnel.reach or {}, funnel.visits or {}
    referral = funnel.referral
    return {
        "status": funnel.status,
        "entry": funnel.entry,
        "conversion": _number(funnel.conversion),
        "exit": _number(None if funnel.conversion is None else 1.0 - funnel.conversion),
        "expected_days": _number(funnel.expected_days),
        "stages": {
            stage: {"reach": _number(reach.get(stage)), "visits": _number(visits.get(stage))}
            for stage in stages
        },
        "finals": {stage: _number(p) for stage, p in (funnel.finals or {}).items()},
        "referral": {
            "status": referral.status,
            "multiplier": _number(referral.multiplier),
            "gained": _number(referral.gained),
            "spectral_radius": _number(referral.spectral_radius),
            "entries": {s: _number(v) for s, v in (referral.entries or {}).items()},
            "conversion": _number(referral.conversion),
            "missing": list(referral.missing),
        },
        "missing": list(funnel.missing),
        "missing_durations": list(funnel.missing_durations),
        "invalid": list(funnel.invalid),
        "trapped": list(funnel.trapped),
        "implicit_path": funnel.implicit,
    }


def _bottleneck_json(b: Bottleneck) -> dict[str, Any]:
    return {
        "transition": b.transition,
        "from": b.source,
        "to": b.target,
        "probability": _number(b.probability),
        "improved": _number(b.improved),
        "conversion": _number(b.conversion),
        "gain": _number(b.gain),
    }


def _scenario_json(s: ScenarioSummary) -> dict[str, Any]:
    funnel = s.funnel
    return {
        "id": s.id,
        "name": s.name,
        "touchpoints": s.touchpoints,
        "transitions": s.transitions,
        "status": funnel.status,
        "conversion": _number(funnel.conversion),
        "expected_days": _number(funnel.expected_days),
        "referral_multiplier": _number(funnel.referral.multiplier),
        "reach": {stage: _number(p) for stage, p in (funnel.reach or {}).items()},
    }


def _emotions_json(e: PersonaEmotions) -> dict[str, Any]:
    return {
        "persona": e.persona,
        "name": e.name,
        "curve": dict(e.curve),
        "average": _number(e.average),
        "lowest": e.lowest,
        "lows": list(e.lows),
        "pains": [
            {
                "touchpoint": p.touchpoint,
                "stage": p.stage,
                "channel": p.channel,
                "text": p.text,
                "votes": p.votes,
            }
            for p in e.pains
        ],
    }


def _worth_json(w: Worth) -> dict[str, Any]:
    return {
        "status": w.status,
        "link": w.link,
        "change": _number(w.change),
        "applied_change": _number(w.applied),
        "conversion_before": _number(w.conversion_before),
        "conversion_after": _number(w.conversion_after),
        "conversion_delta": _number(w.conversion_delta),
        "days_before": _number(w.days_before),
        "days_after": _number(w.days_after),
        "days_delta": _number(w.days_delta),
        "customers_per_month_before": _number(w.customers_before),
        "customers_per_month_after": _number(w.customers_after),
        "customers_per_month_delta": _number(w.customers_delta),
    }


def _opportunity_json(v: ValuedItem) -> dict[str, Any]:
    insight, card = v.item.insight, v.item.card
    return {
        "id": v.item.key,
        "title": insight.text,
        "touchpoint": card.id,
        "stage": card.stage,
        "impact": insight.impact,
        "effort": insight.effort,
        "votes": insight.votes,
        "worth": _worth_json(v.worth),
    }


def _action_json(a: PlanAction) -> dict[str, Any]:
    return {
        "id": a.id,
        "text": a.text,
        "owner": a.owner,
        "due": a.due or None,
        "status": a.status.value,
        "serves": a.serves,
    }


def _actual_json(r: ActualRow) -> dict[str, Any]:
    return {
        "stage": r.stage,
        "period": r.period,
        "visitors": r.visitors,
        "planned_reach": _number(r.planned_reach),
        "actual_reach": _number(r.actual_reach),
        "gap": _number(r.gap),
        "conversions": _number(r.conversions),
        "planned_conversion": _number(r.planned_conversion),
        "actual_conversion": _number(r.actual_conversion),
        "conversion_gap": _number(r.conversion_gap),
    }
