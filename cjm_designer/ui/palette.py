"""The Insert palette: drag a new stage, channel or touchpoint onto the canvas.

The drag carries the palette mime type of the canvas with the kind as its payload;
the canvas decides where the drop lands. Double-clicking (or Enter) inserts at the
default place, like the Insert menu.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QWidget,
)

from .canvas.view import MapView

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
        icons = {
            "stage": QStyle.StandardPixmap.SP_FileDialogDetailedView,
            "channel": QStyle.StandardPixmap.SP_ToolBarHorizontalExtensionButton,
            "touchpoint": QStyle.StandardPixmap.SP_FileIcon,
        }
        for kind in PALETTE_KINDS:
            title, hint = labels[kind]
            item = QListWidgetItem(self.style().standardIcon(icons[kind]), title)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(self.tr("{hint}. Drag onto the map or double-click.").format(hint=hint))
            self.addItem(item)
        self.itemActivated.connect(
            lambda item: self.insertRequested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

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


class PaletteDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("paletteDock")
        self.setWindowTitle(self.tr("Insert"))
        self.list = PaletteList()
        self.setWidget(self.list)
