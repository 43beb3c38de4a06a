"""Marks the workshop puts on the canvas without touching how cards are drawn.

Picture thumbnails and comment markers are small child items of a card or a stage
header, so they move with it; find hits get an outline, cards that fail a filter
are dimmed, and the capture cell gets a cursor frame. Everything is re-synced after
each undo step and each re-layout, only for the entities that need a mark.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from ..canvas.items.base import Z_OVERLAY
from .common import refresh_timer
from .pictures import image_of

BADGE = 20.0
THUMB = 26.0
HIT_COLOR = QColor("#f2b700")
CURSOR_COLOR = QColor("#2f6fd6")
DIMMED = 0.18


class CommentBadge(QGraphicsItem):
    """A yellow speech bubble with the number of comments."""

    def __init__(self, parent: QGraphicsItem, count: int):
        super().__init__(parent)
        self.count = count
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, BADGE, BADGE)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(0.5, 0.5, BADGE - 1, BADGE - 5), 4, 4)
        tail = QPainterPath(QPointF(5, BADGE - 5))
        tail.lineTo(5, BADGE - 0.5)
        tail.lineTo(10, BADGE - 5)
        path = path.united(tail)
        painter.setPen(QPen(QColor("#a07800"), 1))
        painter.setBrush(QColor("#ffd84d"))
        painter.drawPath(path)
        painter.setPen(QColor("#3d2e00"))
        font = painter.font()
        font.setPixelSize(10)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            QRectF(0, 0, BADGE, BADGE - 4), Qt.AlignmentFlag.AlignCenter, str(self.count)
        )


class PictureBadge(QGraphicsItem):
    """A framed thumbnail of the first picture, with the count when there are more."""

    def __init__(self, parent: QGraphicsItem, pixmap: QPixmap, count: int):
        super().__init__(parent)
        self.pixmap = pixmap
        self.count = count
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, THUMB + 2, THUMB + 2)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(QColor("#dddddd"))
        painter.drawRect(QRectF(1, 1, THUMB, THUMB))
        if not self.pixmap.isNull():
            source = QRectF(self.pixmap.rect())
            side = min(source.width(), source.height())
            crop = QRectF(
                source.center().x() - side / 2, source.center().y() - side / 2, side, side
            )
            painter.drawPixmap(QRectF(1, 1, THUMB, THUMB), self.pixmap, crop)
        if self.count > 1:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 150))
            painter.drawRect(QRectF(THUMB - 12, THUMB - 10, 13, 11))
            painter.setPen(QColor("#ffffff"))
            font = painter.font()
            font.setPixelSize(9)
            painter.setFont(font)
            painter.drawText(
                QRectF(THUMB - 12, THUMB - 10, 13, 11),
                Qt.AlignmentFlag.AlignCenter,
                str(self.count),
            )


def _thumbnail(picture) -> QPixmap:
    image = image_of(picture)
    if image.isNull():
        return QPixmap()
    small = image.scaled(
        64,
        64,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    return QPixmap.fromImage(small)


class Decorations(QObject):
    """Keeps badges, find highlights, dimming and the capture cursor on one scene."""

    def __init__(self, scene):
        super().__init__(scene)
        self.scene = scene
        self.controller = scene.controller
        self.badges: dict[str, tuple[object, list[QGraphicsItem]]] = {}
        self._signatures: dict[str, tuple] = {}
        self.highlighted: set[str] = set()
        self.current_hit: str | None = None
        self.visible_cards: set[str] | None = None
        self._highlights: dict[str, QGraphicsRectItem] = {}
        self.cursor = QGraphicsRectItem()
        self.cursor.setPen(QPen(CURSOR_COLOR, 2.5, Qt.PenStyle.DashLine))
        self.cursor.setBrush(QColor(47, 111, 214, 28))
        self.cursor.setZValue(Z_OVERLAY - 1)
        self.cursor.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.cursor.setVisible(False)
        self.cursor_cell: tuple[str, str] | None = None
        scene.addItem(self.cursor)
        self._timer = refresh_timer(self, self.sync)
        scene.layoutChanged.connect(self.schedule)
        self.controller.undo_stack.indexChanged.connect(self.schedule)
        self.controller.documentReplaced.connect(self.schedule)
        self.controller.selectionChanged.connect(self._selection_changed)
        self.presenting = False
        self.cursor_resting = False
        self.sync()

    def schedule(self, *_args) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def sync(self) -> None:
        """Bring every mark in line with the map and the current layout now."""
        self._timer.stop()
        self.scene.flush()
        self._sync_badges()
        self._sync_highlights()
        self._sync_dimming()
        self._sync_cursor()

    # --- badges ---------------------------------------------------------------------

    def _hosts(self):
        journey = self.controller.journey
        for stage in journey.stages:
            if stage.comments or stage.pictures:
                yield stage, self.scene.stage_headers.get(stage.id)
        for card in journey.touchpoints:
            if card.comments or card.pictures:
                yield card, self.scene.cards.get(card.id)

    def _sync_badges(self) -> None:
        wanted: dict[str, tuple[object, QGraphicsItem]] = {}
        for entity, host in self._hosts():
            if host is not None:
                wanted[entity.id] = (entity, host)
        for entity_id in list(self.badges):
            entity_host = wanted.get(entity_id)
            old_host, items = self.badges[entity_id]
            if entity_host is None or entity_host[1] is not old_host or self._stale(entity_id):
                for item in items:
                    if item.scene() is not None:
                        item.scene().removeItem(item)
                del self.badges[entity_id]
        for entity_id, (entity, host) in wanted.items():
            if entity_id not in self.badges:
                self.badges[entity_id] = (host, self._make_badges(entity, host))
                self._signatures[entity_id] = self._signature(entity)
            else:
                self._place(host, self.badges[entity_id][1])

    @staticmethod
    def _signature(entity) -> tuple:
        return (
            len(entity.comments),
            tuple(p.data[:64] for p in entity.pictures[:1]),
            len(entity.pictures),
        )

    def _stale(self, entity_id: str) -> bool:
        entity = self.controller.journey.get(entity_id)
        return entity is None or self._signatures.get(entity_id) != self._signature(entity)

    def _make_badges(self, entity, host: QGraphicsItem) -> list[QGraphicsItem]:
        items: list[QGraphicsItem] = []
        if entity.pictures:
            items.append(PictureBadge(host, _thumbnail(entity.pictures[0]), len(entity.pictures)))
        if entity.comments:
            items.append(CommentBadge(host, len(entity.comments)))
        self._place(host, items)
        return items

    @staticmethod
    def _place(host: QGraphicsItem, items: list[QGraphicsItem]) -> None:
        right = host.boundingRect().width() + 6
        for item in reversed(items):
            width = item.boundingRect().width()
            right -= width + 2
            item.setPos(right, -8)

    # --- find highlights, filter dimming ------------------------------------------------

    def set_highlights(self, ids: set[str], current: str | None = None) -> None:
        self.highlighted = set(ids)
        self.current_hit = current
        self._sync_highlights()

    def _sync_highlights(self) -> None:
        for entity_id in list(self._highlights):
            if entity_id not in self.highlighted:
                item = self._highlights.pop(entity_id)
                if item.scene() is not None:
                    self.scene.removeItem(item)
        for entity_id in self.highlighted:
            host = self.scene.entity_item(entity_id)
            if host is None:
                if entity_id in self._highlights:
                    self.scene.removeItem(self._highlights.pop(entity_id))
                continue
            frame = self._highlights.get(entity_id)
            if frame is None:
                frame = self._highlights[entity_id] = QGraphicsRectItem()
                frame.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                frame.setZValue(Z_OVERLAY - 2)
                self.scene.addItem(frame)
            width = 5 if entity_id == self.current_hit else 3
            frame.setPen(QPen(HIT_COLOR, width))
            frame.setBrush(QColor(242, 183, 0, 40))
            frame.setRect(host.sceneBoundingRect().adjusted(-4, -4, 4, 4))

    def set_visible_cards(self, ids: set[str] | None) -> None:
        """Dim every card not in ``ids``; None shows all cards normally."""
        self.visible_cards = None if ids is None else set(ids)
        self._sync_dimming()

    def _sync_dimming(self) -> None:
        keep = self.visible_cards
        for card_id, item in self.scene.cards.items():
            item.setOpacity(1.0 if keep is None or card_id in keep else DIMMED)

    # --- the capture cell cursor ----------------------------------------------------------

    def set_cursor_cell(self, cell: tuple[str, str] | None, show: bool = True) -> None:
        """Where capture types to; ``show`` False moves it without drawing it."""
        self.cursor_cell = cell
        self.cursor_resting = not show
        self._sync_cursor()

    def set_presenting(self, presenting: bool) -> None:
        """No cell cursor, selection frame or hover handle on the projector: the room
        sees the map, not the editor."""
        self.presenting = presenting
        self._sync_cursor()
        self.scene.set_presenting(presenting)

    def _selection_changed(self, ids: list) -> None:
        """Selecting a card or a header puts the cell cursor to rest until the next
        click in an empty cell (or capture) asks for it; it does not linger on screen."""
        if ids:
            self.cursor_resting = True
            self._sync_cursor()

    def _sync_cursor(self) -> None:
        layout = self.scene.layout
        cell = self.cursor_cell
        hidden = self.presenting or self.cursor_resting
        if hidden or cell is None or layout is None or cell not in layout.cells:
            self.cursor.setVisible(False)
            return
        rect = layout.cells[cell]
        self.cursor.setRect(QRectF(rect.x + 1, rect.y + 1, rect.w - 2, rect.h - 2))
        self.cursor.setVisible(True)
