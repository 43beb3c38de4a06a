"""Which part of a map a picture shows: the persona and scenario filters and bottom rows.

Qt-free, so the command line can check ``--persona``/``--scenario``/``--rows`` and
report a bad value before it starts Qt to draw.
"""

from __future__ import annotations

from cjm_designer.messages import Message
from cjm_designer.model import JourneyMap
from cjm_designer.model.records import Record, record

from .boxes import ALL_ROWS


@record(slots=False)
class View(Record):
    """Which part of the map to show: persona and scenario filters and bottom rows."""

    persona: str | None = None
    scenario: str | None = None
    rows: frozenset[str] = ALL_ROWS


def view_for(
    journey: JourneyMap,
    persona: str | None = None,
    scenario: str | None = None,
    rows: str | None = None,
) -> View:
    """A :class:`View` from command-line values; ValueError names an unknown persona or
    scenario and lists the map's ids. ``rows`` is a comma-separated list of row ids."""
    chosen = ALL_ROWS
    if rows is not None:
        chosen = frozenset(r.strip() for r in rows.split(",") if r.strip())
    for option, wanted, known_ids in (
        ("persona", persona, [p.id for p in journey.personas]),
        ("scenario", scenario, [s.id for s in journey.scenarios]),
    ):
        if wanted and wanted not in known_ids:
            known = ", ".join(known_ids) or Message("io.none")
            raise ValueError(Message(f"export.no-{option}", id=wanted, known=known))
    return View(persona, scenario, chosen)
