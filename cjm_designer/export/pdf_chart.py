"""The emotional curve as a chart flowable: one line per persona over the stages."""

from __future__ import annotations

from itertools import pairwise

from reportlab.platypus import Flowable

from cjm_designer.model import JourneyMap

from .pdf_context import RenderContext
from .pdf_style import CURVE_DASHES, CURVE_MARKERS, draw_marker
from .pdf_text import Box


def emotion_series(journey: JourneyMap) -> list[tuple[str, str | None, list[float | None]]]:
    """(label, colour, value per stage) for each persona with emotions, else the card average."""
    series = []
    for persona in journey.personas:
        values = [stage.emotions.get(persona.id) for stage in journey.stages]
        if any(v is not None for v in values):
            series.append((persona.name, persona.color, [float(v) if v else None for v in values]))
    if series:
        return series
    cells = journey.cells()
    averages: list[float | None] = []
    for stage in journey.stages:
        found = [
            tp.emotion
            for channel in journey.channels
            for tp in cells.get((stage.id, channel.id), [])
            if tp.emotion is not None
        ]
        averages.append(sum(found) / len(found) if found else None)
    return [("", None, averages)] if any(v is not None for v in averages) else []


class EmotionChart(Flowable):
    """Stages numbered along x (names listed under the chart), emotion 1..5 along y."""

    def __init__(self, ctx: RenderContext, width: float, height: float) -> None:
        super().__init__()
        self.ctx = ctx
        self.width = width
        self.height = height
        self.series = emotion_series(ctx.journey)
        if self.series and not self.series[0][0]:
            self.series = [(ctx.t("average"), None, self.series[0][2])]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.width, available_width)
        return self.width, self.height

    def draw(self) -> None:
        canvas, ctx = self.canv, self.ctx
        palette, painter = ctx.palette, ctx.painter
        stages = ctx.journey.stages
        legend_height = 14 * max(1, len(self.series))
        left, bottom = 34.0, 22.0 + legend_height
        plot_w = self.width - left - 8
        plot_h = self.height - bottom - 8
        # Boxes are in the flowable's own coordinates; record them on the page for tests.
        canvas.saveState()
        canvas.setStrokeColor(palette.rule)
        canvas.setLineWidth(0.5)
        for level in range(1, 6):
            y = bottom + (level - 1) / 4 * plot_h
            canvas.line(left, y, left + plot_w, y)
            canvas.setFillColor(palette.emotion(level))
            canvas.circle(left - 24, y, 3.5, stroke=0, fill=1)
            canvas.setFillColor(palette.muted)
            painter.draw_box(canvas, str(level), Box(left - 18, y - 5, 14, 10), 7, align="right")
        count = max(1, len(stages))
        step = plot_w / count

        def x_of(index: int) -> float:
            return left + step * (index + 0.5)

        canvas.setFillColor(palette.muted)
        for index in range(len(stages)):
            painter.draw_box(
                canvas,
                str(index + 1),
                Box(x_of(index) - step / 2, bottom - 14, step, 10),
                7,
                align="center",
            )
        for number, (label, color, values) in enumerate(self.series):
            # Colour, dash pattern and marker shape: grey print still tells them apart.
            stroke = palette.color(color, "#3E7CB1")
            dash = list(CURVE_DASHES[number % len(CURVE_DASHES)])
            shape = CURVE_MARKERS[number % len(CURVE_MARKERS)]
            canvas.setStrokeColor(stroke)
            canvas.setFillColor(stroke)
            canvas.setLineWidth(1.6)
            points = [
                (x_of(i), bottom + (v - 1) / 4 * plot_h)
                for i, v in enumerate(values)
                if v is not None
            ]
            canvas.setDash(dash)
            for (x1, y1), (x2, y2) in pairwise(points):
                canvas.line(x1, y1, x2, y2)
            canvas.setDash([])
            for x, y in points:
                draw_marker(canvas, shape, x, y, 2.8)
            legend_y = 4 + (len(self.series) - 1 - number) * 14
            canvas.setDash(dash)
            canvas.line(left, legend_y + 4, left + 18, legend_y + 4)
            canvas.setDash([])
            draw_marker(canvas, shape, left + 9, legend_y + 4, 2.8)
            canvas.setFillColor(palette.ink)
            painter.draw_box(canvas, label, Box(left + 24, legend_y - 1, plot_w - 24, 11), 8)
        canvas.restoreState()


class MapPicture(Flowable):
    """The whole map as the poster draws it, scaled to fit ``width`` x ``height``: the
    handout's overview of where each stage sits."""

    def __init__(self, ctx: RenderContext, width: float, height: float) -> None:
        super().__init__()
        from .pdf_poster import POSTER_METRICS, poster_layout

        self.ctx = ctx
        self.layout, self.lopts = poster_layout(ctx, POSTER_METRICS)
        self.legend_h = SCALE_LEGEND_H if self.layout.emotion_scale is not None else 0.0
        layout_w, layout_h = self.layout.size
        self.scale = min(width / layout_w, (height - self.legend_h) / layout_h)
        self.width = max(layout_w * self.scale, min(width, SCALE_LEGEND_MIN_W))
        self.height = layout_h * self.scale + self.legend_h

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        from .pdf_mapdraw import MapDrawer, Placement

        place = Placement(self.scale, 0.0, self.height)
        MapDrawer(self.ctx, self.layout, self.lopts.metrics, place).draw(self.canv)
        if self.legend_h:
            draw_scale_legend(self.ctx, self.canv, 0.0, 2.0, self.width)


SCALE_LEGEND_H = 16.0
SCALE_LEGEND_MIN_W = 320.0
"""The overview's emotion-scale line: its own height under the picture, and room for it."""


def draw_scale_legend(ctx: RenderContext, canvas, x: float, y: float, width: float) -> None:
    """ "Emotion: ● 5 — very good ● 4 — good … ● 1 — very bad" in one line at ``y``: the
    scale of the overview's emotion row, whose own 1-5 numbers are a thumbnail's 2 pt."""
    from .pdf_labels import emotion_word

    t, pal, fonts = ctx.t, ctx.palette, ctx.fonts
    heading = f"{t('emotion')}:"
    items = [f"{level} — {emotion_word(t, level)}" for level in range(5, 0, -1)]
    size = 8.0
    gap, dot = 10.0, 8.0

    def needed(size: float) -> float:
        return fonts.width(heading, size, True) + sum(
            gap + dot + fonts.width(item, size) for item in items
        )

    while size > 6.0 and needed(size) > width:
        size -= 0.5
    line_h = fonts.line_height(size)
    painter = ctx.painter
    canvas.saveState()
    canvas.setFillColor(pal.ink)
    used = painter.draw_line(
        canvas, heading, x, y + 0.3 * size, size, True, Box(x, y, width, line_h)
    )
    cursor = x + used
    for level, item in zip(range(5, 0, -1), items, strict=True):
        cursor += gap
        canvas.setFillColor(pal.emotion(level))
        draw_marker(canvas, "circle", cursor + 3, y + 0.3 * size + 0.35 * size, 3.0)
        cursor += dot
        canvas.setFillColor(pal.ink)
        cursor += painter.draw_line(
            canvas, item, cursor, y + 0.3 * size, size, False, Box(x, y, width, line_h)
        )
    canvas.restoreState()
