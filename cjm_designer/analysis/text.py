"""A plain-text summary of an :class:`AnalysisReport` for the terminal, in the current
language of :mod:`cjm_designer.messages` (numbers and percentages the locale's way)."""

from __future__ import annotations

from cjm_designer.messages import localize, number, percent, text
from cjm_designer.model import JourneyMap

from .report import AnalysisReport

TOP_BOTTLENECKS = 5


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


def _status(status: str) -> str:
    code = f"report.status.{status}"
    from cjm_designer.messages import TEXTS

    return text(code) if code in TEXTS else status


def render_text(report: AnalysisReport, journey: JourneyMap) -> str:
    """Funnel per stage, conversion, time, referrals, bottlenecks, scenarios, problems."""
    names = {stage.id: stage.name for stage in journey.stages}
    funnel = report.funnel
    title = report.title or text("report.untitled")
    heading = (
        text("report.title-scenario", title=title, scenario=report.scenario)
        if report.scenario
        else text("report.title", title=title)
    )
    lines = [heading, ""]
    lines.append(
        text(
            "report.funnel", entry=names.get(funnel.entry or "", "—"), status=_status(funnel.status)
        )
    )
    if funnel.ok:
        rows = []
        reach, visits = funnel.reach or {}, funnel.visits or {}
        for stage in report.stages:
            name = names[stage]
            if stage in (funnel.finals or {}):
                name = text("report.final", stage=name)
            rows.append([name, percent(reach[stage]), number(visits[stage], ".3f")])
        lines += _table(
            [text("report.col.stage"), text("report.col.reach"), text("report.col.visits")], rows
        )
        lines.append("")
        lines.append(text("report.conversion", share=percent(funnel.conversion)))
        days = funnel.expected_days
        time = text("report.days", days=days) if days is not None else text("report.unknown")
        lines.append(text("report.expected-time", time=time))
        referral = funnel.referral
        if referral.status == "ok":
            lines.append(
                text(
                    "report.referral",
                    multiplier=referral.multiplier,
                    share=percent(referral.conversion),
                )
            )
        elif referral.status != "none":
            lines.append(text("report.referral-status", status=_status(referral.status)))
    elif funnel.missing:
        lines.append(text("report.missing", items=", ".join(funnel.missing)))
    if report.bottlenecks:
        lines += ["", text("report.bottlenecks")]
        rows = [
            [
                f"{names[b.source]} → {names[b.target]}",
                percent(b.probability),
                percent(b.improved),
                text("report.gain", points=100 * b.gain),
            ]
            for b in report.bottlenecks[:TOP_BOTTLENECKS]
        ]
        lines += _table(
            [
                text("report.col.transition"),
                text("report.col.now"),
                text("report.col.improved"),
                text("report.col.conversion"),
            ],
            rows,
        )
    valued = [v for v in report.opportunities if v.worth.conversion_delta is not None]
    if valued:
        lines += ["", text("report.opportunities")]
        rows = [
            [
                v.item.insight.text if len(v.item.insight.text) <= 48
                else v.item.insight.text[:47] + "…",
                text("report.gain-signed", points=100 * (v.worth.conversion_delta or 0)),
                "—" if v.worth.customers_delta is None
                else number(v.worth.customers_delta, "+.1f"),
            ]
            for v in valued[:TOP_BOTTLENECKS]
        ]  # fmt: skip
        lines += _table(
            [
                text("report.col.opportunity"),
                text("report.col.conversion"),
                text("report.col.customers"),
            ],
            rows,
        )
    if report.scenarios:
        lines += ["", text("report.scenarios")]
        rows = [
            [
                s.name,
                number(s.touchpoints),
                percent(s.funnel.conversion),
                "—"
                if s.funnel.expected_days is None
                else text("report.days-short", days=s.funnel.expected_days),
            ]
            for s in report.scenarios
        ]
        lines += _table(
            [
                text("report.col.scenario"),
                text("report.col.cards"),
                text("report.col.conversion"),
                text("report.col.time"),
            ],
            rows,
        )
    coverage = report.coverage
    lines += [
        "",
        text("report.coverage", covered=coverage.covered_cells, cells=coverage.cells),
    ]
    for persona in report.emotions:
        if persona.lows:
            lows = ", ".join(names[s] for s in persona.lows)
            lines.append(text("report.lows", persona=persona.name, stages=lows))
    lines += ["", text("report.problems", count=len(report.problems))]
    lines += [
        text(
            "report.problem",
            severity=text(f"severity.{p.severity.value}"),
            code=p.code,
            message=localize(p.message),
        )
        for p in report.problems
    ]
    return "\n".join(lines)
