"""The map canvas scene: follows the session's map and routes the mouse.

The scene never keeps its own copy of the map and never edits it. Model events mark the
layout dirty; after each undo-stack step the layout is recomputed (cheap: wrapped text
is cached) and ``item_sync`` moves or updates the existing items in place; only added
or removed entities create or delete items. A press is routed (``routing``) to an
interaction class; every change to the document goes through the editing session.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from cjm_designer.layout import (
    ALL_ROWS,
    ROW_EMOTIONS,
    ROW_GOALS,
    ROW_OPPORTUNITIES,
    ROW_PAINS,
    ROW_QUESTIONS,
    CardBox,
    LayoutOptions,
    MapLayout,
    WrapCache,
    compute_layout,
)
from cjm_designer.messages import current_language
from cjm_designer.model import Kind, Stage, Touchpoint

from .. import script_fonts, settings
from ..session import EditingSession
from . import drop_target, item_sync, routing, style
from .drop_target import PALETTE_KINDS
from .inline_edit import InlineEditor
from .interactions import Interaction
from .items import (
    Z_OVERLAY,
    CardItem,
    EmotionCurveItem,
    FlowItem,
    GridItem,
    LaneHeaderItem,
    RowCellItem,
    RowHeaderItem,
    StageHeaderItem,
    TransitionArrowItem,
    VisibilityLineItem,
)
from .sticky import StickyBackdrop, StickyHeaders

if TYPE_CHECKING:
    from ..controller import DocumentController

__all__ = ["BASE_CARD_TITLE_SIZE", "PALETTE_KINDS", "MapScene", "row_titles"]


def row_titles() -> dict[str, str]:
    return {
        ROW_EMOTIONS: QCoreApplication.translate("Canvas", "Emotions"),
        ROW_PAINS: QCoreApplication.translate("Canvas", "Pains"),
        ROW_OPPORTUNITIES: QCoreApplication.translate("Canvas", "Opportunities"),
        ROW_QUESTIONS: QCoreApplication.translate("Canvas", "Questions"),
        ROW_GOALS: QCoreApplication.translate("Canvas", "Goals and KPIs"),
    }


def _weak(scene: QGraphicsScene, name: str):
    """A slot that forgets a scene once it is gone (the controller may outlive it)."""
    ref = weakref.ref(scene)

    def call(*args) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            getattr(target, name)(*args)

    return call


BASE_CARD_TITLE_SIZE = 12.0
"""``Metrics.card_title_size``: a canvas font size of 12 leaves the layout as designed."""


class MapScene(QGraphicsScene):
    """A QGraphicsScene over one editing session's map (or a bare controller's)."""

    layoutChanged = Signal()
    snap_step: float = 0.0
    """Layout units stage widths snap to while resized; 0 = free (Settings > snap to grid)."""
    presenting: bool = False
    """Shown to a room (F5): items paint no selection frame and no hover handles."""

    def __init__(self, session: EditingSession | DocumentController, parent=None):
        super().__init__(parent)
        self.session = EditingSession.of(session)
        self.controller = controller = self.session.controller
        self.measurer = style.QtMeasurer()
        self.wrap_cache = WrapCache()
        self.options = LayoutOptions(
            measurer=self.measurer, row_titles=row_titles(), language=current_language()
        )
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
        self.drop_marker.setBrush(style.DROP_TARGET)
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
        self.session.touchpointAdded.connect(_weak(self, "_touchpoint_added"))
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
            language=current_language(),
        )
        self.relayout()

    def _on_map_changed(self, event) -> None:
        new = getattr(event, "new", None) or getattr(event, "entity", None)
        if new is not None:
            script_fonts.ensure_fonts_for(script_fonts.strings_in(new))
        self._pending.append(event)
        self._dirty = True
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _touchpoint_added(self, _card_id: str, stage_id: str, channel_id: str) -> None:
        self.current_cell = (stage_id, channel_id)

    def flush(self, *_args) -> None:
        """Apply pending model changes to the items now (after each undo step)."""
        self._flush_timer.stop()
        if not self._dirty:
            return
        events, self._pending = self._pending, []
        if self.measurer.fonts_changed():  # new text needed a fallback font: rewrap all
            self.wrap_cache = WrapCache()
            self.relayout()
            return
        patched = item_sync.update_cards_in_place(self, events)
        if patched is not None:
            self.layout = patched
            self._dirty = False
            self.layoutChanged.emit()
            return
        self.relayout()

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
        item_sync.clear(self)
        self.wrap_cache = WrapCache()
        self.current_cell = None
        script_fonts.ensure_fonts_for(script_fonts.map_strings(self.journey))
        self.measurer.fonts_changed()
        self.relayout()

    def relayout(self) -> None:
        self._dirty = False
        self._pending = []
        layout = compute_layout(self.journey, self.options, self.wrap_cache)
        self.layout = layout
        with self.bulk_selection():
            self._sync(layout)
        # The map, and the persona names after its curves' last points, which may reach
        # past the last stage: a fit (Ctrl+0, the presentation's overview) shows them whole.
        bounds = QRectF(0, 0, *layout.size)
        for curve in self.curves.values():
            bounds = bounds.united(curve.sceneBoundingRect())
        self.setSceneRect(bounds)
        self.layoutChanged.emit()

    def restore_positions(self) -> None:
        """Put every item back where the current layout says (after a cancelled drag)."""
        if self.layout is not None:
            with self.bulk_selection():
                self._sync(self.layout)

    def _sync(self, layout: MapLayout) -> None:
        self._cell_cards = item_sync.sync(self, layout)
        for entity_id in self.controller.selection:
            item = self.entity_item(entity_id)
            if item is not None and not item.isSelected():
                item.setSelected(True)
        self.sticky.apply()

    def set_presenting(self, presenting: bool) -> None:
        """Hide (or bring back) the editing marks; the selection itself stays."""
        if presenting != self.presenting:
            self.presenting = presenting
            self.update()

    # --- lookups ----------------------------------------------------------------------

    def entity_item(self, entity_id: str) -> QGraphicsItem | None:
        return item_sync.entity_item(self, entity_id)

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

    def click_select(self, item: QGraphicsItem, toggle: bool) -> None:
        """A click on an item: select only it, or (Ctrl) toggle it."""
        with self.bulk_selection():
            if toggle:
                item.setSelected(not item.isSelected())
            elif not item.isSelected():
                self.clearSelection()
                item.setSelected(True)

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

    # --- mouse and keys --------------------------------------------------------------

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
        self.interaction = routing.start_interaction(self, pos, toggle)
        event.accept()

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
        if self.interaction is not None:
            self.interaction.cancel()
            self.interaction = None
        routing.double_click(self, event.scenePos())
        event.accept()

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
            self.session.delete_selection()
        elif key == Qt.Key.Key_F2:
            self.start_inline_edit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- in-place editing ------------------------------------------------------------

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
        elif kind is Kind.STAGE and entity_id in self.layout.stage_index:
            header = self.layout.stage_index[entity_id].header
            pad = metrics.header_padding
            rect = QRectF(header.x + pad, header.y + pad, header.w - 2 * pad, header.h - 2 * pad)
            rect.translate(0, self.sticky.offset.y())
            font, field, text = style.font(metrics.header_name_size, True), "name", entity.name
        elif kind is Kind.CHANNEL and entity_id in self.layout.lane_index:
            header = self.layout.lane_index[entity_id].header
            pad = metrics.cell_padding
            rect = QRectF(header.x + pad, header.y + pad, header.w - 2 * pad, 40)
            rect.translate(self.sticky.offset.x(), 0)
            font, field, text = style.font(metrics.lane_name_size, True), "name", entity.name
        else:
            return False
        if self.editor is not None:
            self.editor.commit()

        def done(value: str | None) -> None:
            self.editor = None
            if value is not None:
                self.session.commit_inline_edit(entity_id, kind, field, value)

        self.editor = InlineEditor(text, rect, font, done)
        self.addItem(self.editor)
        self.editor.begin()
        return True

    # --- palette drops (the view forwards drag events here) ----------------------------

    def palette_target(self, kind: str, pos: QPointF):
        """Where a palette item dropped at ``pos`` would go, lighting it up; None if nowhere."""
        found = drop_target.palette_target(
            self.layout, self.journey, self.options.metrics.lane_header_width, kind, pos
        )
        if found is None:
            self.clear_drop_target()
            return None
        target, rect = found
        self.drop_marker.setRect(rect)
        self.drop_marker.setVisible(True)
        return target

    def clear_drop_target(self) -> None:
        self.drop_marker.setVisible(False)

    def palette_drop(self, kind: str, pos: QPointF) -> str:
        """Ask the session to create what the palette item stands for; the new id or ""."""
        target = self.palette_target(kind, pos)
        self.clear_drop_target()
        if target is None:
            return ""
        if kind == "touchpoint":
            return self.session.add_touchpoint(*target)
        if kind == "stage":
            return self.session.add_stage(target)
        return self.session.add_channel(target)
