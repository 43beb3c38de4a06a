"""Parse a quick-add line such as ``Interest / Web site: Compare prices`` into a cell.

A workshop facilitator types what the room calls out; the line names the stage and
the channel loosely (a name, an id, or the start of either, any case) and the rest
is the card title. Missing parts fall back to the current cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from cjm_designer.messages import Message

from .journey_map import JourneyMap
from .records import Record, record


@record
class QuickAdd(Record):
    stage: str
    channel: str
    title: str


class QuickAddError(ValueError):
    """The line names a stage or channel that the map does not have."""


def _match(text: str, entities: Sequence) -> str | None:
    wanted = text.strip().casefold()
    if not wanted:
        return None
    for test in (
        lambda e: e.id.casefold() == wanted or e.name.strip().casefold() == wanted,
        lambda e: e.name.strip().casefold().startswith(wanted) or e.id.startswith(wanted),
        lambda e: wanted in e.name.casefold(),
    ):
        hits = [e.id for e in entities if test(e)]
        if hits:
            return hits[0]
    return None


def parse_quick_add(
    journey: JourneyMap, line: str, default: tuple[str, str] | None = None
) -> QuickAdd:
    """``stage / channel: title``, ``stage: title`` or ``title`` (into ``default``)."""
    head, sep, title = line.partition(":")
    if not sep:
        head, title = "", line
    title = title.strip()
    if not title:
        raise QuickAddError(Message("model.quick-add.no-title"))
    stage_text, slash, channel_text = head.partition("/")
    stage_id = default[0] if default else (journey.stages[0].id if journey.stages else None)
    channel_id = default[1] if default else (journey.channels[0].id if journey.channels else None)
    if stage_text.strip():
        stage_id = _match(stage_text, journey.stages)
        if stage_id is None:
            raise QuickAddError(Message("model.quick-add.no-stage", name=stage_text.strip()))
    if slash and channel_text.strip():
        channel_id = _match(channel_text, journey.channels)
        if channel_id is None:
            raise QuickAddError(Message("model.quick-add.no-channel", name=channel_text.strip()))
    if stage_id is None or channel_id is None:
        raise QuickAddError(Message("model.quick-add.empty-map"))
    return QuickAdd(stage_id, channel_id, title)
