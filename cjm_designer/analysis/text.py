"""A plain-text summary of an :class:`AnalysisReport` for the terminal."""

from __future__ import annotations

from cjm_designer.model import JourneyMap

from .report import AnalysisReport

TOP_BOTTLENECKS = 5


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = []
    for row in [header, *rows]:
        cells = [
            str(cell).ljust(width) if i == 0 else str(cell).rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * width for width in widths))
    return lines


def render_text(report: AnalysisReport, journey: JourneyMap) -> str:
    """Funnel per stage, conversion, time, referrals, bottlenecks, scenarios, problems."""
    names = {stage.id: stage.name for stage in journey.stages}
    funnel = report.funnel
    scenario = f" (scenario {report.scenario})" if report.scenario else ""
    lines = [f"Analysis of {report.title or 'untitled map'}{scenario}", ""]
    lines.append(f"Funnel from {names.get(funnel.entry or '', '—')}: {funnel.status}")
    if funnel.ok:
        rows = []
        reach, visits = funnel.reach or {}, funnel.visits or {}
        for stage in report.stages:
            mark = " (final)" if stage in (funnel.finals or {}) else ""
            rows.append(
                [
                    names[stage] + mark,
                    _percent(reach[stage]),
                    f"{visits[stage]:.3f}",
                ]
            )
        lines += _table(["Stage", "Reach", "Visits"], rows)
        lines.append("")
        lines.append(f"Conversion: {_percent(funnel.conversion)}")
        days = funnel.expected_days
        lines.append(
            "Expected time to a final stage: "
            + (f"{days:.1f} days" if days is not None else "unknown")
        )
        referral = funnel.referral
        if referral.status == "ok":
            lines.append(
                f"Referral multiplier: {referral.multiplier:.3f} customers per customer "
                f"(conversion with referrals {_percent(referral.conversion)})"
            )
        elif referral.status != "none":
            lines.append(f"Referral multiplier: {referral.status}")
    elif funnel.missing:
        lines.append("Transitions without probability: " + ", ".join(funnel.missing))
    if report.bottlenecks:
        lines += ["", "Bottlenecks (+10 points on one transition):"]
        rows = [
            [
                f"{names[b.source]} → {names[b.target]}",
                _percent(b.probability),
                _percent(b.improved),
                f"+{100 * b.gain:.2f} pt",
            ]
            for b in report.bottlenecks[:TOP_BOTTLENECKS]
        ]
        lines += _table(["Transition", "Now", "Improved", "Conversion"], rows)
    valued = [v for v in report.opportunities if v.worth.conversion_delta is not None]
    if valued:
        lines += ["", "Opportunities by worth (cjm-designer plan MAP for the whole plan):"]
        rows = [
            [
                v.item.insight.text if len(v.item.insight.text) <= 48
                else v.item.insight.text[:47] + "…",
                f"{100 * (v.worth.conversion_delta or 0):+.2f} pt",
                "—" if v.worth.customers_delta is None else f"{v.worth.customers_delta:+.1f}",
            ]
            for v in valued[:TOP_BOTTLENECKS]
        ]  # fmt: skip
        lines += _table(["Opportunity", "Conversion", "Customers/month"], rows)
    if report.scenarios:
        lines += ["", "Scenarios:"]
        rows = [
            [
                s.name,
                str(s.touchpoints),
                _percent(s.funnel.conversion),
                "—" if s.funnel.expected_days is None else f"{s.funnel.expected_days:.1f} d",
            ]
            for s in report.scenarios
        ]
        lines += _table(["Scenario", "Cards", "Conversion", "Time"], rows)
    coverage = report.coverage
    lines += ["", f"Coverage: {coverage.covered_cells} of {coverage.cells} cells have cards"]
    for persona in report.emotions:
        if persona.lows:
            lows = ", ".join(names[s] for s in persona.lows)
            lines.append(f"Emotional lows of {persona.name}: {lows}")
    lines += ["", f"Problems: {len(report.problems)}"]
    lines += [f"  {p.severity.value}: {p.code}: {p.message}" for p in report.problems]
    return "\n".join(lines)
