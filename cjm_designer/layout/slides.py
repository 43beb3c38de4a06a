"""Presentation slides: which part of the map each step of a presentation shows.

Pure geometry over a :class:`MapLayout`, so it is tested without a screen. A slide is one
stage (or one vertical part of a tall stage) at a zoom where card titles read from the
back of the room. The canvas pins lane titles to the left edge and stage headers to the
top edge of what is visible (frozen panes); the slide leaves room for both, so the pinned
titles never cover the stage's cards, and centres the stage in the width right of the
lane names, so a narrow stage on a wide screen does not leave the right half empty.
"""

from __future__ import annotations

from cjm_designer.model.records import Record, record

from .boxes import ROW_EMOTIONS, MapLayout
from .geometry import Rect
from .map_layout import Metrics

GAP = 10.0
"""Scene units of air around a slide's content."""
PINNED_GAP = 6.0
"""How far the pinned header band reaches below the headers (sticky.py draws it so)."""
EDGE = 1.0
"""Scene units of the pinned lane column's right edge the curtain overlaps."""


@record
class Slide(Record):
    """One step: ``visible`` is the scene rectangle the view shows at ``zoom``.

    ``content`` is the part of the stage this slide is about; it lies inside ``visible``
    clear of the pinned lane column and the pinned stage header row.
    """

    stage: str
    stage_index: int
    part: int
    parts: int
    zoom: float
    visible: Rect
    content: Rect
    last: bool = False
    """The map's last stage: nothing lies right of it but its curves' persona labels."""


@record
class _Block(Record):
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


def _stage_blocks(layout: MapLayout, stage_id: str, metrics: Metrics, room: float) -> list[_Block]:
    """The stage's vertical pieces that carry something to read, top to bottom.

    A lane with cards counts from its top (where its name is) to its last card; a lane
    taller than ``room`` is cut between cards. A bottom row counts when this stage's
    cell has text (or, for the emotion row, a point on a curve).
    """
    blocks: list[_Block] = []
    for lane in layout.lanes:
        cards = sorted(
            (c.rect for c in layout.cards.values() if c.stage == stage_id and c.channel == lane.id),
            key=lambda r: r.y,
        )
        if not cards:
            continue
        bottom = cards[-1].bottom + metrics.cell_padding
        if bottom - lane.rect.y <= room:
            blocks.append(_Block(lane.rect.y, bottom))
            continue
        top = lane.rect.y
        for rect in cards:
            blocks.append(_Block(top, min(rect.bottom + metrics.card_gap / 2, top + room)))
            top = rect.bottom + metrics.card_gap / 2
    for row in layout.rows:
        if row.kind == ROW_EMOTIONS:
            filled = any(p.stage == stage_id for curve in layout.curves for p in curve.points)
        else:
            filled = any(cell.stage == stage_id and cell.lines for cell in row.cells)
        if not filled:
            continue
        top = row.rect.y
        while row.rect.bottom - top > room:
            blocks.append(_Block(top, top + room))
            top += room
        blocks.append(_Block(top, row.rect.bottom))
    return blocks


def stage_slides(
    layout: MapLayout,
    metrics: Metrics,
    view_width: float,
    view_height: float,
    min_zoom: float,
    max_zoom: float,
) -> list[Slide]:
    """Every slide of the map for a view of ``view_width`` x ``view_height`` pixels.

    The zoom is as large as lets the whole stage fit, never above ``max_zoom``; when the
    stage is too tall for ``min_zoom`` (the readable size), it stays at ``min_zoom`` and
    the stage is cut into parts, each starting at a lane's top so its name shows, and
    each part is then zoomed in as far as its own height allows. The zoom is also small
    enough for the lane column, the stage and its gaps side by side; the stage stands in
    the middle of the screen's width right of the lane column.
    """
    slides: list[Slide] = []
    lane_w = metrics.lane_header_width
    for box in layout.stages:
        header = box.header
        pinned = header.h + PINNED_GAP
        need_w = lane_w + box.column.w + 2 * metrics.stage_gap + 2 * metrics.margin + GAP
        content = _stage_blocks(layout, box.id, metrics, float("inf"))
        bottom = max((b.bottom for b in content), default=header.bottom)
        fit_w = view_width / need_w
        fit_h = view_height / (bottom - header.y + 2 * GAP)
        zoom = max(1e-3, min(fit_w, max_zoom, max(min_zoom, fit_h)))
        width, height = view_width / zoom, view_height / zoom
        # Parts after the first have the stage header pinned above them.
        room = height - pinned - 2 * GAP
        blocks = [_Block(header.y, header.bottom), *_stage_blocks(layout, box.id, metrics, room)]
        pages: list[_Block] = []
        for block in blocks:
            if pages:
                limit = height - 2 * GAP if len(pages) == 1 else room
                if block.bottom - pages[-1].top <= limit:
                    pages[-1] = _Block(pages[-1].top, max(pages[-1].bottom, block.bottom))
                    continue
            pages.append(block)
        # Each part is drawn as large as fills the screen's height (a part holding one
        # lane reads bigger than one holding four), never smaller than the stage's zoom,
        # never wider than the screen. Past the map's bottom is allowed: the view scrolls
        # there in presentations.
        for part, page in enumerate(pages):
            top = max(0.0, header.y - GAP if part == 0 else page.top - pinned - GAP)
            fit_part = view_height / (page.bottom - top + GAP)
            part_zoom = max(zoom, min(fit_w, max_zoom, fit_part))
            width, height = view_width / part_zoom, view_height / part_zoom
            slides.append(
                Slide(
                    stage=box.id,
                    stage_index=box.index,
                    part=part,
                    parts=len(pages),
                    zoom=part_zoom,
                    visible=Rect(_centred_left(box.column, width, lane_w), top, width, height),
                    content=Rect(box.column.x, page.top, box.column.w, page.height),
                    last=box is layout.stages[-1],
                )
            )
    return slides


def _centred_left(column: Rect, width: float, lane_w: float) -> float:
    """The visible rectangle's left edge that centres ``column`` right of the lane column.

    The canvas pins the lane names to the visible left edge (or leaves them at the map's
    left edge for the first stages, right next to the stage); the rest of the screen's
    width is the stage's, so it stands in the middle of it instead of clamped next to the
    lane names with the right half of a wide screen empty. The neighbouring stages under
    the curtain are not shown either way.
    """
    return column.x + column.w / 2 - (width + lane_w) / 2


def clear_rects(
    slide: Slide, metrics: Metrics, visible: Rect, lane_right: float, header_bottom: float
) -> list[Rect]:
    """The parts of ``visible`` a slide leaves uncovered (scene units).

    Everything else (the neighbouring stages, the rows of the stage's other parts) lies
    under a curtain, so a slide shows its own stage's cards and nothing cut in half at the
    pinned lane column or the screen's edge. ``lane_right`` is the right edge of the pinned
    lane column, ``header_bottom`` the bottom of the pinned stage header row (with its
    band). Uncovered: the lane column and the stage's column, down the header row and the
    slide's content, with the whole gap on the left (the arrow coming in) and on the right
    of the header (the probability going out), half a gap right of the cells.
    """
    column = slide.content
    gap = metrics.stage_gap
    right = visible.right if slide.last else column.right
    top, header_h = visible.y, header_bottom - visible.y
    # The curtain reaches a unit into the lane column: the column's opaque band and the
    # curtain end on the same fractional pixel, and a neighbouring stage's text under that
    # edge would show through as a sliver where each rounds to a different side.
    lanes_w = lane_right - EDGE - visible.x
    return [
        Rect(visible.x, top, lanes_w, header_h),
        Rect(column.x - gap, top, right - column.x + 2 * gap, header_h),
        Rect(visible.x, column.y, lanes_w, column.h),
        Rect(column.x - gap, column.y, right - column.x + 1.5 * gap, column.h),
    ]
