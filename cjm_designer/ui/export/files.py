"""File choosers for File > Import and File > Export, as functions tests can replace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from ..controller import DocumentController


def ask_import_path(
    parent: QWidget | None, title: str, name_filter: str, directory: str = ""
) -> str:
    """The file to import, or "" when the user cancels."""
    everything = QCoreApplication.translate("ExportFiles", "All files (*)")
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, f"{name_filter};;{everything}")
    return path


def ask_export_path(
    parent: QWidget | None,
    controller: DocumentController,
    title: str,
    name_filter: str,
    suffix: str,
) -> str:
    """Where to write an export of ``controller``'s map (offered: beside the map, named
    after it), or "" when cancelled; ``suffix`` is added when the user typed a name
    without it."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, suggested_path(controller, suffix), name_filter
    )
    return with_suffix(path, suffix) if path else ""


def with_suffix(path: str, suffix: str) -> str:
    return path if path.lower().endswith(suffix.lower()) else path + suffix


def suggested_path(controller: DocumentController, suffix: str) -> str:
    """Beside the map's file (or in Documents), named after the map, never a name Windows
    reserves (CON, NUL, AUX, PRN, COM1...)."""
    from cjm_designer.io.platform_files import safe_file_stem
    from cjm_designer.model import slugify

    from ..paths import documents_dir

    folder = controller.path.parent if controller.path else documents_dir()
    if controller.path is not None:
        name = controller.path.name
        for ending in (".cjm.yaml", ".yaml", ".yml"):
            if name.lower().endswith(ending):
                name = name[: -len(ending)]
                break
    else:
        name = slugify(controller.journey.title, "journey-map")
    return str(folder / f"{safe_file_stem(name)}{suffix}")
