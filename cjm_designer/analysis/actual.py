"""Plan versus reality: the funnel's reach beside what analytics or a CRM measured.

Measured reach of a stage in a period is its visitors divided by the visitors of the
entry stage in the same period, so it reads like the funnel's reach (share of those
who entered). Periods without a count at the entry stage cannot give a reach.

Measured conversion of a stage is its conversions divided by its visitors in that
period; it is compared with the funnel's chance to convert counted from that stage
(``FunnelResult.stage_conversion``), so a stage that loses more customers than planned
shows up even when its reach is on plan.
"""

from __future__ import annotations

from cjm_designer.model import JourneyMap
from cjm_designer.model.records import Record, record

from .funnel import FunnelResult


@record
class ActualRow(Record):
    stage: str
    period: str
    visitors: float
    planned_reach: float | None
    actual_reach: float | None
    conversions: float | None = None
    planned_conversion: float | None = None
    actual_conversion: float | None = None

    @property
    def gap(self) -> float | None:
        if self.planned_reach is None or self.actual_reach is None:
            return None
        return self.actual_reach - self.planned_reach

    @property
    def conversion_gap(self) -> float | None:
        if self.planned_conversion is None or self.actual_conversion is None:
            return None
        return self.actual_conversion - self.planned_conversion


def plan_vs_actual(journey: JourneyMap, funnel: FunnelResult) -> list[ActualRow]:
    """One row per measurement, in stage order within each period (periods as in the file)."""
    entry = journey.entry_stage()
    entry_counts = {
        m.period: m.visitors for m in journey.measured if entry is not None and m.stage == entry.id
    }
    order = {stage.id: i for i, stage in enumerate(journey.stages)}
    periods = list(dict.fromkeys(m.period for m in journey.measured))
    rows = []
    for m in sorted(
        journey.measured, key=lambda m: (periods.index(m.period), order.get(m.stage, 0))
    ):
        base = entry_counts.get(m.period)
        actual = m.visitors / base if base else None
        planned = (funnel.reach or {}).get(m.stage)
        measured_conversion = (
            m.conversions / m.visitors if m.conversions is not None and m.visitors else None
        )
        planned_conversion = (
            (funnel.stage_conversion or {}).get(m.stage) if m.conversions is not None else None
        )
        rows.append(
            ActualRow(
                m.stage,
                m.period,
                m.visitors,
                planned,
                actual,
                m.conversions,
                planned_conversion,
                measured_conversion,
            )
        )
    return rows
