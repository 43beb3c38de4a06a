"""The map canvas scene: draws the controller's map and turns gestures into edits.

The scene never keeps its own copy of the map. Model events mark the layout dirty;
after each undo-stack step the layout is recomputed (cheap: wrapped text is cached)
and existing items are moved or updated in place; only added or removed entities
create or delete items. Mouse gestures are delegated to interaction classes.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from cjm_designer.layout import (
    ALL_ROWS,
    ROW_EMOTIONS,
    ROW_OPPORTUNITIES,
    ROW_PAINS,
    ROW_QUESTIONS,
    CardBox,
    LayoutOptions,
    MapLayout,
    WrapCache,
    compute_layout,
)
from cjm_designer.model import Channel, ChannelKind, EntityChanged, Kind, Stage, Touchpoint, new_id
from cjm_designer.model.edits import Edit, InsertEntity, remove_many, update

from .. import settings
from . import clipboard, style
from .inline_edit import InlineEditor
from .interactions import (
    CardDragInteraction,
    EmotionDragInteraction,
    Interaction,
    LaneDragInteraction,
    NewFlowInteraction,
    NewTransitionInteraction,
    RubberBandInteraction,
    StageDragInteraction,
    StageResizeInteraction,
)
from .items import (
    Z_OVERLAY,
    CardItem,
    EmotionCurveItem,
    EmotionPointItem,
    FlowItem,
    GridItem,
    LaneHeaderItem,
    RowCellItem,
    RowHeaderItem,
    StageHeaderItem,
    TransitionArrowItem,
    VisibilityLineItem,
)
from .items.base import Z_HEADERS
from .sticky import StickyBackdrop, StickyHeaders

PALETTE_KINDS = ("stage", "channel", "touchpoint")


def row_titles() -> dict[str, str]:
    return {
        ROW_EMOTIONS: QCoreApplication.translate("Canvas", "Emotions"),
        ROW_PAINS: QCoreApplication.translate("Canvas", "Pains"),
        ROW_OPPORTUNITIES: QCoreApplication.translate("Canvas", "Opportunities"),
        ROW_QUESTIONS: QCoreApplication.translate("Canvas", "Questions"),
    }


def _weak(scene: QGraphicsScene, name: str):
    """A slot that forgets a scene once it is gone (the controller may outlive it)."""
    ref = weakref.ref(scene)

    def call(*args) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            getattr(target, name)(*args)

    return call


def _settle_header(item: StageHeaderItem | LaneHeaderItem, *content) -> None:
    """Adopt new content and undo what a cancelled or finished header drag left behind."""
    item.set_content(*content)
    item.setZValue(Z_HEADERS)
    item.setOpacity(1.0)


BASE_CARD_TITLE_SIZE = 12.0
"""``Metrics.card_title_size``: a canvas font size of 12 leaves the layout as designed."""


class MapScene(QGraphicsScene):
    """A QGraphicsScene over a DocumentController's map."""

    layoutChanged = Signal()
    snap_step: float = 0.0
    """Layout units stage widths snap to while resized; 0 = free (Settings > snap to grid)."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.measurer = style.QtMeasurer()
        self.wrap_cache = WrapCache()
        self.options = LayoutOptions(measurer=self.measurer, row_titles=row_titles())
        self.layout: MapLayout | None = None
        self.cards: dict[str, CardItem] = {}
        self.stage_headers: dict[str, StageHeaderItem] = {}
        self.lane_headers: dict[str, LaneHeaderItem] = {}
        self.arrows: dict[str, TransitionArrowItem] = {}
        self.flows: dict[str, FlowItem] = {}
        self.curves: dict[str, EmotionCurveItem] = {}
        self.row_headers: dict[str, RowHeaderItem] = {}
        self.row_cells: dict[tuple[str, str], RowCellItem] = {}
        self._cell_cards: dict[tuple[str, str], list[CardBox]] = {}
        self.current_cell: tuple[str, str] | None = None
        self.interaction: Interaction | None = None
        self.editor: InlineEditor | None = None
        self._dirty = False
        self._pending: list = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self.flush)
        self._syncing = 0
        self.grid = GridItem()
        self.visibility = VisibilityLineItem()
        self.drop_marker = QGraphicsRectItem()
        self.drop_marker.setBrush(QBrush(style.DROP_TARGET))
        self.drop_marker.setPen(QPen(style.DROP_LINE, 2))
        self.drop_marker.setZValue(Z_OVERLAY)
        self.drop_marker.setVisible(False)
        for item in (self.grid, self.visibility, self.drop_marker):
            self.addItem(item)
        self.sticky = StickyHeaders(self)
        self.setBackgroundBrush(style.BACKGROUND)
        controller.mapChanged.connect(_weak(self, "_on_map_changed"))
        controller.documentReplaced.connect(_weak(self, "rebuild"))
        controller.selectionChanged.connect(_weak(self, "_select_ids"))
        controller.undo_stack.indexChanged.connect(_weak(self, "flush"))
        # Selection changes are reported from bulk_selection(), never from the
        # selectionChanged signal: the scene emits it while being destroyed.
        self.rebuild()

    # --- following the model ---------------------------------------------------------

    @property
    def journey(self):
        return self.controller.journey

    def set_filters(
        self,
        persona: str | None = None,
        scenario: str | None = None,
        rows: frozenset[str] = ALL_ROWS,
    ) -> None:
        """Show the map for one persona / scenario, and choose the bottom rows."""
        self.options = LayoutOptions(
            persona=persona,
            scenario=scenario,
            rows=rows,
            measurer=self.measurer,
            row_titles=row_titles(),
            metrics=self.options.metrics,  # the canvas text size from Settings
        )
        self.relayout()

    def _on_map_changed(self, event) -> None:
        self._pending.append(event)
        self._dirty = True
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush(self, *_args) -> None:
        """Apply pending model changes to the items now (after each undo step)."""
        self._flush_timer.stop()
        if not self._dirty:
            return
        events, self._pending = self._pending, []
        if self._update_cards_in_place(events):
            self._dirty = False
            self.layoutChanged.emit()
            return
        self.relayout()

    def _update_cards_in_place(self, events: list) -> bool:
        """Fast path for card edits that keep the geometry (same cell, same line count).

        Typing a title or changing a card's emotion on a 5,000-card map then repaints one
        item instead of laying out the whole map again.
        """
        layout = self.layout
        if layout is None or not events:
            return False
        metrics = self.options.metrics
        changed: dict[str, tuple[Touchpoint, CardBox | None]] = {}
        for event in events:
            if not isinstance(event, EntityChanged) or event.kind is not Kind.TOUCHPOINT:
                return False
            old, new = event.old, event.new
            same = old.id == new.id and old.stage == new.stage and old.channel == new.channel
            same = same and old.personas == new.personas and old.scenarios == new.scenarios
            if not same or old.pains != new.pains or old.opportunities != new.opportunities:
                return False
            box = layout.cards.get(new.id)
            if box is not None:
                lines = self.wrap_cache.wrap(
                    self.measurer,
                    new.title,
                    box.title_rect.w,
                    metrics.card_title_size,
                    metrics.card_title_max_lines,
                )
                if (len(lines) or 1) != (len(box.title_lines) or 1):
                    return False
                box = replace(box, title_lines=tuple(lines))
            changed[new.id] = (new, box)
        boxes = {card_id: box for card_id, (_, box) in changed.items() if box is not None}
        self.layout = replace(layout, cards={**layout.cards, **boxes})
        for card_id, (touchpoint, box) in changed.items():
            item = self.cards.get(card_id)
            if item is not None and box is not None:
                item.set_content(touchpoint, box, item.lane_color)
        return True

    def apply_settings(self) -> None:
        """Grid snapping and the canvas text size from the user's settings."""
        self.snap_step = settings.GRID_STEP if settings.snap_to_grid() else 0.0
        scale = settings.canvas_font_size() / BASE_CARD_TITLE_SIZE
        base = type(self.options.metrics)()
        metrics = replace(
            base,
            card_title_size=base.card_title_size * scale,
            header_name_size=base.header_name_size * scale,
            header_meta_size=base.header_meta_size * scale,
            lane_name_size=base.lane_name_size * scale,
            row_text_size=base.row_text_size * scale,
        )
        if metrics != self.options.metrics:
            self.options = replace(self.options, metrics=metrics)
            self.rebuild()

    def rebuild(self) -> None:
        """A different document: drop every item and build again."""
        self._cancel_gestures()
        for registry in (
            self.cards,
            self.stage_headers,
            self.lane_headers,
            self.arrows,
            self.flows,
            self.curves,
            self.row_headers,
            self.row_cells,
        ):
            for item in registry.values():
                self.removeItem(item)
            registry.clear()
        self.wrap_cache = WrapCache()
        self.current_cell = None
        self.relayout()

    def relayout(self) -> None:
        self._dirty = False
        self._pending = []
        layout = compute_layout(self.journey, self.options, self.wrap_cache)
        self.layout = layout
        with self.bulk_selection():
            self._sync(layout)
        self.setSceneRect(QRectF(0, 0, *layout.size))
        self.layoutChanged.emit()

    def restore_positions(self) -> None:
        """Put every item back where the current layout says (after a cancelled drag)."""
        if self.layout is not None:
            with self.bulk_selection():
                self._sync(self.layout)

    def _sync(self, layout: MapLayout) -> None:
        journey = self.journey
        metrics = self.options.metrics
        self._cell_cards = {}
        for box in layout.cards.values():
            self._cell_cards.setdefault((box.stage, box.channel), []).append(box)

        def prune(registry: dict, keep) -> None:
            for key in [k for k in registry if k not in keep]:
                self.removeItem(registry.pop(key))

        prune(self.stage_headers, layout.stage_index)
        for box in layout.stages:
            self._show(
                self.stage_headers,
                box.id,
                (journey.get(box.id), box),
                partial(StageHeaderItem, metrics=metrics),
                _settle_header,
            )

        prune(self.lane_headers, layout.lane_index)
        lane_colors: dict[str, QColor] = {}
        for box in layout.lanes:
            channel = journey.get(box.id)
            lane_colors[box.id] = style.lane_color(channel.color, channel.kind)
            self._show(
                self.lane_headers,
                box.id,
                (channel, box),
                partial(LaneHeaderItem, metrics=metrics),
                _settle_header,
            )

        prune(self.cards, layout.cards)
        for card_id, box in layout.cards.items():
            self._show(
                self.cards,
                card_id,
                (journey.get(card_id), box, lane_colors[box.channel]),
                partial(CardItem, metrics=metrics),
                CardItem.set_content,
            )

        rows_seen: set[str] = set()
        cells_seen: set[tuple[str, str]] = set()
        for row in layout.rows:
            rows_seen.add(row.id)
            header = self.row_headers.get(row.id)
            if header is None:
                header = self.row_headers[row.id] = RowHeaderItem(
                    row.id, row.kind, row.title, row.header, metrics
                )
                self.addItem(header)
            else:
                header.set_content(row.title, row.header)
            scale = layout.emotion_scale if row.kind == ROW_EMOTIONS else None
            for cell in row.cells:
                key = (row.id, cell.stage)
                cells_seen.add(key)
                item = self.row_cells.get(key)
                if item is None:
                    item = self.row_cells[key] = RowCellItem(row.id, row.kind, cell, metrics, scale)
                    self.addItem(item)
                else:
                    item.set_content(cell, scale)
        prune(self.row_headers, rows_seen)
        prune(self.row_cells, cells_seen)

        personas = {p.id: i for i, p in enumerate(journey.personas)}
        prune(self.curves, {curve.persona for curve in layout.curves})
        for curve in layout.curves:
            persona = journey.get(curve.persona)
            color = style.persona_color(persona.color, personas[curve.persona])
            self._show(
                self.curves,
                curve.persona,
                (curve, color),
                EmotionCurveItem,
                EmotionCurveItem.set_curve,
            )

        prune(self.arrows, {route.id for route in layout.arrows})
        for route in layout.arrows:
            self._show(
                self.arrows, route.id, (route,), TransitionArrowItem, TransitionArrowItem.set_route
            )

        prune(self.flows, {route.id for route in layout.flows})
        for route in layout.flows:
            self._show(self.flows, route.id, (route,), FlowItem, FlowItem.set_route)

        self.grid.set_layout(
            layout, {c.id: c for c in journey.channels}, metrics.lane_header_width, journey.title
        )
        if layout.visibility_y is None:
            self.visibility.setVisible(False)
        else:
            self.visibility.set_line(layout.grid.x, layout.grid.right, layout.visibility_y)
            self.visibility.setVisible(True)
        wanted = set(self.controller.selection)
        for entity_id in wanted:
            item = self.entity_item(entity_id)
            if item is not None and not item.isSelected():
                item.setSelected(True)
        self.sticky.apply()

    def _show(
        self,
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
            self.addItem(item)
        else:
            refresh(item, *content)

    # --- lookups ----------------------------------------------------------------------

    def entity_item(self, entity_id: str) -> QGraphicsItem | None:
        for registry in (
            self.cards,
            self.stage_headers,
            self.lane_headers,
            self.arrows,
            self.flows,
        ):
            item = registry.get(entity_id)
            if item is not None:
                return item
        return None

    def selected_cards(self) -> list[CardItem]:
        return [item for item in self.selectedItems() if isinstance(item, CardItem)]

    def card_order(self) -> dict[str, int]:
        return {tp.id: i for i, tp in enumerate(self.journey.touchpoints)}

    def cell_cards(self, cell: tuple[str, str]) -> list[CardBox]:
        """The cards of one cell in display order (from the current layout)."""
        return self._cell_cards.get(cell, [])

    def cell_at(self, scene_pos: QPointF) -> tuple[str, str] | None:
        """The (stage id, channel id) cell under a scene point, or None."""
        if self.layout is None:
            return None
        return self.layout.cell_at(scene_pos.x(), scene_pos.y())

    def item_at(self, pos: QPointF, kind: type) -> QGraphicsItem | None:
        for item in self.items(pos):
            if isinstance(item, kind):
                return item
            if isinstance(item, StickyBackdrop):
                break  # pinned headers' backdrop hides what scrolled under it
        return None

    # --- selection <-> controller ----------------------------------------------------

    @contextmanager
    def bulk_selection(self) -> Iterator[None]:
        """Change many items' selection with one report to the controller at the end."""
        self._syncing += 1
        try:
            yield
        finally:
            self._syncing -= 1
        if not self._syncing:
            self._selection_to_controller()

    def selected_ids(self) -> list[str]:
        ids = []
        for item in self.selectedItems():
            entity_id = getattr(item, "entity_id", "")
            if entity_id and entity_id in self.journey:
                ids.append(entity_id)
        order = {}
        for index, (_, entity) in enumerate(self.journey.all_entities()):
            if entity.id in ids:
                order[entity.id] = index
        return sorted(ids, key=lambda i: order.get(i, 0))

    def _selection_to_controller(self) -> None:
        if self._syncing:
            return
        self._syncing += 1
        try:
            self.controller.set_selection(self.selected_ids())
        finally:
            self._syncing -= 1

    def _select_ids(self, ids: list[str]) -> None:
        if self._syncing:
            return
        self._syncing += 1
        try:
            wanted = set(ids)
            for item in self.selectedItems():
                if getattr(item, "entity_id", None) not in wanted:
                    item.setSelected(False)
            for entity_id in ids:
                item = self.entity_item(entity_id)
                if item is not None:
                    item.setSelected(True)
            cards = [self.layout.cards[i] for i in ids if self.layout and i in self.layout.cards]
            if cards:
                self.current_cell = (cards[0].stage, cards[0].channel)
        finally:
            self._syncing -= 1

    def _click_select(self, item: QGraphicsItem, toggle: bool) -> None:
        with self.bulk_selection():
            if toggle:
                item.setSelected(not item.isSelected())
            elif not item.isSelected():
                self.clearSelection()
                item.setSelected(True)

    # --- mouse -----------------------------------------------------------------------

    def _cancel_gestures(self) -> None:
        if self.interaction is not None:
            self.interaction.cancel()
            self.interaction = None
        if self.editor is not None:
            self.editor.cancel()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.editor is not None and self.editor.contains(
            self.editor.mapFromScene(event.scenePos())
        ):
            super().mousePressEvent(event)
            return
        if self.editor is not None:
            self.editor.commit()
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.scenePos()
        toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self.interaction = self._start_interaction(pos, toggle)
        event.accept()

    def _start_interaction(self, pos: QPointF, toggle: bool) -> Interaction | None:
        for item in self.items(pos):
            if isinstance(item, StickyBackdrop):
                break
            if isinstance(item, EmotionPointItem):
                return EmotionDragInteraction(self, item, pos)
            if isinstance(item, CardItem):
                self.current_cell = (item.box.stage, item.box.channel)
                if item.link_handle().contains(item.mapFromScene(pos)) and not toggle:
                    return NewFlowInteraction(self, item, pos)
                self._click_select(item, toggle)
                return None if toggle else CardDragInteraction(self, item, pos)
            if isinstance(item, StageHeaderItem):
                local = item.mapFromScene(pos)
                if item.resize_zone().contains(local):
                    return StageResizeInteraction(self, item, pos)
                if item.link_handle().contains(local):
                    return NewTransitionInteraction(self, item, pos)
                self._click_select(item, toggle)
                return None if toggle else StageDragInteraction(self, item, pos)
            if isinstance(item, LaneHeaderItem):
                self._click_select(item, toggle)
                return None if toggle else LaneDragInteraction(self, item, pos)
            if isinstance(item, TransitionArrowItem | FlowItem):
                self._click_select(item, toggle)
                return None
        self.current_cell = self.cell_at(pos)
        if not toggle:
            with self.bulk_selection():
                self.clearSelection()
        return RubberBandInteraction(self, pos, toggle)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.interaction is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.interaction.move(event)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.interaction is not None and event.button() == Qt.MouseButton.LeftButton:
            interaction, self.interaction = self.interaction, None
            interaction.release(event)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        pos = event.scenePos()
        if self.interaction is not None:
            self.interaction.cancel()
            self.interaction = None
        for item in self.items(pos):
            if isinstance(item, StickyBackdrop):
                event.accept()
                return
            if isinstance(item, CardItem | StageHeaderItem | LaneHeaderItem):
                self.controller.set_selection([item.entity_id])
                self.start_inline_edit()
                event.accept()
                return
            if isinstance(item, RowCellItem) and item.kind == ROW_EMOTIONS:
                self._set_emotion_at(item.cell.stage, pos.y())
                event.accept()
                return
        cell = self.cell_at(pos)
        if cell is not None:
            card_id = self.add_touchpoint(*cell)
            if card_id:
                self.start_inline_edit()
        event.accept()

    def _set_emotion_at(self, stage_id: str, y: float) -> None:
        """Double-click in the emotion row: give a persona a score at that height."""
        journey = self.journey
        if not journey.personas or self.layout is None or self.layout.emotion_scale is None:
            return
        stage = journey.stage(stage_id)
        persona_id = self.options.persona
        if persona_id is None:
            missing = [p.id for p in journey.personas if p.id not in stage.emotions]
            persona_id = missing[0] if missing else journey.personas[0].id
        score = self.layout.emotion_scale.score_at(y)
        emotions = {**stage.emotions, persona_id: score}
        self.controller.push(
            update(journey, Kind.STAGE, stage_id, emotions=emotions),
            QCoreApplication.translate("Canvas", "Change emotion"),
        )

    def keyPressEvent(self, event) -> None:
        if self.focusItem() is not None:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key == Qt.Key.Key_Escape and self.interaction is not None:
            self.interaction.cancel()
            self.interaction = None
        elif key == Qt.Key.Key_Escape:
            self.controller.set_selection([])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        elif key == Qt.Key.Key_F2:
            self.start_inline_edit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- edit operations (the shell's Edit menu calls these) --------------------------

    def delete_selection(self) -> bool:
        ids = [i for i in self.controller.selection if self.journey.kind_of(i) is not None]
        if not ids:
            return False
        targets = [(self.journey.kind_of(i), i) for i in ids]
        count = len(ids)  # a plain name: lupdate drops translate() calls with len() in them
        return self.controller.push(
            remove_many(self.journey, targets),
            QCoreApplication.translate("Canvas", "Delete %n item(s)", None, count),
        )

    def select_all(self) -> None:
        self.controller.set_selection(
            [tp.id for tp in self.journey.touchpoints if tp.id in self.cards]
        )

    def select_all_in_stage(self) -> None:
        stage_id = None
        for entity_id in self.controller.selection:
            entity = self.journey.get(entity_id)
            if isinstance(entity, Stage):
                stage_id = entity.id
            elif isinstance(entity, Touchpoint):
                stage_id = entity.stage
            if stage_id:
                break
        if stage_id is None and self.current_cell is not None:
            stage_id = self.current_cell[0]
        if stage_id is not None:
            self.controller.set_selection(
                [
                    tp.id
                    for tp in self.journey.touchpoints
                    if tp.stage == stage_id and tp.id in self.cards
                ]
            )

    def start_inline_edit(self) -> bool:
        """Edit the selected card's title, stage's or channel's name in place (F2)."""
        selection = self.controller.selection
        if len(selection) != 1 or self.layout is None:
            return False
        entity_id = selection[0]
        kind = self.journey.kind_of(entity_id)
        entity = self.journey.get(entity_id)
        metrics = self.options.metrics
        if kind is Kind.TOUCHPOINT and entity_id in self.layout.cards:
            box = self.layout.cards[entity_id]
            rect = QRectF(*box.title_rect)
            font, field, text = style.font(metrics.card_title_size), "title", entity.title
            label = QCoreApplication.translate("Canvas", "Edit card title")
        elif kind is Kind.STAGE and entity_id in self.layout.stage_index:
            header = self.layout.stage_index[entity_id].header
            pad = metrics.header_padding
            rect = QRectF(header.x + pad, header.y + pad, header.w - 2 * pad, header.h - 2 * pad)
            rect.translate(0, self.sticky.offset.y())
            font, field, text = style.font(metrics.header_name_size, True), "name", entity.name
            label = QCoreApplication.translate("Canvas", "Rename stage")
        elif kind is Kind.CHANNEL and entity_id in self.layout.lane_index:
            header = self.layout.lane_index[entity_id].header
            pad = metrics.cell_padding
            rect = QRectF(header.x + pad, header.y + pad, header.w - 2 * pad, 40)
            rect.translate(self.sticky.offset.x(), 0)
            font, field, text = style.font(metrics.lane_name_size, True), "name", entity.name
            label = QCoreApplication.translate("Canvas", "Rename channel")
        else:
            return False
        if self.editor is not None:
            self.editor.commit()

        def done(value: str | None) -> None:
            self.editor = None
            if value is None or entity_id not in self.journey:
                return
            if not value and kind is not Kind.TOUCHPOINT:
                return
            self.controller.push(update(self.journey, kind, entity_id, **{field: value}), label)

        self.editor = InlineEditor(text, rect, font, done)
        self.addItem(self.editor)
        self.editor.begin()
        return True

    def copy_selection(self) -> str:
        """YAML text of the selected entities, for the clipboard."""
        return clipboard.copy_text(self.journey, self.controller.selection)

    def paste_text(self, text: str) -> bool:
        """Paste YAML fragments (or plain lines as cards) into the current cell, if any."""
        cell = self.current_cell
        if cell is not None and (cell[0] not in self.journey or cell[1] not in self.journey):
            cell = None
        result = clipboard.paste_edit(self.journey, text, cell)
        return self._push_pasted(result, QCoreApplication.translate("Canvas", "Paste"))

    def duplicate_selection(self) -> bool:
        result = (
            clipboard.paste_edit(self.journey, self.copy_selection(), None)
            if self.controller.selection
            else None
        )
        return self._push_pasted(result, QCoreApplication.translate("Canvas", "Duplicate"))

    def _push_pasted(self, result: tuple[Edit, list[str]] | None, text: str) -> bool:
        """Push a paste edit as one undo step and select what it created."""
        if result is None:
            return False
        edit, created = result
        if not self.controller.push(edit, text):
            return False
        self.controller.set_selection(created)
        return True

    def add_stage(self, index: int | None = None) -> str:
        """Add a stage after the selected one (or at ``index``, or at the end); returns its id."""
        journey = self.journey
        if index is None:
            selected = [i for i in self.controller.selection if journey.kind_of(i) is Kind.STAGE]
            index = journey.index_of(Kind.STAGE, selected[-1]) + 1 if selected else None
        name = QCoreApplication.translate("Canvas", "New stage")
        stage = Stage(new_id(name, journey.ids(), "stage"), name)
        text = QCoreApplication.translate("Canvas", "Add stage")
        return self._insert_selected(Kind.STAGE, stage, index, text)

    def add_channel(self, index: int | None = None, kind: ChannelKind = ChannelKind.DIGITAL) -> str:
        journey = self.journey
        if index is None:
            selected = [i for i in self.controller.selection if journey.kind_of(i) is Kind.CHANNEL]
            index = journey.index_of(Kind.CHANNEL, selected[-1]) + 1 if selected else None
        name = QCoreApplication.translate("Canvas", "New channel")
        channel = Channel(new_id(name, journey.ids(), "channel"), name, kind)
        text = QCoreApplication.translate("Canvas", "Add channel")
        return self._insert_selected(Kind.CHANNEL, channel, index, text)

    def _insert_selected(
        self, kind: Kind, entity: Stage | Channel, index: int | None, text: str
    ) -> str:
        """Insert one entity as an undo step and select it; its id, or "" if refused."""
        if not self.controller.push(InsertEntity(kind, entity, index), text):
            return ""
        self.controller.set_selection([entity.id])
        return entity.id

    def add_touchpoint(self, stage_id: str, channel_id: str, title: str | None = None) -> str:
        """Add a card at the end of a cell; returns its id (selected, ready for F2)."""
        journey = self.journey
        if (
            journey.kind_of(stage_id) is not Kind.STAGE
            or journey.kind_of(channel_id) is not Kind.CHANNEL
        ):
            return ""
        title = QCoreApplication.translate("Canvas", "New touchpoint") if title is None else title
        card = Touchpoint(new_id(title, journey.ids(), "touchpoint"), stage_id, channel_id, title)
        cell_cards = journey.touchpoints_in(stage_id, channel_id)
        index = journey.index_of(Kind.TOUCHPOINT, cell_cards[-1].id) + 1 if cell_cards else None
        if not self.controller.push(
            InsertEntity(Kind.TOUCHPOINT, card, index),
            QCoreApplication.translate("Canvas", "Add touchpoint"),
        ):
            return ""
        self.current_cell = (stage_id, channel_id)
        self.controller.set_selection([card.id])
        return card.id

    # --- palette drops (the view forwards drag events here) ----------------------------

    def palette_target(self, kind: str, pos: QPointF):
        """Where a palette item dropped at ``pos`` would go, lighting it up; None if nowhere."""
        layout = self.layout
        target = None
        rect = None
        if layout is None or kind not in PALETTE_KINDS:
            self.clear_drop_target()
            return None
        if kind == "touchpoint":
            target = self.cell_at(pos)
            if target is not None:
                rect = QRectF(*layout.cells[target])
        elif kind == "stage":
            index = sum(1 for box in layout.stages if box.header.center[0] < pos.x())
            target = index
            top = layout.stages[0].header.y if layout.stages else layout.grid.y
            if layout.stages:
                x = (
                    layout.stages[index].header.x - 8
                    if index < len(layout.stages)
                    else layout.stages[-1].header.right + 5
                )
            else:
                x = layout.grid.x + self.options.metrics.lane_header_width + 8
            rect = QRectF(x, top, 4, max(layout.size[1] - top - 16, 60))
        elif kind == "channel":
            lanes = layout.lanes
            display = sum(1 for lane in lanes if lane.rect.center[1] < pos.y())
            model = [c.id for c in self.journey.channels]
            target = model.index(lanes[display].id) if display < len(lanes) else len(model)
            y = (
                lanes[display].rect.y - 2
                if display < len(lanes)
                else (lanes[-1].rect.bottom - 2 if lanes else layout.grid.y)
            )
            rect = QRectF(layout.grid.x, y, max(layout.grid.w, 300), 4)
        if rect is None:
            self.clear_drop_target()
            return None
        self.drop_marker.setRect(rect)
        self.drop_marker.setVisible(True)
        return target

    def clear_drop_target(self) -> None:
        self.drop_marker.setVisible(False)

    def palette_drop(self, kind: str, pos: QPointF) -> str:
        """Create what the palette item stands for at ``pos``; returns the new id or ""."""
        target = self.palette_target(kind, pos)
        self.clear_drop_target()
        if target is None:
            return ""
        if kind == "touchpoint":
            return self.add_touchpoint(*target)
        if kind == "stage":
            return self.add_stage(target)
        return self.add_channel(target)
