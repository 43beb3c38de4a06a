"""Presentation mode: the map full screen for the room, stage by stage.

F5 hides the menus, docks and status bar and shows the window full screen; the arrow
keys step through slides (layout/slides.py: one stage, or one part of a tall stage, at a
zoom where card titles read from the back of the room), Home (or O) shows the whole map,
End the last stage, Esc goes back. The caption, the stage's goal and the session timer sit
in a band above the map (the view's top margin), so they never cover map content. A window
manager resizes a full-screen window late, after F5 returned: every resize fits the
current slide again. The canvas stays live: cards can still be edited, voted and added.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPainterPath
from PySide6.QtWidgets import QDockWidget, QGraphicsView, QLabel, QToolBar, QWidget

from cjm_designer.layout.geometry import Rect
from cjm_designer.layout.slides import Slide, clear_rects, stage_slides

from .timer import SessionTimer

if TYPE_CHECKING:
    from ..window_parts import WindowParts

CAPTION_SIZE = 26
DETAIL_SIZE = 16
TIMER_SIZE = 30
PAD = 12
READABLE_TITLE_PX = 18
"""Card titles on a slide are at least this tall on a 1280x720 screen (scaled up with it)."""
PROJECTOR = (1280, 720)
MAX_SLIDE_ZOOM = 2.0
"""A short stage (or a short part of a tall one) is drawn larger, up to this many times
the readable zoom, as far as the screen's width allows."""
LABEL_CHROME = 2 * 14 + 2 * 1 + 4
"""A label's padding and border around its text (STYLE), plus rounding."""
TEXT, ALERT = "#1d2733", "#c0392b"
STYLE = (
    "QLabel {{ background: rgba(255, 255, 255, 225); color: {color};"
    " border: 1px solid #c9d2dc; border-radius: 8px; padding: 6px 14px; }}"
)


def _overlay_label(parent: QWidget, size: int, bold: bool) -> QLabel:
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPixelSize(size)
    font.setBold(bold)
    label.setFont(font)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    label.setStyleSheet(STYLE.format(color=TEXT))
    label.hide()
    return label


class PresentationMode(QObject):
    """Enters and leaves presentation mode on one main window; steps through slides."""

    toggled = Signal(bool)

    def __init__(self, parts: WindowParts, timer: SessionTimer):
        super().__init__(parts.window)
        self.window = parts.window
        self.scene = parts.scene
        self.controller = parts.controller
        self.view = parts.view
        self.timer = timer
        self.active = False
        self.slides: list[Slide] = []
        self.slide_index = -1  # -1: the overview of the whole map
        self._saved: dict = {}
        self.band = QWidget(self.view)
        self.band.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.band.setAutoFillBackground(True)
        self.band.hide()
        self.caption = _overlay_label(self.band, CAPTION_SIZE, True)
        self.detail = _overlay_label(self.band, DETAIL_SIZE, False)
        self.clock = _overlay_label(self.band, TIMER_SIZE, True)
        timer.changed.connect(self._show_timer)
        self.viewport = self.view.viewport()  # kept: asking a dying view for it raises
        self.view.installEventFilter(self)
        self.viewport.installEventFilter(self)
        self.scene.layoutChanged.connect(self._layout_changed)
        self.controller.documentReplaced.connect(self._document_replaced)

    # --- entering and leaving -------------------------------------------------------------

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self, full_screen: bool = True) -> None:
        """Hide the editing chrome and show the map big; ``full_screen`` False for pictures."""
        if self.active:
            return
        w, view = self.window, self.view
        self._saved = {
            "state": w.saveState(),
            "menu": w.menuBar().isVisible(),
            "status": w.statusBar().isVisible(),
            "full_screen": w.isFullScreen(),
            "maximized": w.isMaximized(),
            "zoom": view.zoom,
            "center": view.mapToScene(view.viewport().rect().center()),
            "alignment": view.alignment(),
            "bars": (view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy()),
            "update_mode": view.viewportUpdateMode(),
        }
        self.active = True
        for child in w.findChildren(QDockWidget) + w.findChildren(QToolBar):
            if child.parent() is w:
                child.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        palette = self.band.palette()
        palette.setColor(self.band.backgroundRole(), w.scene.backgroundBrush().color())
        self.band.setPalette(palette)
        self.band.show()
        if full_screen:
            w.showFullScreen()
        view.setFocus()
        view.fit_override = lambda: self._fit_current(animate=False)
        # The curtain is fixed to the screen, not the map: a scroll must repaint it all.
        view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        view.foreground = self._paint_curtain
        self.slide_index = -1
        self._refresh_caption()
        self.overview(animate=False)
        self.toggled.emit(True)

    def leave(self) -> None:
        if not self.active:
            return
        w, view, saved = self.window, self.view, self._saved
        self.active = False
        self.band.hide()
        view.fit_override = None
        view.foreground = None
        view.setViewportUpdateMode(saved.get("update_mode", view.viewportUpdateMode()))
        view.setViewportMargins(0, 0, 0, 0)
        view.setSceneRect(QRectF())  # follow the scene's rectangle again
        view.setAlignment(saved.get("alignment", view.alignment()))
        horizontal, vertical = saved.get("bars", (None, None))
        if horizontal is not None:
            view.setHorizontalScrollBarPolicy(horizontal)
            view.setVerticalScrollBarPolicy(vertical)
        if not saved.get("full_screen"):
            if saved.get("maximized"):
                w.showMaximized()
            else:
                w.showNormal()
        w.menuBar().setVisible(bool(saved.get("menu", True)))
        w.statusBar().setVisible(bool(saved.get("status", True)))
        state = saved.get("state")
        if isinstance(state, QByteArray):
            w.restoreState(state)
        view.set_zoom(saved.get("zoom", 1.0))
        if "center" in saved:
            view.centerOn(saved["center"])
        view.setFocus()
        self.toggled.emit(False)

    # --- slides ----------------------------------------------------------------------------

    @property
    def stage_index(self) -> int:
        """The stage on screen; -1 for the overview."""
        slide = self.current_slide
        return -1 if slide is None else slide.stage_index

    @property
    def current_slide(self) -> Slide | None:
        if 0 <= self.slide_index < len(self.slides):
            return self.slides[self.slide_index]
        return None

    def stage_count(self) -> int:
        layout = self.scene.layout
        return len(layout.stages) if layout is not None else 0

    def screen_scale(self) -> float:
        """How much larger than a 1280x720 projector the view is (never below 1).

        The room sees a projected picture of the same size whatever its resolution, so
        text on a 1920x1080 screen is drawn 1.5 times as many pixels tall.
        """
        view = self.view
        return max(1.0, min(view.width() / PROJECTOR[0], view.height() / PROJECTOR[1]))

    def min_zoom(self) -> float:
        """The zoom that draws card titles READABLE_TITLE_PX tall, scaled with the screen."""
        metrics = self.scene.options.metrics
        return READABLE_TITLE_PX / metrics.card_title_size * self.screen_scale()

    def compute_slides(self) -> list[Slide]:
        """The slides for the viewport as it is now (it changes with every resize)."""
        layout = self.scene.layout
        viewport = self.view.viewport().rect()
        if layout is None or viewport.isEmpty():
            return []
        zoom = self.min_zoom()
        return stage_slides(
            layout,
            self.scene.options.metrics,
            viewport.width(),
            viewport.height(),
            zoom,
            zoom * MAX_SLIDE_ZOOM,
        )

    def go_to(self, index: int, animate: bool = True) -> None:
        """Show the first slide of stage ``index`` (clamped)."""
        self.slides = self.compute_slides()
        count = self.stage_count()
        if count == 0 or not self.slides:
            self.overview(animate)
            return
        index = max(0, min(index, count - 1))
        first = next((i for i, slide in enumerate(self.slides) if slide.stage_index == index), None)
        self.show_slide(first if first is not None else 0, animate)

    def show_slide(self, index: int, animate: bool = True) -> None:
        if not self.slides:
            self.overview(animate)
            return
        self.slide_index = max(0, min(index, len(self.slides) - 1))
        self._refresh_caption()  # the band's height first: it sizes the viewport
        self._fit_current(animate)

    def next_slide(self) -> None:
        self.slides = self.compute_slides()
        if self.slide_index + 1 < len(self.slides):
            self.show_slide(self.slide_index + 1)

    def previous_slide(self) -> None:
        self.slides = self.compute_slides()
        if self.slide_index <= 0:
            self.overview()
        else:
            self.show_slide(self.slide_index - 1)

    def overview(self, animate: bool = True) -> None:
        self.slide_index = -1
        self._refresh_caption()
        self._fit_current(animate)

    def _fit_current(self, animate: bool) -> None:
        """Put the current slide (or the whole map) on screen for the viewport's size.

        The view may scroll past the map's bottom, so the last part of a stage starts
        at the top of the screen instead of under a half-cut row.
        """
        self._extend_scroll_area()
        slide = self.current_slide
        if slide is None:
            self.view.zoom_to_rect(self.scene.sceneRect(), animate=animate)
            return
        visible = slide.visible
        center = QPointF(visible.x + visible.w / 2, visible.y + visible.h / 2)
        self.view.glide_to(slide.zoom, center, animate=animate)

    def curtain(self) -> QPainterPath:
        """What of the screen (scene units) lies under the curtain on this slide.

        The neighbouring stages and the stage's other parts: a slide shows its stage's
        cards only, none cut in half at the pinned lane column or at the screen's edge.
        Empty for the overview.
        """
        slide = self.current_slide
        path = QPainterPath()
        if slide is None or not self.active:
            return path
        scene = self.scene
        shown = self.view.visible_scene_rect().adjusted(-2, -2, 2, 2)
        visible = Rect(shown.x(), shown.y(), shown.width(), shown.height())
        lane_right, header_bottom = scene.sticky.pinned_edges()
        path.addRect(shown)
        metrics = scene.options.metrics
        for rect in clear_rects(slide, metrics, visible, lane_right, header_bottom):
            hole = QPainterPath()
            hole.addRect(QRectF(rect.x, rect.y, rect.w, rect.h))
            path = path.subtracted(hole)
        return path

    def _paint_curtain(self, painter: QPainter, _exposed: QRectF) -> None:
        curtain = self.curtain()
        if not curtain.isEmpty():
            painter.fillPath(curtain, self.scene.backgroundBrush().color())

    def _extend_scroll_area(self) -> None:
        rect = self.scene.sceneRect()
        self.view.setSceneRect(
            rect.adjusted(-rect.width(), -rect.height(), rect.width(), rect.height())
        )

    def _refit(self) -> None:
        """After a resize: the same stage and part, fitted to the new size at once."""
        slide = self.current_slide
        self.slides = self.compute_slides()
        if slide is not None:
            found = next(
                (
                    i
                    for i, s in enumerate(self.slides)
                    if s.stage == slide.stage and s.part == min(slide.part, s.parts - 1)
                ),
                None,
            )
            self.slide_index = found if found is not None else -1
            self._refresh_caption()
        self._fit_current(animate=False)

    def _layout_changed(self) -> None:
        """An edit during the show: keep the view where it is, renumber the slides."""
        if not self.active:
            return
        slide = self.current_slide
        self.slides = self.compute_slides()
        if slide is not None:
            found = next(
                (
                    i
                    for i, s in enumerate(self.slides)
                    if s.stage == slide.stage and s.part == min(slide.part, s.parts - 1)
                ),
                None,
            )
            self.slide_index = found if found is not None else -1
        self._refresh_caption()

    # --- the caption band ------------------------------------------------------------------

    def _refresh_caption(self) -> None:
        if not self.active:
            return
        journey = self.controller.journey
        layout = self.scene.layout
        slide = self.current_slide
        stage = journey.stage(slide.stage) if slide is not None else None
        if slide is None or layout is None or stage is None:
            self.caption.setText(
                journey.title or QCoreApplication.translate("Workshop", "Journey map")
            )
            count = self.stage_count()  # a plain name: lupdate drops calls with calls in them
            details = QCoreApplication.translate(
                "Workshop", "%n stage(s) · → next stage · Home overview · Esc leave", None, count
            )
        else:
            text = QCoreApplication.translate("Workshop", "{number}/{count} · {name}").format(
                number=slide.stage_index + 1, count=len(layout.stages), name=_isolated(stage.name)
            )
            if slide.parts > 1:
                text += " · " + QCoreApplication.translate(
                    "Workshop", "part {part} of {parts}"
                ).format(part=slide.part + 1, parts=slide.parts)
            self.caption.setText(text)
            # The stage's questions are on the map itself (the Questions row).
            details = stage.goal
        self.detail.setText(details)
        self.caption.adjustSize()
        self.detail.setVisible(bool(details))
        self.caption.show()
        self._show_timer()

    def _show_timer(self) -> None:
        if not self.active:
            return
        self.clock.setText(self.timer.text())
        over = self.timer.remaining <= 0
        self.clock.setStyleSheet(STYLE.format(color=ALERT if over else TEXT))
        self.clock.adjustSize()
        self.clock.show()
        self._place_overlays()

    def _place_overlays(self) -> None:
        """Lay out the band above the map and give the map the rest of the view.

        The goal and questions sit right of the caption when there is room, else under it;
        the view's top margin is the band's height, so nothing in it covers the map.
        """
        if not self.active:
            return
        width = self.view.width()
        scale = self.screen_scale()
        for label, size in (
            (self.caption, CAPTION_SIZE),
            (self.detail, DETAIL_SIZE),
            (self.clock, TIMER_SIZE),
        ):
            if label.font().pixelSize() != round(size * scale):
                font = QFont(label.font())
                font.setPixelSize(round(size * scale))
                label.setFont(font)
                if label is not self.detail:
                    label.adjustSize()
        self.caption.move(PAD, PAD)
        self.clock.move(max(PAD, width - self.clock.width() - PAD), PAD)
        bottom = max(self.caption.height(), self.clock.height())
        if self.detail.isVisibleTo(self.band):
            beside = self.caption.width() + 2 * PAD
            room = width - beside - self.clock.width() - 3 * PAD
            if room >= 320:
                x, y = beside, PAD
            else:
                x, y, room = PAD, PAD + bottom + PAD // 2, width - 2 * PAD
            metrics = self.detail.fontMetrics()
            lines = self.detail.text().splitlines() or [""]
            natural = max(metrics.horizontalAdvance(line) for line in lines) + LABEL_CHROME
            detail_w = min(room, natural)
            self.detail.setWordWrap(natural > room)
            self.detail.setFixedWidth(max(1, detail_w))
            wrapped = self.detail.heightForWidth(detail_w) if natural > room else -1
            self.detail.setFixedHeight(wrapped if wrapped > 0 else self.detail.sizeHint().height())
            self.detail.move(x, y)
            bottom = max(bottom, y - PAD + self.detail.height())
        band = PAD + bottom + PAD
        self.band.setGeometry(0, 0, width, band)
        self.band.raise_()
        margins = self.view.viewportMargins()
        if margins.top() != band:
            self.view.setViewportMargins(0, band, 0, 0)

    def _document_replaced(self) -> None:
        if self.active:
            self.overview(animate=False)

    # --- keys and resizes ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() == QEvent.Type.Resize:
            if watched is self.view:
                self._place_overlays()
            elif watched is self.viewport:
                self._refit()
            return False
        if not self.active or event.type() != QEvent.Type.KeyPress or watched is not self.view:
            return False
        scene = self.scene
        if scene.focusItem() is not None or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.next_slide()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.previous_slide()
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_O):
            self.overview()
        elif key == Qt.Key.Key_End:
            self.slides = self.compute_slides()
            self.show_slide(len(self.slides) - 1)
        elif key == Qt.Key.Key_Escape and not scene.interaction:
            self.leave()
        else:
            return False
        return True


def _isolated(name: str) -> str:
    """``name`` between Unicode isolates (FSI ... PDI): a Hebrew or Arabic stage name keeps
    its own direction without turning the caption's "1/12 · … · part 1 of 2" around."""
    return f"\u2068{name}\u2069"
