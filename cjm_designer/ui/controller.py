"""The open document: the map, its undo stack, its file, and the selection.

Everything that edits goes through :meth:`DocumentController.push`, so the undo stack,
the dirty marker, autosave and the tests all see the same edits. Views listen to the
signals here; the selection is UI state and lives here, never in the model.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from shiboken6 import isValid

from cjm_designer.io.errors import MapSaveError
from cjm_designer.io.yaml_format import read_map, save_map
from cjm_designer.io.yaml_writer import MapWriter, dumps_map
from cjm_designer.model import JourneyMap, MapEvent
from cjm_designer.model.edits import CompositeEdit, Edit, ReplaceEntity, SetMapField

from .undo_commands import EditCommand


class DocumentController(QObject):
    """One document window's state. Signals carry model events and selection changes."""

    mapChanged = Signal(object)  # a model MapEvent, after it happened
    documentReplaced = Signal()  # a different JourneyMap object is now open
    selectionChanged = Signal(list)  # list[str] of selected entity ids
    pathChanged = Signal(str)
    dirtyChanged = Signal(bool)

    def __init__(self, journey: JourneyMap | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        # A bound method, not a lambda: Qt drops the connection when this object dies, so
        # the stack's last cleanChanged (emitted while it is destroyed) reaches nothing.
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.writer = MapWriter()
        self.path: Path | None = None
        self.read_only = False
        self._selection: list[str] = []
        self._unsubscribe: Callable[[], None] | None = None
        self.journey = JourneyMap()
        self.set_document(journey or JourneyMap(title=""), None)

    def __del__(self) -> None:
        """Delete the undo commands while every wrapper is whole, when Python frees us.

        A controller in a reference cycle (with its session, a scene, a test's fixtures) is
        freed by the garbage collector, which first clears every object of the cycle in
        whatever order it holds them. Clearing the Python wrapper of a pushed command gives
        the command back to Python, which deletes it while the stack still lists it; the
        stack then deleted it again when the controller went (a segfault in gc.collect()).
        Finalizers run before any clearing, so emptying the stack here is always in time.
        A controller whose wrapper goes is unusable anyway: its state lives in Python.
        """
        stack = self.__dict__.get("undo_stack")
        if stack is not None and isValid(stack):
            stack.blockSignals(True)  # a closing document: no dirty/clean news for anyone
            stack.clear()

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean)

    # --- document ------------------------------------------------------------------

    def set_document(self, journey: JourneyMap, path: Path | None) -> None:
        """Show another map (open, new, revert): clears undo history and selection."""
        if self._unsubscribe:
            self._unsubscribe()
        self.journey = journey
        self._unsubscribe = journey.subscribe(self._forward)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.path = Path(path) if path else None
        self._selection = []
        self.documentReplaced.emit()
        self.selectionChanged.emit([])
        self.pathChanged.emit(str(self.path or ""))
        self.dirtyChanged.emit(False)

    def _forward(self, event: MapEvent) -> None:
        self.mapChanged.emit(event)
        if self._selection:
            kept = [entity_id for entity_id in self._selection if entity_id in self.journey]
            if kept != self._selection:
                self.set_selection(kept)

    def open(self, path: str | Path) -> list:
        """Load a file (MapLoadError propagates to the caller to show); returns warnings."""
        result = read_map(path)
        self.set_document(result.map, Path(path))
        return result.warnings

    def save(self, path: str | Path | None = None) -> None:
        """Save atomically; on MapSaveError the document stays open and dirty."""
        target = Path(path) if path else self.path
        if target is None:
            raise MapSaveError("", "the map has no file name yet")
        save_map(self.journey, target, self.writer)
        self.path = target
        self.undo_stack.setClean()
        self.pathChanged.emit(str(target))

    def text(self) -> str:
        """The canonical YAML of the current state (for autosave, clipboard and tests)."""
        return dumps_map(self.journey, self.writer)

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    # --- editing -------------------------------------------------------------------

    def push(self, edit: Edit, text: str, merge_key: str | None = None) -> bool:
        """Apply an edit as one undo step. Returns False (and pushes nothing) for no-ops."""
        if self.read_only or self._changes_nothing(edit):
            return False
        self.undo_stack.push(EditCommand(self.journey, edit, text, merge_key))
        return True

    def _changes_nothing(self, edit: Edit) -> bool:
        if isinstance(edit, CompositeEdit):
            return all(self._changes_nothing(part) for part in edit.edits)
        if isinstance(edit, ReplaceEntity):
            return self.journey.get(edit.old_id or edit.new.id) == edit.new
        if isinstance(edit, SetMapField):
            return getattr(self.journey, edit.name) == edit.value
        return False

    # --- selection -----------------------------------------------------------------

    @property
    def selection(self) -> list[str]:
        return list(self._selection)

    def set_selection(self, ids: list[str]) -> None:
        ids = [entity_id for entity_id in dict.fromkeys(ids) if entity_id in self.journey]
        if ids != self._selection:
            self._selection = ids
            self.selectionChanged.emit(list(ids))
