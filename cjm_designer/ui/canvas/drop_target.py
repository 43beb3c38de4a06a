"""Where a palette item dropped on the canvas goes, and the marker that shows it.

Pure geometry over the current layout: a card goes into the cell under the pointer, a
stage between the columns left and right of it, a channel between the lanes above and
below. The scene draws the returned rectangle; the session makes the edit.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from cjm_designer.layout import MapLayout
from cjm_designer.model import JourneyMap

PALETTE_KINDS = ("stage", "channel", "touchpoint")

DropTarget = tuple[str, str] | int
"""A (stage id, channel id) cell for a card, a model index for a stage or a channel."""


def palette_target(
    layout: MapLayout | None,
    journey: JourneyMap,
    lane_header_width: float,
    kind: str,
    pos: QPointF,
) -> tuple[DropTarget, QRectF] | None:
    """The target of a drop of ``kind`` at ``pos`` and the marker rectangle; None if nowhere."""
    if layout is None or kind not in PALETTE_KINDS:
        return None
    if kind == "touchpoint":
        cell = layout.cell_at(pos.x(), pos.y())
        if cell is None:
            return None
        return cell, QRectF(*layout.cells[cell])
    if kind == "stage":
        index = sum(1 for box in layout.stages if box.header.center[0] < pos.x())
        top = layout.stages[0].header.y if layout.stages else layout.grid.y
        if layout.stages:
            x = (
                layout.stages[index].header.x - 8
                if index < len(layout.stages)
                else layout.stages[-1].header.right + 5
            )
        else:
            x = layout.grid.x + lane_header_width + 8
        return index, QRectF(x, top, 4, max(layout.size[1] - top - 16, 60))
    lanes = layout.lanes
    display = sum(1 for lane in lanes if lane.rect.center[1] < pos.y())
    model = [c.id for c in journey.channels]
    target = model.index(lanes[display].id) if display < len(lanes) else len(model)
    y = (
        lanes[display].rect.y - 2
        if display < len(lanes)
        else (lanes[-1].rect.bottom - 2 if lanes else layout.grid.y)
    )
    return target, QRectF(layout.grid.x, y, max(layout.grid.w, 300), 4)
