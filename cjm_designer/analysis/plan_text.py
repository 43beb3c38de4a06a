"""The plan as plain text for the terminal (``cjm-designer plan MAP``), in the current
language of :mod:`cjm_designer.messages` (numbers the locale's way)."""

from __future__ import annotations

from cjm_designer.messages import number, percent, text
from cjm_designer.model import ActionStatus, JourneyMap
from cjm_designer.model.plan import find_item, quadrant, status_counts

from .actual import ActualRow
from .worth import OK, ValuedItem


def worth_text(valued: ValuedItem, stage_names: dict[str, str] | None = None) -> str:
    """ "+5.00 pts conversion, +50.0 customers/month, -2.0 days" or why there is no number."""
    worth = valued.worth
    if worth.status != OK or worth.conversion_delta is None:
        return text("plan.unlinked" if worth.status == "unlinked" else "plan.incomplete")
    parts = [text("plan.worth-points", points=worth.conversion_delta * 100)]
    if worth.customers_delta is not None:
        parts.append(text("plan.worth-customers", customers=worth.customers_delta))
    if worth.days_delta is not None and abs(worth.days_delta) >= 0.05:
        parts.append(text("plan.worth-days", days=worth.days_delta))
    return ", ".join(parts)


def render_plan(
    journey: JourneyMap, valued: list[ValuedItem], actual: list[ActualRow] | None = None
) -> str:
    names = {stage.id: stage.name for stage in journey.stages}
    lines = [journey.title or text("plan.untitled"), ""]
    if journey.traffic is not None:
        lines.append(text("plan.traffic", traffic=_whole(journey.traffic)))
        lines.append("")
    lines.append(text("plan.opportunities", count=len(valued)))
    if not valued:
        lines.append(text("plan.no-opportunities"))
    for position, v in enumerate(valued, 1):
        insight = v.item.insight
        scores = ""
        if insight.impact is not None and insight.effort is not None:
            kind = text(f"plan.quadrant.{quadrant(insight.impact, insight.effort)}")
            scores = " " + text(
                "plan.scores", impact=insight.impact, effort=insight.effort, quadrant=kind
            )
        votes = " " + text("plan.votes", count=insight.votes) if insight.votes else ""
        stage = names.get(v.item.card.stage, v.item.card.stage)
        lines.append(f"  {position}. {insight.text}{scores}{votes} — {stage}")
        lines.append("     " + text("plan.item-worth", id=v.item.key, worth=worth_text(v, names)))
    lines.append("")
    counts = status_counts(journey)
    summary = ", ".join(
        text("plan.status-count", count=counts[s], status=text(f"plan.status.{s.value}"))
        for s in ActionStatus
        if counts[s]
    )
    code = "plan.actions-summary" if summary else "plan.actions"
    lines.append(text(code, count=len(journey.plan), summary=summary))
    if not journey.plan:
        lines.append(text("plan.no-actions"))
    for action in journey.plan:
        owner = action.owner or text("plan.no-owner")
        due = action.due or text("plan.no-date")
        served = ""
        if action.serves:
            item = find_item(journey, action.serves)
            if item is not None:
                served = f" → {item.insight.text}"
            elif action.serves in journey:
                served = " → " + text(
                    "plan.serves-card", title=journey.touchpoint(action.serves).title
                )
            else:
                served = " → " + text("plan.serves-missing", id=action.serves)
        status = text(f"plan.status.{action.status.value}")
        lines.append(f"  [{status}] {action.text} — {owner}, {due}{served}")
    if actual:
        lines.append("")
        lines.append(text("plan.vs-reality"))
        for row in actual:
            planned = "—" if row.planned_reach is None else percent(row.planned_reach)
            real = "—" if row.actual_reach is None else percent(row.actual_reach)
            lines.append(
                "  "
                + text(
                    "plan.actual-row",
                    period=row.period,
                    stage=names.get(row.stage, row.stage),
                    planned=planned,
                    actual=real,
                    visitors=number(row.visitors, "g"),
                )
                + (
                    ""
                    if row.actual_conversion is None
                    else "; "
                    + text(
                        "plan.actual-conversion",
                        planned="—"
                        if row.planned_conversion is None
                        else percent(row.planned_conversion),
                        actual=percent(row.actual_conversion),
                    )
                )
            )
    return "\n".join(lines)


def _whole(value: float) -> float:
    """12000.0 as 12000 (written "12 000" in Russian and Finnish), 12.5 as it is."""
    return int(value) if float(value).is_integer() else value
