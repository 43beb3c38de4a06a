"""The Insert palette: drag a new stage, channel or touchpoint onto the canvas.

The drag carries the palette mime type of the canvas with the kind as its payload;
the canvas decides where the drop lands. Double-clicking (or Enter) inserts at the
default place, like the Insert menu.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from .calm_theme import ACCENT
from .canvas.view import MapView
from .docks.lazy import LazyDock

PALETTE_KINDS = ("stage", "channel", "touchpoint")


class PaletteList(QListWidget):
    """Tiles that start a drag with the canvas palette mime type."""

    insertRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDragEnabled(True)
        self.setIconSize(QSize(24, 24))
        self.setSpacing(2)
        labels = {
            "stage": (self.tr("Stage"), self.tr("A new column of the journey")),
            "channel": (self.tr("Channel"), self.tr("A new swimlane: a site, a shop, a phone")),
            "touchpoint": (self.tr("Touchpoint"), self.tr("A card in a stage and channel")),
        }
        for kind in PALETTE_KINDS:
            title, hint = labels[kind]
            item = QListWidgetItem(palette_icon(kind), title)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(self.tr("{hint}. Drag onto the map or double-click.").format(hint=hint))
            self.addItem(item)
        self.itemActivated.connect(
            lambda item: self.insertRequested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def sizeHint(self) -> QSize:
        rows = sum(self.sizeHintForRow(row) + 2 * self.spacing() for row in range(self.count()))
        return QSize(200, rows + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:
        """Never shorter than its tiles: a cut-off "Touchpoint" tile cannot be dragged."""
        return QSize(120, self.sizeHint().height())

    def mimeTypes(self) -> list[str]:
        return [MapView.palette_mime_type]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            kind = items[0].data(Qt.ItemDataRole.UserRole)
            data.setData(MapView.palette_mime_type, kind.encode("ascii"))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


def palette_icon(kind: str, size: int = 24) -> QIcon:
    """A tiny drawing of what the tile adds: a column, a lane, or a card.

    Drawn at 1x, 2x and 3x so the icon stays crisp on HiDPI screens (200%, 300%).
    """
    icon = QIcon()
    for ratio in (1, 2, 3):
        icon.addPixmap(_palette_pixmap(kind, size, ratio))
    return icon


def _palette_pixmap(kind: str, size: int, ratio: int) -> QPixmap:
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    accent = QColor(ACCENT)
    painter.setPen(QPen(accent, 1.5))
    light = QColor(accent)
    light.setAlpha(50)
    painter.setBrush(light)
    if kind == "stage":
        painter.drawRoundedRect(QRectF(7, 2, 10, 20), 2, 2)
    elif kind == "channel":
        painter.drawRoundedRect(QRectF(2, 8, 20, 8), 2, 2)
    else:
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(3, 5, 18, 14), 2, 2)
        painter.drawLine(QPointF(7, 10), QPointF(17, 10))
        painter.drawLine(QPointF(7, 14), QPointF(14, 14))
    painter.end()
    return pixmap


class PaletteDock(LazyDock):
    """Its list is made when its tab is first shown: on a first run it waits behind the
    Outline, and painting its icons at three pixel ratios cost the first frame 5 ms."""

    insertRequested = Signal(str)  # the list's, passed on: connecting makes no list

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self.setObjectName("paletteDock")
        self.setWindowTitle(self.tr("Insert"))

    def build(self) -> None:
        self.list = PaletteList()
        self.list.insertRequested.connect(self.insertRequested)
        self.setWidget(self.list)
