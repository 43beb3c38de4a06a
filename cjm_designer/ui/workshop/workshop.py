"""Workshop mode on a main window: the features a consultant uses in the room.

``attach_workshop`` adds presentation mode, fast capture, quick add, dot-voting,
pictures, comments, personas, persona/scenario filters and comparison, find, the
SWOT/review panel and the session timer to a window, with a Workshop menu and
shortcuts. Single-key shortcuts (+, -, arrows, typing) act only on the canvas,
never while a text field or the inline editor has the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget

from cjm_designer.model import Kind
from cjm_designer.model.edits import CompositeEdit
from cjm_designer.model.votes import VoteTarget

from ..canvas.items import CardItem, StageHeaderItem
from .capture import Capture
from .decorations import Decorations
from .filters import CompareDialog, FilterBar
from .notes_dock import NotesDock
from .personas_dock import PersonasDock
from .pictures import IMAGE_SUFFIXES, add_pictures, images_in, picture_from_image
from .review_dock import ReviewDock
from .timer import SessionTimer, TimerWidget
from .votes_dock import VotesDock, reset_all_votes, vote_on

if TYPE_CHECKING:
    from ..window_parts import WindowParts
    from .find_bar import FindBar
    from .presentation import PresentationMode
    from .quick_add import QuickAddBox

PICTURE_HOSTS = (Kind.STAGE, Kind.TOUCHPOINT)


class CanvasInput(QObject):
    """Votes by key (+ / -) and Alt+click, and pictures dropped on cards or stages."""

    def __init__(self, workshop: Workshop):
        super().__init__(workshop)
        self.workshop = workshop
        self.view = workshop.parts.view
        self.scene = workshop.parts.scene
        # Kept: while the window is destroyed the view's wrapper dies before its viewport
        # stops sending events, and asking the view for it then raises inside Qt.
        self.viewport = self.view.viewport()
        self.view.installEventFilter(self)
        self.viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view and kind == QEvent.Type.KeyPress:
            return self._key(event)
        if watched is not self.viewport:
            return False
        if kind == QEvent.Type.MouseButtonPress:
            return self._alt_click(event)
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if not self._may_carry_images(event.mimeData()):
                return False
            if kind == QEvent.Type.DragEnter or self._host_at(event) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop and self._may_carry_images(event.mimeData()):
            host = self._host_at(event)
            if host is not None and self.workshop.add_images([host], images_in(event.mimeData())):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        return False

    def _key(self, event) -> bool:
        if self.scene.focusItem() is not None:
            return False
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        if event.text() in ("+", "="):
            return self.workshop.vote_selected(1)
        if event.text() == "-":
            return self.workshop.vote_selected(-1)
        return False

    def _alt_click(self, event) -> bool:
        if not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = self.view.mapToScene(event.position().toPoint())
        card = self.scene.item_at(pos, CardItem)
        if card is None:
            return False
        delta = -1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        vote_on(self.workshop.controller, [VoteTarget(card.entity_id)], delta)
        return True

    @staticmethod
    def _may_carry_images(mime) -> bool:
        if mime is None:
            return False
        if mime.hasImage():
            return True
        return any(url.toLocalFile().lower().endswith(IMAGE_SUFFIXES) for url in mime.urls())

    def _host_at(self, event) -> str | None:
        pos = self.view.mapToScene(event.position().toPoint())
        for item_type in (CardItem, StageHeaderItem):
            item = self.scene.item_at(pos, item_type)
            if item is not None:
                return item.entity_id
        return None


class Workshop(QObject):
    """Everything workshop mode adds to one main window."""

    presentationToggled = Signal(bool)
    """Presentation mode began (True) or ended; the mode itself is made on first use."""

    def __init__(self, parts: WindowParts, beside: QDockWidget | None = None):
        """Workshop docks tab with ``beside`` (the Properties dock)."""
        window = parts.window
        super().__init__(window)
        self.parts = parts
        self.window = window
        self.beside = beside
        self.controller = parts.controller
        self.decorations = Decorations(parts.scene)
        self.capture = Capture(parts, self.decorations)
        self.input = CanvasInput(self)
        self.timer = SessionTimer(self)
        self._presentation: PresentationMode | None = None  # made on first use (F5)
        self.presentationToggled.connect(self.decorations.set_presenting)
        self._find_bar: FindBar | None = None  # both made on first use (issue 19 start-up)
        self._quick_add: QuickAddBox | None = None
        self.filter_bar = FilterBar(parts, window)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.filter_bar)
        # Closed on first run (Workshop > Workshop Panels, Ctrl+Alt+5; Workshop > Next
        # Persona works without it): its row is map height on a 1280x720 projector.
        self.filter_bar.hide()
        self.timer_widget = TimerWidget(self.timer)
        window.statusBar().addPermanentWidget(self.timer_widget)
        self.notes = NotesDock(self.controller, window)
        self.votes = VotesDock(self.controller, window)
        self.personas = PersonasDock(self.controller, window)
        self.review = ReviewDock(self.controller, window)
        self.docks: list[QDockWidget] = [self.notes, self.votes, self.personas, self.review]
        self._place_docks()
        self.compare_dialog: CompareDialog | None = None
        self._make_actions()
        self._build_menu()

    def _place_docks(self) -> None:
        """Beside Properties as tabs, closed until asked for (the Workshop menu, View >
        Panels): the board keeps the projector's width."""
        anchor = self.beside
        for dock in self.docks:
            if anchor is not None:
                self.window.tabifyDockWidget(anchor, dock)
            else:
                self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
        if anchor is not None:
            anchor.raise_()

    @property
    def presentation(self) -> PresentationMode:
        """Presentation mode (F5), made the first time it is wanted: its slides, overlays
        and their modules cost the first paint and most sessions present later."""
        if self._presentation is None:
            from .presentation import PresentationMode

            self._presentation = PresentationMode(self.parts, self.timer)
            self._presentation.toggled.connect(self.presentationToggled)
        return self._presentation

    @property
    def presenting(self) -> bool:
        """True while presentation mode runs (False, and nothing made, before its first use)."""
        return self._presentation is not None and self._presentation.active

    @property
    def find_bar(self) -> FindBar:
        """The find bar over the canvas (Ctrl+F), made the first time it is wanted."""
        if self._find_bar is None:
            from .find_bar import FindBar

            self._find_bar = FindBar(self.parts, self.decorations, self.parts.view)
        return self._find_bar

    @property
    def quick_add(self) -> QuickAddBox:
        """The quick-add box (Ctrl+K), made the first time it is wanted."""
        if self._quick_add is None:
            from .quick_add import QuickAddBox

            self._quick_add = QuickAddBox(self.parts, self.parts.view)
        return self._quick_add

    # --- actions --------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable, *keys: str, window_wide: bool = True) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False: slot())
        if window_wide:
            self.window.addAction(action)
        else:
            # Shown in the menu; the canvas handles the key itself (never in text fields).
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        return action

    def _make_actions(self) -> None:
        a = self._action
        self.present = a(
            QCoreApplication.translate("Workshop", "&Presentation Mode"),
            lambda: self.presentation.toggle(),
            "F5",
        )
        self.present.setCheckable(True)
        self.presentationToggled.connect(self.present.setChecked)
        self.quick_add_action = a(
            QCoreApplication.translate("Workshop", "&Quick Add…"),
            lambda: self.quick_add.open_box(),
            "Ctrl+K",
        )
        self.capture_action = a(
            QCoreApplication.translate("Workshop", "Fast &Capture"),
            self.capture.open,
            "Ctrl+Shift+K",
        )
        self.find = a(
            QCoreApplication.translate("Workshop", "&Find…"),
            lambda: self.find_bar.open_bar(),
            "Ctrl+F",
        )
        self.find_next = a(
            QCoreApplication.translate("Workshop", "Find &Next"), lambda: self._find_step(1), "F3"
        )
        self.find_previous = a(
            QCoreApplication.translate("Workshop", "Find Pre&vious"),
            lambda: self._find_step(-1),
            "Shift+F3",
        )
        self.vote_up = a(
            QCoreApplication.translate("Workshop", "&Add Vote"),
            lambda: self.vote_selected(1),
            "+",
            window_wide=False,
        )
        self.vote_down = a(
            QCoreApplication.translate("Workshop", "&Remove Vote"),
            lambda: self.vote_selected(-1),
            "-",
            window_wide=False,
        )
        self.reset_votes = a(
            QCoreApplication.translate("Workshop", "Reset &Votes"),
            lambda: reset_all_votes(self.controller),
            "Ctrl+Alt+0",
        )
        self.comment = a(
            QCoreApplication.translate("Workshop", "Add Co&mment"),
            self._start_comment,
            "Ctrl+Alt+M",
        )
        self.picture = a(
            QCoreApplication.translate("Workshop", "Add P&icture…"),
            self._add_picture_file,
            "Ctrl+Alt+I",
        )
        self.next_persona = a(
            QCoreApplication.translate("Workshop", "Next &Persona Filter"),
            self.filter_bar.next_persona,
            "Ctrl+Alt+P",
        )
        self.next_scenario = a(
            QCoreApplication.translate("Workshop", "Next &Scenario Filter"),
            self.filter_bar.next_scenario,
            "Ctrl+Alt+S",
        )
        self.compare = a(
            QCoreApplication.translate("Workshop", "Compare Sce&narios…"),
            self.compare_scenarios,
            "Ctrl+Alt+V",
        )
        self.timer_toggle = a(
            QCoreApplication.translate("Workshop", "Start/Pause &Timer"),
            self.timer.toggle,
            "Ctrl+Alt+T",
        )
        self.timer_reset = a(
            QCoreApplication.translate("Workshop", "R&eset Timer"), self.timer.reset, "Ctrl+Alt+R"
        )
        self.revision = a(
            QCoreApplication.translate("Workshop", "&Log Revision…"),
            self._start_revision,
            "Ctrl+Alt+L",
        )
        for number, dock in enumerate(self.docks, start=1):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(f"Ctrl+Alt+{number}"))
            self.window.addAction(toggle)
        bar_toggle = self.filter_bar.toggleViewAction()
        bar_toggle.setShortcut(QKeySequence(f"Ctrl+Alt+{len(self.docks) + 1}"))
        self.window.addAction(bar_toggle)

    def _build_menu(self) -> None:
        menu = self.window.menuBar().addMenu(QCoreApplication.translate("Workshop", "&Workshop"))
        menu.addAction(self.present)
        menu.addSeparator()
        menu.addActions([self.quick_add_action, self.capture_action])
        menu.addSeparator()
        menu.addActions([self.find, self.find_next, self.find_previous])
        menu.addSeparator()
        menu.addActions([self.vote_up, self.vote_down, self.reset_votes])
        menu.addSeparator()
        menu.addActions([self.comment, self.picture])
        menu.addSeparator()
        menu.addActions([self.next_persona, self.next_scenario, self.compare])
        menu.addSeparator()
        menu.addActions([self.timer_toggle, self.timer_reset, self.revision])
        panels = menu.addMenu(QCoreApplication.translate("Workshop", "Workshop &Panels"))
        for dock in self.docks:
            panels.addAction(dock.toggleViewAction())
        panels.addAction(self.filter_bar.toggleViewAction())
        self.menu = menu

    # --- operations -----------------------------------------------------------------------------

    def selected_cards(self) -> list[str]:
        journey = self.controller.journey
        return [i for i in self.controller.selection if journey.kind_of(i) is Kind.TOUCHPOINT]

    def vote_selected(self, delta: int) -> bool:
        cards = self.selected_cards()
        if not cards:
            return False
        vote_on(self.controller, [VoteTarget(card) for card in cards], delta)
        return True

    def _find_step(self, delta: int) -> None:
        if self._find_bar is None or not self._find_bar.isVisible():
            self.find_bar.open_bar()
        else:
            self.find_bar.step(delta)

    def _start_comment(self) -> None:
        self.notes.start_comment()

    def _start_revision(self) -> None:
        self.review.show()
        self.review.raise_()
        self.review.summary.setFocus()

    def _add_picture_file(self) -> None:
        self.notes.show()
        self.notes.raise_()
        self.notes.choose_picture()

    def picture_hosts(self) -> list[str]:
        journey = self.controller.journey
        return [i for i in self.controller.selection if journey.kind_of(i) in PICTURE_HOSTS]

    def add_images(self, hosts: list[str], images) -> bool:
        """Store dropped or pasted images on each host (stage or card) as one undo step."""
        pictures = [p for p in (picture_from_image(img, cap) for img, cap in images) if p]
        if not hosts or not pictures:
            return False
        journey = self.controller.journey
        edit = CompositeEdit([add_pictures(journey, host, pictures) for host in hosts])
        count = len(pictures)  # a plain name: lupdate drops translate() calls with len()
        label = QCoreApplication.translate("Workshop", "Add %n picture(s)", None, count)
        return self.controller.push(edit, label)

    def paste_image(self) -> bool:
        """Edit > Paste with an image on the clipboard and a stage or card selected."""
        mime = QGuiApplication.clipboard().mimeData()
        hosts = self.picture_hosts()
        if not hosts or mime is None or not (mime.hasImage() or mime.hasUrls()):
            return False
        images = images_in(mime)
        return bool(images) and self.add_images(hosts, images)

    def compare_scenarios(self) -> CompareDialog | None:
        if len(self.controller.journey.scenarios) < 1:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Workshop",
                    "The map has no scenarios to compare; add them in the outline first.",
                ),
                5000,
            )
            return None
        if self.compare_dialog is not None:
            self.compare_dialog.close()
            self.compare_dialog.deleteLater()
        self.compare_dialog = CompareDialog(self.controller, self.window)
        self.compare_dialog.show()
        return self.compare_dialog


def attach_workshop(parts: WindowParts, beside: QDockWidget | None = None) -> Workshop:
    """Give a document window its workshop features; returns the hub (the window keeps
    it as its ``workshop``)."""
    return Workshop(parts, beside)
