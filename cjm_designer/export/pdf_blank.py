"""The empty grid for sticky notes: stage and channel headers, roomy empty cells.

It is the map's own layout (same code as the canvas) of a copy with the cards, curves
and notes removed, laid out with larger cells so a 76 mm note fits at full scale.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from cjm_designer.layout import Metrics
from cjm_designer.layout.boxes import ALL_ROWS
from cjm_designer.layout.paper import MM, Paper, paper
from cjm_designer.messages import Message
from cjm_designer.model import JourneyMap, Kind

from .pdf_context import RenderContext
from .pdf_mapdraw import MapDrawer
from .pdf_poster import (
    LEGEND_BAND,
    TITLE_BAND,
    PosterGeometry,
    PosterPage,
    draw_crop_marks,
    layout_options,
    new_canvas,
)
from .pdf_tiles import tile_grid_for, tile_poster

NOTE_MM = 76.0
"""A standard square sticky note (3 x 3 in)."""
CELL = (NOTE_MM + 8) * MM
"""A cell holds one note with 4 mm to spare on each side, at full (1:1) scale."""

BLANK_METRICS = Metrics(
    stage_width=CELL,
    min_stage_width=CELL,
    stage_gap=18,
    min_lane_height=CELL,
    min_row_height=CELL,
    emotion_row_height=CELL,
    header_name_size=22,
    header_meta_size=12,
    header_padding=12,
    lane_name_size=16,
    lane_header_width=170,
    label_size=12,
)
"""Cells of a sticky note and more, the rows under the grid too (pains and ideas are
the main sticky-note rows of a workshop); every label at least 12 pt when printed 1:1."""

BLANK_ROWS = ALL_ROWS
"""Emotions, pains, opportunities, questions and the map's own rows, unless ``--rows``
says otherwise: the rows a workshop fills with notes."""

AUTO_SHEETS = ("A2", "A1", "A0")
TILE_SHEET = "A3"
"""When no single sheet up to A0 holds the grid at full size, it is tiled over A3."""


def blank_copy(journey: JourneyMap) -> JourneyMap:
    """Stages and channels only: no cards, flows, questions, notes or emotion scores."""
    twin = JourneyMap(title=journey.title, language=journey.language, author=journey.author)
    for kind in (Kind.PERSONA, Kind.SCENARIO, Kind.CHANNEL, Kind.ROW):
        twin.extend(kind, journey.items(kind))
    twin.extend(
        Kind.STAGE,
        [replace(s, emotions={}, notes={}, questions=(), width=None) for s in journey.stages],
    )
    return twin


def build_blank(ctx: RenderContext, path: Path, info: dict[str, str]) -> tuple[int, PosterGeometry]:
    """One sheet when a sheet holds the grid at full size (cells >= a 76 mm note), else
    tiles of the full-size grid over A3 (or the sheet asked for)."""
    from cjm_designer.layout import compute_layout

    ctx.tick(0, 2)
    ctx.journey = blank_copy(ctx.journey)
    rows = ctx.options.rows
    lopts = layout_options(ctx, BLANK_METRICS)
    if rows is None:
        lopts = replace(lopts, rows=BLANK_ROWS)
    layout = compute_layout(ctx.journey, lopts)
    candidates = [ctx.options.sheet()] if ctx.options.page else [paper(n) for n in AUTO_SHEETS]
    for base in candidates:
        sheet = PosterPage.choose_sheet(ctx, layout, base)
        page = PosterPage(ctx, layout, lopts, sheet)
        if page.scale >= 1.0 - 1e-6:
            break
    else:
        page = None
    if page is not None:
        place = page.placement()
        bleed = ctx.options.bleed
        canvas = new_canvas(path, sheet, info, bleed, ctx.journey.language)
        page.title_block(canvas)
        MapDrawer(ctx, layout, lopts.metrics, place).draw(canvas, with_cards=False)
        page.legend(canvas, markers=False)
        draw_crop_marks(canvas, sheet, bleed)
        canvas.showPage()
        canvas.save()
        ctx.note(_cell_note(sheet.label, layout, place.scale))
        ctx.tick(2, 2)
        return 1, PosterGeometry(layout, place, sheet, lopts)
    # Too big for one sheet: the grid at full size, cut into tiles.
    margin = ctx.options.margin
    width, height = layout.size
    full = Paper(
        f"{(width + 2 * margin) / MM:.0f}x{(height + TITLE_BAND + LEGEND_BAND + 2 * margin) / MM:.0f}mm",
        width + 2 * margin,
        height + TITLE_BAND + LEGEND_BAND + 2 * margin,
    )
    if not ctx.options.page:
        ctx.options = replace(ctx.options, page=TILE_SHEET)
    full = _whole_tiles(ctx, full, layout)
    page = PosterPage(ctx, layout, lopts, full)
    place = page.placement()

    def draw(canvas) -> None:
        page.title_block(canvas)
        MapDrawer(ctx, layout, lopts.metrics, place).draw(canvas, with_cards=False)
        page.legend(canvas, markers=False)

    pages = tile_poster(ctx, path, info, full, draw)
    ctx.note(
        Message(
            "export.blank.tiles",
            note=_cell_note(full.label, layout, place.scale),
            count=pages - 1,
            sheet=ctx.options.sheet().label,
        )
    )
    return pages, PosterGeometry(layout, place, full, lopts)


MIN_CELL = (NOTE_MM + 4) * MM
"""The grid may shrink a little (84 -> 80 mm cells) to save a row or column of tiles."""


def _whole_tiles(ctx: RenderContext, full: Paper, layout) -> Paper:
    """``full`` made slightly smaller when that saves a whole row or column of sheets
    (a 10 mm sliver of a 1175 mm grid should not cost four more A3 sheets)."""
    _sheet, grid, _margin, _room = tile_grid_for(ctx, full)
    cell = smallest_cell(layout)
    best, best_count = 1.0, grid.count
    for columns, rows in (
        (grid.columns - 1, grid.rows),
        (grid.columns, grid.rows - 1),
        (grid.columns - 1, grid.rows - 1),
    ):
        if columns < 1 or rows < 1:
            continue
        factor = min(
            (grid.overlap + columns * grid.step_x) / full.width,
            (grid.overlap + rows * grid.step_y) / full.height,
            1.0,
        )
        if cell * factor >= MIN_CELL and columns * rows < best_count:
            best, best_count = factor, columns * rows
    if best >= 1.0:
        return full
    width, height = full.width * best - 0.01, full.height * best - 0.01
    return Paper(f"{width / MM:.0f}x{height / MM:.0f}mm", width, height)


def smallest_cell(layout) -> float:
    """The smallest side of any cell a note goes in: lane cells and row cells."""
    rects = [*layout.cells.values(), *(c.rect for row in layout.rows for c in row.cells)]
    return min((min(rect.w, rect.h) for rect in rects), default=CELL)


def _cell_note(sheet_name: str, layout, scale: float) -> Message:
    cell = smallest_cell(layout)
    return Message("export.blank", sheet=sheet_name, cell=cell * scale / MM, note=NOTE_MM)
