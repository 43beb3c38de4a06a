"""The editing session: one per open document, between the document and its views.

The session owns the :class:`DocumentController` (the map, its file and the selection),
the undo stack, the analysis runner and the autosaver, and offers the edit operations
as one typed API. Each operation builds a plain model edit (``model.edits``, or a paste
plan from ``cjm_designer.editing``) and pushes it as one QUndoCommand; views never edit
the map themselves. The scene, the docks and the menus follow the controller's signals
(``session.controller.mapChanged`` ...) and call the session to change the document.

Path of one edit: mouse -> scene (hit-test, gesture) -> ``session.add_touchpoint`` ->
``controller.push`` -> ``EditCommand.redo`` -> model event -> scene / autosave /
analysis follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cjm_designer.editing import clipboard, gestures, naming, paste, placement
from cjm_designer.model import ChannelKind, JourneyMap, Kind
from cjm_designer.model.edits import CompositeEdit, Edit, InsertEntity, remove_many, update

from .controller import DocumentController

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from .analysis.runner import AnalysisRunner
    from .reliability.autosave import Autosaver
    from .reliability.recovery import RecoveryStore

_SESSION_ATTRIBUTE = "_editing_session"


def placeholder_name(kind: Kind) -> str:
    """The name a new stage, channel or card has until the user types one."""
    names = {
        Kind.TOUCHPOINT: QCoreApplication.translate("Canvas", "New touchpoint"),
        Kind.STAGE: QCoreApplication.translate("Canvas", "New stage"),
        Kind.CHANNEL: QCoreApplication.translate("Canvas", "New channel"),
    }
    return names.get(kind, "")


class EditingSession(QObject):
    """One document's editing state and the operations that change it."""

    touchpointAdded = Signal(str, str, str)  # card id, stage id, channel id
    """A card was added through the session (views make its cell the current one)."""

    def __init__(self, controller: DocumentController | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.controller = controller or DocumentController(parent=self)
        self._runner: AnalysisRunner | None = None
        self.autosaver: Autosaver | None = None
        # Found again by views handed only the controller (scene, docks built by tests);
        # a plain attribute, so the pair is an ordinary cycle the garbage collector frees.
        setattr(self.controller, _SESSION_ATTRIBUTE, self)

    @classmethod
    def of(cls, source: EditingSession | DocumentController) -> EditingSession:
        """The session of ``source``: itself, or the one a controller belongs to (made on
        first use for views built over a bare controller)."""
        if isinstance(source, EditingSession):
            return source
        found = getattr(source, _SESSION_ATTRIBUTE, None)
        if isinstance(found, EditingSession):
            return found
        return cls(source)

    # --- state ------------------------------------------------------------------------

    @property
    def journey(self) -> JourneyMap:
        return self.controller.journey

    @property
    def undo_stack(self) -> QUndoStack:
        return self.controller.undo_stack

    @property
    def selection(self) -> list[str]:
        return self.controller.selection

    def set_selection(self, ids: list[str]) -> None:
        self.controller.set_selection(ids)

    def document_name(self) -> str:
        """The file's name, else the map's title, else "Untitled" (window titles)."""
        if self.controller.path:
            return self.controller.path.name
        return self.journey.title or QCoreApplication.translate("MainWindow", "Untitled")

    # --- services ---------------------------------------------------------------------

    @property
    def analysis(self) -> AnalysisRunner:
        """The analysis runner, created on first use; every view shares its reports."""
        if self._runner is None:
            from .analysis.runner import AnalysisRunner

            self._runner = AnalysisRunner(self.controller, self)
        return self._runner

    def start_autosave(
        self, store: RecoveryStore, interval_seconds: int | None = None
    ) -> Autosaver:
        """Keep a recovery copy of this document in ``store`` (once per session)."""
        if self.autosaver is None:
            from .reliability.autosave import Autosaver

            self.autosaver = Autosaver(self.controller, store, interval_seconds, self)
        return self.autosaver

    # --- edits ------------------------------------------------------------------------

    def push(self, edit: Edit, text: str, merge_key: str | None = None) -> bool:
        """Apply any model edit as one undo step; False for a no-op or a read-only map."""
        return self.controller.push(edit, text, merge_key)

    def delete_selection(self) -> bool:
        journey = self.journey
        targets = [(kind, i) for i in self.selection if (kind := journey.kind_of(i)) is not None]
        if not targets:
            return False
        count = len(targets)  # a plain name: lupdate drops translate() calls with len() in them
        return self.push(
            remove_many(journey, targets),
            QCoreApplication.translate("Canvas", "Delete %n item(s)", None, count),
        )

    def copy_selection(self) -> str:
        """YAML text of the selected entities, for the clipboard ("" if nothing fits)."""
        return clipboard.copy_text(self.journey, self.selection)

    def paste_text(self, text: str, cell: tuple[str, str] | None = None) -> bool:
        """Paste YAML fragments (or plain lines as cards, into ``cell``) as one undo step."""
        journey = self.journey
        if cell is not None and (cell[0] not in journey or cell[1] not in journey):
            cell = None
        result = paste.paste_edit(journey, text, cell)
        return self._push_pasted(result, QCoreApplication.translate("Canvas", "Paste"))

    def duplicate_selection(self) -> bool:
        result = (
            paste.paste_edit(self.journey, self.copy_selection(), None) if self.selection else None
        )
        return self._push_pasted(result, QCoreApplication.translate("Canvas", "Duplicate"))

    def _push_pasted(self, result: tuple[Edit, list[str]] | None, text: str) -> bool:
        """Push a paste edit as one undo step and select what it created."""
        if result is None:
            return False
        edit, created = result
        if not self.push(edit, text):
            return False
        self.set_selection(created)
        return True

    def add_stage(self, index: int | None = None) -> str:
        """Add a stage after the selected one (or at ``index``, or at the end); returns its id."""
        name = QCoreApplication.translate("Canvas", "New stage")
        edit = placement.new_stage(self.journey, name, self.selection, index)
        return self._insert_selected(edit, QCoreApplication.translate("Canvas", "Add stage"))

    def add_channel(self, index: int | None = None, kind: ChannelKind = ChannelKind.DIGITAL) -> str:
        """Add a channel after the selected one (or at ``index``); returns its id."""
        name = QCoreApplication.translate("Canvas", "New channel")
        edit = placement.new_channel(self.journey, name, self.selection, index, kind)
        return self._insert_selected(edit, QCoreApplication.translate("Canvas", "Add channel"))

    def _insert_selected(self, edit: InsertEntity, text: str) -> str:
        """Insert one entity as an undo step and select it; its id, or "" if refused."""
        if not self.push(edit, text):
            return ""
        self.set_selection([edit.entity.id])
        return edit.entity.id

    def add_touchpoint(self, stage_id: str, channel_id: str, title: str | None = None) -> str:
        """Add a card at the end of a cell; returns its id (selected, ready for F2)."""
        title = QCoreApplication.translate("Canvas", "New touchpoint") if title is None else title
        edit = placement.new_touchpoint(self.journey, stage_id, channel_id, title)
        if edit is None or not self.push(
            edit, QCoreApplication.translate("Canvas", "Add touchpoint")
        ):
            return ""
        card_id = edit.entity.id
        self.touchpointAdded.emit(card_id, stage_id, channel_id)
        self.set_selection([card_id])
        return card_id

    def commit_inline_edit(self, entity_id: str, kind: Kind, field: str, value: str) -> bool:
        """The text typed into the canvas's in-place editor (F2) becomes one undo step.

        An empty stage or channel name is refused (a card's title may be empty)."""
        if entity_id not in self.journey or (not value and kind is not Kind.TOUCHPOINT):
            return False
        labels = {
            Kind.TOUCHPOINT: QCoreApplication.translate("Canvas", "Edit card title"),
            Kind.STAGE: QCoreApplication.translate("Canvas", "Rename stage"),
            Kind.CHANNEL: QCoreApplication.translate("Canvas", "Rename channel"),
        }
        # The first name typed over the placeholder gives the new item its id (naming.py).
        edit = naming.name_edit(self.journey, kind, entity_id, field, value, placeholder_name(kind))
        selection = list(self.selection)
        if not self.push(edit, labels[kind]):
            return False
        renamed_to = edit.edits[-1] if isinstance(edit, CompositeEdit) else None
        renamed_away = entity_id not in self.journey and entity_id in selection
        if renamed_away and isinstance(renamed_to, InsertEntity):
            renamed = renamed_to.entity.id
            self.set_selection([renamed if i == entity_id else i for i in selection])
        return True

    def set_emotion(self, stage_id: str, persona_id: str | None, score: int) -> bool:
        """Give a persona (None: the first without a score there) an emotion score."""
        emotions = placement.emotion_scores(self.journey, stage_id, persona_id, score)
        if emotions is None:
            return False
        return self.push(
            update(self.journey, Kind.STAGE, stage_id, emotions=emotions),
            QCoreApplication.translate("Canvas", "Change emotion"),
        )

    # --- the canvas's gestures (planned in editing.gestures) ---------------------------

    def move_cards(self, card_ids: list[str], cell: tuple[str, str], position: int) -> bool:
        """Dragged cards dropped into ``cell`` (stage, channel) at ``position`` among its
        cards, in their order, as one undo step."""
        edit = gestures.move_cards(self.journey, card_ids, cell[0], cell[1], position)
        count = len(card_ids)  # a plain name: lupdate drops translate() calls with len()
        text = (
            QCoreApplication.translate("Canvas", "Move card")
            if count == 1
            else QCoreApplication.translate("Canvas", "Move %n card(s)", None, count)
        )
        return edit is not None and self.push(edit, text)

    def move_stage(self, stage_id: str, index: int) -> bool:
        """A stage header dragged to another column."""
        edit = gestures.move_stage(self.journey, stage_id, index)
        return edit is not None and self.push(
            edit, QCoreApplication.translate("Canvas", "Move stage")
        )

    def move_channel(self, channel_id: str, index: int) -> bool:
        """A swimlane header dragged up or down (``index`` among the model's channels)."""
        edit = gestures.move_channel(self.journey, channel_id, index)
        return edit is not None and self.push(
            edit, QCoreApplication.translate("Canvas", "Move channel")
        )

    def resize_stage(self, stage_id: str, width: float) -> bool:
        """A stage header's right edge dragged: the column's width in points."""
        edit = gestures.resize_stage(self.journey, stage_id, width)
        return edit is not None and self.push(
            edit, QCoreApplication.translate("Canvas", "Resize stage")
        )

    def add_transition(self, source: str, target: str) -> str:
        """An arrow drawn from stage to stage; its id (selected), or "" if none was added."""
        edit = gestures.new_transition(self.journey, source, target)
        if edit is None:
            return ""
        return self._insert_selected(edit, QCoreApplication.translate("Canvas", "Add transition"))

    def add_flow(self, source: str, target: str) -> str:
        """An arrow drawn from card to card; its id (selected), or "" if none was added."""
        edit = gestures.new_flow(self.journey, source, target)
        if edit is None:
            return ""
        return self._insert_selected(edit, QCoreApplication.translate("Canvas", "Add flow"))

    def target_cell(self) -> tuple[str, str] | None:
        """Where a new card goes: the selected card's cell, the selected stage or channel."""
        return placement.target_cell(self.journey, self.selection)
