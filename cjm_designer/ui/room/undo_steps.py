"""Undo steps that change the map and the room together.

Accepting a note applies its map edit and marks the note accepted; undo reverts both,
so the note is back in the inbox. Taking the room's dots onto the map records which
dots the map holds, so the same dots never join twice, and undo forgets that too.
"""

from __future__ import annotations

from cjm_designer.model import JourneyMap
from cjm_designer.model.edits import Edit
from cjm_designer.room.state import ACCEPTED, PENDING, RoomState

from ..undo_commands import EditCommand


class AcceptNoteCommand(EditCommand):
    def __init__(
        self, journey: JourneyMap, edit: Edit, text: str, room: RoomState, notes: list[str], entry
    ):
        super().__init__(journey, edit, text)
        self.room = room
        self.notes = notes
        self.entry = entry

    def redo(self) -> None:
        super().redo()
        for note in self.notes:
            self.room.set_status(note, ACCEPTED, entry=self.entry)

    def undo(self) -> None:
        super().undo()
        for note in self.notes:
            self.room.set_status(note, PENDING)


class RoomVotesCommand(EditCommand):
    def __init__(
        self, journey: JourneyMap, edit: Edit, text: str, room: RoomState, before: dict, after: dict
    ):
        super().__init__(journey, edit, text)
        self.room = room
        self.before = dict(before)
        self.after = dict(after)

    def redo(self) -> None:
        super().redo()
        self.room.mark_votes_applied(self.after)

    def undo(self) -> None:
        super().undo()
        self.room.mark_votes_applied(self.before)
