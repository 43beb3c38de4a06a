"""The Compare view: two maps (files or snapshots) side by side, changes highlighted.

Both maps are shown read-only on real canvases; the list below says what changed, in
the same plain sentences as ``cjm-designer diff``. Clicking a change selects the item
in both canvases and scrolls to it. Tabs overlay the two emotional curves and put the
two funnels side by side.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cjm_designer.messages import localize
from cjm_designer.model import JourneyMap
from cjm_designer.model.diff import MapDiff, diff_maps

from ..analysis.funnel_chart import FunnelChart, funnel_view
from ..analysis.overlay import HighlightLayer
from ..canvas.scene import MapScene
from ..canvas.view import MapView
from ..chrome import set_role
from ..controller import DocumentController
from .changes import NEW, OLD, highlight_maps, targets
from .emotion_chart import EmotionOverlayChart

INDEX_ROLE = Qt.ItemDataRole.UserRole


def swatch(colour: QColor, size: int = 12) -> QIcon:
    """A small rounded square in the colour a change is highlighted with on the maps."""
    picture = QPixmap(size, size)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3)
    painter.end()
    return QIcon(picture)


class MapPane(QWidget):
    """A title and a read-only canvas over one map."""

    def __init__(self, journey: JourneyMap, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = DocumentController(journey, self)
        self.controller.read_only = True
        self.scene = MapScene(self.controller, self)
        self.view = MapView(self.scene)
        self.view.setAcceptDrops(False)
        self.highlights = HighlightLayer(self.scene)
        self.title = QLabel(title)
        set_role(self.title, "heading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)


class CompareWindow(QMainWindow):
    """``old`` and ``new`` are copied: later edits to an open map do not reach this view."""

    def __init__(
        self,
        old: JourneyMap,
        new: JourneyMap,
        old_title: str,
        new_title: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("compareWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Compare: {old} → {new}").format(old=old_title, new=new_title))
        old, new = old.copy(), new.copy()
        self.diff: MapDiff = diff_maps(old, new)
        self.old = MapPane(old, self.tr("Before: {title}").format(title=old_title))
        self.new = MapPane(new, self.tr("After: {title}").format(title=new_title))
        sides = highlight_maps(self.diff.changes)
        self.old.highlights.set_highlights(sides[OLD])
        self.new.highlights.set_highlights(sides[NEW])

        maps = QSplitter(Qt.Orientation.Horizontal)
        maps.addWidget(self.old)
        maps.addWidget(self.new)
        self.changes = QListWidget()
        self.changes.setWordWrap(True)
        self.changes.setAlternatingRowColors(True)
        lines = self.diff.summary_lines()
        for index, line in enumerate(lines):
            item = QListWidgetItem(localize(line))
            item.setData(INDEX_ROLE, index)
            colours = targets(self.diff.changes[index])
            if colours:  # the kind of change as a swatch: coloured text would be faint
                item.setIcon(swatch(colours[0][2]))
            self.changes.addItem(item)
        if not lines:
            self.changes.addItem(self.tr("The two maps are the same."))
        self.changes.itemClicked.connect(self._change_clicked)
        self.changes.itemActivated.connect(self._change_clicked)
        changes_box = QWidget()
        box = QVBoxLayout(changes_box)
        box.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("{count} changes").format(count=len(lines)))
        set_role(heading, "heading")
        box.addWidget(heading)
        box.addWidget(self.changes, 1)

        self.tabs = QTabWidget()
        self.emotions = EmotionOverlayChart(old, new, old_title, new_title)
        self.tabs.addTab(self.emotions, self.tr("Emotional curves"))
        funnels = QWidget()
        row = QHBoxLayout(funnels)
        row.setContentsMargins(0, 0, 0, 0)
        self.old_funnel, self.new_funnel = FunnelChart(), FunnelChart()
        for chart in (self.old_funnel, self.new_funnel):
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setWidget(chart)
            row.addWidget(area)
        self.tabs.addTab(funnels, self.tr("Funnels"))
        self._show_funnels(old, new, old_title, new_title)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(changes_box)
        lower.addWidget(self.tabs)
        lower.setSizes([520, 680])
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(maps)
        outer.addWidget(lower)
        outer.setSizes([560, 300])
        self.setCentralWidget(outer)
        self.resize(1400, 900)

    def _show_funnels(
        self, old: JourneyMap, new: JourneyMap, old_title: str, new_title: str
    ) -> None:
        from cjm_designer.analysis.funnel import compute_funnel  # numpy: only when comparing

        self.old_funnel.set_view(funnel_view(old, compute_funnel(old), old_title))
        self.new_funnel.set_view(funnel_view(new, compute_funnel(new), new_title))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.old.view.zoom_fit()
        self.new.view.zoom_fit()

    def _change_clicked(self, item: QListWidgetItem) -> None:
        index = item.data(INDEX_ROLE)
        if index is None:
            return
        wanted: dict[str, list[str]] = {OLD: [], NEW: []}
        for side, entity_id, _ in targets(self.diff.changes[index]):
            wanted[side].append(entity_id)
        for side, pane in ((OLD, self.old), (NEW, self.new)):
            ids = wanted[side] or [i for i in wanted[OLD if side == NEW else NEW]]
            pane.controller.set_selection([i for i in ids if i in pane.controller.journey])
            for entity_id in ids:
                target = pane.scene.entity_item(entity_id)
                if target is not None:
                    pane.view.centerOn(target)
                    break
