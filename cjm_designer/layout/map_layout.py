"""Compute the whole map's geometry from the model: one pure function.

The canvas draws these boxes on screen and the PDF export draws the same boxes on
paper, so a printed poster matches what the workshop saw. Units are points (1 unit =
1 pt = 1 px at 100% zoom). Text is measured by an injected :class:`TextMeasurer`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field

from cjm_designer.messages import percent
from cjm_designer.model import JourneyMap, Stage, Touchpoint, TransitionKind
from cjm_designer.model.duration_text import base_language
from cjm_designer.model.records import Record, record

from .boxes import (
    ALL_ROWS,
    ROW_EMOTIONS,
    ROW_GOALS,
    ROW_NOTES,
    ROW_OPPORTUNITIES,
    ROW_PAINS,
    ROW_QUESTIONS,
    ArrowRoute,
    CardBox,
    Curve,
    CurvePoint,
    EmotionScale,
    FlowRoute,
    LaneBox,
    MapLayout,
    RowBox,
    RowCell,
    StageBox,
)
from .flow_routes import CardObstacles, route_flow, side_by_side
from .geometry import Point, Rect
from .text import AverageMeasurer, TextMeasurer, wrap_lines


@record(slots=False)
class Metrics(Record):
    """Sizes of the drawing in points; one place so screen and paper agree."""

    margin: float = 16
    lane_header_width: float = 150
    stage_width: float = 200
    min_stage_width: float = 120
    max_stage_width: float = 1200
    stage_gap: float = 36
    header_name_size: float = 14
    header_meta_size: float = 11
    header_padding: float = 9
    header_max_lines: int = 2
    arc_base: float = 10
    arc_level_height: float = 13
    cell_padding: float = 10
    card_gap: float = 8
    card_title_size: float = 12
    card_title_max_lines: int = 4
    card_pad_top: float = 7
    card_pad_bottom: float = 6
    card_pad_left: float = 11
    card_pad_right: float = 8
    card_footer: float = 16
    min_lane_height: float = 64
    lane_name_size: float = 12
    visibility_gap: float = 22
    rows_gap: float = 14
    emotion_row_height: float = 136
    row_text_size: float = 11
    row_padding: float = 8
    row_item_max_lines: int = 3
    row_max_items: int = 12
    min_row_height: float = 44
    label_size: float = 7
    """Text of a transition's label."""
    footer_size: float = 8
    """The numbers beside a card's markers (emotion, pains, votes)."""
    card_picture_height: float = 0
    """Room under a card's title for its first picture (the poster's; 0: no pictures)."""


@record(slots=False)
class LayoutOptions(Record):
    """What to show: persona and scenario filters, which bottom rows, how to measure."""

    persona: str | None = None
    scenario: str | None = None
    rows: frozenset[str] = ALL_ROWS
    measurer: TextMeasurer = field(default_factory=AverageMeasurer)
    metrics: Metrics = field(default_factory=Metrics)
    row_titles: dict[str, str] = field(default_factory=dict)
    """Display names of the built-in rows (translated by the caller); ids as fallback."""
    language: str | None = None
    """How figures on the map are written ("70 %" in Russian and Finnish): the window's
    language on the canvas; None means the map's own (exports)."""


class WrapCache:
    """Remembers wrapped lines between layouts, so re-layout after one edit is cheap."""

    def __init__(self, limit: int = 100_000):
        self._lines: dict[tuple, list[str]] = {}
        self.limit = limit

    def wrap(
        self,
        measurer: TextMeasurer,
        text: str,
        width: float,
        size: float,
        max_lines: int,
        bold: bool = False,
    ) -> list[str]:
        key = (text, width, size, max_lines, bold)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) >= self.limit:
                self._lines.clear()
            found = wrap_lines(text, width, measurer, size, max_lines, bold)
            self._lines[key] = found
        return found


def visible_touchpoints(journey: JourneyMap, options: LayoutOptions) -> list[Touchpoint]:
    return [
        tp
        for tp in journey.touchpoints
        if tp.applies_to_persona(options.persona) and tp.applies_to_scenario(options.scenario)
    ]


def stage_width(stage: Stage, metrics: Metrics) -> float:
    """The column width: the stage's own override, clamped to sane limits."""
    wanted = stage.width if stage.width else metrics.stage_width
    return max(metrics.min_stage_width, min(metrics.max_stage_width, float(wanted)))


def card_height(lines: int, options: LayoutOptions) -> float:
    m = options.metrics
    line = options.measurer.line_height(m.card_title_size)
    return m.card_pad_top + max(1, lines) * line + 4 + m.card_footer + m.card_pad_bottom


def compute_layout(
    journey: JourneyMap, options: LayoutOptions | None = None, cache: WrapCache | None = None
) -> MapLayout:
    """The geometry of the whole map; pure apart from the optional wrap cache."""
    options = options or LayoutOptions()
    cache = cache or WrapCache()
    m = options.metrics
    measure = options.measurer
    wrap = cache.wrap

    stages = journey.stages
    order = {stage.id: i for i, stage in enumerate(stages)}
    transitions = [t for t in journey.transitions if t.applies_to_scenario(options.scenario)]
    transitions = [
        t for t in transitions if t.source in order and (t.target is None or t.target in order)
    ]

    # Columns.
    x = m.margin + m.lane_header_width + m.stage_gap / 2
    columns: list[tuple[Stage, float, float]] = []
    for stage in stages:
        width = stage_width(stage, m)
        columns.append((stage, x, width))
        x += width + m.stage_gap
    grid_right = x - m.stage_gap / 2
    spans = {stage.id: (sx, w) for stage, sx, w in columns}

    # Arcs above the headers, then the header row.
    arc_specs = _arc_specs(transitions, order, spans)
    levels = max((level for *_, level in arc_specs), default=-1) + 1
    band = m.arc_base + levels * m.arc_level_height + (m.arc_base if levels else 0)
    header_top = m.margin + band
    name_line = measure.line_height(m.header_name_size)
    meta_line = measure.line_height(m.header_meta_size)
    name_lines = {
        stage.id: tuple(
            wrap(
                measure,
                stage.name,
                w - 2 * m.header_padding,
                m.header_name_size,
                m.header_max_lines,
                True,
            )
        )
        for stage, _, w in columns
    }
    most_lines = max((len(lines) for lines in name_lines.values()), default=1)
    header_height = 2 * m.header_padding + max(1, most_lines) * name_line + meta_line + 2
    grid_top = header_top + header_height + 6

    # Lanes: front lanes in model order, backstage lanes after the line of visibility.
    cards_by_cell: dict[tuple[str, str], list[Touchpoint]] = {}
    for tp in visible_touchpoints(journey, options):
        cards_by_cell.setdefault((tp.stage, tp.channel), []).append(tp)
    front = [(i, c) for i, c in enumerate(journey.channels) if not c.backstage]
    back = [(i, c) for i, c in enumerate(journey.channels) if c.backstage]
    lanes: list[LaneBox] = []
    cards: dict[str, CardBox] = {}
    cells: dict[tuple[str, str], Rect] = {}
    visibility_y: float | None = None
    title_line = measure.line_height(m.card_title_size)
    card_base = card_height(0, options) - title_line
    y = grid_top
    lane_name_width = m.lane_header_width - 2 * m.cell_padding
    for display, (index, channel) in enumerate(front + back):
        if channel.backstage and visibility_y is None:
            visibility_y = y + m.visibility_gap / 2
            y += m.visibility_gap
        tallest = 0.0
        for stage, sx, w in columns:
            card_w = w - 2 * m.cell_padding
            text_w = card_w - m.card_pad_left - m.card_pad_right
            card_x = sx + m.cell_padding
            text_x = card_x + m.card_pad_left
            offset = m.cell_padding
            for pos, tp in enumerate(cards_by_cell.get((stage.id, channel.id), ())):
                lines = wrap(measure, tp.title, text_w, m.card_title_size, m.card_title_max_lines)
                count = len(lines) or 1
                card_h = card_base + count * title_line
                top = y + offset
                picture = None
                if tp.pictures and m.card_picture_height > 0:
                    picture_top = top + m.card_pad_top + count * title_line + 4
                    picture = Rect(text_x, picture_top, text_w, m.card_picture_height)
                    card_h += m.card_picture_height + 4
                bottom = top + card_h
                cards[tp.id] = CardBox(
                    tp.id,
                    tp.stage,
                    tp.channel,
                    pos,
                    Rect(card_x, top, card_w, card_h),
                    tuple(lines),
                    Rect(text_x, top + m.card_pad_top, text_w, count * title_line),
                    Rect(text_x, bottom - m.card_pad_bottom - m.card_footer, text_w, m.card_footer),
                    picture,
                )
                offset += card_h + m.card_gap
            used = offset - m.card_gap + m.cell_padding if offset > m.cell_padding else 0
            if used > tallest:
                tallest = used
        height = max(m.min_lane_height, tallest)
        lane_lines = wrap(measure, channel.name, lane_name_width, m.lane_name_size, 3, True)
        lane = LaneBox(
            id=channel.id,
            index=index,
            order=display,
            rect=Rect(m.margin, y, grid_right - m.margin, height),
            header=Rect(m.margin, y, m.lane_header_width, height),
            name_lines=tuple(lane_lines),
            backstage=channel.backstage,
            color=channel.color,
        )
        lanes.append(lane)
        for stage, sx, w in columns:
            cells[(stage.id, channel.id)] = Rect(sx, y, w, height)
        y += height
    grid_bottom = y

    # Bottom rows.
    rows, curves, scale, y = _rows(journey, options, cache, columns, y + m.rows_gap, grid_right)

    stage_boxes = []
    for stage, sx, w in columns:
        header = Rect(sx, header_top, w, header_height)
        stage_boxes.append(
            StageBox(
                id=stage.id,
                index=order[stage.id],
                header=header,
                column=Rect(sx, header_top, w, max(y, grid_bottom) - header_top),
                name_lines=name_lines[stage.id],
                color=stage.color,
                final=stage.final,
            )
        )
    headers = {box.id: box.header for box in stage_boxes}
    language = base_language(options.language or journey.language)
    arrows = _arrows(transitions, arc_specs, headers, order, m, language)
    flows = _flows(journey, cards, stage_boxes, lanes)
    width = (
        grid_right + m.margin + (m.stage_gap if any(t.target is None for t in transitions) else 0)
    )
    height = max(y, grid_bottom) + m.margin
    return MapLayout(
        stages=stage_boxes,
        lanes=lanes,
        cells=cells,
        cards=cards,
        rows=rows,
        curves=curves,
        arrows=arrows,
        flows=flows,
        visibility_y=visibility_y,
        emotion_scale=scale,
        grid=Rect(m.margin, grid_top, grid_right - m.margin, grid_bottom - grid_top),
        size=(width, height),
        stage_index={box.id: box for box in stage_boxes},
        lane_index={lane.id: lane for lane in lanes},
    )


# --- transitions -------------------------------------------------------------------------


def _is_straight(kind: TransitionKind, source: int, target: int | None) -> bool:
    return kind is TransitionKind.FORWARD and target is not None and target == source + 1


def _arc_specs(transitions, order, spans) -> list[tuple[str, float, float, int]]:
    """(transition id, source x, target x, level) for every move that arcs above headers.

    Anchors spread along the header top (outgoing on the right half, incoming on the
    left) and levels are assigned greedily, shortest spans lowest, so arcs never share
    a horizontal segment.
    """
    arcs = [
        t
        for t in transitions
        if t.target is not None
        and t.kind is not TransitionKind.EXIT
        and not _is_straight(t.kind, order[t.source], order[t.target])
    ]
    outgoing: dict[str, int] = {}
    incoming: dict[str, int] = {}
    anchored = []
    for t in arcs:
        sx, sw = spans[t.source]
        tx, tw = spans[t.target]
        k_out = outgoing.get(t.source, 0)
        k_in = incoming.get(t.target, 0)
        outgoing[t.source] = k_out + 1
        incoming[t.target] = k_in + 1
        source_x = min(sx + sw - 6, sx + sw / 2 + 12 + 9 * k_out)
        target_x = max(tx + 6, tx + tw / 2 - 12 - 9 * k_in)
        if t.source == t.target:
            target_x = source_x - 24
        anchored.append((t, source_x, target_x))
    anchored.sort(key=lambda item: abs(item[1] - item[2]))
    taken: list[list[tuple[float, float]]] = []
    specs = []
    for t, source_x, target_x in anchored:
        low, high = min(source_x, target_x) - 4, max(source_x, target_x) + 4
        level = 0
        while level < len(taken) and any(a < high and low < b for a, b in taken[level]):
            level += 1
        if level == len(taken):
            taken.append([])
        taken[level].append((low, high))
        specs.append((t.id, source_x, target_x, level))
    return specs


def _percent(probability: float | None, language: str) -> str:
    if probability is None:
        return ""
    digits = 0 if abs(probability * 100 - round(probability * 100)) < 0.05 else 1
    return percent(probability, digits, language)


def _arrows(transitions, arc_specs, headers, order, m: Metrics, language: str) -> list[ArrowRoute]:
    arcs = {spec[0]: spec[1:] for spec in arc_specs}
    routes = []
    exits_at: dict[str, int] = {}
    for t in transitions:
        short = _percent(t.probability, language)
        label = " · ".join(part for part in (t.label, short) if part)
        source = headers[t.source]
        if t.id in arcs:
            source_x, target_x, level = arcs[t.id]
            top = source.y
            lift = m.arc_base + (level + 1) * m.arc_level_height
            points: tuple[Point, ...] = (
                (source_x, top),
                (source_x, top - lift),
                (target_x, top - lift),
                (target_x, top),
            )
            label_pos = ((source_x + target_x) / 2, top - lift)
            routes.append(
                ArrowRoute(t.id, t.kind, t.source, t.target, points, label, label_pos, level, short)
            )
        elif t.target is None or t.kind is TransitionKind.EXIT:
            k = exits_at.get(t.source, 0)
            exits_at[t.source] = k + 1
            y = source.y + source.h * 0.72 + 8 * k
            start = (source.right, y)
            end = (source.right + m.stage_gap - 4, y + 10)
            routes.append(
                ArrowRoute(t.id, t.kind, t.source, t.target, (start, end), label, end, k, short)
            )
        else:
            target = headers[t.target]
            y = source.y + source.h / 2
            points = ((source.right, y), (target.x, y))
            routes.append(
                ArrowRoute(
                    t.id,
                    t.kind,
                    t.source,
                    t.target,
                    points,
                    label,
                    ((source.right + target.x) / 2, y),
                    0,
                    short,
                )
            )
    return routes


# --- flows -------------------------------------------------------------------------------


def _flows(
    journey: JourneyMap, cards: dict[str, CardBox], stages: list[StageBox], lanes: list[LaneBox]
) -> list[FlowRoute]:
    """Flows between side-by-side cards first: their ends are fixed, so flows within one
    column can then keep clear of those ends as well as of other cards."""
    ends = {
        flow.id: (cards[flow.source].rect, cards[flow.target].rect)
        for flow in journey.flows
        if flow.source in cards and flow.target in cards
    }
    if not ends:
        return []
    obstacles = CardObstacles(
        ((card_id, box.rect, box.stage, box.channel) for card_id, box in cards.items()),
        ((s.column.x, s.column.right, s.id) for s in stages),
        ((lane.rect.y, lane.rect.bottom, lane.id) for lane in lanes),
    )
    edges = sorted({y for lane in lanes for y in (lane.rect.y, lane.rect.bottom)})
    points: dict[str, tuple[Point, ...]] = {}
    taken: set[Point] = set()
    for later in (False, True):
        for flow in journey.flows:
            if flow.id not in ends or side_by_side(*ends[flow.id]) == later:
                continue
            pair = (flow.source, flow.target)
            route = route_flow(*ends[flow.id], pair, obstacles, taken, edges)
            points[flow.id] = route
            taken.update((route[0], route[-1]))
    return [
        FlowRoute(flow.id, flow.source, flow.target, points[flow.id], flow.label)
        for flow in journey.flows
        if flow.id in points
    ]


# --- bottom rows -------------------------------------------------------------------------


def _row_texts(
    journey: JourneyMap, options: LayoutOptions
) -> list[tuple[str, str, str, dict[str, list[str]]]]:
    """(row id, kind, title, texts per stage) for each text row that is switched on."""
    wanted = options.rows
    titles = options.row_titles
    visible = (
        visible_touchpoints(journey, options) if wanted & {ROW_PAINS, ROW_OPPORTUNITIES} else []
    )
    result = []

    def insights(attribute: str) -> dict[str, list[str]]:
        per_stage: dict[str, list[tuple[int, str]]] = {}
        for tp in visible:
            for item in getattr(tp, attribute):
                per_stage.setdefault(tp.stage, []).append((item.votes, item.text))
        return {
            stage: [
                f"{text} (+{votes})" if votes else text
                for votes, text in sorted(items, key=lambda v: -v[0])
            ]
            for stage, items in per_stage.items()
        }

    if ROW_GOALS in wanted:
        goals = {}
        for stage in journey.stages:
            lines = [stage.goal] if stage.goal.strip() else []
            for kpi in stage.kpis:
                target = f" → {kpi.target}" if kpi.target else ""
                lines.append(f"KPI: {kpi.name}{target}")
            if lines:
                goals[stage.id] = lines
        result.append((ROW_GOALS, ROW_GOALS, titles.get(ROW_GOALS, "Goals and KPIs"), goals))
    if ROW_PAINS in wanted:
        result.append((ROW_PAINS, ROW_PAINS, titles.get(ROW_PAINS, "Pains"), insights("pains")))
    if ROW_OPPORTUNITIES in wanted:
        texts = insights("opportunities")
        result.append(
            (
                ROW_OPPORTUNITIES,
                ROW_OPPORTUNITIES,
                titles.get(ROW_OPPORTUNITIES, "Opportunities"),
                texts,
            )
        )
    if ROW_QUESTIONS in wanted:
        texts = {s.id: list(s.questions) for s in journey.stages if s.questions}
        result.append((ROW_QUESTIONS, ROW_QUESTIONS, titles.get(ROW_QUESTIONS, "Questions"), texts))
    if ROW_NOTES in wanted:
        for row in journey.rows:
            texts = {s.id: [s.notes[row.id]] for s in journey.stages if s.notes.get(row.id)}
            result.append((row.id, ROW_NOTES, row.name, texts))
    return result


def _rows(journey, options: LayoutOptions, cache: WrapCache, columns, y: float, grid_right: float):
    m = options.metrics
    measure = options.measurer
    rows: list[RowBox] = []
    curves: list[Curve] = []
    scale: EmotionScale | None = None
    left = m.margin
    full_width = grid_right - left
    if ROW_EMOTIONS in options.rows and journey.personas:
        height = m.emotion_row_height
        scale = EmotionScale(top=y + 18, bottom=y + height - 14)
        title = options.row_titles.get(ROW_EMOTIONS, "Emotions")
        cells = tuple(RowCell(stage.id, Rect(sx, y, w, height), ()) for stage, sx, w in columns)
        rows.append(
            RowBox(
                ROW_EMOTIONS,
                ROW_EMOTIONS,
                title,
                Rect(left, y, full_width, height),
                Rect(left, y, m.lane_header_width, height),
                cells,
            )
        )
        personas = journey.personas
        if options.persona is not None:
            personas = [p for p in personas if p.id == options.persona]
        for persona in personas:
            points = tuple(
                CurvePoint(
                    stage.id,
                    sx + w / 2,
                    scale.y_for(stage.emotions[persona.id]),
                    stage.emotions[persona.id],
                )
                for stage, sx, w in columns
                if persona.id in stage.emotions
            )
            curves.append(Curve(persona.id, persona.name, persona.color, points))
        y += height
    line = measure.line_height(m.row_text_size)
    for row_id, kind, title, texts in _row_texts(journey, options):
        wrapped: list[tuple[str, float, float, tuple[str, ...]]] = []
        tallest = 0.0
        for stage, sx, w in columns:
            items = texts.get(stage.id, [])
            lines: list[str] = []
            width = w - 2 * m.row_padding
            bullet = "• " if kind != ROW_NOTES else ""
            max_lines = m.row_item_max_lines if kind != ROW_NOTES else 3 * m.row_item_max_lines
            for item in _limit(items, m.row_max_items):
                lines.extend(cache.wrap(measure, bullet + item, width, m.row_text_size, max_lines))
            wrapped.append((stage.id, sx, w, tuple(lines)))
            tallest = max(tallest, len(lines) * line + 2 * m.row_padding)
        height = max(m.min_row_height, tallest)
        cells = tuple(
            RowCell(stage_id, Rect(sx, y, w, height), lines) for stage_id, sx, w, lines in wrapped
        )
        rows.append(
            RowBox(
                row_id,
                kind,
                title,
                Rect(left, y, full_width, height),
                Rect(left, y, m.lane_header_width, height),
                cells,
            )
        )
        y += height
    return rows, curves, scale, y


def _limit(items: Iterable[str], count: int) -> list[str]:
    items = list(items)
    if len(items) <= count:
        return items
    return [*items[: count - 1], f"+{len(items) - count + 1}…"]
