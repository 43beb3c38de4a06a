"""The Overview dock: the whole map in miniature with the visible part outlined.

It is a second view on the same scene (no copy of the items); click or drag in it to
move the main view there. A 12-stage map is wider than any projector, so this is how
a facilitator finds their way back.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from ..calm_theme import ACCENT
from .lazy import LazyDock

MARGIN = 20.0


class OverviewView(QGraphicsView):
    """A non-interactive miniature of ``main_view``'s scene that steers ``main_view``."""

    def __init__(self, main_view: QGraphicsView, parent: QWidget | None = None):
        super().__init__(main_view.scene(), parent)
        self.main_view = main_view
        self.setInteractive(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(120)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        for bar in (main_view.horizontalScrollBar(), main_view.verticalScrollBar()):
            bar.valueChanged.connect(self.viewport().update)
            bar.rangeChanged.connect(self.viewport().update)
        if hasattr(main_view, "zoomChanged"):
            main_view.zoomChanged.connect(self.viewport().update)
        self.scene().changed.connect(self._scene_changed)

    def _scene_changed(self, _regions: list) -> None:
        if self.isVisible():
            self.fit()

    def content_rect(self) -> QRectF:
        rect = self.scene().itemsBoundingRect()
        if rect.isEmpty():
            rect = self.scene().sceneRect()
        return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def fit(self) -> None:
        self.fitInView(self.content_rect(), Qt.AspectRatioMode.KeepAspectRatio)

    def visible_rect(self) -> QRectF:
        """The scene area the main view shows now."""
        return self.main_view.mapToScene(self.main_view.viewport().rect()).boundingRect()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        visible = self.visible_rect()
        accent = QColor(ACCENT)
        fill = QColor(accent)
        fill.setAlpha(28)
        pen = QPen(accent, 0)
        pen.setCosmetic(True)
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRect(visible)

    def mousePressEvent(self, event) -> None:
        self.main_view.centerOn(self.mapToScene(event.position().toPoint()))

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.main_view.centerOn(self.mapToScene(event.position().toPoint()))

    def wheelEvent(self, event) -> None:
        event.ignore()


class OverviewDock(LazyDock):
    """Closed on a first run: its second view on the scene is made when first shown (a
    view on the example's scene cost the first paint about 10 ms, and every scene
    change then had two views to tell)."""

    def __init__(self, main_view: QGraphicsView, parent: QWidget | None = None):
        super().__init__("", parent)
        self.setObjectName("overviewDock")
        self.setWindowTitle(self.tr("Overview"))
        self.main_view = main_view

    def build(self) -> None:
        self.view = OverviewView(self.main_view)
        self.view.setAccessibleName(self.windowTitle())
        self.setWidget(self.view)
