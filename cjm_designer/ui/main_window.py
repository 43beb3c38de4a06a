"""The editor window: the canvas in the middle, docks around it, one document.

The window owns file operations (new, open, save, revert, close) and routes editing
commands to its :class:`EditingSession`, which owns the document
(:class:`DocumentController`), the undo stack, the analysis runner and the autosaver.
Questions and errors go through ``dialogs.messages`` so tests can answer them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from cjm_designer.io.errors import MapLoadError, MapSaveError
from cjm_designer.messages import localize, percent
from cjm_designer.model import JourneyMap, slugify

from . import script_fonts, settings
from .accessibility import attach_accessibility
from .actions import WindowActions
from .board_mode import BoardMode
from .canvas import style
from .canvas.scene import MapScene
from .canvas.view import MapView
from .chrome import APP_TITLE, install_title_bars
from .compare.menus import install_menus
from .controller import DocumentController
from .dialogs import files, messages
from .docks.analysis import ANALYSIS_MIN_HEIGHT, AnalysisDock
from .docks.follow_selection import PropertiesFollowSelection
from .docks.history import HistoryDock
from .docks.outline import OutlineDock
from .docks.overview import OverviewDock
from .docks.problems import ProblemsDock
from .docks.problems_badge import ProblemsBadge
from .docks.properties import PropertiesDock
from .import_export_menu import install as install_import_export
from .palette import PaletteDock
from .plan import attach_plan_entries
from .recent_files import RecentFiles
from .reliability import attach_reliability
from .room.entry import install_room_entries
from .session import EditingSession
from .window_parts import WindowParts
from .workshop import attach_workshop

__all__ = ["APP_TITLE", "MainWindow", "blank_map"]
MAP_SUFFIXES = (".yaml", ".yml")


def blank_map(language: str) -> JourneyMap:
    """The ``blank`` template in ``language`` (an empty map in that language if absent)."""
    # Imported here: a window opened on a file never reads the templates.
    from cjm_designer.io.templates import UnknownTemplateError, new_map_from_template

    try:
        return new_map_from_template("blank", language)
    except (UnknownTemplateError, MapLoadError, FileNotFoundError):
        return JourneyMap(language=language)


class MainWindow(QMainWindow):
    """One document window."""

    def __init__(
        self,
        controller: DocumentController | None = None,
        language: str = "en",
        restore_layout: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.language = language
        self.session = EditingSession(controller or DocumentController(parent=self), self)
        self.controller = self.session.controller
        self.recent = RecentFiles(parent=self)
        self.scene = MapScene(self.session, self)
        self.view = MapView(self.scene)
        self.scene.apply_settings()  # snapping, canvas text size
        self.setCentralWidget(self.view)
        # The wheel changes no unfocused field, in any dock or dialog (wheel_guard.py). An
        # application event filter sees every event and makes PySide name every object it
        # passes (some 60 classes' enums, 180 million instructions): from the map's first
        # frame on, not during the window's construction and first layout.
        # The same goes for the check that registers a script's font as it is typed.
        self.view.first_painted.connect(self._install_input_guards)
        # What the features below get instead of this window (they never read its parts).
        self.parts = WindowParts(self, self.session, self.scene, self.view, self._board_only)
        self._make_docks()
        self.menu_actions = WindowActions(self, self.controller.undo_stack, self.view, self.recent)
        self.menu_actions.build_menus(self.menuBar(), self.docks)
        self.menu_actions.attach_canvas_shortcuts(self.view, self.outline.tree)
        self.import_export = install_import_export(  # File > Import/Export/Print
            self.parts, self.maybe_save, self.menu_actions
        )
        # presentation, capture, votes, find, personas; docks tabbed beside Properties
        self.workshop = attach_workshop(self.parts, beside=self.properties)
        self.workshop.presentationToggled.connect(self.properties_follow.resync)
        self.board_mode = BoardMode(self, self.view, self.menu_actions.view_menu)  # F9
        self.board_mode.toggled.connect(self.properties_follow.resync)
        # impact x effort, worth, action plan; tabbed beside Problems
        self.plan_features = attach_plan_entries(  # the docks on first use
            self.parts, beside=self.problems, filter_bar=self.workshop.filter_bar
        )
        # snapshots, compare, analysis tint, evidence
        actions = self.menu_actions
        self.compare_actions = install_menus(
            self,
            self.session,
            self.scene,
            actions.file_menu,
            actions.close,
            actions.view_menu,
            [self.analysis.tint_action],
            self._read_only_window,
        )
        # the workshop room: participants' phones (issue 23); its menu entries now, the
        # room on first use (lazy_feature.py)
        self.room = install_room_entries(self.parts, beside=self.properties, workshop=self.workshop)
        self._lazy_features = {
            "roomDock": self.room,
            "planMatrixDock": self.plan_features,
            "planDock": self.plan_features,
        }
        self.palette.insertRequested.connect(self.insert)
        self.zoom_label = QLabel(percent(1.0, 0))
        self.zoom_label.setMinimumWidth(52)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.zoom_label.setToolTip(self.tr("Zoom"))
        self.statusBar().addPermanentWidget(self.problems_badge)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoomChanged.connect(self._show_zoom)
        self.controller.pathChanged.connect(lambda _path: self._update_title())
        self.controller.dirtyChanged.connect(lambda _dirty: self._update_title())
        self.controller.documentReplaced.connect(self._update_title)
        self.controller.documentReplaced.connect(self._update_actions)
        self.controller.pathChanged.connect(lambda _path: self._update_actions())
        self.controller.dirtyChanged.connect(lambda _dirty: self._update_actions())
        # Autosave to the recovery folder, the file lock, the on-disk change watcher.
        self.reliability = attach_reliability(self, self.session)
        # Accessible names, the canvas telling screen readers what is selected, Alt+arrows.
        self.accessibility = attach_accessibility(self, self.session, self.view, self.zoom_label)
        self.setAcceptDrops(True)
        self.resize(self._default_size())
        self._close_panels_for_first_run()
        install_title_bars(self)  # every dock exists by now; closed ones get theirs later
        if restore_layout:
            self._restore_layout()
        self._update_title()
        self._update_actions()

    # --- construction ---------------------------------------------------------------

    def _make_docks(self) -> None:
        self.setDockNestingEnabled(True)
        self.palette = PaletteDock(self)
        self.outline = OutlineDock(self.controller, self)
        self.history = HistoryDock(self.controller, self)
        self.properties = PropertiesDock(self.controller, self)
        self.overview = OverviewDock(self.view, self)
        self.problems = ProblemsDock(self.session, self)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        # A board, not an IDE: one narrow tabbed column on the left; Properties opens
        # for the selection (follow_selection.py); Overview and Problems on demand (the
        # status-bar badge opens Problems), so the map has the 1280x720 projector.
        self.addDockWidget(left, self.outline)
        self.tabifyDockWidget(self.outline, self.history)
        self.tabifyDockWidget(self.outline, self.palette)
        self.outline.raise_()
        self.addDockWidget(right, self.properties)
        self.tabifyDockWidget(self.properties, self.overview)
        self.properties.raise_()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        # Undo History waits in the View menu (and in the column's tabs once opened):
        # three tabs in the 166 px column read "O… | Und… | I…" at 1280x720, two read whole.
        for dock in (self.properties, self.overview, self.problems, self.history):
            dock.hide()
        self.resizeDocks([self.outline, self.properties], [190, 340], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems], [160], Qt.Orientation.Vertical)
        self.analysis = AnalysisDock(self.session, self.scene, self)
        self.analysis.tab_beside_on_first_show(self, self.problems)
        self.problems_badge = ProblemsBadge(self.problems, self)
        self.properties_follow = PropertiesFollowSelection(
            self, self.controller, self.properties, lambda: self._board_only()
        )
        self.docks: list[QDockWidget] = [
            self.properties, self.outline, self.history, self.problems, self.overview,
            self.palette, self.analysis,
        ]  # fmt: skip

    def _read_only_window(self, controller: DocumentController) -> MainWindow:
        """Another window over ``controller`` (a snapshot), in this window's language."""
        return MainWindow(controller, self.language, restore_layout=False)

    def _close_panels_for_first_run(self) -> None:
        """Only the left column stays open: every other panel (the workshop's, the plan's,
        the room's...) waits to be asked for, so the map has the projector's width."""
        keep = (self.outline, self.palette)
        for dock in self.findChildren(
            QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if dock.parent() is self and dock not in keep:
                dock.hide()

    def _board_only(self) -> bool:
        """True while the window shows only the map (presentation or board mode)."""
        workshop = getattr(self, "workshop", None)
        board = getattr(self, "board_mode", None)
        return (workshop is not None and workshop.presenting) or (
            board is not None and board.active
        )

    def _default_size(self) -> QSize:
        """1400x900, but never larger than the screen (a 1366x768 laptop on a projector)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1400, 900)
        available = screen.availableGeometry()
        return QSize(
            min(1400, int(available.width() * 0.95)), min(900, int(available.height() * 0.92))
        )

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self._layout_restored = self.restoreState(state)
            if self._layout_restored:
                self.analysis.keep_restored_place()
                self._close_passing_panels(settings.value("window/passingPanels"))
            self._build_restored_panels(settings.value("window/lazyPanels"))

    def _passing_panels(self) -> list[str]:
        """Open panels the user did not open: Properties that followed the selection, and
        Problems opened from the status-bar badge. The next start leaves them closed, so
        one look during preparation does not clutter the next workshop's board."""
        passing = []
        if self.properties_follow.auto_shown and not self.properties.isHidden():
            passing.append(self.properties.objectName())
        if self.problems_badge.opened_panel and not self.problems.isHidden():
            passing.append(self.problems.objectName())
        return passing

    def _close_passing_panels(self, saved) -> None:
        names = saved.split(",") if isinstance(saved, str) and saved else []
        for name in names:
            dock = self.findChild(QDockWidget, name)
            if dock is not None:
                dock.hide()

    def _build_restored_panels(self, saved) -> None:
        """Features built on first use whose panel was open when the window last closed
        are built now, so their panel comes back where it was (``restoreDockWidget``).
        Settings from before that list existed: every such feature, as before."""
        names = list(self._lazy_features) if saved is None else str(saved).split(",")
        for name in names:
            feature = self._lazy_features.get(name)
            if feature is not None:
                feature.get()

    def _open_lazy_panels(self) -> list[str]:
        """Object names of the built-on-first-use panels that are open now."""
        names = []
        for name, feature in self._lazy_features.items():
            dock = self.findChild(QDockWidget, name) if feature.built else None
            if dock is not None and not dock.isHidden():
                names.append(name)
        return names

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_docks_sized", False) and not getattr(
            self, "_layout_restored", False
        ):
            self._docks_sized = True
            QTimer.singleShot(0, self, self.size_docks_for_window)

    def _install_input_guards(self) -> None:
        if self.isVisible():  # not for a window closed right after its first frame
            from .docks import wheel_guard

            wheel_guard.install()
            script_fonts.install_typed_scripts()

    def size_docks_for_window(self) -> None:
        """Default dock sizes in proportion to the window, so a 1366x768 laptop keeps the
        canvas large; a layout the user arranged (restored from settings) is left alone."""
        width, height = self.width(), self.height()

        def clamp(value: float, low: int, high: int) -> int:
            return int(max(low, min(high, value)))

        horizontal = Qt.Orientation.Horizontal
        # Properties is closed until something is selected; it sizes itself then.
        self.resizeDocks([self.outline], [clamp(width * 0.13, 150, 240)], horizontal)
        # The bottom panels may be short: their tables and charts scroll.
        self.problems.widget().setMinimumHeight(ANALYSIS_MIN_HEIGHT)
        self.resizeDocks([self.problems], [clamp(height * 0.13, 90, 200)], Qt.Orientation.Vertical)

    def _save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/lazyPanels", ",".join(self._open_lazy_panels()))
        settings.setValue("window/passingPanels", ",".join(self._passing_panels()))

    # --- title, status --------------------------------------------------------------

    def document_name(self) -> str:
        return self.session.document_name()

    def document_path(self) -> Path | None:
        """The map's file (None for a new map)."""
        return self.controller.path

    def has_unsaved_changes(self) -> bool:
        return self.controller.dirty

    def present(self, full_screen: bool = True) -> None:
        """Start presentation mode (``--presentation``)."""
        self.workshop.presentation.enter(full_screen=full_screen)

    def apply_settings(self) -> None:
        """Edit > Settings changed: snapping and text size on the canvas, autosave rhythm."""
        self.scene.apply_settings()
        self.reliability.autosaver.set_interval(settings.autosave_seconds())

    def refresh_canvas_colors(self) -> None:
        """The theme changed: the canvas background is a copy of the old colour."""
        self.scene.setBackgroundBrush(style.BACKGROUND)
        self.scene.update()

    def fit_map(self) -> None:
        """Zoom so the whole map shows with readable card titles."""
        self.view.zoom_fit_readable()

    def _update_title(self) -> None:
        marker = self.tr(" (read-only)") if self.controller.read_only else ""
        self.setWindowTitle(f"{self.document_name()}[*]{marker} — {APP_TITLE}")
        self.setWindowModified(self.controller.dirty)

    def _update_actions(self) -> None:
        actions = self.menu_actions
        actions.revert.setEnabled(self.controller.path is not None and self.controller.dirty)

    def _show_zoom(self, factor: float) -> None:
        self.zoom_label.setText(percent(round(factor * 100) / 100, 0))

    # --- file operations --------------------------------------------------------------

    def new_map(self) -> None:
        """File > New: choose a template; the current map is offered for saving first."""
        if not self.maybe_save():
            return
        from .dialogs import new_map  # the template chooser loads on first use

        journey = new_map.ask_new_map(self, self.language)
        if journey is not None:
            self.controller.set_document(journey, None)
            QTimer.singleShot(0, self.view, self.view.zoom_fit_readable)

    def open_settings(self) -> None:
        """Edit > Settings…; what it changes applies to every open window."""
        from .dialogs import settings_dialog  # loads on first use

        settings_dialog.open_settings(self)

    def new_blank(self) -> None:
        self.controller.set_document(blank_map(self.language), None)

    def open_file(self, path: str | Path | None = None) -> bool:
        """Open ``path`` (or ask for one) after offering to save the current map."""
        if not self.maybe_save():
            return False
        if path is None:
            from .paths import documents_dir

            # Not the working folder: started from the Start menu or Finder, that is the
            # program's own folder (or "/").
            start = str(self.controller.path.parent if self.controller.path else documents_dir())
            path = files.ask_open_path(self, start)
            if not path:
                return False
        return self.load(path)

    def load(self, path: str | Path) -> bool:
        """Replace the document with a file; a bad file leaves the current map as it was."""
        try:
            warnings = self.reliability.open(path)  # asks if the file is open elsewhere
        except MapLoadError as error:
            messages.show_error(
                self,
                self.tr("Cannot open map"),
                self.tr("“{name}” could not be opened:").format(name=Path(path).name)
                + "\n\n"
                + localize(error.first),
                localize(error),
            )
            return False
        if warnings is None:  # the file is open elsewhere and the user cancelled
            return False
        self.recent.add(path)
        if warnings:
            self.statusBar().showMessage(
                self.tr("Opened with {count} notes: {first}").format(
                    count=len(warnings), first=localize(warnings[0])
                ),
                10000,
            )
        QTimer.singleShot(0, self.view, self.view.zoom_fit_readable)
        return True

    def load_or_raise(self, path: str | Path) -> None:
        """Replace the document with a file, no dialogs: a bad file raises ``MapLoadError``
        (the command line's screenshot mode reports it on stderr)."""
        self.controller.open(path)

    def adopt_recovered(self, doc) -> None:
        """Show work a crashed session left (``reliability.offer_recovery``), unsaved."""
        self.reliability.adopt(doc)

    def save(self) -> bool:
        if self.controller.path is None:
            return self.save_as()
        return self._save_to(self.controller.path)

    def save_as(self) -> bool:
        from .paths import documents_dir

        suggested = str(self.controller.path or documents_dir() / self._suggested_name())
        path = files.ask_save_path(self, suggested)
        if not path:
            return False
        return self._save_to(Path(path))

    def _suggested_name(self) -> str:
        from cjm_designer.io.platform_files import safe_file_stem

        stem = safe_file_stem(slugify(self.controller.journey.title, "journey-map"))
        return stem + files.MAP_SUFFIX  # never CON.cjm.yaml: Windows reserves the name

    def _save_to(self, path: Path) -> bool:
        if not self.reliability.before_save(path):  # taken over, or changed on disk
            return False
        try:
            self.controller.save(path)
        except MapSaveError as error:
            messages.show_error(
                self,
                self.tr("Cannot save map"),
                self.tr("The map was not saved: {reason}").format(reason=localize(error.reason)),
                localize(error),
            )
            return False
        self.recent.add(path)
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        return True

    def revert(self) -> None:
        path = self.controller.path
        if path is None or not self.controller.dirty:
            return
        if messages.confirm_revert(self, self.document_name()):
            self.load(path)

    def close_document(self) -> None:
        """File > Close: the window stays, with a fresh blank map."""
        if self.maybe_save():
            self.new_blank()

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded, clean)."""
        if not self.controller.dirty:
            return True
        choice = messages.ask_unsaved(self, self.document_name())
        if choice is messages.UnsavedChoice.SAVE:
            return self.save()
        return choice is messages.UnsavedChoice.DISCARD

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            self._save_layout()
            # Saved or discarded: drop the recovery copy now. The unsaved-changes prompt
            # wrote one when it took the focus, and on File > Quit the event loop may end
            # before any later turn would remove it (a false "did not close normally").
            self.reliability.document_closed()
            self.session.analysis.cancel_pending()
            event.accept()
        else:
            event.ignore()

    # --- dropping files -------------------------------------------------------------

    @staticmethod
    def _dropped_map(event: QDragEnterEvent | QDropEvent) -> str | None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(MAP_SUFFIXES):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_map(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_map(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, self, lambda: self.open_file(path))

    # --- editing (routed to the session) --------------------------------------------

    def copy(self) -> None:
        text = self.session.copy_selection()
        if text:
            QGuiApplication.clipboard().setText(text)

    def cut(self) -> None:
        if self.controller.selection:
            self.copy()
            self.session.delete_selection()

    def paste(self) -> None:
        if self.workshop.paste_image():  # an image pasted onto the selected stage or card
            return
        text = QGuiApplication.clipboard().text()
        if text and not self.session.paste_text(text, self.scene.current_cell):
            self.statusBar().showMessage(
                self.tr("The clipboard does not hold journey map items."), 5000
            )

    def duplicate(self) -> None:
        self.session.duplicate_selection()

    def delete(self) -> None:
        self.session.delete_selection()

    def select_all(self) -> None:
        self.scene.select_all()

    def select_all_in_stage(self) -> None:
        self.scene.select_all_in_stage()

    def rename(self) -> None:
        self.view.setFocus()
        self.scene.start_inline_edit()

    def insert(self, kind: str) -> None:
        """Insert > Add stage / channel / touchpoint at the default place."""
        if kind == "stage":
            self.session.add_stage()
        elif kind == "channel":
            self.session.add_channel()
        elif kind == "touchpoint":
            cell = self.target_cell()
            if cell is None:
                self.statusBar().showMessage(
                    self.tr("Add a stage and a channel first: a card sits in their cell."), 5000
                )
                return
            self.session.add_touchpoint(*cell)

    def target_cell(self) -> tuple[str, str] | None:
        """Where a new card goes: the selected card's cell, the selected stage or channel."""
        return self.session.target_cell()
