"""Measured visitors from analytics or a CRM, read from a CSV (or XLSX) table.

Columns (any order, case-insensitive; Russian and Finnish names accepted): ``stage``
(its id or its name as on the map), ``period`` (e.g. 2026-11), ``visitors`` and
optionally ``conversions``. Every bad cell is reported with its row and column; nothing
is imported unless the whole table reads.
"""

from __future__ import annotations

import os

from cjm_designer.messages import Message
from cjm_designer.model import JourneyMap, Measurement

from .errors import FileMessage, Location, MapLoadError
from .tables import Table, column_letter, load_csv_table, load_xlsx_table

ALIASES = {
    "stage": ("stage", "этап", "vaihe"),
    "period": ("period", "период", "jakso", "month", "месяц", "kuukausi"),
    "visitors": ("visitors", "посетители", "визиты", "kävijät", "count"),
    "conversions": ("conversions", "конверсии", "konversiot"),
}
REQUIRED = ("stage", "period", "visitors")


def load_measured_table(path: str | os.PathLike) -> Table:
    if str(path).lower().endswith(".xlsx"):
        return load_xlsx_table(path)
    return load_csv_table(path)


def _number(text: str) -> float | None:
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value


def read_measured(table: Table, journey: JourneyMap) -> list[Measurement]:
    """The table's rows as measurements of ``journey``'s stages; raises MapLoadError."""
    errors: list[FileMessage] = []
    columns: dict[str, int] = {}
    for index, name in enumerate(table.header):
        key = name.strip().lower()
        for field, names in ALIASES.items():
            if key in names and field not in columns:
                columns[field] = index
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise MapLoadError.single(
            Message(
                "io.measured.columns", required=", ".join(REQUIRED), missing=", ".join(missing)
            ),
            table.file,
            1,
        )  # fmt: skip
    by_name = {stage.name.strip().lower(): stage.id for stage in journey.stages}
    ids = {stage.id for stage in journey.stages}
    found: list[Measurement] = []

    def fail(row: int, field: str, message: str) -> None:
        index = columns[field]
        errors.append(
            FileMessage(
                Message(
                    "io.table.located",
                    where=Message(
                        "io.table.at-cell", row=row, column=column_letter(index), name=field
                    ),
                    message=message,
                ),
                Location(table.file, row, index + 1, field),
            )
        )

    for offset, values in enumerate(table.rows):
        row = table.first_row + offset
        if not any(value.strip() for value in values):
            continue

        def cell(field: str, values=values) -> str:
            index = columns.get(field)
            return values[index].strip() if index is not None and index < len(values) else ""

        stage_text = cell("stage")
        stage = stage_text if stage_text in ids else by_name.get(stage_text.lower())
        if stage is None:
            fail(row, "stage", Message("io.measured.no-stage", stage=stage_text))
        period = cell("period")
        if not period:
            fail(row, "period", Message("io.measured.no-period"))
        visitors = _number(cell("visitors"))
        if visitors is None or visitors < 0:
            fail(row, "visitors", Message("io.measured.bad-visitors", text=cell("visitors")))
        conversions = None
        if cell("conversions"):
            conversions = _number(cell("conversions"))
            if conversions is None or conversions < 0:
                message = Message("io.measured.bad-conversions", text=cell("conversions"))
                fail(row, "conversions", message)
        if stage is not None and period and visitors is not None and visitors >= 0:
            found.append(Measurement(stage, period, visitors, conversions))
    if errors:
        raise MapLoadError(errors)
    if not found:
        raise MapLoadError.single(Message("io.measured.empty"), table.file, 2)
    return found


def merge_measured(old: tuple[Measurement, ...], new: list[Measurement]) -> tuple[Measurement, ...]:
    """New counts replace old ones of the same stage and period; the rest are kept."""
    replaced = {(m.stage, m.period) for m in new}
    return (*(m for m in old if (m.stage, m.period) not in replaced), *new)
