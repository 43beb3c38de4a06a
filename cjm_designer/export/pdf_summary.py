"""The summary poster: what reads from across the room when the whole map cannot.

When no sheet up to A0 and no tiling of A0 sheets holds the map with card titles at
18 pt, stage names at 36 pt and nothing under 10 pt (``pdf_poster.plan_poster``), the
default poster shows the stages in bands, each with its name, the emotion curve, its
most voted cards and its most voted pain and opportunity, and a line saying that the
handout has every card, row and transition. Sizes are fixed in points, so nothing ever
shrinks below the floor: a larger map gets more bands, fewer cards per stage or more
sheets instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from cjm_designer.layout.paper import Paper, paper
from cjm_designer.layout.reading import POSTER_SHEETS, reading_distance_m
from cjm_designer.messages import Message
from cjm_designer.model import Insight, Stage, Touchpoint, Transition, TransitionKind
from cjm_designer.model.duration_text import format_number

from .pdf_chart import emotion_series
from .pdf_context import RenderContext
from .pdf_shaping import move_text
from .pdf_style import CARD_MARKERS, CURVE_DASHES, CURVE_MARKERS, draw_marker
from .pdf_text import Box, wrap

MAP_TITLE = 54.0
FACTS = 16.0
STAGE = 36.0
CARD = 18.0
ROW = 14.0
SMALL = 12.0
"""Point sizes: stage names 36 and card titles 18 (the reading targets), the rest at or
above 12 (the floor is 10)."""
LEADING = 1.25
PAD = 10.0
MIN_COLUMN = 260.0
MAX_COLUMN = 560.0
"""A stage name word longer than this breaks, rather than one stage filling a band."""
CURVE_H = 130.0
BAND_GAP = 24.0
CARD_LINES = 2
ROW_LINES = 2


def _line(size: float) -> float:
    return size * LEADING


CARD_SLOT = CARD_LINES * _line(CARD) + _line(SMALL) + 2 * 6 + 8
"""A card: two title lines, its channel's name, padding and the gap to the next."""
PICTURE_SHARE = 0.4
"""A card's first picture takes up to this share of the card's width, at its right."""
MAX_MOVES = 6
"""Transitions listed at the foot: the most likely, the ones that leave the path first."""
MOVE_COLUMN = 620.0


@dataclass
class Column:
    stage: Stage
    cards: list[Touchpoint]
    pain: Insight | None
    opportunity: Insight | None


@dataclass
class SummaryPlan:
    sheet: Paper
    per_band: int
    column_w: float
    shown: int
    """Cards per stage the bands have room for."""
    band_h: float
    tiles: tuple[Paper, int, int] | None = None
    columns: list[Column] = field(default_factory=list)


def _ranked(cards: list[Touchpoint]) -> list[Touchpoint]:
    """Most voted first, then the ones with most pains, then the map's order."""
    order = {id(tp): i for i, tp in enumerate(cards)}
    return sorted(
        cards,
        key=lambda tp: (-tp.votes, -sum(1 + p.votes for p in tp.pains), order[id(tp)]),
    )


def _top(insights: list[Insight]) -> Insight | None:
    return max(insights, key=lambda i: i.votes, default=None)


def columns(ctx: RenderContext) -> list[Column]:
    journey = ctx.journey
    by_stage: dict[str, list[Touchpoint]] = {s.id: [] for s in journey.stages}
    for tp in journey.touchpoints:
        if tp.stage in by_stage:
            by_stage[tp.stage].append(tp)
    found = []
    for stage in journey.stages:
        cards = by_stage[stage.id]
        pains = [p for tp in cards for p in tp.pains]
        opportunities = [o for tp in cards for o in tp.opportunities]
        found.append(Column(stage, _ranked(cards), _top(pains), _top(opportunities)))
    return found


def main_moves(ctx: RenderContext) -> list[Transition]:
    """The transitions worth a line on the summary: those that leave the straight path
    (back, skip, exit, referral) and the forward ones with a probability, most likely
    first, at most MAX_MOVES."""
    stages = {s.id for s in ctx.journey.stages}
    moves = [
        m
        for m in ctx.journey.transitions
        if m.source in stages
        and (m.target is None or m.target in stages)
        and (m.kind is not TransitionKind.FORWARD or m.probability is not None or m.label)
    ]
    order = {id(m): i for i, m in enumerate(moves)}
    moves.sort(
        key=lambda m: (
            m.kind is TransitionKind.FORWARD,
            -(m.probability if m.probability is not None else -1.0),
            order[id(m)],
        )
    )
    return moves[:MAX_MOVES]


class SummaryLayout:
    """Fixed heights of the parts of a band and of the page around the bands."""

    def __init__(self, ctx: RenderContext, cols: list[Column]):
        self.ctx = ctx
        self.cols = cols
        fonts = ctx.fonts
        words = {w for c in cols for w in c.stage.name.split()}
        widest = max((fonts.width(w, STAGE, True) for w in words), default=0.0)
        self.min_column = min(MAX_COLUMN, max(MIN_COLUMN, widest + 2 * PAD + 4))
        self.has_curve = bool(emotion_series(ctx.journey))
        self.has_rows = any(c.pain or c.opportunity for c in cols)
        self.most_cards = max((len(c.cards) for c in cols), default=0)

    def title_h(self) -> float:
        return _line(MAP_TITLE) + _line(FACTS) + PAD * 2

    def footer_h(self, width: float) -> float:
        """The legend (channels and curves), the main transitions and the line about
        the handout."""
        entries = len(self.ctx.journey.channels) + len(emotion_series(self.ctx.journey))
        per_row = max(1, int(width // 300))
        rows = -(-entries // per_row) + 1
        moves = len(main_moves(self.ctx))
        if moves:
            rows += -(-moves // max(1, int(width // MOVE_COLUMN))) + 1
        return rows * _line(ROW) + _line(FACTS) + 2 * PAD

    def band_fixed(self, column_w: float, stages: list[Column]) -> float:
        names = max((len(self._name_lines(c.stage.name, column_w)) for c in stages), default=1)
        fixed = names * _line(STAGE) + PAD
        if self.has_curve:
            fixed += CURVE_H
        if self.has_rows:
            fixed += 2 * ROW_LINES * _line(ROW) + PAD
        return fixed + _line(SMALL) + PAD  # the "+N more" line

    def _name_lines(self, name: str, column_w: float) -> list[str]:
        return wrap(name, column_w - 2 * PAD, STAGE, self.ctx.fonts, True, 2)

    def fit(self, sheet: Paper) -> SummaryPlan | None:
        """How the bands sit on ``sheet``; None when not even names and curve fit."""
        margin = self.ctx.options.margin
        width = sheet.width - 2 * margin
        height = sheet.height - 2 * margin - self.title_h() - self.footer_h(width)
        count = max(1, len(self.cols))
        per_band = max(1, min(count, int(width // self.min_column)))
        bands = -(-count // per_band)
        column_w = width / per_band
        band_h = (height - (bands - 1) * BAND_GAP) / bands
        fixed = max(
            self.band_fixed(column_w, self.cols[i : i + per_band])
            for i in range(0, count, per_band)
        )
        if band_h < fixed:
            return None
        shown = min(self.most_cards, int((band_h - fixed) // CARD_SLOT))
        return SummaryPlan(sheet, per_band, column_w, shown, band_h)


def plan_summary(ctx: RenderContext) -> SummaryPlan:
    """The smallest print where the bands show three cards per stage (or every card),
    else the one that shows the most; the tilings of ``plan_poster`` after A2..A0."""
    from .pdf_poster import tilings

    cols = columns(ctx)
    layout = SummaryLayout(ctx, cols)
    want = min(3, layout.most_cards)
    candidates: list[tuple[Paper, tuple[Paper, int, int] | None]] = []
    for name in POSTER_SHEETS:
        for orientation in ("landscape", "portrait"):
            candidates.append((paper(name).oriented(orientation), None))
    for poster, tile, cols_n, rows_n in tilings(ctx):
        candidates.append((poster, (tile, cols_n, rows_n)))
    best: SummaryPlan | None = None
    groups: list[list[tuple[Paper, tuple | None]]] = []
    for sheet, tiles in candidates:
        key = (sheet.width * sheet.height) if tiles is None else tiles[1] * tiles[2] * 1e9
        if groups and groups[-1][0][2] == key:  # type: ignore[misc]
            groups[-1].append((sheet, tiles, key))  # type: ignore[arg-type]
        else:
            groups.append([(sheet, tiles, key)])  # type: ignore[list-item]
    for group in groups:
        fits = []
        for sheet, tiles, _key in group:  # type: ignore[misc]
            plan = layout.fit(sheet)
            if plan is not None:
                plan.tiles = tiles
                fits.append(plan)
        if not fits:
            continue
        plan = max(fits, key=lambda p: (p.shown, p.per_band))
        if best is None or plan.shown > best.shown:
            best = plan
        if plan.shown >= want:
            best = plan
            break
    if best is None:  # hundreds of stages: the largest tiling, names and curve only
        poster, tile, cols_n, rows_n = tilings(ctx)[-1]
        best = SummaryPlan(poster, 1, poster.width - 2 * ctx.options.margin, 0, 0.0)
        best = layout.fit(poster) or best
        best.tiles = (tile, cols_n, rows_n)
    best.columns = cols
    return best


class SummaryPage:
    def __init__(self, ctx: RenderContext, plan: SummaryPlan):
        self.ctx = ctx
        self.plan = plan
        self.layout = SummaryLayout(ctx, plan.columns)
        self.series = emotion_series(ctx.journey)
        if self.series and not self.series[0][0]:
            self.series = [(ctx.t("average"), None, self.series[0][2])]
        self.channel_index = {c.id: i for i, c in enumerate(ctx.journey.channels)}
        self.drawn: dict[str, Box] = {}
        """Where pictures were placed (for checks)."""

    def draw(self, canvas: Canvas) -> None:
        ctx, plan = self.ctx, self.plan
        margin = ctx.options.margin
        sheet = plan.sheet
        width = sheet.width - 2 * margin
        top = sheet.height - margin
        self._title(canvas, margin, top, width)
        y = top - self.layout.title_h()
        cols = plan.columns
        for start in range(0, len(cols), plan.per_band):
            self._band(canvas, cols[start : start + plan.per_band], start, margin, y)
            y -= plan.band_h + BAND_GAP
        self._footer(canvas, margin, width)

    def _title(self, canvas, x: float, top: float, width: float) -> None:
        ctx, pal, painter, t = self.ctx, self.ctx.palette, self.ctx.painter, self.ctx.t
        journey = ctx.journey
        canvas.setFillColor(pal.ink)
        painter.draw_box(
            canvas,
            journey.title or t("untitled"),
            Box(x, top - _line(MAP_TITLE), width * 0.75, _line(MAP_TITLE)),
            MAP_TITLE,
            bold=True,
            max_lines=1,
        )
        canvas.setFillColor(pal.muted)
        personas = ", ".join(p.name for p in journey.personas) or t("all")
        facts = f"{t('personas')}: {personas}   ·   {ctx.today()}"
        if journey.author:
            facts += f"   ·   {journey.author}"
        painter.draw_box(
            canvas,
            facts,
            Box(x, top - _line(MAP_TITLE) - _line(FACTS) - 4, width, _line(FACTS) + 2),
            FACTS,
            max_lines=1,
        )

    def _band(self, canvas, cols: list[Column], start: int, left: float, top: float) -> None:
        ctx, plan = self.ctx, self.plan
        pal, painter, fonts = ctx.palette, ctx.painter, ctx.fonts
        cw = plan.column_w
        names = max(len(self.layout._name_lines(c.stage.name, cw)) for c in cols)
        name_h = names * _line(STAGE) + PAD
        # Stage headers.
        for i, col in enumerate(cols):
            x = left + i * cw
            canvas.setFillColor(pal.header)
            canvas.rect(x + 3, top - name_h, cw - 6, name_h, stroke=0, fill=1)
            canvas.setFillColor(pal.ink)
            painter.draw_box(
                canvas,
                col.stage.name,
                Box(x + PAD, top - name_h, cw - 2 * PAD, name_h - PAD / 2),
                STAGE,
                bold=True,
                max_lines=2,
            )
        y = top - name_h
        if self.layout.has_curve:
            self._curve(canvas, cols, start, left, y - CURVE_H, cw)
            y -= CURVE_H
        # Cards, most voted first, then "+N more".
        card_top = y - PAD / 2
        for i, col in enumerate(cols):
            x = left + i * cw
            cy = card_top
            for tp in col.cards[: plan.shown]:
                picture_w = (cw - 12) * PICTURE_SHARE if tp.pictures else 0.0
                text_w = cw - 2 * PAD - 14 - picture_w
                lines = wrap(tp.title, text_w, CARD, fonts, False, CARD_LINES)
                height = CARD_LINES * _line(CARD) + _line(SMALL) + 12
                index = self.channel_index.get(tp.channel, 0)
                channel = ctx.journey.channels[index] if ctx.journey.channels else None
                canvas.setFillColor(pal.card)
                canvas.setStrokeColor(pal.rule)
                canvas.setLineWidth(0.8)
                canvas.roundRect(x + 6, cy - height, cw - 12, height, 4, stroke=1, fill=1)
                canvas.setFillColor(pal.channel(channel.color if channel else None, index))
                canvas.rect(x + 6, cy - height, 6, height, stroke=0, fill=1)
                canvas.setFillColor(pal.ink)
                painter.draw_box(
                    canvas,
                    "\n".join(lines),
                    Box(x + PAD + 10, cy - height, text_w, height - 5),
                    CARD,
                )
                if channel is not None:
                    canvas.setFillColor(pal.muted)
                    painter.draw_box(
                        canvas,
                        channel.name,
                        Box(x + PAD + 10, cy - height + 3, text_w, _line(SMALL) + 2),
                        SMALL,
                        max_lines=1,
                    )
                if picture_w:
                    right = x + cw - 6 - 4
                    area = Box(right - picture_w + 8, cy - height + 4, picture_w - 8, height - 8)
                    self._picture(canvas, tp, area)
                cy -= height + 8
            rest = len(col.cards) - min(plan.shown, len(col.cards))
            if rest:
                canvas.setFillColor(pal.muted)
                painter.draw_box(
                    canvas,
                    ctx.t("more_cards", count=rest),
                    Box(x + PAD, cy - _line(SMALL) - 2, cw - 2 * PAD, _line(SMALL) + 2),
                    SMALL,
                    max_lines=1,
                )
        # The most voted pain and opportunity at the band's foot.
        if self.layout.has_rows:
            row_h = ROW_LINES * _line(ROW)
            bottom = top - plan.band_h
            for i, col in enumerate(cols):
                x = left + i * cw
                for n, (insight, color) in enumerate(
                    ((col.pain, pal.pain), (col.opportunity, pal.opportunity))
                ):
                    if insight is None:
                        continue
                    ry = bottom + (1 - n) * row_h
                    canvas.setFillColor(color)
                    shape = CARD_MARKERS["opportunity" if n else "pain"]  # grey print too
                    draw_marker(canvas, shape, x + PAD + 4, ry + row_h - ROW * 0.55, 4)
                    canvas.setFillColor(pal.ink)
                    painter.draw_box(
                        canvas,
                        insight.text,
                        Box(x + PAD + 14, ry, cw - 2 * PAD - 14, row_h),
                        ROW,
                        max_lines=ROW_LINES,
                    )

    def _picture(self, canvas, tp: Touchpoint, area: Box) -> None:
        """The card's first picture at its own resolution, fitted into ``area`` at its
        right end (never enlarged past it), with the <150 ppi warning."""
        from io import BytesIO

        from reportlab.lib.utils import ImageReader

        from .pdf_pictures import decode_picture, placed_size

        decoded = decode_picture(tp.pictures[0], self.ctx.warn)
        if decoded is None:
            return
        w, h = placed_size(tp.pictures[0], decoded, area.width, area.height, self.ctx.warn)
        x, y = area.right - w, area.y + (area.height - h) / 2
        canvas.drawImage(ImageReader(BytesIO(decoded[0])), x, y, w, h, mask="auto")
        self.drawn[f"picture:{tp.id}"] = Box(x, y, w, h)

    def _curve(self, canvas, cols, start, left, bottom, cw) -> None:
        pal, painter = self.ctx.palette, self.ctx.painter
        plot_bottom, plot_h = bottom + 14, CURVE_H - 28
        canvas.saveState()
        canvas.setStrokeColor(pal.rule)
        canvas.setLineWidth(0.6)
        for level in (1, 3, 5):
            y = plot_bottom + (level - 1) / 4 * plot_h
            canvas.line(left, y, left + cw * len(cols), y)
        for number, (_label, color, values) in enumerate(self.series):
            stroke = pal.color(color, "#3E7CB1")
            dash = [d * 2 for d in CURVE_DASHES[number % len(CURVE_DASHES)]]
            shape = CURVE_MARKERS[number % len(CURVE_MARKERS)]
            points = []
            for i in range(len(cols)):
                value = values[start + i] if start + i < len(values) else None
                if value is not None:
                    x = left + (i + 0.5) * cw
                    points.append((x, plot_bottom + (value - 1) / 4 * plot_h, value))
            canvas.setStrokeColor(stroke)
            canvas.setLineWidth(3)
            canvas.setDash(dash)
            for (x1, y1, _v1), (x2, y2, _v2) in pairwise(points):
                canvas.line(x1, y1, x2, y2)
            canvas.setDash([])
            for x, y, value in points:
                canvas.setFillColor(stroke)
                draw_marker(canvas, shape, x, y, 6)
                canvas.setFillColor(pal.ink)
                painter.draw_box(
                    canvas,
                    f"{value:g}",
                    Box(x + 8 + number * 0, y + 2, 30, _line(SMALL) + 2),
                    SMALL,
                    bold=True,
                    max_lines=1,
                )
        canvas.restoreState()

    def _footer(self, canvas, left: float, width: float) -> None:
        ctx = self.ctx
        pal, painter, t = ctx.palette, ctx.painter, ctx.t
        margin = ctx.options.margin
        line = _line(ROW)
        per_row = max(1, int(width // 300))
        col_w = width / per_row
        entries: list[tuple[str, tuple[str, int]]] = [
            (c.name, ("channel", i)) for i, c in enumerate(ctx.journey.channels)
        ]
        entries += [(label, ("curve", n)) for n, (label, _c, _v) in enumerate(self.series)]
        rows = -(-len(entries) // per_row)
        moves = main_moves(ctx)
        per_move_row = max(1, int(width // MOVE_COLUMN))
        move_rows = -(-len(moves) // per_move_row) + 1 if moves else 0
        top = margin + _line(FACTS) + PAD + (rows + 1 + move_rows) * line
        canvas.setStrokeColor(pal.rule)
        canvas.setLineWidth(0.8)
        canvas.line(left, top + 4, left + width, top + 4)
        canvas.setFillColor(pal.ink)
        painter.draw_box(
            canvas, t("legend"), Box(left, top - line, width, line), ROW, bold=True, max_lines=1
        )
        for index, (label, (kind, n)) in enumerate(entries):
            row, col = divmod(index, per_row)
            x = left + col * col_w
            y = top - line * (row + 2)
            if kind == "channel":
                channel = ctx.journey.channels[n]
                canvas.setFillColor(pal.channel(channel.color, n))
                canvas.rect(x, y + 3, 12, 12, stroke=0, fill=1)
            else:
                color = pal.color(self.series[n][1], "#3E7CB1")
                canvas.setStrokeColor(color)
                canvas.setFillColor(color)
                canvas.setLineWidth(3)
                canvas.setDash([d * 2 for d in CURVE_DASHES[n % len(CURVE_DASHES)]])
                canvas.line(x, y + 9, x + 28, y + 9)
                canvas.setDash([])
                draw_marker(canvas, CURVE_MARKERS[n % len(CURVE_MARKERS)], x + 14, y + 9, 5)
            canvas.setFillColor(pal.ink)
            painter.draw_box(canvas, label, Box(x + 34, y, col_w - 40, line), ROW, max_lines=1)
        if moves:
            self._moves(canvas, moves, left, top - line * (rows + 1), width, per_move_row)
        canvas.setFillColor(pal.muted)
        painter.draw_box(
            canvas,
            t("summary_note"),
            Box(left, margin, width, _line(FACTS) + 2),
            FACTS,
            max_lines=1,
        )

    def _moves(self, canvas, moves, left: float, top: float, width: float, per_row: int):
        """The main transitions, each with its arrow drawn as the full poster draws its
        kind (colour and dash), from stage to stage in words."""
        from .pdf_mapdraw import arrow_style

        ctx = self.ctx
        pal, painter, t, journey = ctx.palette, ctx.painter, ctx.t, ctx.journey
        line = _line(ROW)
        col_w = width / per_row
        names = {s.id: s.name for s in journey.stages}
        canvas.setFillColor(pal.ink)
        painter.draw_box(
            canvas,
            t("transitions"),
            Box(left, top - line, width, line),
            ROW,
            bold=True,
            max_lines=1,
        )
        for index, move in enumerate(moves):
            row, col = divmod(index, per_row)
            x = left + col * col_w
            y = top - line * (row + 2)
            color, dash = arrow_style(pal, move.kind)
            canvas.saveState()
            canvas.setStrokeColor(color)
            canvas.setFillColor(color)
            canvas.setLineWidth(2.5)
            canvas.setDash([d * 1.5 for d in dash] if dash else [])
            canvas.line(x, y + 8, x + 22, y + 8)
            canvas.setDash([])
            head = canvas.beginPath()
            head.moveTo(x + 30, y + 8)
            head.lineTo(x + 22, y + 12)
            head.lineTo(x + 22, y + 4)
            head.close()
            canvas.drawPath(head, stroke=0, fill=1)
            canvas.restoreState()
            target = names.get(move.target, "") if move.target else t("journey_end")
            parts = [move_text(names.get(move.source, move.source), target)]
            if move.kind is not TransitionKind.FORWARD:
                parts.append(t("arrow_" + move.kind.value))
            if move.probability is not None:
                percent = format_number(round(move.probability * 100), journey.language)
                parts.append(percent + "\u00a0%")
            if move.label:
                parts.append(" ".join(move.label.split()))
            canvas.setFillColor(pal.ink)
            painter.draw_box(
                canvas, " · ".join(parts), Box(x + 36, y, col_w - 44, line), ROW, max_lines=1
            )


def describe_summary(plan: SummaryPlan) -> Message:
    from .pdf_poster import describe_sheet

    return Message(
        "export.plan.summary",
        sheet=describe_sheet(plan.sheet, plan.tiles),
        size=CARD,
        distance=reading_distance_m(CARD),
        stage=STAGE,
        smallest=SMALL,
        shown=plan.shown,
    )


def build_summary(ctx: RenderContext, path: Path, info: dict[str, str]):
    from .pdf_poster import print_poster

    ctx.tick(1, 3)
    plan = plan_summary(ctx)
    page = SummaryPage(ctx, plan)
    drawn: list = []

    def draw(canvas: Canvas) -> None:
        first = len(ctx.painter.lines)
        page.draw(canvas)
        drawn.extend(ctx.painter.lines[first:])

    pages = print_poster(ctx, path, info, plan, draw)
    ctx.note(describe_summary(plan))
    ctx.tick(3, 3)
    smallest = min((line.size for line in drawn), default=0.0)
    return pages, SummaryGeometry(plan, smallest, page.drawn)


@dataclass
class SummaryGeometry:
    """What the summary poster was drawn with (for the dialog and tests)."""

    plan: SummaryPlan
    smallest: float
    drawn: dict[str, Box] = field(default_factory=dict)
    """Where each card's picture was placed ("picture:<card id>"), in poster points."""

    @property
    def sheet(self) -> Paper:
        return self.plan.sheet


__all__ = ["SummaryGeometry", "SummaryPlan", "build_summary", "plan_summary"]
