"""The handout's plan: "Action plan" / "План действий" / "Toimintasuunnitelma".

Source 002 ends the workshop with the final plan (step 6) and reviews it every 3-5
months (step 7), so the printed handout carries it: the actions with owner, due date and
status (counted by status, for the review), the opportunities ranked by what they are
worth to the funnel, and the measured reach beside the planned one when the map has
measurements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import PageBreak, Paragraph

from cjm_designer.model import ActionStatus
from cjm_designer.model.duration_text import format_number
from cjm_designer.model.plan import find_item, quadrant, status_counts

from .pdf_text import one_line

if TYPE_CHECKING:
    from .pdf_handout import HandoutBuilder

TOP_OPPORTUNITIES = 10


def plan_section(builder: HandoutBuilder) -> list:
    """The plan pages, or nothing when the map has neither actions nor scored opportunities."""
    from cjm_designer.analysis.worth import valued_items

    journey, t = builder.journey, builder.t
    valued = [
        v
        for v in valued_items(journey, builder.ctx.options.scenario)
        if v.worth.status == "ok" or v.item.scored
    ][:TOP_OPPORTUNITIES]
    if not journey.plan and not valued:
        return []
    story: list = [PageBreak(), builder.heading(t("action_plan"), 0, "plan")]
    if journey.plan:
        counts = status_counts(journey)
        summary = " · ".join(
            f"{t('status_' + s.value)}: {counts[s]}" for s in ActionStatus if counts[s]
        )
        story.append(builder.para(summary, builder.s.small))
        rows = [[t("action"), t("owner"), t("due"), t("status"), t("serves")]]
        for action in journey.plan:
            served = ""
            if action.serves:
                item = find_item(journey, action.serves)
                if item is not None:
                    served = item.insight.text
                elif action.serves in journey:
                    served = getattr(journey.get(action.serves), "title", action.serves)
            rows.append(
                [
                    one_line(action.text),
                    one_line(action.owner) or "—",
                    action.due or "—",
                    t("status_" + action.status.value),
                    one_line(served) or "—",
                ]
            )
        story.append(builder._table(rows, (0.34, 0.17, 0.12, 0.11, 0.26)))
    if valued:
        story.append(Paragraph(builder.m(t("valued_opportunities"), True), builder.s.h3))
        rows = [[t("opportunity"), t("impact_effort"), t("worth")]]
        for v in valued:
            insight = v.item.insight
            scores = "—"
            if v.item.scored:
                kind = t("quadrant_" + quadrant(insight.impact, insight.effort).replace("-", "_"))
                scores = f"{insight.impact} / {insight.effort} ({kind})"
            rows.append([one_line(insight.text), scores, _worth(builder, v)])
        story.append(builder._table(rows, (0.5, 0.22, 0.28)))
    return story


def _worth(builder: HandoutBuilder, valued) -> str:
    worth, t = valued.worth, builder.t
    delta = worth.conversion_delta
    if worth.status != "ok" or delta is None:
        return "—"
    language = builder.journey.language
    text = f"{'+' if delta >= 0 else '−'}{format_number(round(abs(delta) * 100, 2), language)}"
    text += f" {t('points')}"
    if worth.customers_delta is not None:
        customers = format_number(round(worth.customers_delta), language)
        text += f", {'+' if worth.customers_delta >= 0 else ''}{customers} {t('per_month')}"
    return text


def actual_section(builder: HandoutBuilder, report) -> list:
    """Plan versus reality on the analysis page: planned and measured reach per stage."""
    if not report.actual:
        return []
    t = builder.t
    rows = [[t("period"), t("stage"), t("planned_reach"), t("actual_reach")]]
    for row in report.actual:
        rows.append(
            [
                row.period,
                builder._name(row.stage),
                builder._percent(row.planned_reach),
                builder._percent(row.actual_reach),
            ]
        )
    return [
        Paragraph(builder.m(t("plan_vs_actual"), True), builder.s.h3),
        builder._table(rows, (0.18, 0.42, 0.2, 0.2)),
    ]
