"""The output of layout: frozen boxes and routes that the canvas and the PDF draw as-is."""

from __future__ import annotations

from dataclasses import field

from cjm_designer.model import TransitionKind
from cjm_designer.model.records import Record, record

from .geometry import Point, Rect

ROW_EMOTIONS = "emotions"
ROW_PAINS = "pains"
ROW_OPPORTUNITIES = "opportunities"
ROW_QUESTIONS = "questions"
ROW_NOTES = "notes"
ROW_GOALS = "goals"
"""Stage goals and KPIs: an optional row, off unless asked for (not in ALL_ROWS)."""
"""Custom rows (``map.rows``) filled from ``Stage.notes``; their RowBox ids are the row ids."""

ALL_ROWS: frozenset[str] = frozenset(
    {ROW_EMOTIONS, ROW_PAINS, ROW_OPPORTUNITIES, ROW_QUESTIONS, ROW_NOTES}
)


@record
class StageBox(Record):
    """A stage: its header box on top and its full column down to the last row."""

    id: str
    index: int
    header: Rect
    column: Rect
    name_lines: tuple[str, ...]
    color: str | None
    final: bool


@record
class LaneBox(Record):
    """A channel swimlane; ``order`` is the display position (backstage lanes last)."""

    id: str
    index: int
    order: int
    rect: Rect
    header: Rect
    name_lines: tuple[str, ...]
    backstage: bool
    color: str | None


@record
class CardBox(Record):
    """A touchpoint card; ``position`` is its place among the cards of its cell."""

    id: str
    stage: str
    channel: str
    position: int
    rect: Rect
    title_lines: tuple[str, ...]
    title_rect: Rect
    footer: Rect
    picture: Rect | None = None
    """Where the card's first picture goes (posters only, see Metrics.card_picture_height)."""


@record
class RowCell(Record):
    """One stage's part of a bottom row, with its text already wrapped."""

    stage: str
    rect: Rect
    lines: tuple[str, ...]


@record
class RowBox(Record):
    """A bottom row (pains, questions, a custom row...) across all stages."""

    id: str
    kind: str
    title: str
    rect: Rect
    header: Rect
    cells: tuple[RowCell, ...]


@record
class CurvePoint(Record):
    """One stage's point of a persona's emotion curve."""

    stage: str
    x: float
    y: float
    score: int


@record
class Curve(Record):
    """One persona's emotional curve through the stages that have a score."""

    persona: str
    name: str
    color: str | None
    points: tuple[CurvePoint, ...]


@record
class EmotionScale(Record):
    """Maps scores 1..5 to y inside the emotion row and back (for dragging points)."""

    top: float
    bottom: float
    low: int = 1
    high: int = 5

    def y_for(self, score: float) -> float:
        span = self.high - self.low
        return self.bottom - (score - self.low) / span * (self.bottom - self.top)

    def score_at(self, y: float) -> int:
        span = self.high - self.low
        fraction = (self.bottom - y) / max(self.bottom - self.top, 1e-9)
        return max(self.low, min(self.high, round(self.low + fraction * span)))


@record
class ArrowRoute(Record):
    """A transition drawn between stage headers as a polyline.

    Adjacent forward moves run straight through the gap between headers; back, skip
    and referral moves arc above the headers on their own ``level``; exits are a
    short arrow out of the source header's right edge (``target`` None).
    """

    id: str
    kind: TransitionKind
    source: str
    target: str | None
    points: tuple[Point, ...]
    label: str
    label_pos: Point
    level: int = 0
    short_label: str = ""
    """Just the probability ("40%"): what fits in the narrow gap between headers."""


@record
class FlowRoute(Record):
    """An action-tree step between two cards, as an orthogonal polyline."""

    id: str
    source: str
    target: str
    points: tuple[Point, ...]
    label: str


@record
class MapLayout(Record):
    """Where every part of a map goes: the one geometry the canvas and the PDF both draw."""

    stages: list[StageBox]
    lanes: list[LaneBox]
    cells: dict[tuple[str, str], Rect]
    cards: dict[str, CardBox]
    rows: list[RowBox]
    curves: list[Curve]
    arrows: list[ArrowRoute]
    flows: list[FlowRoute]
    visibility_y: float | None
    emotion_scale: EmotionScale | None
    grid: Rect
    size: tuple[float, float]
    stage_index: dict[str, StageBox] = field(default_factory=dict)
    lane_index: dict[str, LaneBox] = field(default_factory=dict)

    def stage_box(self, stage_id: str) -> StageBox | None:
        return self.stage_index.get(stage_id)

    def lane_box(self, channel_id: str) -> LaneBox | None:
        return self.lane_index.get(channel_id)

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """The (stage, channel) cell under a point, or None outside the grid."""
        stage = next((s for s in self.stages if s.column.x <= x <= s.column.right), None)
        lane = next((ln for ln in self.lanes if ln.rect.y <= y <= ln.rect.bottom), None)
        if stage is None or lane is None:
            return None
        return (stage.id, lane.id)
