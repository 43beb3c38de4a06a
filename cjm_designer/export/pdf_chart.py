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
        layout_w, layout_h = self.layout.size
        self.scale = min(width / layout_w, height / layout_h)
        self.width = layout_w * self.scale
        self.height = layout_h * self.scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        from .pdf_mapdraw import MapDrawer, Placement

        place = Placement(self.scale, 0.0, self.height)
        MapDrawer(self.ctx, self.layout, self.lopts.metrics, place).draw(self.canv)
