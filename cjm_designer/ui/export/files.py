"""File choosers for File > Import and File > Export, as functions tests can replace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_import_path(
    parent: QWidget | None, title: str, name_filter: str, directory: str = ""
) -> str:
    """The file to import, or "" when the user cancels."""
    everything = QCoreApplication.translate("ExportFiles", "All files (*)")
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, f"{name_filter};;{everything}")
    return path


def ask_export_path(parent: QWidget | None, title: str, name_filter: str, suggested: str) -> str:
    """Where to write an export, or "" when cancelled; the format's suffix is added."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return with_suffix(path, suggested) if path else ""


def with_suffix(path: str, suggested: str) -> str:
    """Add the suggested name's extension when the user typed a name without it."""
    wanted = _extension(suggested)
    if wanted and not path.lower().endswith(wanted.lower()):
        path += wanted
    return path


def _extension(name: str) -> str:
    lower = name.lower()
    for suffix in (".cjm.yaml", ".pdf", ".png", ".svg", ".pptx", ".mmd", ".csv", ".xlsx"):
        if lower.endswith(suffix):
            return suffix
    return ""


def suggested_path(window, suffix: str) -> str:
    """Beside the map's file (or in the home folder), named after the map."""
    from pathlib import Path

    from cjm_designer.model import slugify

    controller = window.controller
    folder = controller.path.parent if controller.path else Path.home()
    if controller.path is not None:
        name = controller.path.name
        for ending in (".cjm.yaml", ".yaml", ".yml"):
            if name.lower().endswith(ending):
                name = name[: -len(ending)]
                break
    else:
        name = slugify(controller.journey.title, "journey-map")
    return str(folder / f"{name}{suffix}")
