"""Where CJM Designer keeps its own files: recovery copies and logs.

The folders come from ``QStandardPaths`` (AppLocalDataLocation), so they follow each
platform's rules; ``CJM_DESIGNER_DATA_DIR`` overrides the root so tests and portable
installs can point elsewhere. Nothing here touches the user's maps.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

APP_NAME = "CJM Designer"
ORGANIZATION = "CJM Designer"
DATA_DIR_ENV = "CJM_DESIGNER_DATA_DIR"


def ensure_app_identity() -> None:
    """Name the application so QStandardPaths picks our own folder, not a generic one."""
    if not QCoreApplication.applicationName() or QCoreApplication.applicationName().startswith(
        "python"
    ):
        QCoreApplication.setApplicationName(APP_NAME)
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)


def data_dir() -> Path:
    """The per-user data folder (created on demand)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        folder = Path(override)
    else:
        ensure_app_identity()
        location = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppLocalDataLocation
        )
        folder = Path(location) if location else Path.home() / ".cjm-designer"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def documents_dir() -> Path:
    """Where a new map or export is offered: the user's Documents folder (Windows and
    macOS put files there; their home folder is not meant for them), else home.

    Qt knows each platform's folder (Known Folders on Windows, which follow a Documents
    folder moved to OneDrive or another drive; ~/Documents on macOS; XDG on Linux).
    """
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def recovery_dir() -> Path:
    """Autosaved copies of unsaved documents, one pair of files per open document."""
    folder = data_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_dir() -> Path:
    """The rotating error log lives here."""
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
