"""Layers drawn over a MapScene without the scene knowing about analysis or diffs.

A layer adds its own non-interactive items to a scene and re-places them whenever the
scene lays out again, so the canvas code stays about editing. ``StageTintLayer`` tints
stage columns (the funnel's reach); ``HighlightLayer`` outlines items by id (the
Compare view's added / removed / changed).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from .palette import INK

Z_TINT = 0.5
Z_TINT_LABEL = 4.5
Z_HIGHLIGHT = 24.0


def _inert(item: QGraphicsItem) -> QGraphicsItem:
    """Overlay items never take clicks or hovers: the canvas below keeps working."""
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setAcceptHoverEvents(False)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
    return item


class _Layer(QObject):
    def __init__(self, scene):
        super().__init__(scene)
        self.scene = scene
        scene.layoutChanged.connect(self.place)
        # Card edits that keep geometry repaint in place without layoutChanged.
        scene.controller.mapChanged.connect(self._later)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.place)

    def _later(self, *_args) -> None:
        self._timer.start()

    def place(self) -> None:
        raise NotImplementedError


class StageTintLayer(_Layer):
    """Coloured columns behind the cards, with a small label such as "reach 45%"."""

    def __init__(self, scene):
        super().__init__(scene)
        self.tints: dict[str, tuple[QColor, str]] = {}
        self.rects: dict[str, QGraphicsRectItem] = {}
        self.labels: dict[str, QGraphicsSimpleTextItem] = {}

    def set_tints(self, tints: dict[str, tuple[QColor | None, str]]) -> None:
        """Stage id to (colour, label); a None colour leaves that stage untinted."""
        self.tints = {key: value for key, value in tints.items() if value[0] is not None}
        self.place()

    def clear(self) -> None:
        self.set_tints({})

    def place(self) -> None:
        layout = self.scene.layout
        boxes = {box.id: box for box in layout.stages} if layout is not None else {}
        for stage_id in [key for key in self.rects if key not in self.tints or key not in boxes]:
            self.scene.removeItem(self.rects.pop(stage_id))
            self.scene.removeItem(self.labels.pop(stage_id))
        for stage_id, (color, text) in self.tints.items():
            box = boxes.get(stage_id)
            if box is None:
                continue
            rect = self.rects.get(stage_id)
            if rect is None:
                rect = self.rects[stage_id] = _inert(QGraphicsRectItem())
                rect.setPen(QPen(Qt.PenStyle.NoPen))
                rect.setZValue(Z_TINT)
                label = self.labels[stage_id] = _inert(QGraphicsSimpleTextItem())
                label.setZValue(Z_TINT_LABEL)
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)
                label.setBrush(QBrush(INK))
                self.scene.addItem(rect)
                self.scene.addItem(label)
            column = box.column
            rect.setRect(QRectF(column.x, column.y, column.w, column.h))
            rect.setBrush(QBrush(color))
            label = self.labels[stage_id]
            label.setText(text)
            width = label.boundingRect().width()
            label.setPos(column.x + column.w - width - 6, column.y + 2)


class HighlightLayer(_Layer):
    """Outlines the items of given ids in given colours (cards, headers, arrows)."""

    def __init__(self, scene):
        super().__init__(scene)
        self.highlights: dict[str, QColor] = {}
        self.items: dict[str, QGraphicsPathItem] = {}

    def set_highlights(self, highlights: dict[str, QColor]) -> None:
        self.highlights = dict(highlights)
        self.place()

    def highlighted(self) -> dict[str, QColor]:
        """The ids actually outlined now (those the scene draws)."""
        return {key: self.highlights[key] for key in self.items}

    def place(self) -> None:
        for key in list(self.items):
            self.scene.removeItem(self.items.pop(key))
        for entity_id, color in self.highlights.items():
            target = self.scene.entity_item(entity_id)
            if target is None:
                continue
            path = QPainterPath()
            bounds = target.sceneBoundingRect().adjusted(-3, -3, 3, 3)
            if target.boundingRect().width() * target.boundingRect().height() > 0 and (
                bounds.width() < 40 or bounds.height() < 40 or _is_link(target)
            ):
                path = target.mapToScene(target.shape())
            else:
                path.addRoundedRect(bounds, 7, 7)
            item = self.items[entity_id] = _inert(QGraphicsPathItem(path))
            fill = QColor(color)
            fill.setAlpha(45)
            item.setBrush(QBrush(fill))
            item.setPen(QPen(color, 3))
            item.setZValue(Z_HIGHLIGHT)
            item.setToolTip("")
            self.scene.addItem(item)


def _is_link(item: QGraphicsItem) -> bool:
    name = type(item).__name__
    return name in ("TransitionArrowItem", "FlowItem")
