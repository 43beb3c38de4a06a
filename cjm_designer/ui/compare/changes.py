"""Which items of the two maps a change record concerns, and in which colour.

Added items light up green in the newer map, removed ones red in the older map,
edited ones amber and moved ones blue in both.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from cjm_designer.model.diff import (
    ActionsChanged,
    Added,
    CardMoved,
    Change,
    Edited,
    EmotionChanged,
    ProbabilityChanged,
    Removed,
    Renamed,
    Reordered,
)

from ..analysis.palette import ADDED, CHANGED, MOVED, REMOVED

OLD, NEW = "old", "new"
_RANK = {ADDED.name(): 0, REMOVED.name(): 0, MOVED.name(): 1, CHANGED.name(): 2}


def targets(change: Change) -> list[tuple[str, str, QColor]]:
    """(side, entity id, colour) for each item to highlight; [] for map-level fields."""
    if isinstance(change, Added):
        return [(NEW, change.id, ADDED)]
    if isinstance(change, Removed):
        return [(OLD, change.id, REMOVED)]
    if isinstance(change, (Reordered, CardMoved)):
        return [(OLD, change.id, MOVED), (NEW, change.id, MOVED)]
    if isinstance(change, (Renamed, Edited, ProbabilityChanged, ActionsChanged)):
        return [(OLD, change.id, CHANGED), (NEW, change.id, CHANGED)]
    if isinstance(change, EmotionChanged):
        return [(OLD, change.stage, CHANGED), (NEW, change.stage, CHANGED)]
    return []


def highlight_maps(changes) -> dict[str, dict[str, QColor]]:
    """For each side, id -> colour; where several changes touch one item, added/removed
    wins over moved, and moved over edited."""
    sides: dict[str, dict[str, QColor]] = {OLD: {}, NEW: {}}
    for change in changes:
        for side, entity_id, color in targets(change):
            current = sides[side].get(entity_id)
            if current is None or _RANK[color.name()] < _RANK[current.name()]:
                sides[side][entity_id] = color
    return sides
