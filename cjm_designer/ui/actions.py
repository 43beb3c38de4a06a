"""The window's actions and menus: File, Edit, View, Insert, with standard shortcuts.

Actions only route: file actions call the window, editing actions call the canvas
scene, zoom actions call the view. Canvas editing shortcuts (Delete, Ctrl+C...) work
only while the canvas or the outline has focus, so typing in the Properties dock never
deletes a card; the menus trigger them from anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from .canvas.view import MapView
    from .main_window import MainWindow
    from .recent_files import RecentFiles

Key = QKeySequence.StandardKey


class WindowActions(QObject):
    """Creates every QAction of a main window and the menus that show them.

    File and edit actions call the window's commands; the undo stack, the canvas view
    and the recent files are passed in, not read off the window."""

    def __init__(
        self, window: MainWindow, undo_stack: QUndoStack, view: MapView, recent: RecentFiles
    ):
        super().__init__(window)
        self.window = window
        self.recent = recent
        w = window
        # File
        self.new = self._make(QCoreApplication.translate("Actions", "&New…"), w.new_map, Key.New)
        self.open = self._make(
            QCoreApplication.translate("Actions", "&Open…"), w.open_file, Key.Open
        )
        self.save = self._make(QCoreApplication.translate("Actions", "&Save"), w.save, Key.Save)
        self.save_as = self._make(
            QCoreApplication.translate("Actions", "Save &As…"),
            w.save_as,
            Key.SaveAs,
            "Ctrl+Shift+S",
        )
        self.revert = self._make(
            QCoreApplication.translate("Actions", "&Revert to Saved"), w.revert
        )
        self.close = self._make(
            QCoreApplication.translate("Actions", "&Close"), w.close_document, Key.Close, "Ctrl+W"
        )
        self.quit = self._make(
            QCoreApplication.translate("Actions", "&Quit"), w.close, Key.Quit, "Ctrl+Q"
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.recent_menu = QMenu(QCoreApplication.translate("Actions", "Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        # Edit
        stack = undo_stack
        self.undo = stack.createUndoAction(self, QCoreApplication.translate("Actions", "&Undo"))
        self.undo.setShortcuts(_keys(Key.Undo, "Ctrl+Z"))
        self.redo = stack.createRedoAction(self, QCoreApplication.translate("Actions", "&Redo"))
        self.redo.setShortcuts(_keys(Key.Redo, "Ctrl+Shift+Z", "Ctrl+Y"))
        window.addActions([self.undo, self.redo])
        self.cut = self._canvas(QCoreApplication.translate("Actions", "Cu&t"), w.cut, Key.Cut)
        self.copy = self._canvas(QCoreApplication.translate("Actions", "&Copy"), w.copy, Key.Copy)
        self.paste = self._canvas(
            QCoreApplication.translate("Actions", "&Paste"), w.paste, Key.Paste
        )
        self.duplicate = self._canvas(
            QCoreApplication.translate("Actions", "D&uplicate"), w.duplicate, None, "Ctrl+D"
        )
        # The Del key only: on Linux (X11, KDE, GNOME) the standard Delete binding also
        # holds Ctrl+D, which is Duplicate's, and Qt then runs neither ("Ambiguous
        # shortcut overload: Ctrl+D").
        self.delete = self._canvas(
            QCoreApplication.translate("Actions", "&Delete"), w.delete, None, "Del"
        )
        self.select_all = self._canvas(
            QCoreApplication.translate("Actions", "Select &All"), w.select_all, Key.SelectAll
        )
        self.select_stage = self._canvas(
            QCoreApplication.translate("Actions", "Select All in &Stage"),
            w.select_all_in_stage,
            None,
            "Ctrl+Shift+A",
        )
        self.preferences = self._make(
            QCoreApplication.translate("Actions", "Se&ttings…"),
            w.open_settings,
            Key.Preferences,
            "Ctrl+,",
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.rename = self._canvas(
            QCoreApplication.translate("Actions", "Re&name"), w.rename, None, "F2"
        )
        # View
        self.zoom_in = self._make(
            QCoreApplication.translate("Actions", "Zoom &In"),
            view.zoom_in,
            Key.ZoomIn,
            "Ctrl++",
            "Ctrl+=",
        )
        self.zoom_out = self._make(
            QCoreApplication.translate("Actions", "Zoom &Out"),
            view.zoom_out,
            Key.ZoomOut,
            "Ctrl+-",
        )
        self.zoom_fit = self._make(
            QCoreApplication.translate("Actions", "&Fit Map"), view.zoom_fit, None, "Ctrl+0"
        )
        self.zoom_reset = self._make(
            QCoreApplication.translate("Actions", "&Actual Size (100%)"),
            view.zoom_reset,
            None,
            "Ctrl+1",
        )
        # Insert
        self.add_stage = self._make(
            QCoreApplication.translate("Actions", "Add &Stage"), lambda: w.insert("stage")
        )
        self.add_channel = self._make(
            QCoreApplication.translate("Actions", "Add &Channel"), lambda: w.insert("channel")
        )
        self.add_touchpoint = self._make(
            QCoreApplication.translate("Actions", "Add &Touchpoint"),
            lambda: w.insert("touchpoint"),
            None,
            "Ctrl+T",
        )

    def _make(self, text: str, slot: Callable, standard: Key | None = None, *extra: str) -> QAction:
        action = QAction(text, self.window)
        keys = _keys(standard, *extra)
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _canvas(
        self, text: str, slot: Callable, standard: Key | None = None, *extra: str
    ) -> QAction:
        """An action whose shortcut works only where the canvas selection is in focus."""
        action = QAction(text, self.window)
        keys = _keys(standard, *extra)
        if keys:
            action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def canvas_actions(self) -> list[QAction]:
        return [
            self.cut, self.copy, self.paste, self.duplicate, self.delete,
            self.select_all, self.select_stage, self.rename,
        ]  # fmt: skip

    def attach_canvas_shortcuts(self, *widgets: QWidget) -> None:
        """Make the canvas editing shortcuts live while one of ``widgets`` has focus."""
        for widget in widgets:
            widget.addActions(self.canvas_actions())

    def build_menus(self, bar: QMenuBar, docks: list) -> None:
        """Fill ``bar``; the menus stay as ``file_menu`` … ``insert_menu`` for installers
        that add their own entries (import/export, snapshots, workshop)."""
        self.file_menu = file_menu = bar.addMenu(QCoreApplication.translate("Actions", "&File"))
        file_menu.addActions([self.new, self.open])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as, self.revert])
        file_menu.addSeparator()
        file_menu.addActions([self.close, self.quit])
        self.edit_menu = edit = bar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        edit.addSeparator()
        edit.addActions([self.select_all, self.select_stage, self.rename])
        edit.addSeparator()
        edit.addAction(self.preferences)
        self.view_menu = view = bar.addMenu(QCoreApplication.translate("Actions", "&View"))
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_fit, self.zoom_reset])
        view.addSeparator()
        panels = view.addMenu(QCoreApplication.translate("Actions", "&Panels"))
        for dock in docks:
            panels.addAction(dock.toggleViewAction())
        self.insert_menu = insert = bar.addMenu(QCoreApplication.translate("Actions", "&Insert"))
        insert.addActions([self.add_stage, self.add_channel, self.add_touchpoint])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, start=1):
            label = f"&{number} {path}" if number < 10 else path
            action = self.recent_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, p=path: self.window.open_file(p))
        if not paths:
            empty = self.recent_menu.addAction(
                QCoreApplication.translate("Actions", "No recent maps")
            )
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(QCoreApplication.translate("Actions", "Clear List"))
        clear.triggered.connect(self.recent.clear)


def _keys(standard: Key | None, *extra: str) -> list[QKeySequence]:
    """The platform's standard binding first, then our fallbacks, without duplicates."""
    keys: list[QKeySequence] = []
    if standard is not None:
        keys += QKeySequence.keyBindings(standard)
    for text in extra:
        sequence = QKeySequence(text)
        if sequence not in keys:
            keys.append(sequence)
    return keys
