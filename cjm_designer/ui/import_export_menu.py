"""File > Import and File > Export submenus, File > Print… and Edit > Copy as Image.

Installed into a built window by :func:`install` (one call from the window), so the
shell's menu code does not need to know the formats. Imports open as a new, untitled
and unsaved document (the source file is never overwritten by Save); text formats go
through ``io.converters`` like the ``convert`` command, pictures, PDF and slides
through ``ui.export``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from cjm_designer.io.converters import ConversionError, read_any, write_any
from cjm_designer.messages import localize
from cjm_designer.model.records import Record, record

from .dialogs import messages

if TYPE_CHECKING:
    from .actions import WindowActions
    from .window_parts import WindowParts


@record(slots=False)
class TextFormat(Record):
    """An interchange format File > Import/Export offers: its menu entry and file filter."""

    key: str
    suffix: str
    label: str
    name_filter: str


def text_formats() -> list[TextFormat]:
    """The interchange formats of ``io.converters`` that File > Import/Export offer."""
    return [
        TextFormat(
            "mermaid",
            ".mmd",
            QCoreApplication.translate("ImportExport", "&Mermaid Journey…"),
            QCoreApplication.translate("ImportExport", "Mermaid journeys (*.mmd)"),
        ),
        TextFormat(
            "csv",
            ".csv",
            QCoreApplication.translate("ImportExport", "&CSV Table…"),
            QCoreApplication.translate("ImportExport", "CSV tables (*.csv)"),
        ),
        TextFormat(
            "xlsx",
            ".xlsx",
            QCoreApplication.translate("ImportExport", "E&xcel Workbook…"),
            QCoreApplication.translate("ImportExport", "Excel workbooks (*.xlsx)"),
        ),
    ]


def _deferred(module: str, function: str) -> Callable:
    """Exporters pull in reportlab, python-pptx and PDFium: import them on first use only."""
    import importlib

    return getattr(importlib.import_module(f"cjm_designer.ui.export.{module}"), function)


class ImportExportMenus(QObject):
    """The actions and submenus (the window keeps them as its ``import_export``)."""

    def __init__(self, parts: WindowParts, maybe_save: Callable[[], bool]):
        window = parts.window
        super().__init__(window)
        self.parts = parts
        self.window = window
        self.session = parts.session
        self.view = parts.view
        self.maybe_save = maybe_save
        """Asks to save the current map first; False when the user cancels."""
        self.import_menu = QMenu(QCoreApplication.translate("ImportExport", "&Import"), window)
        self.import_menu.setObjectName("importMenu")
        self.export_menu = QMenu(QCoreApplication.translate("ImportExport", "&Export"), window)
        self.export_menu.setObjectName("exportMenu")
        self.imports: dict[str, QAction] = {}
        self.exports: dict[str, QAction] = {}
        for fmt in text_formats():
            self.imports[fmt.key] = self._add(
                self.import_menu, fmt.label, lambda f=fmt: self.import_file(f)
            )
        self.exports["pdf"] = self._add(
            self.export_menu,
            QCoreApplication.translate("ImportExport", "&PDF…"),
            lambda: _deferred("pdf_dialog", "run_pdf_export")(parts),
            "Ctrl+Shift+E",
        )
        self.exports["png"] = self._add(
            self.export_menu,
            QCoreApplication.translate("ImportExport", "P&NG Picture…"),
            lambda: _deferred("image_dialog", "run_png_export")(parts),
        )
        self.exports["svg"] = self._add(
            self.export_menu,
            QCoreApplication.translate("ImportExport", "&SVG Picture…"),
            lambda: _deferred("image_dialog", "run_svg_export")(parts),
        )
        self.exports["pptx"] = self._add(
            self.export_menu,
            QCoreApplication.translate("ImportExport", "Power&Point Slides…"),
            lambda: _deferred("pptx_export", "run_pptx_export")(parts),
        )
        self.export_menu.addSeparator()
        for fmt in text_formats():
            self.exports[fmt.key] = self._add(
                self.export_menu, fmt.label, lambda f=fmt: self.export_text(f)
            )
        self.print = QAction(QCoreApplication.translate("ImportExport", "&Print…"), window)
        self.print.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Print))
        self.print.triggered.connect(lambda _checked=False: _deferred("print", "run_print")(parts))
        window.addAction(self.print)
        self.copy_image = QAction(
            QCoreApplication.translate("ImportExport", "Copy as &Image"), window
        )
        self.copy_image.setShortcut(QKeySequence("Ctrl+Alt+C"))
        self.copy_image.triggered.connect(
            lambda _checked=False: _deferred("image_dialog", "copy_as_image")(parts)
        )
        window.addAction(self.copy_image)

    def _add(self, menu: QMenu, text: str, slot: Callable, shortcut: str = "") -> QAction:
        action = menu.addAction(text)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            self.window.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- placing into the window's menus -------------------------------------------

    def place(
        self, file_menu: QMenu, before: QAction, edit_menu: QMenu, after_copy: QAction
    ) -> None:
        """Put Import/Export/Print into File before ``before``, Copy as Image after Copy."""
        if before in file_menu.actions():
            file_menu.insertMenu(before, self.import_menu)
            file_menu.insertMenu(before, self.export_menu)
            file_menu.insertAction(before, self.print)
            file_menu.insertSeparator(before)
        if after_copy in edit_menu.actions():
            actions = edit_menu.actions()
            index = actions.index(after_copy)
            if index + 1 < len(actions):
                edit_menu.insertAction(actions[index + 1], self.copy_image)
            else:
                edit_menu.addAction(self.copy_image)

    # --- import and export of text formats ---------------------------------------------

    def import_file(self, fmt: TextFormat) -> bool:
        """Open a Mermaid/CSV/XLSX file as a new untitled document with unsaved changes."""
        window = self.window
        if not self.maybe_save():
            return False
        controller = self.session.controller
        start = str(controller.path.parent) if controller.path else ""
        from .export import files  # the export package loads on first use (issue 19)

        path = files.ask_import_path(
            window, QCoreApplication.translate("ImportExport", "Import"), fmt.name_filter, start
        )
        if not path:
            return False
        try:
            journey = read_any(path)
        except (ConversionError, OSError) as error:
            messages.show_error(
                window,
                QCoreApplication.translate("ImportExport", "Cannot import"),
                QCoreApplication.translate(
                    "ImportExport", "“{name}” could not be imported:"
                ).format(name=Path(path).name)
                + "\n\n"
                + localize(error).splitlines()[0],
                localize(error),
            )
            return False
        controller.set_document(journey, None)
        controller.undo_stack.resetClean()  # new and unsaved: Save asks for a name
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "ImportExport", "Imported {name}; save it as a map to keep it."
            ).format(name=Path(path).name),
            8000,
        )
        QTimer.singleShot(0, self.view, self.view.zoom_fit_readable)
        return True

    def export_text(self, fmt: TextFormat) -> bool:
        from .export import files  # the export package loads on first use (issue 19)

        window = self.window
        path = files.ask_export_path(
            window,
            self.session.controller,
            QCoreApplication.translate("ImportExport", "Export"),
            fmt.name_filter,
            fmt.suffix,
        )
        if not path:
            return False
        try:
            write_any(self.session.journey, path)
        except (ConversionError, OSError) as error:
            messages.show_error(
                window,
                QCoreApplication.translate("ImportExport", "Cannot export"),
                QCoreApplication.translate("ImportExport", "“{name}” was not written:").format(
                    name=Path(path).name
                )
                + "\n\n"
                + localize(error),
            )
            return False
        window.statusBar().showMessage(
            QCoreApplication.translate("ImportExport", "Exported {path}").format(path=path), 8000
        )
        return True


def install(
    parts: WindowParts, maybe_save: Callable[[], bool], menus: WindowActions
) -> ImportExportMenus:
    """Add the submenus and actions to a window whose menus are built."""
    found = ImportExportMenus(parts, maybe_save)
    found.place(menus.file_menu, menus.close, menus.edit_menu, menus.copy)
    return found
