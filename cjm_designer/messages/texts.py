"""The one English source text of every message code (the catalogues' msgids).

A code is ``layer.what`` and never changes meaning; the text may be improved (the
catalogues then mark the translation for review). Placeholders are ``str.format`` fields
named after what they hold; ``{stage!r}`` quotes a name as Python does, and a translation
may quote it its own way («{stage}»). Numbers take a spec (``{share:.1%}``,
``{days:.1f}``) and are written per locale. A :class:`Plural` picks its form by CLDR
rules from the value named by ``count``.

After changing this file run ``.venv/bin/python scripts/update_messages.py``, translate
the new entries in ``resources/messages/cjm_designer_{ru,fi}.po`` and run it again to
compile the ``.mo`` files (docs/i18n-and-accessibility.md).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Plural:
    """English singular and plural; other languages have as many forms as CLDR gives."""

    one: str
    other: str
    count: str = "count"


TEXTS: dict[str, str | Plural] = {
    # --- severities (labels in front of findings) ---------------------------------------
    "severity.error": "error",
    "severity.warning": "warning",
    "severity.info": "info",
    # --- analysis: findings of cjm_designer.analysis.checks / report ------------------
    "analysis.probability-range": "transition {transition!r} has probability {probability}, "
    "outside 0..1",
    "analysis.probability-sum": "the ways out of stage {stage!r} add up to more than 1",
    "analysis.probability-sum-scenario": "the ways out of stage {stage!r} add up to more "
    "than 1 in scenario {scenario!r}",
    "analysis.no-probabilities": "no transition has a probability: give them to compute the funnel",
    "analysis.missing-probability": "transition {transition!r} has no probability, so the "
    "funnel cannot be computed",
    "analysis.implicit-path": "the map has no transitions: the stages' order is taken as a "
    "linear path",
    "analysis.unreachable-stage": "no transition leads from the entry stage {entry!r} to {stage!r}",
    "analysis.dead-end": "stage {stage!r} has no way on and is not marked final: add a "
    "transition or mark it final",
    "analysis.touchpoint-without-actions": "touchpoint {touchpoint!r} says nothing about "
    "what the customer or the company does there",
    "analysis.touchpoint-without-owner": "no action of touchpoint {touchpoint!r} has an owner",
    "analysis.empty-stage": "stage {name!r} has no touchpoints",
    "analysis.unused-channel": "channel {name!r} has no touchpoints",
    "analysis.persona-without-emotions": "persona {name!r} has no emotion at any stage",
    "analysis.backward-flow": "flow {flow!r} goes back from stage {source!r} to {target!r} "
    "but no transition leads that way",
    "analysis.referral-loop": "referral loop {path}: customers recommended at {source!r} "
    "enter at {target!r} and may recommend others in turn; this is legitimate and is what "
    "the referral multiplier counts",
    "analysis.loop": "loop {path}: customers can return from {source!r} to {target!r} and go "
    "round again; this is legitimate (the funnel counts the extra visits)",
    "analysis.more-loops": "more loops than the {limit} listed; the stage graph is densely "
    "connected",
    "analysis.endless-loop": "customers who reach {stages} can never leave nor finish: some "
    "way out must have a probability below 1",
    "analysis.referral-diverges": "each customer brings {radius:.3g} or more new customers, "
    "so referrals grow without limit: check the referral probabilities",
    "analysis.missing-duration": "stage {stage!r} has no duration, so the expected time is unknown",
    "analysis.unknown-scenario": "the map has no scenario {scenario!r}",
    # --- analysis: the terminal report (cjm-designer analyze) ---------------------------
    "report.title": "Analysis of {title}",
    "report.title-scenario": "Analysis of {title} (scenario {scenario})",
    "report.untitled": "untitled map",
    "report.funnel": "Funnel from {entry}: {status}",
    # The English status words are the JSON's status values, as the report always printed.
    "report.status.ok": "ok",
    "report.status.no-stages": "no-stages",
    "report.status.missing-probabilities": "missing-probabilities",
    "report.status.invalid-probabilities": "invalid-probabilities",
    "report.status.endless-loop": "endless-loop",
    "report.status.none": "none",
    "report.status.diverges": "diverges",
    "report.status.unavailable": "unavailable",
    "report.final": "{stage} (final)",
    "report.col.stage": "Stage",
    "report.col.reach": "Reach",
    "report.col.visits": "Visits",
    "report.conversion": "Conversion: {share}",
    "report.expected-time": "Expected time to a final stage: {time}",
    "report.days": "{days:.1f} days",
    "report.unknown": "unknown",
    "report.referral": "Referral multiplier: {multiplier:.3f} customers per customer "
    "(conversion with referrals {share})",
    "report.referral-status": "Referral multiplier: {status}",
    "report.missing": "Transitions without probability: {items}",
    "report.bottlenecks": "Bottlenecks (+10 points on one transition):",
    "report.col.transition": "Transition",
    "report.col.now": "Now",
    "report.col.improved": "Improved",
    "report.col.conversion": "Conversion",
    "report.gain": "+{points:.2f} pt",
    "report.scenarios": "Scenarios:",
    "report.col.scenario": "Scenario",
    "report.col.cards": "Cards",
    "report.col.time": "Time",
    "report.days-short": "{days:.1f} d",
    "report.coverage": "Coverage: {covered} of {cells} cells have cards",
    "report.lows": "Emotional lows of {persona}: {stages}",
    "report.problems": "Problems: {count}",
    "report.problem": "  {severity}: {code}: {message}",
}
