"""QUndoCommand wrappers around the model's reversible edits.

A command never pokes views: it applies a model edit, and the scene follows the map's
events. A burst of edits to the same field of the same entity (typing in the
Properties dock, nudging an emotion) merges into one undo step via ``merge_key``.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from cjm_designer.model import JourneyMap
from cjm_designer.model.edits import CompositeEdit, Edit, InsertEntity, RemoveEntity, ReplaceEntity

MERGE_ID = 0x434A4D  # "CJM"


class EditCommand(QUndoCommand):
    """One undo step: a model edit (possibly composite) with a translated description."""

    def __init__(self, journey: JourneyMap, edit: Edit, text: str, merge_key: str | None = None):
        super().__init__(text)
        self.journey = journey
        self.edit = edit
        self.merge_key = merge_key

    def redo(self) -> None:
        self.edit.apply(self.journey)

    def undo(self) -> None:
        self.edit.revert(self.journey)

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        if not self._merge_replacements(other.edit) and not self._merge_new_id(other.edit):
            return False
        self.setObsolete(self.edit.is_noop())
        return True

    def _merge_replacements(self, later: Edit) -> bool:
        """Two replacements of the same entity collapse into one (old of the first, new of the last)."""
        first, second = _single_replace(self.edit), _single_replace(later)
        if first is None or second is None or first.new.id != second.new.id:
            return False
        first.new = second.new
        return True

    def _merge_new_id(self, later: Edit) -> bool:
        """Typing a new item's name, then its id from that name (naming.id_from_name_edit):
        one undo step takes back both."""
        first = _single_replace(self.edit)
        if first is None or not isinstance(later, CompositeEdit) or len(later.edits) != 2:
            return False
        removal, insertion = later.edits
        if not (
            isinstance(removal, RemoveEntity)
            and isinstance(insertion, InsertEntity)
            and removal.entity_id == first.new.id
        ):
            return False
        self.edit = CompositeEdit([self.edit, later])
        return True


def _single_replace(edit: Edit) -> ReplaceEntity | None:
    if isinstance(edit, ReplaceEntity):
        return edit
    if isinstance(edit, CompositeEdit) and len(edit.edits) == 1:
        return _single_replace(edit.edits[0])
    return None
