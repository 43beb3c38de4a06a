"""The whole map on one sheet: title block, the canvas geometry scaled to fit, a legend.

The map is laid out by ``cjm_designer.layout.compute_layout`` with a measurer built on
the same Fira Sans metrics the PDF draws with, then placed with one uniform scale, so
the poster is the canvas. Below a readable size the export says so and suggests tiles.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from cjm_designer.layout import ALL_ROWS, LayoutOptions, MapLayout, Metrics, Rect, compute_layout
from cjm_designer.layout.paper import Paper, best_orientation, fit_scale
from cjm_designer.messages import Message
from cjm_designer.model import ChannelKind

from .pdf_context import RenderContext
from .pdf_fonts import REGULAR
from .pdf_labels import emotion_word
from .pdf_mapdraw import CARD_FOOTER_SIZE, MapDrawer, Placement, draw_evidence_mark
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


def smallest_text(metrics: Metrics) -> float:
    return min(
        metrics.card_title_size,
        metrics.row_text_size,
        metrics.header_meta_size,
        metrics.lane_name_size,
        CARD_FOOTER_SIZE,
    )


class PosterPage:
    """Title block on top, legend at the bottom, the map scaled into the space between."""

    def __init__(self, ctx: RenderContext, layout: MapLayout, lopts: LayoutOptions, sheet: Paper):
        self.ctx = ctx
        self.layout = layout
        self.lopts = lopts
        self.sheet = sheet
        short = min(sheet.width, sheet.height)
        self.unit = max(0.7, short / 595)  # 1 on A4, ~2.8 on A1, ~4 on A0
        self.title_h = 46 * self.unit
        self.legend_h = 66 * self.unit

    @staticmethod
    def choose_sheet(ctx: RenderContext, layout: MapLayout, base: Paper) -> Paper:
        if ctx.options.orientation != "auto":
            return base.oriented(ctx.options.orientation)
        width, height = layout.size
        return best_orientation(base, width, height * 1.12)

    def placement(self) -> Placement:
        margin = self.ctx.options.margin
        area_w = self.sheet.width - 2 * margin
        area_h = self.sheet.height - 2 * margin - self.title_h - self.legend_h
        width, height = self.layout.size
        scale = fit_scale(width, height, area_w, max(area_h, 1.0))
        left = margin + (area_w - width * scale) / 2
        top = self.sheet.height - margin - self.title_h
        return Placement(scale, left, top)

    def draw(self, canvas: Canvas, place: Placement) -> None:
        ctx = self.ctx
        self.title_block(canvas)
        MapDrawer(ctx, self.layout, self.lopts.metrics, place).draw(canvas)
        self.legend(canvas)
        smallest = smallest_text(self.lopts.metrics) * place.scale
        if smallest < ctx.options.min_font_size:
            ctx.warn(
                Message(
                    "export.small-text",
                    sheet=self.sheet.name,
                    size=smallest,
                    limit=f"{ctx.options.min_font_size:g}",
                )
            )

    def title_block(self, canvas: Canvas) -> None:
        ctx, u = self.ctx, self.unit
        margin = ctx.options.margin
        journey, t, pal, painter = ctx.journey, ctx.t, ctx.palette, ctx.painter
        width = self.sheet.width - 2 * margin
        top = self.sheet.height - margin
        canvas.setFillColor(pal.ink)
        painter.draw_box(
            canvas,
            journey.title or t("untitled"),
            Box(margin, top - 24 * u, width * 0.7, 24 * u),
            18 * u,
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
            canvas, facts, Box(margin, top - 40 * u, width * 0.85, 13 * u), 9.5 * u, max_lines=1
        )
        painter.draw_box(
            canvas,
            ctx.today(),
            Box(margin + width * 0.72, top - 24 * u, width * 0.28, 14 * u),
            10 * u,
            align="right",
            max_lines=1,
        )
        if journey.author:
            painter.draw_box(
                canvas,
                journey.author,
                Box(margin + width * 0.72, top - 40 * u, width * 0.28, 13 * u),
                9 * u,
                align="right",
                max_lines=1,
            )
        canvas.setStrokeColor(pal.rule)
        canvas.setLineWidth(0.8 * u)
        canvas.line(margin, top - self.title_h + 2 * u, margin + width, top - self.title_h + 2 * u)

    def legend(self, canvas: Canvas) -> None:
        ctx, u = self.ctx, self.unit
        pal, painter, t = ctx.palette, ctx.painter, ctx.t
        margin = ctx.options.margin
        width = self.sheet.width - 2 * margin
        bottom = margin
        top = bottom + self.legend_h - 6 * u
        canvas.setStrokeColor(pal.rule)
        canvas.setLineWidth(0.8 * u)
        canvas.line(margin, top + 2 * u, margin + width, top + 2 * u)
        size = 7 * u
        line = 9.5 * u
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
        rows_per_col = max(1, int((self.legend_h - 6 * u - line) // line))
        channels = ctx.journey.channels
        cols = max(1, -(-len(channels) // rows_per_col))
        col_w = channels_w / max(cols, 3)
        for index, channel in enumerate(channels):
            col, row = divmod(index, rows_per_col)
            cx = x + col * col_w
            cy = top - line * (row + 2)
            if cy < bottom:
                break
            canvas.setFillColor(pal.color(channel.color))
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
        # Markers.
        x += section_w
        section_w = width * sections[2]
        canvas.setFillColor(pal.ink)
        painter.draw_box(
            canvas, t("markers"), Box(x, top - line, section_w, line), size, bold=True, max_lines=1
        )
        # Column one: dots for pains, opportunities, votes; evidence marks below them.
        dots = [
            (pal.pain, t("pains")),
            (pal.opportunity, t("opportunities")),
            (pal.accent, t("votes")),
        ]
        half = section_w / 2 - 12 * u
        for index, (color, label) in enumerate(dots):
            cy = top - line * (index + 2)
            canvas.setFillColor(color)
            canvas.circle(x + 4 * u, cy + 5.5 * u, 3.5 * u, stroke=0, fill=1)
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
            (pal.pain, (5, 3), t("arrow_back")),
            (pal.pain, None, t("arrow_exit")),
            (pal.accent, (2, 2), t("arrow_skip")),
            (pal.opportunity, None, t("arrow_referral")),
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


def build_poster(
    ctx: RenderContext, path: Path, info: dict[str, str]
) -> tuple[int, PosterGeometry]:
    ctx.tick(0, 3)
    layout, lopts = poster_layout(ctx)
    ctx.tick(1, 3)
    sheet = PosterPage.choose_sheet(ctx, layout, ctx.options.sheet())
    page = PosterPage(ctx, layout, lopts, sheet)
    place = page.placement()
    canvas = new_canvas(path, sheet, info)
    canvas.setFillColor(ctx.palette.paper)
    page.draw(canvas, place)
    ctx.tick(2, 3)
    canvas.showPage()
    canvas.save()
    ctx.tick(3, 3)
    return 1, PosterGeometry(layout, place, sheet, lopts)


def new_canvas(path: Path, sheet: Paper, info: dict[str, str]) -> Canvas:
    canvas = Canvas(str(path), pagesize=sheet.size, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(info["title"])
    canvas.setAuthor(info["author"])
    canvas.setSubject(info["subject"])
    canvas.setKeywords(info["keywords"])
    canvas.setCreator(info["creator"])
    return canvas


__all__ = [
    "PosterGeometry",
    "PosterPage",
    "Rect",
    "build_poster",
    "layout_options",
    "poster_layout",
]
