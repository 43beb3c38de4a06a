"""File choosers for Open and Save As, as functions tests can replace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

MAP_SUFFIX = ".cjm.yaml"


def _filters() -> str:
    maps = QCoreApplication.translate("Files", "Journey maps (*.cjm.yaml *.yaml *.yml)")
    everything = QCoreApplication.translate("Files", "All files (*)")
    return f"{maps};;{everything}"


def ask_open_path(parent: QWidget | None, directory: str = "") -> str:
    """The map file to open, or "" when the user cancels."""
    title = QCoreApplication.translate("Files", "Open Map")
    from PySide6.QtWidgets import QFileDialog  # here: its enums cost start-up time

    path, _ = QFileDialog.getOpenFileName(parent, title, directory, _filters())
    return path


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    """Where to save; adds the .cjm.yaml suffix the user left out. "" when cancelled."""
    title = QCoreApplication.translate("Files", "Save Map As")
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, _filters())
    if path and not path.lower().endswith((".yaml", ".yml")):
        path += MAP_SUFFIX
    return path
