"""Flows between cards as orthogonal polylines that go around the other cards.

A flow leaves its card from a side (or the bottom), runs once vertically, and enters the
other card from a side (or the top). Where that vertical run goes is a choice: the
middle of the gap between the two cards, or the gutter just beside either card. The
first of those that crosses no other card wins; among equals, the one whose ends are
not where another flow already meets a card. When every one of them runs through a
card, the route follows the edge between two swimlanes from one gutter to the other:
cards keep a padding from lane edges and from their column's sides, so that way is
always clear. The first candidate is the plain elbow, so a flow that was clear keeps
its route. A line through a card would read as part of that card, and an arrow in and
a line out at one spot as one line, on the projector and on the poster alike.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

from .geometry import Point, Rect

GUTTER = 6.0
"""How far outside a card's edge a route runs beside it (cells leave more than this)."""

Route = tuple[Point, ...]


class CardObstacles:
    """The cards of the grid, filed by cell, to ask which of them a route runs through.

    A segment is checked only against the cards of the cells it passes: the stage
    columns its x span meets times the lanes its y span meets (found by bisection), so a
    short route on a 5,000-card map looks at a handful of cards.
    """

    def __init__(
        self,
        cards: Iterable[tuple[str, Rect, str, str]],
        columns: Iterable[tuple[float, float, str]],
        lanes: Iterable[tuple[float, float, str]],
    ):
        """``cards``: (id, rect, stage id, lane id); ``columns`` and ``lanes``: the
        (start, end, id) spans of the stage columns along x and of the lanes along y."""
        self._cells: dict[tuple[str, str], list[tuple[str, Rect]]] = defaultdict(list)
        for card_id, rect, stage_id, lane_id in cards:
            self._cells[stage_id, lane_id].append((card_id, rect))
        self._columns = _Spans(columns)
        self._lanes = _Spans(lanes)

    def crossings(self, route: Route, ends: tuple[str, str], enough: int = 1 << 30) -> int:
        """How many cards, other than the two ``ends``, a segment of ``route`` runs into;
        counting stops at ``enough`` (a caller that only needs to know "more than")."""
        hit: set[str] = set()
        for (x1, y1), (x2, y2) in pairwise(route):
            left, right, top, bottom = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
            lanes = self._lanes.meeting(top, bottom)
            for stage_id in self._columns.meeting(left, right):
                for lane_id in lanes:
                    for card_id, (x, y, w, h) in self._cells.get((stage_id, lane_id), ()):
                        # The segment (a box of width or height 0) meets the card's
                        # inside; along an edge, or ending on it, does not count.
                        inside = left < x + w and x < right and top < y + h and y < bottom
                        if inside and card_id not in ends:
                            hit.add(card_id)
                            if len(hit) >= enough:
                                return len(hit)
        return len(hit)


class _Spans:
    """Intervals along one axis (stage columns, lanes), to find those a range meets."""

    def __init__(self, spans: Iterable[tuple[float, float, str]]):
        ordered = sorted(spans)
        self._starts = [start for start, _, _ in ordered]
        self._spans = ordered
        self._longest = max((end - start for start, end, _ in ordered), default=0.0)

    def meeting(self, low: float, high: float) -> list[str]:
        first = bisect_left(self._starts, low - self._longest)
        last = bisect_right(self._starts, high)
        return [key for start, end, key in self._spans[first:last] if start <= high and low <= end]


def route_flow(
    source: Rect,
    target: Rect,
    ends: tuple[str, str],
    cards: CardObstacles,
    taken: set[Point] | frozenset[Point] = frozenset(),
    lane_edges: Sequence[float] = (),
) -> Route:
    """The route from ``source`` to ``target`` that crosses the fewest other cards and,
    among those, starts or ends on the fewest points of ``taken`` (where other flows
    already meet a card: an arrow in and a line out at one spot read as one line)."""
    # With a way along a lane edge to fall back on, an elbow only has to be clear: how
    # many cards it would cross no longer matters, and counting them is the slow part.
    can_fall_back = bool(lane_edges) and side_by_side(source, target)
    best: Route | None = None
    lowest = 0
    for candidate in _candidates(source, target):
        enough = 1 if can_fall_back else (1 << 30 if best is None else lowest // 10 + 1)
        cost = 10 * cards.crossings(candidate, ends, enough)
        cost += (candidate[0] in taken) + (candidate[-1] in taken)
        if cost == 0:
            return candidate
        if best is None or cost < lowest:
            best, lowest = candidate, cost
    assert best is not None  # _candidates always yields the plain elbow first
    if lowest >= 10 and can_fall_back:  # every elbow runs through a card
        return _along_lane_edge(source, target, lane_edges)
    return best


def elbow(source: Rect, target: Rect) -> Route:
    """The plain route, not looking at other cards: what a flow does while a card is being
    dragged (the full route comes with the layout after the drop)."""
    return next(_candidates(source, target))


def side_by_side(source: Rect, target: Rect) -> bool:
    """True when the cards do not overlap sideways: the route leaves and enters by the
    facing sides whatever its vertical run, so its two ends are known up front."""
    return target.x >= source.right or target.right <= source.x


def _candidates(s: Rect, t: Rect) -> Iterator[Route]:
    if not side_by_side(s, t):
        yield from _within_column(s, t)
        return
    out, into, step = _facing(s, t)
    (_, s_mid), (_, t_mid) = s.center, t.center
    for x in ((out + into) / 2, out + step, into - step):  # the gap, beside s, beside t
        yield ((out, s_mid), (x, s_mid), (x, t_mid), (into, t_mid))


def _facing(s: Rect, t: Rect) -> tuple[float, float, float]:
    """Where a route between side-by-side cards leaves ``s`` and enters ``t`` (their
    facing sides), and one gutter's step from a side towards the other card."""
    if t.x >= s.right:
        return s.right, t.x, GUTTER
    return s.x, t.right, -GUTTER


def _along_lane_edge(s: Rect, t: Rect, lane_edges: Sequence[float]) -> Route:
    """Out into the gutter beside the source, along a lane edge, down the gutter beside
    the target: clear of every card by construction (cards keep a padding from both)."""
    out, into, step = _facing(s, t)
    (_, s_mid), (_, t_mid) = s.center, t.center
    low, high = sorted((s_mid, t_mid))
    # An edge between the two cards if there is one (shortest), else the nearest.
    y = min(lane_edges, key=lambda y: (not low < y < high, abs(y - s_mid)))
    near_source, near_target = out + step, into - step
    return (
        (out, s_mid),
        (near_source, s_mid),
        (near_source, y),
        (near_target, y),
        (near_target, t_mid),
        (into, t_mid),
    )


def _within_column(s: Rect, t: Rect) -> Iterator[Route]:
    (_, s_mid), (_, t_mid) = s.center, t.center
    # The two overlap sideways (one column): straight down if the way is clear,
    # else round the right or the left side of the column.
    right, left = max(s.right, t.right) + GUTTER, min(s.x, t.x) - GUTTER
    if t.y >= s.bottom:
        yield ((s.center[0], s.bottom), (t.center[0], t.y))
    yield ((s.right, s_mid), (right, s_mid), (right, t_mid), (t.right, t_mid))
    yield ((s.x, s_mid), (left, s_mid), (left, t_mid), (t.x, t_mid))
