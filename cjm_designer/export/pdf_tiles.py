"""A large poster cut over small sheets, with overlap, crop and glue marks, and a key page.

The poster is drawn once into a PDF form (XObject) at its full size, then each sheet
shows its window of it, so the file stays small however many sheets there are. The
first page shows the whole poster with the sheet grid, as the assembly guide.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from cjm_designer.layout.paper import Paper, TileGrid, tile_grid
from cjm_designer.layout.reading import TILE_LABEL_ROOM

from .pdf_context import RenderContext
from .pdf_poster import new_canvas
from .pdf_text import Box, TextPainter

FORM = "cjm-poster"
GUIDE_FORM = "cjm-poster-guide"
GREEKED = HexColor("#B4B8BE")
"""The grey of text too small to print on the assembly guide's picture."""
GUIDE_HEAD = 52.0
"""Points above the assembly guide's picture for its title and the line under it."""


class GuidePainter(TextPainter):
    """Paints the assembly guide's small picture of the poster: text that stays at or
    above the floor at the picture's scale is drawn, smaller text becomes a grey bar
    of its length (no printed text under the floor, and the picture still shows where
    each card's words are). Records nothing: these are not the poster's lines."""

    def __init__(self, fonts, scale: float, floor: float) -> None:
        super().__init__(fonts, record=False)
        self.scale = scale
        self.floor = floor

    def draw_line(self, canvas, text, x, baseline, size, bold, box, rtl=None) -> float:
        if size * self.scale >= self.floor - 0.05:
            return super().draw_line(canvas, text, x, baseline, size, bold, box, rtl)
        width = self.fonts.width(text, size, bold)
        canvas.saveState()
        canvas.setFillColor(GREEKED)  # no alpha: forms carry no transparency states
        canvas.rect(x, baseline, width, size * 0.5, stroke=0, fill=1)
        canvas.restoreState()
        return width


def _guide_scale(guide: Paper, poster_sheet: Paper, margin: float) -> float:
    avail_w = guide.width - 2 * margin
    avail_h = guide.height - 2 * margin - GUIDE_HEAD
    return min(avail_w / poster_sheet.width, avail_h / poster_sheet.height)


def build_tiles(ctx: RenderContext, path: Path, info: dict[str, str]):
    """The poster cut into sheets: without a poster size asked for, the poster's size is
    chosen like the default poster's (card titles 18 pt, stage names 36 pt, nothing
    under 10 pt; a summary when the whole map cannot read at that size); with one, that
    size, and the export warns with the smallest text it actually drew."""
    from .pdf_poster import build_poster

    return build_poster(ctx, path, info)


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
    # The assembly guide is turned like the poster, so the picture of it is as large as
    # the sheet allows; the tiles keep their own orientation. Its small picture of the
    # poster is drawn again with text too small at that scale shown as grey bars.
    guide = sheet.oriented("landscape" if poster_sheet.landscape else "portrait")
    scale = _guide_scale(guide, poster_sheet, margin)
    canvas.beginForm(GUIDE_FORM, 0, 0, poster_sheet.width, poster_sheet.height)
    painter = ctx.painter
    ctx.painter = GuidePainter(ctx.fonts, scale, ctx.options.min_font_size)
    try:
        draw(canvas)
    finally:
        ctx.painter = painter
    canvas.endForm()
    ctx.tick(1, total)

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
TILE_LABEL_PT = 10.0
"""The tiles' own labels (place, glue hint, the assembly guide): read in hand, but no
printed text is under the 10 pt floor."""


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
    # The lines under the picture keep clear of the corner marks above them: the sheet's
    # place on the left, the glue hint on the right (on two lines when one is too short).
    left, right = area.x + MARK_CLEARANCE, area.right - MARK_CLEARANCE
    label = t("row_col", row=row + 1, col=col + 1) + f"   ({grid.rows} × {grid.columns})"
    label_w = ctx.fonts.width(label, TILE_LABEL_PT, True) + 2
    split = min(left + label_w, area.x + grid.area_width * 0.45)
    top = margin + label_room - 3
    canvas.setFillColor(pal.ink)
    painter.draw_box(
        canvas, label, Box(left, margin, split - left, top - margin), TILE_LABEL_PT, bold=True
    )
    canvas.setFillColor(pal.muted)
    hint = t("glue_hint", mm=f"{ctx.options.overlap_mm:g}")
    hint_box = Box(split + 12, margin, right - split - 12, top - margin)
    painter.draw_box(canvas, hint, hint_box, TILE_LABEL_PT, align="right")


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
        Box(margin, sheet.height - margin - 38, sheet.width - 2 * margin, 15),
        TILE_LABEL_PT,
        max_lines=1,
    )
    avail_w = sheet.width - 2 * margin
    avail_h = sheet.height - 2 * margin - GUIDE_HEAD
    scale = _guide_scale(sheet, poster_sheet, margin)
    ox = margin + (avail_w - poster_sheet.width * scale) / 2
    oy = margin + (avail_h - poster_sheet.height * scale) / 2
    canvas.saveState()
    canvas.translate(ox, oy)
    canvas.scale(scale, scale)
    canvas.doForm(GUIDE_FORM)
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
                Box(x0 + 3, y1 - 15, max(0.0, x1 - x0 - 6), 14),
                TILE_LABEL_PT,
                bold=True,
                max_lines=1,
            )
