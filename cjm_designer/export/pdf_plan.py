"""The handout's plan: "Action plan" / "План действий" / "Toimintasuunnitelma".

Source 002 ends the workshop with the final plan (step 6) and reviews it every 3-5
months (step 7), so the printed handout carries it: the actions with owner, due date and
status (counted by status, for the review), the opportunities ranked by what they are
worth to the funnel, and the measured reach beside the planned one when the map has
measurements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from cjm_designer.model import ActionStatus
from cjm_designer.model.duration_text import format_number
from cjm_designer.model.plan import (
    MIDPOINT,
    PAIN,
    SCORE_HIGH,
    SCORE_LOW,
    PlanItem,
    find_item,
    plan_items,
    quadrant,
    status_counts,
)

from .pdf_text import one_line

if TYPE_CHECKING:
    from .pdf_handout import HandoutBuilder

TOP_OPPORTUNITIES = 10
MATRIX_HEIGHT = 210.0
QUADRANT_TINT = {
    "quick-win": Color(0.18, 0.49, 0.2, alpha=0.16),
    "big-bet": Color(0.08, 0.4, 0.75, alpha=0.13),
    "fill-in": Color(0.47, 0.47, 0.47, alpha=0.1),
    "money-pit": Color(0.78, 0.16, 0.16, alpha=0.12),
}


class MatrixFigure(Flowable):
    """The impact x effort matrix as on screen: numbered items in their cells."""

    def __init__(self, builder: HandoutBuilder, items: list[PlanItem], width: float) -> None:
        super().__init__()
        self.builder = builder
        self.items = items
        self.width = width
        self.height = MATRIX_HEIGHT

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.width, available_width)
        return self.width, self.height

    def draw(self) -> None:
        canvas, t = self.canv, self.builder.t
        fonts = self.builder.ctx.fonts
        left, bottom, top_room = 18.0, 16.0, 14.0
        grid_w, grid_h = self.width - left, self.height - bottom - top_room
        size = SCORE_HIGH - SCORE_LOW + 1
        cell_w, cell_h = grid_w / size, grid_h / size

        def cell(impact: int, effort: int) -> tuple[float, float]:
            return left + (effort - SCORE_LOW) * cell_w, bottom + (impact - SCORE_LOW) * cell_h

        canvas.saveState()
        canvas.setLineWidth(0.3)
        canvas.setStrokeColor(HexColor("#9E9E9E"))
        for impact in range(SCORE_LOW, SCORE_HIGH + 1):
            for effort in range(SCORE_LOW, SCORE_HIGH + 1):
                x, y = cell(impact, effort)
                canvas.setFillColor(QUADRANT_TINT[quadrant(impact, effort)])
                canvas.rect(x, y, cell_w, cell_h, stroke=1, fill=1)
        canvas.setLineWidth(1.2)
        canvas.setStrokeColor(HexColor("#424242"))
        split_x = left + (MIDPOINT - SCORE_LOW + 1) * cell_w
        split_y = bottom + (MIDPOINT - SCORE_LOW + 1) * cell_h
        canvas.line(split_x, bottom, split_x, bottom + grid_h)
        canvas.line(left, split_y, left + grid_w, split_y)
        canvas.setFillColor(HexColor("#424242"))
        canvas.setFont(fonts.bold, 8)
        top = bottom + grid_h + 4
        canvas.drawString(left + 2, top, t("quadrant_quick_win"))
        canvas.drawRightString(left + grid_w - 2, top, t("quadrant_big_bet"))
        canvas.drawString(left + 2, 4, t("quadrant_fill_in"))
        canvas.drawRightString(left + grid_w - 2, 4, t("quadrant_money_pit"))
        canvas.setFont(fonts.regular, 8)
        canvas.drawCentredString(left + grid_w / 2, 4, t("effort") + " →")
        canvas.saveState()
        canvas.translate(10, bottom + grid_h / 2)
        canvas.rotate(90)
        canvas.drawCentredString(0, 0, t("impact") + " →")
        canvas.restoreState()
        by_cell: dict[tuple[int, int], list[int]] = {}
        for number, item in enumerate(self.items, 1):
            key = (item.insight.impact or 0, item.insight.effort or 0)
            by_cell.setdefault(key, []).append(number)
        canvas.setFont(fonts.bold, 8)
        for (impact, effort), numbers in by_cell.items():
            x, y = cell(impact, effort)
            lines, line = [], ""
            for number in numbers:
                piece = f"{line}, {number}" if line else str(number)
                if canvas.stringWidth(piece, fonts.bold, 8) > cell_w - 6 and line:
                    lines.append(line)
                    piece = str(number)
                line = piece
            lines.append(line)
            for index, text in enumerate(lines[: int(cell_h // 10)]):
                canvas.drawString(x + 3, y + cell_h - 10 - index * 10, text)
        canvas.restoreState()


def matrix_section(builder: HandoutBuilder) -> list:
    """The printed matrix with its numbered legend, or nothing without scored items."""
    items = [item for item in plan_items(builder.journey) if item.scored]
    order = {"quick-win": 0, "big-bet": 1, "fill-in": 2, "money-pit": 3}
    items.sort(
        key=lambda i: (
            order[quadrant(i.insight.impact or 0, i.insight.effort or 0)],
            -(i.insight.impact or 0),
            i.insight.effort or 0,
        )
    )
    if not items:
        return []
    t = builder.t
    width = builder.ctx.options.sheet().width - 2 * builder.ctx.options.margin
    legend = [
        f"{number}. {one_line(item.insight.text)} ("
        + (t("pain") if item.ref.part == PAIN else t("opportunity")).lower()
        + f", {item.insight.impact} / {item.insight.effort})"
        for number, item in enumerate(items, 1)
    ]
    head = [
        Paragraph(builder.m(t("impact_effort_matrix"), True), builder.s.h3),
        MatrixFigure(builder, items, width),
    ]
    lines = [builder.para(line, builder.s.small) for line in legend]
    # one piece: a matrix whose numbers are explained on the next page is no use
    return [KeepTogether(head + lines)] if len(lines) <= 30 else [KeepTogether(head), *lines]


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
            if v.item.scored and insight.impact is not None and insight.effort is not None:
                kind = t("quadrant_" + quadrant(insight.impact, insight.effort).replace("-", "_"))
                scores = f"{insight.impact} / {insight.effort} ({kind})"
            rows.append([one_line(insight.text), scores, _worth(builder, v)])
        story.append(builder._table(rows, (0.5, 0.22, 0.28)))
    story += matrix_section(builder)
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
    """Plan versus reality on the analysis page: planned and measured reach per stage,
    and conversion from the stage when the measurements carry conversions."""
    if not report.actual:
        return []
    t = builder.t
    conversions = any(row.actual_conversion is not None for row in report.actual)
    header = [t("period"), t("stage"), t("planned_reach"), t("actual_reach")]
    if conversions:
        header += [t("planned_conversion"), t("actual_conversion")]
    rows = [header]
    for row in report.actual:
        cells = [
            row.period,
            builder._name(row.stage),
            builder._percent(row.planned_reach),
            builder._percent(row.actual_reach),
        ]
        if conversions:
            cells += [
                builder._percent(row.planned_conversion),
                builder._percent(row.actual_conversion),
            ]
        rows.append(cells)
    widths = (0.14, 0.26, 0.15, 0.15, 0.15, 0.15) if conversions else (0.18, 0.42, 0.2, 0.2)
    return [
        Paragraph(builder.m(t("plan_vs_actual"), True), builder.s.h3),
        builder._table(rows, widths),
    ]
