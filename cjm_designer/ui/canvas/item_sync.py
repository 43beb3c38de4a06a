"""Diff the model's layout into the scene's items: move and refresh, build only what is new.

The scene keeps one registry per item kind (``scene.cards``, ``scene.stage_headers`` …);
these functions make the registries match a :class:`MapLayout`. Nothing here edits the
document: it only follows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from cjm_designer.layout import ROW_EMOTIONS, CardBox, MapLayout
from cjm_designer.model import EntityChanged, Kind, Touchpoint

from . import style
from .items import (
    CardItem,
    EmotionCurveItem,
    FlowItem,
    LaneHeaderItem,
    RowCellItem,
    RowHeaderItem,
    StageHeaderItem,
    TransitionArrowItem,
)
from .items.base import Z_HEADERS

if TYPE_CHECKING:
    from .scene import MapScene


def registries(scene: MapScene) -> tuple[dict, ...]:
    """Every registry of items built from the layout."""
    return (
        scene.cards,
        scene.stage_headers,
        scene.lane_headers,
        scene.arrows,
        scene.flows,
        scene.curves,
        scene.row_headers,
        scene.row_cells,
    )


def clear(scene: MapScene) -> None:
    """Remove every layout item (a different document is shown)."""
    for registry in registries(scene):
        for item in registry.values():
            scene.removeItem(item)
        registry.clear()


def entity_item(scene: MapScene, entity_id: str) -> QGraphicsItem | None:
    """The item that stands for one entity (card, header, arrow, flow), if shown."""
    for registry in (
        scene.cards,
        scene.stage_headers,
        scene.lane_headers,
        scene.arrows,
        scene.flows,
    ):
        item = registry.get(entity_id)
        if item is not None:
            return item
    return None


def _settle_header(item: StageHeaderItem | LaneHeaderItem, *content) -> None:
    """Adopt new content and undo what a cancelled or finished header drag left behind."""
    item.set_content(*content)
    item.setZValue(Z_HEADERS)
    item.setOpacity(1.0)


def _show(
    scene: MapScene,
    registry: dict,
    key: object,
    content: tuple,
    build: Callable[..., QGraphicsItem],
    refresh: Callable[..., None],
) -> None:
    """Refresh the item kept under ``key``, or build and add one; re-layout reuses items."""
    item = registry.get(key)
    if item is None:
        item = registry[key] = build(*content)
        scene.addItem(item)
    else:
        refresh(item, *content)


def _prune(scene: MapScene, registry: dict, keep) -> None:
    for key in [k for k in registry if k not in keep]:
        scene.removeItem(registry.pop(key))


def sync(scene: MapScene, layout: MapLayout) -> dict[tuple[str, str], list[CardBox]]:
    """Make the items match ``layout``; returns the cards of each cell in display order."""
    journey = scene.journey
    metrics = scene.options.metrics
    cell_cards: dict[tuple[str, str], list[CardBox]] = {}
    for box in layout.cards.values():
        cell_cards.setdefault((box.stage, box.channel), []).append(box)

    _prune(scene, scene.stage_headers, layout.stage_index)
    for stage_box in layout.stages:
        _show(
            scene,
            scene.stage_headers,
            stage_box.id,
            (journey.get(stage_box.id), stage_box),
            partial(StageHeaderItem, metrics=metrics),
            _settle_header,
        )

    _prune(scene, scene.lane_headers, layout.lane_index)
    lane_colors: dict[str, QColor] = {}
    for lane_box in layout.lanes:
        channel = journey.get(lane_box.id)
        lane_colors[lane_box.id] = style.lane_color(channel.color, lane_box.index)
        _show(
            scene,
            scene.lane_headers,
            lane_box.id,
            (channel, lane_box),
            partial(LaneHeaderItem, metrics=metrics),
            _settle_header,
        )

    _prune(scene, scene.cards, layout.cards)
    for card_id, box in layout.cards.items():
        _show(
            scene,
            scene.cards,
            card_id,
            (journey.get(card_id), box, lane_colors[box.channel]),
            partial(CardItem, metrics=metrics),
            CardItem.set_content,
        )

    _sync_rows(scene, layout)

    personas = {p.id: i for i, p in enumerate(journey.personas)}
    _prune(scene, scene.curves, {curve.persona for curve in layout.curves})
    for curve in layout.curves:
        persona = journey.get(curve.persona)
        color = style.persona_color(persona.color, personas[curve.persona])
        _show(
            scene,
            scene.curves,
            curve.persona,
            (curve, color),
            EmotionCurveItem,
            EmotionCurveItem.set_curve,
        )

    _prune(scene, scene.arrows, {route.id for route in layout.arrows})
    for route in layout.arrows:
        _show(
            scene,
            scene.arrows,
            route.id,
            (route,),
            TransitionArrowItem,
            TransitionArrowItem.set_route,
        )

    _prune(scene, scene.flows, {flow.id for flow in layout.flows})
    for flow in layout.flows:
        _show(scene, scene.flows, flow.id, (flow,), FlowItem, FlowItem.set_route)

    scene.grid.set_layout(
        layout, {c.id: c for c in journey.channels}, metrics.lane_header_width, journey.title
    )
    if layout.visibility_y is None:
        scene.visibility.setVisible(False)
    else:
        scene.visibility.set_line(layout.grid.x, layout.grid.right, layout.visibility_y)
        scene.visibility.setVisible(True)
    return cell_cards


def _sync_rows(scene: MapScene, layout: MapLayout) -> None:
    """The bottom rows (emotions, pains, opportunities, questions): headers and cells."""
    metrics = scene.options.metrics
    rows_seen: set[str] = set()
    cells_seen: set[tuple[str, str]] = set()
    for row in layout.rows:
        rows_seen.add(row.id)
        header = scene.row_headers.get(row.id)
        if header is None:
            header = scene.row_headers[row.id] = RowHeaderItem(
                row.id, row.kind, row.title, row.header, metrics
            )
            scene.addItem(header)
        else:
            header.set_content(row.title, row.header)
        scale = layout.emotion_scale if row.kind == ROW_EMOTIONS else None
        for cell in row.cells:
            key = (row.id, cell.stage)
            cells_seen.add(key)
            item = scene.row_cells.get(key)
            if item is None:
                item = scene.row_cells[key] = RowCellItem(row.id, row.kind, cell, metrics, scale)
                scene.addItem(item)
            else:
                item.set_content(cell, scale)
    _prune(scene, scene.row_headers, rows_seen)
    _prune(scene, scene.row_cells, cells_seen)


def update_cards_in_place(scene: MapScene, events: list) -> MapLayout | None:
    """Fast path for card edits that keep the geometry (same cell, same line count).

    Typing a title or changing a card's emotion on a 5,000-card map then repaints one
    item instead of laying out the whole map again. Returns the patched layout, or None
    when a full re-layout is needed.
    """
    layout = scene.layout
    if layout is None or not events:
        return None
    metrics = scene.options.metrics
    changed: dict[str, tuple[Touchpoint, CardBox | None]] = {}
    for event in events:
        if not isinstance(event, EntityChanged) or event.kind is not Kind.TOUCHPOINT:
            return None
        old, new = cast(Touchpoint, event.old), cast(Touchpoint, event.new)
        same = old.id == new.id and old.stage == new.stage and old.channel == new.channel
        same = same and old.personas == new.personas and old.scenarios == new.scenarios
        if not same or old.pains != new.pains or old.opportunities != new.opportunities:
            return None
        box = layout.cards.get(new.id)
        if box is not None:
            lines = scene.wrap_cache.wrap(
                scene.measurer,
                new.title,
                box.title_rect.w,
                metrics.card_title_size,
                metrics.card_title_max_lines,
            )
            if (len(lines) or 1) != (len(box.title_lines) or 1):
                return None
            box = replace(box, title_lines=tuple(lines))
        changed[new.id] = (new, box)
    boxes = {card_id: box for card_id, (_, box) in changed.items() if box is not None}
    patched = replace(layout, cards={**layout.cards, **boxes})
    for card_id, (touchpoint, box) in changed.items():
        item = scene.cards.get(card_id)
        if item is not None and box is not None:
            item.set_content(touchpoint, box, item.lane_color)
    return patched
