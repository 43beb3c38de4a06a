"""The action plan as a table: the "Plan" sheet of the XLSX export and ``plan --csv``.

One row per action, with the opportunity (or card) it serves spelled out, so the sheet
reads on its own in a spreadsheet after the workshop.
"""

from __future__ import annotations

from cjm_designer.model import JourneyMap
from cjm_designer.model.plan import find_item

PLAN_SHEET_NAME = "Plan"
PLAN_COLUMNS: tuple[str, ...] = (
    "id",
    "action",
    "owner",
    "due",
    "status",
    "serves",
    "opportunity",
    "stage",
    "impact",
    "effort",
    "link",
    "change",
)


def plan_rows(journey: JourneyMap) -> list[list[str | int | float | None]]:
    """Header and one row per action, in plan order."""
    stage_names = {stage.id: stage.name for stage in journey.stages}
    rows: list[list[str | int | float | None]] = [list(PLAN_COLUMNS)]
    for action in journey.plan:
        served_text, stage, impact, effort, link, change = "", "", None, None, "", None
        item = find_item(journey, action.serves) if action.serves else None
        if item is not None:
            served_text, stage = item.insight.text, stage_names.get(item.card.stage, "")
            impact, effort = item.insight.impact, item.insight.effort
            link, change = item.insight.link or "", item.insight.change
        elif action.serves and action.serves in journey:
            card = journey.touchpoint(action.serves)
            served_text, stage = card.title, stage_names.get(card.stage, "")
        rows.append(
            [
                action.id,
                action.text,
                action.owner,
                action.due,
                action.status.value,
                action.serves or "",
                served_text,
                stage,
                impact,
                effort,
                link,
                change,
            ]
        )
    return rows
