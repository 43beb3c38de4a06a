"""The empty grid for sticky notes: stage and channel headers, roomy empty cells.

It is the map's own layout (same code as the canvas) of a copy with the cards, curves
and notes removed, laid out with larger cells so a 76 mm note fits at full scale.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from cjm_designer.layout import Metrics
from cjm_designer.model import JourneyMap, Kind

from .pdf_context import RenderContext
from .pdf_mapdraw import MapDrawer
from .pdf_poster import PosterGeometry, PosterPage, layout_options, new_canvas

BLANK_METRICS = Metrics(
    stage_width=300,
    min_lane_height=230,
    min_row_height=120,
    emotion_row_height=170,
    header_name_size=26,
    header_padding=14,
    lane_name_size=22,
    lane_header_width=220,
)


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
    from cjm_designer.layout import compute_layout

    ctx.tick(0, 2)
    ctx.journey = blank_copy(ctx.journey)
    rows = ctx.options.rows
    lopts = layout_options(ctx, BLANK_METRICS)
    if rows is None:
        lopts = replace(lopts, rows=frozenset({"emotions", "notes"}))
    layout = compute_layout(ctx.journey, lopts)
    sheet = PosterPage.choose_sheet(ctx, layout, ctx.options.sheet())
    page = PosterPage(ctx, layout, lopts, sheet)
    place = page.placement()
    canvas = new_canvas(path, sheet, info)
    page.title_block(canvas)
    MapDrawer(ctx, layout, lopts.metrics, place).draw(canvas, with_cards=False)
    page.legend(canvas)
    canvas.showPage()
    canvas.save()
    ctx.tick(2, 2)
    return 1, PosterGeometry(layout, place, sheet, lopts)
