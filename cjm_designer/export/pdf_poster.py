"""The whole map on one sheet: title block, the canvas geometry scaled to fit, a legend.

The map is laid out by ``cjm_designer.layout.compute_layout`` with a measurer built on
the same Fira Sans metrics the PDF draws with, then placed with one uniform scale, so
the poster is the canvas. Below a readable size the export says so and suggests tiles.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from cjm_designer.layout import (
    ALL_ROWS,
    ROW_EMOTIONS,
    LayoutOptions,
    MapLayout,
    Metrics,
    Rect,
    WrapCache,
    compute_layout,
)
from cjm_designer.layout.paper import MM, Paper, best_orientation, paper
from cjm_designer.layout.reading import (
    FLOOR_PT,
    LARGE_SHEETS,
    POSTER_SHEETS,
    STAGE_TARGET_PT,
    TILE_PAPER,
    TILINGS,
    TITLE_TARGET_PT,
    best_stage_width,
    fit_scale_with_bands,
    large_sheet,
    reading_distance_m,
    tiled_poster,
)
from cjm_designer.messages import Message
from cjm_designer.model import ChannelKind, TransitionKind

from .pdf_context import RenderContext
from .pdf_fit import size_to_fit
from .pdf_fonts import REGULAR
from .pdf_labels import emotion_word
from .pdf_mapdraw import MapDrawer, Placement, arrow_style, draw_evidence_mark
from .pdf_style import CARD_MARKERS, draw_marker
from .pdf_text import Box


@dataclass
class PosterGeometry:
    layout: MapLayout
    placement: Placement
    sheet: Paper
    options: LayoutOptions


def layout_options(ctx: RenderContext, metrics: Metrics | None = None) -> LayoutOptions:
    """The layout options the canvas would use for this map, measured with our fonts."""
    rows = ALL_ROWS if ctx.options.rows is None else frozenset(ctx.options.rows)
    t = ctx.t
    titles = {
        "emotions": t("emotion"),
        "pains": t("pains"),
        "opportunities": t("opportunities"),
        "questions": t("questions"),
        "goals": t("goals_kpis"),
    }
    return LayoutOptions(
        persona=ctx.options.persona,
        scenario=ctx.options.scenario,
        rows=rows,
        measurer=ctx.fonts,
        metrics=metrics or Metrics(),
        row_titles=titles,
    )


POSTER_METRICS = Metrics(
    lane_header_width=130,
    stage_gap=24,
    header_name_size=24,
    header_meta_size=10,
    row_text_size=10,
    arc_level_height=16,
    label_size=8.5,
    footer_size=8.5,
    card_picture_height=60,
)
"""The poster's type scale, in layout units: stage names twice the card titles (36 and
18 pt at reading size, 1.5x), nothing below 8.5 (12.75 pt at that size)."""

COMPACT_METRICS = replace(POSTER_METRICS, header_name_size=16, stage_gap=30)
"""For a sheet asked for that cannot reach the reading sizes: smaller stage names leave
more of the sheet to the cards."""

MAP_TITLE_SIZE = 32.0
FACTS_SIZE = 10.0
TITLE_BAND = 70.0
LEGEND_BAND = 104.0
"""Title block and legend heights in layout units: they grow with the map's scale, so
their text is never larger than the cards' (the legend's is 10 where titles are 12)."""
LEGEND_SIZE = 10.0
MAX_SCALE = 2.0
"""A small map is not blown up further (24 pt titles): its legend would not fit."""
LEGEND_LINE = 13.0
LEGEND_ROWS = 6


class PosterPage:
    """Title block on top, the map scaled to the sheet below it, the legend right under it.

    The title block and the legend are measured in the map's own units, so one scale
    fits all three into the sheet and the legend never outshouts the cards.
    """

    def __init__(self, ctx: RenderContext, layout: MapLayout, lopts: LayoutOptions, sheet: Paper):
        self.ctx = ctx
        self.layout = layout
        self.lopts = lopts
        self.sheet = sheet
        margin = ctx.options.margin
        area = (sheet.width - 2 * margin, sheet.height - 2 * margin)
        self.scale = min(
            MAX_SCALE, fit_scale_with_bands(layout.size, area, TITLE_BAND + LEGEND_BAND)
        )
        self.unit = self.scale
        self.title_h = TITLE_BAND * self.unit
        self.legend_h = LEGEND_BAND * self.unit

    @staticmethod
    def choose_sheet(ctx: RenderContext, layout: MapLayout, base: Paper) -> Paper:
        if ctx.options.orientation != "auto":
            return base.oriented(ctx.options.orientation)
        width, height = layout.size
        return best_orientation(base, width, height + TITLE_BAND + LEGEND_BAND)

    def placement(self) -> Placement:
        margin = self.ctx.options.margin
        area_w = self.sheet.width - 2 * margin
        width = self.layout.size[0]
        scale = self.scale
        left = margin + (area_w - width * scale) / 2
        top = self.sheet.height - margin - self.title_h
        return Placement(scale, left, top)

    @property
    def map_bottom(self) -> float:
        """Where the map ends on the sheet (PDF points): the legend starts right below."""
        return (
            self.sheet.height
            - self.ctx.options.margin
            - self.title_h
            - (self.layout.size[1] * self.scale)
        )

    def draw(self, canvas: Canvas, place: Placement) -> None:
        ctx = self.ctx
        first = len(ctx.painter.lines)
        self.title_block(canvas)
        MapDrawer(ctx, self.layout, self.lopts.metrics, place).draw(canvas)
        self.legend(canvas)
        check_sizes(ctx, self.sheet, ctx.painter.lines[first:], self.lopts.metrics, place.scale)

    def title_block(self, canvas: Canvas) -> None:
        ctx, u = self.ctx, self.unit
        margin = ctx.options.margin
        journey, t, pal, painter = ctx.journey, ctx.t, ctx.palette, ctx.painter
        width = self.sheet.width - 2 * margin
        top = self.sheet.height - margin
        canvas.setFillColor(pal.ink)
        title = journey.title or t("untitled")
        # As large as the band allows, smaller only when a long title needs the room.
        size = size_to_fit(
            title, width * 0.7, MAP_TITLE_SIZE * u, FACTS_SIZE * u * 1.5, ctx.fonts, True
        )
        painter.draw_box(
            canvas,
            title,
            Box(margin, top - 42 * u, width * 0.7, 42 * u),
            size,
            bold=True,
            max_lines=1,
        )
        personas = ", ".join(p.name for p in journey.personas) or t("all")
        scenarios = (
            ", ".join(s.name for s in journey.scenarios) if ctx.options.scenario else t("all")
        )
        facts = f"{t('personas')}: {personas}   ·   {t('scenario')}: {scenarios}"
        canvas.setFillColor(pal.muted)
        painter.draw_box(
            canvas,
            facts,
            Box(margin, top - 58 * u, width * 0.85, 13 * u),
            FACTS_SIZE * u,
            max_lines=1,
        )
        painter.draw_box(
            canvas,
            ctx.today(),
            Box(margin + width * 0.72, top - 26 * u, width * 0.28, 14 * u),
            FACTS_SIZE * u,
            align="right",
            max_lines=1,
        )
        if journey.author:
            painter.draw_box(
                canvas,
                journey.author,
                Box(margin + width * 0.72, top - 42 * u, width * 0.28, 13 * u),
                FACTS_SIZE * u,
                align="right",
                max_lines=1,
            )
        canvas.setStrokeColor(pal.rule)
        canvas.setLineWidth(0.8 * u)
        canvas.line(margin, top - self.title_h + 2 * u, margin + width, top - self.title_h + 2 * u)

    def legend(self, canvas: Canvas, markers: bool = True) -> None:
        """Channels, the emotion scale and (unless ``markers`` is off, as on a blank grid
        that has no cards or arrows to explain) the card markers and arrow kinds."""
        ctx, u = self.ctx, self.unit
        pal, painter, t = ctx.palette, ctx.painter, ctx.t
        margin = ctx.options.margin
        width = self.sheet.width - 2 * margin
        top = self.map_bottom - 6 * u  # right under the map, never a band between
        bottom = top - (self.legend_h - 6 * u)
        canvas.setStrokeColor(pal.rule)
        canvas.setLineWidth(0.8 * u)
        canvas.line(margin, top + 2 * u, margin + width, top + 2 * u)
        size = LEGEND_SIZE * u
        line = LEGEND_LINE * u
        u *= LEGEND_LINE / 9.5  # the markers' drawing unit: one legend line is 9.5 of it
        sections = [0.52, 0.22, 0.26]
        x = margin
        # Channels, in columns.
        channels_w = width * sections[0]
        canvas.setFillColor(pal.ink)
        painter.draw_box(
            canvas,
            t("channels"),
            Box(x, top - line, channels_w, line),
            size,
            bold=True,
            max_lines=1,
        )
        rows_per_col = LEGEND_ROWS
        channels = ctx.journey.channels
        cols = max(1, -(-len(channels) // rows_per_col))
        col_w = channels_w / max(cols, 3)
        for index, channel in enumerate(channels):
            col, row = divmod(index, rows_per_col)
            cx = x + col * col_w
            cy = top - line * (row + 2)
            if cy < bottom:
                break
            canvas.setFillColor(pal.channel(channel.color, index))
            canvas.rect(cx, cy + 2 * u, 7 * u, 7 * u, stroke=0, fill=1)
            canvas.setFillColor(pal.ink)
            name = channel.name + (
                f" ({t('backstage')})" if channel.kind is ChannelKind.BACKSTAGE else ""
            )
            painter.draw_box(
                canvas, name, Box(cx + 10 * u, cy, col_w - 12 * u, line), size, max_lines=1
            )
        # Emotion scale.
        x += channels_w
        section_w = width * sections[1]
        canvas.setFillColor(pal.ink)
        painter.draw_box(
            canvas, t("emotion"), Box(x, top - line, section_w, line), size, bold=True, max_lines=1
        )
        for level in range(5, 0, -1):
            cy = top - line * (7 - level)
            if cy < bottom:
                break
            canvas.setFillColor(pal.emotion(level))
            canvas.circle(x + 4 * u, cy + 5.5 * u, 3.5 * u, stroke=0, fill=1)
            canvas.setFillColor(pal.ink)
            painter.draw_box(
                canvas,
                f"{level} — {emotion_word(t, level)}",
                Box(x + 11 * u, cy, section_w - 12 * u, line),
                size,
                max_lines=1,
            )
        if not markers:
            return
        # Markers.
        x += section_w
        section_w = width * sections[2]
        canvas.setFillColor(pal.ink)
        painter.draw_box(
            canvas, t("markers"), Box(x, top - line, section_w, line), size, bold=True, max_lines=1
        )
        # Column one: dots for pains, opportunities, votes; evidence marks below them.
        dots = [
            (pal.pain, "pain", t("pains")),
            (pal.opportunity, "opportunity", t("opportunities")),
            (pal.accent, "votes", t("votes")),
        ]
        half = section_w / 2 - 12 * u
        for index, (color, kind, label) in enumerate(dots):
            cy = top - line * (index + 2)
            canvas.setFillColor(color)
            draw_marker(canvas, CARD_MARKERS[kind], x + 4 * u, cy + 5.5 * u, 3.5 * u)
            canvas.setFillColor(pal.ink)
            painter.draw_box(canvas, label, Box(x + 12 * u, cy, half, line), size, max_lines=1)
        for index, (researched, label) in enumerate(
            ((True, t("researched")), (False, t("assumed"))), start=len(dots)
        ):
            cy = top - line * (index + 2)
            if cy < bottom:
                break
            draw_evidence_mark(canvas, pal, x + 4 * u, cy + 5.5 * u, u * 0.8, researched)
            canvas.setFillColor(pal.ink)
            painter.draw_box(canvas, label, Box(x + 12 * u, cy, half, line), size, max_lines=1)
        # Column two: the transition arrows, drawn as the map draws them (pdf_mapdraw).
        ex = x + section_w / 2
        arrows = [
            (*arrow_style(pal, kind), t("arrow_" + kind.value))
            for kind in (
                TransitionKind.BACK,
                TransitionKind.EXIT,
                TransitionKind.SKIP,
                TransitionKind.REFERRAL,
            )
        ]
        for index, (color, dash, label) in enumerate(arrows):
            cy = top - line * (index + 2)
            canvas.setStrokeColor(color)
            canvas.setLineWidth(1.2 * u)
            canvas.setDash([d * u for d in dash] if dash else [])
            canvas.line(ex, cy + 5.5 * u, ex + 9 * u, cy + 5.5 * u)
            canvas.setDash()
            canvas.setFillColor(color)
            head = canvas.beginPath()
            head.moveTo(ex + 11 * u, cy + 5.5 * u)
            head.lineTo(ex + 7.5 * u, cy + 7.5 * u)
            head.lineTo(ex + 7.5 * u, cy + 3.5 * u)
            head.close()
            canvas.drawPath(head, stroke=0, fill=1)
            canvas.setFillColor(pal.ink)
            painter.draw_box(
                canvas, label, Box(ex + 14 * u, cy, half - 2 * u, line), size, max_lines=1
            )


def poster_layout(
    ctx: RenderContext, metrics: Metrics | None = None
) -> tuple[MapLayout, LayoutOptions]:
    lopts = layout_options(ctx, metrics)
    return compute_layout(ctx.journey, lopts), lopts


@dataclass
class PosterPlan:
    """The sheet, layout and scale a poster prints with, and why (said to the user)."""

    layout: MapLayout
    lopts: LayoutOptions
    sheet: Paper
    scale: float
    left_out: tuple[str, ...] = ()
    tiles: tuple[Paper, int, int] | None = None
    """When the poster is cut into sheets: the tile sheet, columns and rows."""

    @property
    def title_pt(self) -> float:
        return self.lopts.metrics.card_title_size * self.scale

    @property
    def stage_pt(self) -> float:
        return self.lopts.metrics.header_name_size * self.scale


def smallest_units(metrics: Metrics) -> float:
    """The smallest text size the poster draws, in layout units (scaled with the map)."""
    return min(
        metrics.label_size,
        metrics.footer_size,
        metrics.row_text_size,
        metrics.header_meta_size,
        metrics.lane_name_size,
        LEGEND_SIZE,
        FACTS_SIZE,
    )


def reading_scale(metrics: Metrics, floor: float = FLOOR_PT) -> float:
    """The scale at which card titles, stage names and the smallest text all reach their
    targets (TITLE_TARGET_PT, STAGE_TARGET_PT, the floor)."""
    return max(
        TITLE_TARGET_PT / metrics.card_title_size,
        STAGE_TARGET_PT / metrics.header_name_size,
        floor / smallest_units(metrics),
    )


def _fitted(ctx: RenderContext, base: LayoutOptions, sheet: Paper, cache: WrapCache):
    """The poster layout whose column width fills ``sheet`` best, and its scale."""
    margin = ctx.options.margin
    area = (sheet.width - 2 * margin, sheet.height - 2 * margin)
    layouts: dict[float, MapLayout] = {}

    def size_for(width: float) -> tuple[float, float]:
        lopts = replace(base, metrics=replace(base.metrics, stage_width=round(width)))
        layouts[width] = compute_layout(ctx.journey, lopts, cache)
        return layouts[width].size

    low = max(base.metrics.min_stage_width, _widest_stage_word(ctx, base.metrics))
    fit = best_stage_width(size_for, area, TITLE_BAND + LEGEND_BAND, low, max(low, 420.0))
    lopts = replace(base, metrics=replace(base.metrics, stage_width=round(fit.stage_width)))
    return layouts[fit.stage_width], lopts, fit.scale


def _widest_stage_word(ctx: RenderContext, metrics: Metrics) -> float:
    """The column width that keeps every word of every stage name whole at its size."""
    words = {word for stage in ctx.journey.stages for word in stage.name.split()}
    widest = max(
        (ctx.fonts.width(word, metrics.header_name_size, True) for word in words), default=0.0
    )
    return min(420.0, widest + 2 * metrics.header_padding + 2)


def _sheet_plans(ctx, fitted, sheet: Paper, left_out, tiles=None) -> PosterPlan:
    """The better orientation of ``sheet`` for the fitted layouts."""
    plans = []
    for o, (layout, lopts, _scale) in fitted.items():
        oriented = sheet.oriented(o) if tiles is None else sheet
        plan = PosterPlan(layout, lopts, oriented, 0.0, left_out, tiles)
        plan.scale = PosterPage(ctx, layout, lopts, oriented).scale
        plans.append(plan)
    return max(plans, key=lambda p: p.scale)


def _too_wide(ctx: RenderContext, metrics: Metrics, need: float) -> bool:
    """True when the narrowest columns at reading size are longer than any print the
    default poster may use (the longest side of the largest tiling)."""
    low = max(metrics.min_stage_width, _widest_stage_word(ctx, metrics))
    width = 2 * metrics.margin + metrics.lane_header_width
    width += len(ctx.journey.stages) * (low + metrics.stage_gap)
    longest = max(max(poster.size) for poster, *_rest in tilings(ctx))
    return width * need > longest - 2 * ctx.options.margin


def tilings(ctx: RenderContext) -> list[tuple[Paper, Paper, int, int]]:
    """(poster, tile sheet, columns, rows) of the tilings the default poster may use,
    smallest first."""
    margin = max(ctx.options.margin, 8.0)
    found = []
    tile = paper(TILE_PAPER)
    for columns, rows in TILINGS:
        for cols, rws in {(columns, rows), (rows, columns)}:
            for orientation in ("landscape", "portrait"):
                sheet = tile.oriented(orientation)
                poster = tiled_poster(sheet, cols, rws, margin, ctx.options.overlap)
                found.append((poster, sheet, cols, rws))
    found.sort(key=lambda item: (item[2] * item[3], -max(item[0].size) / min(item[0].size)))
    return found


def plan_poster(
    ctx: RenderContext, base_sheet: Paper | None = None, metrics: Metrics = POSTER_METRICS
) -> PosterPlan:
    """Choose the print and the column width so card titles, stage names and the smallest
    text reach their reading sizes (``reading_scale``).

    Unless a sheet was asked for: A2, A1 or A0 first, then the same without the text
    rows (pains, opportunities, questions, notes; left to the handout, if the rows were
    not chosen by hand), then a tiling of A1 sheets (``TILINGS``). When none of them
    reaches the sizes the result has ``scale`` below ``reading_scale`` and the caller
    draws a summary poster instead (``pdf_summary``). With a sheet asked for, that sheet
    is used and ``check_sizes`` warns.
    """
    options = ctx.options
    cache = WrapCache()
    if base_sheet is not None:
        sheets = [base_sheet]
    elif options.kind == "tiles" and options.poster_size:
        sheets = [paper(options.poster_size)]
    elif not options.chooses_size():
        sheets = [options.sheet()]
    else:
        sheets = [paper(name) for name in POSTER_SHEETS]
    auto = len(sheets) > 1
    orientations = (
        ("landscape", "portrait") if options.orientation == "auto" else (options.orientation,)
    )
    row_choices: list[tuple[str, ...]] = [()]
    if options.rows is None and auto:
        row_choices.append(tuple(sorted(ALL_ROWS - {ROW_EMOTIONS})))
    need = reading_scale(metrics, options.min_font_size) - 1e-3
    fallback: PosterPlan | None = None
    largest = sheets[-1]
    bases = {}
    for left_out in row_choices:
        base = layout_options(ctx, metrics)
        if left_out:
            base = replace(base, rows=base.rows - set(left_out))
        bases[left_out] = base
        # The best column width depends on the sheet's shape only: fit each orientation
        # once on the largest sheet, then scale that layout onto the smaller ones.
        fitted = {o: _fitted(ctx, base, largest.oriented(o), cache) for o in orientations}
        for sheet in sheets:
            plan = _sheet_plans(ctx, fitted, sheet, left_out)
            if fallback is None and sheet is largest:
                fallback = plan
            if plan.scale >= need:
                return plan
    assert fallback is not None
    if not auto:
        near = fallback.title_pt >= 0.6 * TITLE_TARGET_PT  # far below, it gains little
        if fallback.scale < need and metrics is POSTER_METRICS and near:
            # A sheet too small for the reading sizes: card titles matter most, so try
            # the compact scale (stage names 16 units) and keep whichever prints them larger.
            compact = plan_poster(ctx, base_sheet, COMPACT_METRICS)
            if compact.title_pt > fallback.title_pt + 0.05:
                return compact
        return fallback
    candidates = tilings(ctx)
    most = max(cols * rows for _p, _t, cols, rows in candidates)
    for left_out, base in bases.items():
        # The largest tilings first: when even they cannot reach the sizes, skip the rest.
        largest_plans = [
            _sheet_plans(ctx, {"": _fitted(ctx, base, poster, cache)}, poster, left_out)
            for poster, _tile, cols, rows in candidates
            if cols * rows == most
        ]
        if max(plan.scale for plan in largest_plans) < need:
            continue
        for poster, tile, cols, rows in candidates:
            fitted = {"": _fitted(ctx, base, poster, cache)}
            plan = _sheet_plans(ctx, fitted, poster, left_out, (tile, cols, rows))
            if plan.scale >= need:
                return plan
    return fallback


def describe_sheet(sheet: Paper, tiles: tuple[Paper, int, int] | None) -> Message:
    """The print a poster or summary goes on: one sheet, or a tiling of glued sheets."""
    if tiles is not None:
        tile, cols, rows = tiles
        return Message(
            "export.plan.tiled",
            width=sheet.width / MM,
            height=sheet.height / MM,
            count=cols * rows,
            tile=tile.name,
            columns=cols,
            rows=rows,
        )
    code = "export.plan.landscape" if sheet.landscape else "export.plan.portrait"
    return Message(code, sheet=sheet.label)


def describe_plan(ctx: RenderContext, plan: PosterPlan, smallest: float | None = None) -> Message:
    """One sentence for the user: the print, the title and stage name sizes, the reading
    distance and the smallest text drawn."""
    size = Message(
        "export.plan",
        sheet=describe_sheet(plan.sheet, plan.tiles),
        size=plan.title_pt,
        distance=reading_distance_m(plan.title_pt),
        stage=plan.stage_pt,
        smallest=smallest
        if smallest is not None
        else plan.scale * smallest_units(plan.lopts.metrics),
    )
    if plan.left_out:
        return Message("export.plan.left-out", plan=size, rows=", ".join(plan.left_out))
    return size


def check_sizes(ctx: RenderContext, sheet: Paper, lines, metrics: Metrics, scale: float) -> None:
    """Warn with the true smallest size drawn and a bigger print that actually reaches
    the floor (a larger sheet, or tiles of a larger poster, which enlarge the map)."""
    if not lines:
        return
    smallest = min(line.size for line in lines)
    floor = ctx.options.min_font_size
    if smallest >= floor - 0.05:
        return
    factor = floor / smallest
    short, long = sorted(sheet.size)
    bigger = None
    for name, _factor in LARGE_SHEETS:
        candidate = large_sheet(name)
        if (
            min(candidate.size) >= short * factor - 0.5
            and max(candidate.size) >= long * factor - 0.5
        ):
            bigger = candidate
            break
    title = metrics.card_title_size * scale
    if bigger is None:
        advice = Message("export.small.none")
    elif bigger.name == "A0" and ctx.options.kind == "poster":
        advice = Message("export.small.a0")
    else:
        advice = Message("export.small.tiles", sheet=bigger.label)
    ctx.warn(
        Message(
            "export.small-text",
            sheet=sheet.label,
            size=smallest,
            title=title,
            limit=f"{floor:g}",
            advice=advice,
        )
    )


def warn_below_reading(ctx: RenderContext, plan: PosterPlan, smallest: float) -> None:
    """A size asked for is honoured; when its card titles or stage names fall short of
    the reading targets (and no text is under the floor, which ``check_sizes`` reports),
    say so with the sizes actually drawn and how to get the readable size."""
    floor = ctx.options.min_font_size
    short = plan.title_pt < TITLE_TARGET_PT - 0.05 or plan.stage_pt < STAGE_TARGET_PT - 0.05
    if not short or smallest < floor - 0.05:
        return
    tiles = ctx.options.kind == "tiles"
    ctx.warn(
        Message(
            "export.below-reading",
            sheet=plan.sheet.label,
            title=plan.title_pt,
            stage=plan.stage_pt,
            title_target=TITLE_TARGET_PT,
            stage_target=STAGE_TARGET_PT,
            size=smallest,
            option="--poster-size" if tiles else "--page",
        )
    )


def build_poster(
    ctx: RenderContext, path: Path, info: dict[str, str]
) -> tuple[int, PosterGeometry]:
    """One sheet, a tiling of A0 sheets, or (when neither reads at distance) a summary.

    ``--kind tiles`` comes here too: the same choice of size (unless a poster size was
    asked for), always cut into the options' sheets (A4 unless asked otherwise).
    """
    ctx.tick(0, 3)
    auto = ctx.options.chooses_size()
    need = reading_scale(POSTER_METRICS, ctx.options.min_font_size) - 1e-3
    # When not even the longest tiling holds the columns at reading size, the summary
    # comes without laying out a huge map a dozen times first.
    plan = None if auto and _too_wide(ctx, POSTER_METRICS, need) else plan_poster(ctx)
    if plan is None or (auto and plan.scale < need):
        from .pdf_summary import build_summary

        return build_summary(ctx, path, info)
    ctx.tick(1, 3)
    sheet = plan.sheet
    page = PosterPage(ctx, plan.layout, plan.lopts, sheet)
    place = page.placement()
    drawn: list = []

    def draw(canvas: Canvas) -> None:
        first = len(ctx.painter.lines)
        page.draw(canvas, place)
        drawn.extend(ctx.painter.lines[first:])

    pages = print_poster(ctx, path, info, plan, draw)
    smallest = min((line.size for line in drawn), default=None)
    ctx.note(describe_plan(ctx, plan, smallest))
    if not auto and smallest is not None:
        warn_below_reading(ctx, plan, smallest)
    ctx.tick(3, 3)
    return pages, PosterGeometry(plan.layout, place, sheet, plan.lopts)


def print_poster(ctx: RenderContext, path: Path, info: dict[str, str], plan, draw) -> int:
    """Write ``draw``'s poster (``plan.sheet`` sized) as one sheet or as tiles; sets
    ``plan.tiles`` to the sheets it was cut into. Returns the page count."""
    from .pdf_tiles import tile_grid_for, tile_poster

    if ctx.options.kind == "tiles":
        # Cut into the sheets asked for (A4 by default), whatever the poster's size.
        tile, grid, _margin, _room = tile_grid_for(ctx, plan.sheet)
        plan.tiles = (tile, grid.columns, grid.rows)
        return tile_poster(ctx, path, info, plan.sheet, draw)
    if plan.tiles is not None and ctx.options.bleed > 0:
        # A print shop prints a large poster in one piece from a roll: no tiles.
        plan.tiles = None
    if plan.tiles is not None:
        return tile_poster(ctx, path, info, plan.sheet, draw, plan.tiles[0])
    bleed = ctx.options.bleed
    canvas = new_canvas(path, plan.sheet, info, bleed, ctx.journey.language)
    canvas.setFillColor(ctx.palette.paper)
    draw(canvas)
    draw_crop_marks(canvas, plan.sheet, bleed)
    ctx.tick(2, 3)
    canvas.showPage()
    canvas.save()
    return 1


MARK_ROOM = 10 * MM
"""Room outside the bleed for crop marks (a 6 mm mark 3 mm clear of the bleed)."""


def new_canvas(
    path: Path, sheet: Paper, info: dict[str, str], bleed: float = 0.0, lang: str | None = None
) -> Canvas:
    """A canvas whose drawing coordinates are the trimmed sheet's.

    Every page gets a TrimBox (the finished size) and a BleedBox; with ``bleed`` the page
    grows by the bleed and room for crop marks (see ``draw_crop_marks``) and the origin
    moves to the trim's corner, so nothing else needs to know.
    """
    slug = bleed + MARK_ROOM if bleed > 0 else 0.0
    size = (sheet.width + 2 * slug, sheet.height + 2 * slug)
    canvas = Canvas(
        str(path), pagesize=size, pageCompression=1, initialFontName=REGULAR, lang=lang or None
    )
    canvas.setTrimBox((slug, slug, slug + sheet.width, slug + sheet.height))
    canvas.setBleedBox(
        (slug - bleed, slug - bleed, slug + sheet.width + bleed, slug + sheet.height + bleed)
    )
    canvas.setTitle(info["title"])
    canvas.setAuthor(info["author"])
    canvas.setSubject(info["subject"])
    canvas.setKeywords(info["keywords"])
    canvas.setCreator(info["creator"])
    if slug:
        canvas.translate(slug, slug)
    return canvas


def draw_crop_marks(canvas: Canvas, sheet: Paper, bleed: float) -> None:
    """Crop marks at the four corners of the trim, outside the bleed (registration black)."""
    if bleed <= 0:
        return
    gap, length = bleed + 3 * MM, 6 * MM
    canvas.saveState()
    canvas.setStrokeColorCMYK(1, 1, 1, 1)
    canvas.setLineWidth(0.25)
    for x, y in ((0, 0), (sheet.width, 0), (0, sheet.height), (sheet.width, sheet.height)):
        sx = -1 if x == 0 else 1
        sy = -1 if y == 0 else 1
        canvas.line(x + sx * gap, y, x + sx * (gap + length), y)
        canvas.line(x, y + sy * gap, x, y + sy * (gap + length))
    canvas.restoreState()


__all__ = [
    "POSTER_METRICS",
    "PosterGeometry",
    "PosterPage",
    "PosterPlan",
    "Rect",
    "build_poster",
    "layout_options",
    "plan_poster",
    "poster_layout",
]
