"""Presentation mode: the map full screen for the room, stage by stage.

F5 hides the menus, docks and status bar and shows the window full screen; the
arrow keys glide from stage to stage, Home (or O) shows the whole map, Esc goes
back. A large caption names the stage and the session timer sits in the corner.
The canvas stays live: cards can still be edited, voted and added.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDockWidget, QLabel, QToolBar, QWidget

from .timer import SessionTimer

CAPTION_SIZE = 26
DETAIL_SIZE = 16
TIMER_SIZE = 30
CAPTION_ROOM = 0.16
STAGE_SPAN = 2.0
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


def _with_caption_room(rect: QRectF) -> QRectF:
    """Room above the content for the caption and the timer."""
    return rect.adjusted(0, -rect.height() * CAPTION_ROOM, 0, 0)


class PresentationMode(QObject):
    """Enters and leaves presentation mode on one main window; steps through stages."""

    toggled = Signal(bool)

    def __init__(self, window, timer: SessionTimer):
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.timer = timer
        self.active = False
        self.stage_index = -1  # -1: the overview of the whole map
        self._saved: dict = {}
        self.caption = _overlay_label(self.view, CAPTION_SIZE, True)
        self.detail = _overlay_label(self.view, DETAIL_SIZE, False)
        self.clock = _overlay_label(self.view, TIMER_SIZE, True)
        timer.changed.connect(self._show_timer)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        window.scene.layoutChanged.connect(self._refresh_caption)
        window.controller.documentReplaced.connect(self._document_replaced)

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
        w = self.window
        self._saved = {
            "state": w.saveState(),
            "menu": w.menuBar().isVisible(),
            "status": w.statusBar().isVisible(),
            "full_screen": w.isFullScreen(),
            "maximized": w.isMaximized(),
            "zoom": self.view.zoom,
            "center": self.view.mapToScene(self.view.viewport().rect().center()),
        }
        self.active = True
        for child in w.findChildren(QDockWidget) + w.findChildren(QToolBar):
            if child.parent() is w:
                child.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        if full_screen:
            w.showFullScreen()
        self.view.setFocus()
        self.stage_index = -1
        self._place_overlays()
        self.overview(animate=False)
        self.toggled.emit(True)

    def leave(self) -> None:
        if not self.active:
            return
        w, saved = self.window, self._saved
        self.active = False
        for label in (self.caption, self.detail, self.clock):
            label.hide()
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
        self.view.set_zoom(saved.get("zoom", 1.0))
        if "center" in saved:
            self.view.centerOn(saved["center"])
        self.view.setFocus()
        self.toggled.emit(False)

    # --- moving between stages ---------------------------------------------------------------

    def stage_count(self) -> int:
        layout = self.window.scene.layout
        return len(layout.stages) if layout is not None else 0

    def stage_rect(self, index: int) -> QRectF | None:
        """What to show for a stage: its column wide enough to read, from its header down.

        The column is about half the screen wide, so cards read from the back of the room;
        the neighbours' edges stay in sight for orientation.
        """
        layout = self.window.scene.layout
        if layout is None or not 0 <= index < len(layout.stages):
            return None
        header = layout.stages[index].header
        viewport = self.view.viewport().rect()
        aspect = viewport.height() / max(1, viewport.width())
        width = header.w * STAGE_SPAN
        height = width * aspect
        left = header.x + header.w / 2 - width / 2
        return QRectF(left, header.y - height * CAPTION_ROOM, width, height)

    def go_to(self, index: int, animate: bool = True) -> None:
        count = self.stage_count()
        if count == 0:
            self.overview(animate)
            return
        self.stage_index = max(0, min(index, count - 1))
        rect = self.stage_rect(self.stage_index)
        if rect is not None:
            self.view.zoom_to_rect(rect, animate=animate)
        self._refresh_caption()

    def next_stage(self) -> None:
        self.go_to(self.stage_index + 1)

    def previous_stage(self) -> None:
        if self.stage_index <= 0:
            self.overview()
        else:
            self.go_to(self.stage_index - 1)

    def overview(self, animate: bool = True) -> None:
        self.stage_index = -1
        self.view.zoom_to_rect(_with_caption_room(self.view.sceneRect()), animate=animate)
        self._refresh_caption()

    # --- overlays --------------------------------------------------------------------------------

    def _refresh_caption(self) -> None:
        if not self.active:
            return
        journey = self.window.controller.journey
        layout = self.window.scene.layout
        if self.stage_index < 0 or layout is None or self.stage_index >= len(layout.stages):
            self.caption.setText(
                journey.title or QCoreApplication.translate("Workshop", "Journey map")
            )
            count = self.stage_count()  # a plain name: lupdate drops calls with calls in them
            details = QCoreApplication.translate(
                "Workshop", "%n stage(s) · → next stage · Home overview · Esc leave", None, count
            )
        else:
            stage = journey.stage(layout.stages[self.stage_index].id)
            self.caption.setText(
                QCoreApplication.translate("Workshop", "{number}/{count} · {name}").format(
                    number=self.stage_index + 1, count=len(layout.stages), name=stage.name
                )
            )
            lines = [stage.goal] if stage.goal else []
            lines += [f"? {q}" for q in stage.questions[:3]]
            details = "\n".join(lines)
        self.detail.setText(details)
        for label in (self.caption, self.detail):
            label.adjustSize()
        self.detail.setVisible(bool(details))
        self.caption.show()
        self._show_timer()
        self._place_overlays()

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
        width = self.view.viewport().width()
        self.caption.move(16, 16)
        self.detail.move(16, 16 + self.caption.height() + 8)
        self.clock.move(max(16, width - self.clock.width() - 16), 16)
        for label in (self.caption, self.detail, self.clock):
            label.raise_()

    def _document_replaced(self) -> None:
        if self.active:
            self.overview(animate=False)

    # --- keys ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize and self.active:
            self._place_overlays()
        if not self.active or event.type() != QEvent.Type.KeyPress or watched is not self.view:
            return False
        scene = self.window.scene
        if scene.focusItem() is not None or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.next_stage()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.previous_stage()
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_O):
            self.overview()
        elif key == Qt.Key.Key_End:
            self.go_to(self.stage_count() - 1)
        elif key == Qt.Key.Key_Escape and not scene.interaction:
            self.leave()
        else:
            return False
        return True
