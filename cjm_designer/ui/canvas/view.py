"""The map view: zoom, pan, auto-scroll while dragging, and palette drops.

Ctrl+wheel and Ctrl+plus/minus zoom around the cursor; the middle button or
Space+drag pans; while a gesture drags near an edge the view scrolls by itself.
Palette drags carry ``application/x-cjm-palette`` with ``stage``, ``channel`` or
``touchpoint`` as payload; the scene lights up where the drop would land.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QMouseEvent, QPainter, QTransform
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QWidget

from .scene import PALETTE_KINDS, MapScene

if TYPE_CHECKING:
    from PySide6.QtCore import QVariantAnimation

MIN_ZOOM = 0.1
READABLE_TITLE_PX = 12.0
"""Card titles are at least this many pixels tall when a map opens (scroll, not shrink)."""
MAX_ZOOM = 4.0
ZOOM_STEP = 1.2
EDGE = 28
EDGE_STEP = 18


class MapView(QGraphicsView):
    """A QGraphicsView of a MapScene; ``zoomChanged`` carries the new factor (1.0 = 100%)."""

    zoomChanged = Signal(float)
    first_painted = Signal()
    """Once, after the map's first frame: work that can wait until the user sees it."""
    palette_mime_type = "application/x-cjm-palette"

    def __init__(self, scene: MapScene, parent=None):
        super().__init__(scene, parent)
        # A viewport made here has its Python wrapper already: the first viewport() call
        # on Qt's own would make PySide look for its class among every widget class and
        # build their enums (29 of them, about 10 ms before the first paint).
        self.setViewport(QWidget())
        self._painted = False
        self._zoom = 1.0
        self._panning: QPoint | None = None
        self._space = False
        self._animation: QVariantAnimation | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        # A dock opening beside the map must not slide the map under the pointer.
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # A map smaller than the window (fitted, zoomed out, or just small) sits in the
        # middle of the board, not in its top-left corner with the rest left empty.
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(30)
        self._autoscroll.timeout.connect(self._auto_scroll_step)
        self._drag_at: QPointF | None = None  # where the held left button is, in the viewport
        self._shown = False
        self.fit_override = None  # a presentation's own fit, while it runs
        self.foreground = None  # paints over the map (painter, exposed scene rect), if set
        # zoom and viewport size of a fit, and whether it was the whole map (Ctrl+0)
        self._fitted: tuple[float, int, int, bool] | None = None
        scene.controller.documentReplaced.connect(self.scroll_to_start)
        scene.layoutChanged.connect(self.pin_headers)

    # --- frozen panes ------------------------------------------------------------------

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def pin_headers(self) -> None:
        """Keep lane titles at the left edge and stage headers at the top (sticky.py)."""
        scene = self.scene()
        if isinstance(scene, MapScene):
            scene.sticky.pin(self.visible_scene_rect())

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.pin_headers()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.pin_headers()
        if self._still_fitted():
            QTimer.singleShot(0, self, self._refit_after_resize)

    def _still_fitted(self) -> bool:
        """True while the view shows a fit (on opening, Ctrl+0) nobody has zoomed or
        scrolled since."""
        fitted = self._fitted
        if fitted is None or self.fit_override is not None or abs(self._zoom - fitted[0]) > 1e-9:
            return False
        bars = (self.horizontalScrollBar(), self.verticalScrollBar())
        return all(bar.value() == bar.minimum() for bar in bars)

    def _refit_after_resize(self) -> None:
        """A late resize (the window manager maximizing after show, a start-up dialog
        closing, a dock opening, board mode): fit again for the new size, the same kind
        of fit, unless the user moved the view meanwhile. Scroll bars coming and going (a
        few pixels) do not count."""
        fitted = self._fitted
        size = self.viewport().size()
        if fitted is None or not self._still_fitted():
            return
        if abs(size.width() - fitted[1]) > 30 or abs(size.height() - fitted[2]) > 30:
            if fitted[3]:
                self.zoom_fit()
            else:
                self.zoom_fit_readable()

    def _remember_fit(self, whole: bool) -> None:
        size = self.viewport().size()
        self._fitted = (self._zoom, size.width(), size.height(), whole)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)
        if self.foreground is not None:
            self.foreground(painter, rect)

    def scroll_to_start(self) -> None:
        """Show the map's top-left corner, where the journey begins."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.scroll_to_start()

    # --- zoom ------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if abs(factor - self._zoom) < 1e-9:
            return
        self._zoom = factor
        self.setTransform(QTransform.fromScale(factor, factor))
        self.pin_headers()
        self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        """The whole map in the window (View > Fit Map, Ctrl+0), however small, centred;
        it fits again when the canvas changes size (F9, a dock) until zoomed or scrolled."""
        self.zoom_to_rect(self.sceneRect())
        if self.fit_override is None:
            self._remember_fit(whole=True)

    def readable_zoom(self) -> float:
        """The zoom that draws card titles READABLE_TITLE_PX tall (the text-size setting
        changes the titles' size in the drawing, so the zoom follows it)."""
        scene = self.scene()
        size = scene.options.metrics.card_title_size if isinstance(scene, MapScene) else 12.0
        return READABLE_TITLE_PX / max(1.0, size)

    def readable_fit_factor(self) -> float:
        """The zoom for opening a map: the whole map if it fits readable, else readable.

        A 12-stage map fitted whole lands at ~35% on a 1280x720 projector, where card text
        is 5 px: nobody in the room can read it. So a map opens with titles at least
        READABLE_TITLE_PX tall, showing as many stages as fit, and scrolls; a small map
        shows whole, never above 100%.
        """
        rect = self.sceneRect()
        if rect.isEmpty():
            return self._zoom
        view = self.viewport().rect().adjusted(8, 8, -8, -8)
        fit = min(view.width() / rect.width(), view.height() / rect.height())
        return max(MIN_ZOOM, min(MAX_ZOOM, max(self.readable_zoom(), min(1.0, fit))))

    def zoom_fit_readable(self) -> None:
        """Zoom to :meth:`readable_fit_factor` and show where the journey begins.

        While something else owns the view's framing (a presentation), it frames instead.
        """
        if self.fit_override is not None:
            self.fit_override()
            return
        factor = self.readable_fit_factor()
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.set_zoom(factor)
        self.setTransformationAnchor(anchor)
        self.scroll_to_start()
        self._remember_fit(whole=False)
        # The scroll bars appear on the next layout pass and re-centre the view; go back.
        QTimer.singleShot(0, self, self.scroll_to_start)

    def zoom_to_rect(self, rect: QRectF, animate: bool = False) -> None:
        """Show ``rect`` (scene units) as large as fits; optionally glide there."""
        if rect.isEmpty():
            return
        view = self.viewport().rect().adjusted(8, 8, -8, -8)
        factor = min(view.width() / rect.width(), view.height() / rect.height())
        self.glide_to(factor, rect.center(), animate)

    @property
    def gliding(self) -> bool:
        """True while an animated zoom (zoom_to_rect / glide_to) is under way."""
        animation = self._animation
        return animation is not None and (animation.state() == animation.State.Running)

    def glide_to(self, factor: float, center: QPointF, animate: bool = False) -> None:
        """Zoom to ``factor`` centred on ``center`` (scene units); optionally glide there."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if self._animation is not None:
            self._animation.stop()
            self._animation = None
        if not animate:
            self._apply(factor, center)
            return
        start_zoom = self._zoom
        start_center = self.mapToScene(self.viewport().rect().center())
        # Imported here: the animation classes' enums cost the first window 2 ms.
        from PySide6.QtCore import QEasingCurve, QVariantAnimation

        animation = QVariantAnimation(self)
        animation.setDuration(220)
        animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)

        def step(t: float) -> None:
            zoom = start_zoom + (factor - start_zoom) * t
            self._apply(zoom, start_center + (center - start_center) * t)

        animation.valueChanged.connect(step)
        animation.start()
        self._animation = animation

    def _apply(self, factor: float, center: QPointF) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.set_zoom(factor)
        self.centerOn(center)
        self.setTransformationAnchor(anchor)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._zoom * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # --- keys --------------------------------------------------------------------------

    def _editing(self) -> bool:
        scene = self.scene()
        return scene is not None and scene.focusItem() is not None

    def keyPressEvent(self, event) -> None:
        if not self._editing():
            if event.matches(QKeySequence.StandardKey.ZoomIn) or (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
            ):
                self.zoom_in()
                return
            if event.matches(QKeySequence.StandardKey.ZoomOut) or (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and event.key() == Qt.Key.Key_Minus
            ):
                self.zoom_out()
                return
            if (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and event.key() == Qt.Key.Key_0
            ):
                self.zoom_fit()
                return
            if (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and event.key() == Qt.Key.Key_1
            ):
                self.zoom_reset()
                return
            if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
                self._space = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    # --- pan and auto-scroll -----------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pan = event.button() == Qt.MouseButton.MiddleButton
        pan = pan or (self._space and event.button() == Qt.MouseButton.LeftButton)
        if pan:
            self._panning = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_at = event.position()
            self._autoscroll.start()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            now = event.position().toPoint()
            delta = now - self._panning
            self._panning = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._drag_at = event.position()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            self._panning = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        self._autoscroll.stop()
        self._drag_at = None
        super().mouseReleaseEvent(event)

    def _auto_scroll_step(self) -> None:
        """Scroll when a drag gesture holds the pointer near an edge, then re-aim it.

        The pointer is where the view's last mouse event put it: ``QCursor.pos()`` is not
        known on every platform (Wayland, offscreen). A release lost to another window
        shows in ``QApplication.mouseButtons()``.
        """
        scene = self.scene()
        if (
            self._drag_at is None
            or not (QApplication.mouseButtons() & Qt.MouseButton.LeftButton)
            or scene is None
            or scene.interaction is None
        ):
            self._autoscroll.stop()
            return
        pos = self._drag_at.toPoint()
        rect = self.viewport().rect()
        dx = -EDGE_STEP if pos.x() < EDGE else EDGE_STEP if pos.x() > rect.width() - EDGE else 0
        dy = -EDGE_STEP if pos.y() < EDGE else EDGE_STEP if pos.y() > rect.height() - EDGE else 0
        if not (dx or dy) or not rect.contains(pos):
            return
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(pos),
            QPointF(self.viewport().mapToGlobal(pos)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            QApplication.keyboardModifiers(),
        )
        QApplication.sendEvent(self.viewport(), move)

    # --- palette drops -----------------------------------------------------------------

    def _palette_kind(self, event) -> str | None:
        mime = event.mimeData()
        if mime is None or not mime.hasFormat(self.palette_mime_type):
            return None
        kind = bytes(mime.data(self.palette_mime_type)).decode("ascii", "replace").strip()
        return kind if kind in PALETTE_KINDS else None

    def dragEnterEvent(self, event) -> None:
        if self._palette_kind(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        kind = self._palette_kind(event)
        if kind is None:
            event.ignore()
            return
        target = self.scene().palette_target(kind, self.mapToScene(event.position().toPoint()))
        if target is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self.scene().clear_drop_target()
        event.accept()

    def dropEvent(self, event) -> None:
        kind = self._palette_kind(event)
        if kind is None:
            event.ignore()
            return
        created = self.scene().palette_drop(kind, self.mapToScene(event.position().toPoint()))
        if created:
            event.acceptProposedAction()
            self.setFocus()
            self.scene().start_inline_edit()
        else:
            event.ignore()
