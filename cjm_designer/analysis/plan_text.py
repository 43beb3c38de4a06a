"""The plan as plain text for the terminal (``cjm-designer plan MAP``)."""

from __future__ import annotations

from cjm_designer.model import ActionStatus, JourneyMap
from cjm_designer.model.plan import find_item, quadrant, status_counts

from .actual import ActualRow
from .worth import OK, ValuedItem

QUADRANT_NAMES = {
    "quick-win": "quick win",
    "big-bet": "big bet",
    "fill-in": "fill-in",
    "money-pit": "money pit",
}


def worth_text(valued: ValuedItem, stage_names: dict[str, str] | None = None) -> str:
    """ "+5.0 pts conversion, +50/month, -2.0 days" or why there is no number."""
    worth = valued.worth
    if worth.status != OK or worth.conversion_delta is None:
        return "not linked to the funnel" if worth.status == "unlinked" else "funnel incomplete"
    parts = [f"{worth.conversion_delta * 100:+.2f} pts conversion"]
    if worth.customers_delta is not None:
        parts.append(f"{worth.customers_delta:+.1f} customers/month")
    if worth.days_delta is not None and abs(worth.days_delta) >= 0.05:
        parts.append(f"{worth.days_delta:+.1f} days")
    return ", ".join(parts)


def render_plan(
    journey: JourneyMap, valued: list[ValuedItem], actual: list[ActualRow] | None = None
) -> str:
    names = {stage.id: stage.name for stage in journey.stages}
    lines = [journey.title or "(untitled map)", ""]
    if journey.traffic is not None:
        lines.append(f"Entry traffic: {journey.traffic:g} customers per month")
        lines.append("")
    lines.append(f"Opportunities ({len(valued)}), most valuable first:")
    if not valued:
        lines.append("  none yet: add opportunities to cards")
    for number, v in enumerate(valued, 1):
        insight = v.item.insight
        scores = ""
        if insight.impact is not None and insight.effort is not None:
            kind = QUADRANT_NAMES[quadrant(insight.impact, insight.effort)]
            scores = f" [impact {insight.impact}, effort {insight.effort}: {kind}]"
        votes = f" ({insight.votes} votes)" if insight.votes else ""
        stage = names.get(v.item.card.stage, v.item.card.stage)
        lines.append(f"  {number}. {insight.text}{scores}{votes} — {stage}")
        lines.append(f"     id {v.item.key}; worth: {worth_text(v, names)}")
    lines.append("")
    counts = status_counts(journey)
    summary = ", ".join(f"{counts[s]} {s.value}" for s in ActionStatus if counts[s])
    lines.append(f"Action plan ({len(journey.plan)} actions{': ' + summary if summary else ''}):")
    if not journey.plan:
        lines.append("  no actions yet")
    for action in journey.plan:
        owner = action.owner or "no owner"
        due = action.due or "no date"
        served = ""
        if action.serves:
            item = find_item(journey, action.serves)
            if item is not None:
                served = f" → {item.insight.text}"
            elif action.serves in journey:
                served = f" → card {journey.touchpoint(action.serves).title}"
            else:
                served = f" → {action.serves} (not on the map)"
        lines.append(f"  [{action.status.value}] {action.text} — {owner}, {due}{served}")
    if actual:
        lines.append("")
        lines.append("Plan versus reality (reach from the entry stage):")
        for row in actual:
            planned = "—" if row.planned_reach is None else f"{row.planned_reach:.1%}"
            real = "—" if row.actual_reach is None else f"{row.actual_reach:.1%}"
            lines.append(
                f"  {row.period} {names.get(row.stage, row.stage)}: plan {planned}, "
                f"actual {real} ({row.visitors:g} visitors)"
            )
    return "\n".join(lines)
