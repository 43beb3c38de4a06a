"""The Open Recent list, kept in QSettings so it survives restarts.

Consultants return to the same few maps every few months; the list keeps the newest
first, drops duplicates and forgets files that no longer exist when it is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

SETTINGS_KEY = "files/recent"
DEFAULT_LIMIT = 10


class RecentFiles(QObject):
    """Newest-first list of opened or saved map files."""

    changed = Signal()

    def __init__(self, limit: int = DEFAULT_LIMIT, parent: QObject | None = None):
        super().__init__(parent)
        self.limit = limit

    def _settings(self) -> QSettings:
        return QSettings()

    def paths(self) -> list[str]:
        """Stored paths that still exist, newest first."""
        stored = self._settings().value(SETTINGS_KEY, [])
        if isinstance(stored, str):
            stored = [stored]
        if not isinstance(stored, list):
            stored = []
        return [path for path in stored if Path(path).is_file()]

    def add(self, path: str | Path) -> None:
        absolute = str(Path(path).resolve())
        paths = [absolute] + [p for p in self.paths() if p != absolute]
        self._store(paths[: self.limit])

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[str]) -> None:
        settings = self._settings()
        settings.setValue(SETTINGS_KEY, paths)
        settings.sync()
        self.changed.emit()
