"""A large poster cut over small sheets, with overlap, crop and glue marks, and a key page.

The poster is drawn once into a PDF form (XObject) at its full size, then each sheet
shows its window of it, so the file stays small however many sheets there are. The
first page shows the whole poster with the sheet grid, as the assembly guide.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from cjm_designer.layout.paper import Paper, TileGrid, paper, tile_grid
from cjm_designer.layout.reading import TILE_LABEL_ROOM

from .pdf_context import RenderContext
from .pdf_poster import PosterGeometry, PosterPage, describe_plan, new_canvas, plan_poster
from .pdf_text import Box

FORM = "cjm-poster"


def build_tiles(ctx: RenderContext, path: Path, info: dict[str, str]) -> tuple[int, PosterGeometry]:
    options = ctx.options
    plan = plan_poster(ctx, paper(options.poster_size))
    layout, lopts, poster_sheet = plan.layout, plan.lopts, plan.sheet
    ctx.note(describe_plan(ctx, plan))
    page = PosterPage(ctx, layout, lopts, poster_sheet)
    place = page.placement()
    pages = tile_poster(ctx, path, info, poster_sheet, lambda canvas: page.draw(canvas, place))
    return pages, PosterGeometry(layout, place, poster_sheet, lopts)


def tile_margin(ctx: RenderContext) -> float:
    """Room kept free around each tile's window (printers cannot print to the edge)."""
    return max(ctx.options.margin, 8.0)


def tile_sheet(ctx: RenderContext, poster_sheet: Paper) -> Paper:
    """The sheet the tiles print on, turned like the poster unless asked otherwise."""
    sheet = ctx.options.sheet()
    if ctx.options.orientation == "auto":
        return sheet.oriented("landscape" if poster_sheet.landscape else "portrait")
    return sheet.oriented(ctx.options.orientation)


def tile_grid_for(
    ctx: RenderContext, poster_sheet: Paper, sheet: Paper | None = None
) -> tuple[Paper, TileGrid, float, float]:
    sheet = sheet or tile_sheet(ctx, poster_sheet)
    margin = tile_margin(ctx)
    label_room = TILE_LABEL_ROOM
    area_w = sheet.width - 2 * margin
    area_h = sheet.height - 2 * margin - label_room
    grid = tile_grid(poster_sheet.width, poster_sheet.height, area_w, area_h, ctx.options.overlap)
    return sheet, grid, margin, label_room


def tile_poster(
    ctx: RenderContext,
    path: Path,
    info: dict[str, str],
    poster_sheet: Paper,
    draw: Callable[[Canvas], None],
    tile: Paper | None = None,
) -> int:
    """Draw the poster (``draw`` paints it on a ``poster_sheet``-sized canvas) once into a
    form, then write the assembly page and one page per tile (on ``tile``, else the
    options' sheet); returns the page count."""
    sheet, grid, margin, label_room = tile_grid_for(ctx, poster_sheet, tile)
    total = grid.count + 2
    ctx.tick(0, total)

    canvas = new_canvas(path, sheet, info, lang=ctx.journey.language)
    canvas.beginForm(FORM, 0, 0, poster_sheet.width, poster_sheet.height)
    draw(canvas)
    canvas.endForm()
    ctx.tick(1, total)

    # The assembly guide is turned like the poster, so the picture of it is as large as
    # the sheet allows; the tiles keep their own orientation.
    guide = sheet.oriented("landscape" if poster_sheet.landscape else "portrait")
    _set_page(canvas, guide)
    _overview(ctx, canvas, guide, poster_sheet, grid, margin)
    canvas.showPage()
    _set_page(canvas, sheet)
    for row in range(grid.rows):
        for col in range(grid.columns):
            _tile(ctx, canvas, sheet, poster_sheet, grid, row, col, margin, label_room)
            canvas.showPage()
            ctx.tick(2 + row * grid.columns + col, total)
    canvas.save()
    ctx.tick(total, total)
    return grid.count + 1


def _set_page(canvas: Canvas, sheet: Paper) -> None:
    """Size the next page (and its trim and bleed boxes: tiles have no bleed)."""
    canvas.setPageSize(sheet.size)
    canvas.setTrimBox((0, 0, sheet.width, sheet.height))
    canvas.setBleedBox((0, 0, sheet.width, sheet.height))


MARK_CLEARANCE = 6.0
"""Points kept between a crop mark and the text beside it."""


def _window(poster_sheet, grid, row: int, col: int) -> tuple[float, float]:
    """Bottom-left of a tile's window in poster coordinates (row 1 is the top)."""
    x = col * grid.step_x
    y_top = poster_sheet.height - row * grid.step_y
    return x, y_top - grid.area_height


def _tile(ctx, canvas: Canvas, sheet, poster_sheet, grid, row, col, margin, label_room) -> None:
    pal, painter, t = ctx.palette, ctx.painter, ctx.t
    area = Box(margin, margin + label_room, grid.area_width, grid.area_height)
    wx, wy = _window(poster_sheet, grid, row, col)
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(area.x, area.y, area.width, area.height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.translate(area.x - wx, area.y - wy)
    canvas.doForm(FORM)
    canvas.restoreState()
    # Glue strips: where the next sheet to the right / below will be laid over this one.
    canvas.saveState()
    canvas.setFillColor(pal.accent)
    canvas.setFillAlpha(0.08)
    if col < grid.columns - 1:
        canvas.rect(area.right - grid.overlap, area.y, grid.overlap, area.height, stroke=0, fill=1)
    if row < grid.rows - 1:
        canvas.rect(area.x, area.y, area.width, grid.overlap, stroke=0, fill=1)
    canvas.restoreState()
    # Crop marks at the four corners, outside the printed area.
    canvas.setStrokeColor(pal.ink)
    canvas.setLineWidth(0.4)
    mark = min(margin - 2, 10)
    for x, y in (
        (area.x, area.y),
        (area.right, area.y),
        (area.x, area.top),
        (area.right, area.top),
    ):
        sx = -1 if x == area.x else 1
        sy = -1 if y == area.y else 1
        canvas.line(x + sx * 2, y, x + sx * (2 + mark), y)
        canvas.line(x, y + sy * 2, x, y + sy * (2 + mark))
    # The two lines under the picture keep clear of the corner marks above them.
    left, right = area.x + MARK_CLEARANCE, area.right - MARK_CLEARANCE
    split = area.x + grid.area_width * 0.6
    canvas.setFillColor(pal.ink)
    label = t("row_col", row=row + 1, col=col + 1) + f"   ({grid.rows} × {grid.columns})"
    painter.draw_box(canvas, label, Box(left, margin, split - left, 11), 8, bold=True, max_lines=1)
    canvas.setFillColor(pal.muted)
    hint = t("glue_hint", mm=f"{ctx.options.overlap_mm:g}")
    hint_box = Box(split, margin, right - split, 11)
    painter.draw_box(canvas, hint, hint_box, 7, align="right", max_lines=1)


def _overview(ctx, canvas: Canvas, sheet, poster_sheet, grid, margin) -> None:
    pal, painter, t = ctx.palette, ctx.painter, ctx.t
    canvas.setFillColor(pal.ink)
    title = f"{t('assembly')}: {ctx.journey.title}"
    painter.draw_box(
        canvas,
        title,
        Box(margin, sheet.height - margin - 20, sheet.width - 2 * margin, 20),
        14,
        bold=True,
        max_lines=1,
    )
    info = f"{poster_sheet.name} → {grid.count} × {sheet.name} ({grid.rows} × {grid.columns})"
    canvas.setFillColor(pal.muted)
    painter.draw_box(
        canvas,
        info,
        Box(margin, sheet.height - margin - 36, sheet.width - 2 * margin, 14),
        9,
        max_lines=1,
    )
    avail_w = sheet.width - 2 * margin
    avail_h = sheet.height - 2 * margin - 50
    scale = min(avail_w / poster_sheet.width, avail_h / poster_sheet.height)
    ox = margin + (avail_w - poster_sheet.width * scale) / 2
    oy = margin + (avail_h - poster_sheet.height * scale) / 2
    canvas.saveState()
    canvas.translate(ox, oy)
    canvas.scale(scale, scale)
    canvas.doForm(FORM)
    canvas.restoreState()
    canvas.setStrokeColor(pal.accent)
    canvas.setLineWidth(0.8)
    for row in range(grid.rows):
        for col in range(grid.columns):
            wx, wy = _window(poster_sheet, grid, row, col)
            x0 = ox + max(0.0, wx) * scale
            y0 = oy + max(0.0, wy) * scale
            x1 = ox + min(poster_sheet.width, wx + grid.area_width) * scale
            y1 = oy + min(poster_sheet.height, wy + grid.area_height) * scale
            canvas.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
            canvas.setFillColor(pal.accent)
            painter.draw_box(
                canvas,
                f"{row + 1}/{col + 1}",
                Box(x0 + 3, y1 - 14, max(0.0, x1 - x0 - 6), 12),
                9,
                bold=True,
                max_lines=1,
            )
