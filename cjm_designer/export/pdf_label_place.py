"""Where a transition's label chip goes so that it covers no text already printed.

An exit's label sits at the end of its short arrow, in the narrow gap between two stage
headers; wider than the gap, it covered the next stage's duration ("уход 30 %" over
"3 мес."). The chip is tried at its own place, then moved left or down, and the first
place that overlaps no drawn text line and no other label is taken.
"""

from __future__ import annotations

from .pdf_text import ASCENT, DESCENT, Box, DrawnLine


def text_box(line: DrawnLine) -> Box:
    """The ink box of one drawn line (PDF points)."""
    bottom = line.baseline - DESCENT * line.size
    return Box(line.x, bottom, line.width, (ASCENT + DESCENT) * line.size)


def overlaps(a: Box, b: Box, pad: float = 0.0) -> bool:
    return a.x < b.right + pad and b.x < a.right + pad and a.y < b.top + pad and b.y < a.top + pad


def free_shift(
    chip: Box, shifts: list[tuple[float, float]], taken: list[Box]
) -> tuple[float, float]:
    """The first (dx, dy) in PDF points that moves ``chip`` clear of every box in
    ``taken``; the first shift when none does (the label then stays where it was)."""
    for dx, dy in shifts:
        moved = Box(chip.x + dx, chip.y + dy, chip.width, chip.height)
        if not any(overlaps(moved, other) for other in taken):
            return dx, dy
    return shifts[0]


def exit_shifts(chip: Box, anchor_x: float, step: float) -> list[tuple[float, float]]:
    """Places to try for an exit's chip (PDF points): where it is, then ending where the
    arrow starts (inside the stage it leaves, the arrow left in view); then each of those
    lowered by one and two lines, or raised by one."""
    left = anchor_x - 1.5 - chip.right
    out = []
    for dy in (0.0, -step, -2 * step, step):
        out += [(0.0, dy), (left, dy)]
    return out
