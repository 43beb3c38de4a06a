"""One window's workshop room: the Qt side of :mod:`cjm_designer.room`.

The server runs on a thread of its own; the room state calls back from that thread,
and :class:`RoomSession` turns each call into a queued Qt signal so the docks and marks
redraw on the GUI thread. The session keeps the participants' view of the map in step
with the map (debounced) and tells them which stage is on the screen: the presented
stage in presentation mode, else the selected stage (or the stage of the selected card).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from cjm_designer.model import Kind
from cjm_designer.room.journal import journal_path_for
from cjm_designer.room.state import PENDING, RoomState
from cjm_designer.room.view import map_view

if TYPE_CHECKING:
    from collections.abc import Callable

    from cjm_designer.room.server import RoomServer

    from ..canvas.scene import MapScene
    from ..controller import DocumentController
    from ..workshop.presentation import PresentationMode

FOLLOW_MS = 400
VIEW_DELAY_MS = 300


class RoomSession(QObject):
    """The room of the window's map: its state (journal), and its server while open."""

    changed = Signal(str)  # what changed: "note", "join", "vote", "rate", "status", ...
    openChanged = Signal(bool)
    _relay = Signal(str)

    def __init__(
        self,
        parent: QObject,
        controller: DocumentController,
        scene: MapScene,
        presentation: PresentationMode | None = None,
    ):
        """The room of ``controller``'s map; ``scene`` and ``presentation`` tell which
        stage is on the screen."""
        super().__init__(parent)
        self.controller = controller
        self.scene = scene
        self.presentation = presentation
        self.state: RoomState | None = None
        self.server: RoomServer | None = None  # while open
        self._unsubscribe: Callable[[], None] | None = None
        self._relay.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(VIEW_DELAY_MS)
        self._view_timer.timeout.connect(self.push_view)
        self._follow_timer = QTimer(self)
        self._follow_timer.setInterval(FOLLOW_MS)
        self._follow_timer.timeout.connect(self.follow_stage)
        self.controller.mapChanged.connect(self._map_changed)
        self.controller.documentReplaced.connect(self._document_replaced)

    # --- the room's state -------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.server is not None and self.server.running

    @property
    def url(self) -> str:
        return self.server.url if self.server else ""

    def journal_path(self) -> Path | None:
        path = self.controller.path
        return journal_path_for(path) if path else None

    def load(self) -> RoomState | None:
        """The room of the map on screen, from its journal (made when there is none)."""
        path = self.journal_path()
        if path is None:
            return None
        if self.state is not None and self.state.journal and self.state.journal.path == path:
            return self.state
        self._drop_state()
        self.state, self.problems = RoomState.open(path)
        self._unsubscribe = self.state.subscribe(self._relay.emit)
        self.push_view()
        self.changed.emit("loaded")
        return self.state

    def _drop_state(self) -> None:
        if self._unsubscribe:
            self._unsubscribe()
            self._unsubscribe = None
        if self.state is not None:
            self.state.close()
        self.state = None

    def pending_in_journal(self) -> int:
        """Notes waiting for moderation in the open map's journal (0 without one)."""
        path = self.journal_path()
        if path is None or not path.exists():
            return 0
        try:
            state = self.load()
        except OSError:  # another window or program has this room (JournalBusyError)
            return 0
        return len(state.notes_list(PENDING)) if state else 0

    # --- serving ----------------------------------------------------------------------

    def open_room(self, host: str, port: int, votes: int | None = None) -> str:
        """Serve the room on ``host``; returns the URL. Raises OSError when it cannot bind."""
        if self.is_open:
            self.close_room()
        state = self.load()
        if state is None:
            raise OSError("the map has no file yet")
        if votes is not None:
            state.set_vote_budget(votes)
        from cjm_designer.room.server import RoomServer  # aiohttp loads only when needed

        server = RoomServer(state, host, port)
        server.start()
        self.server = server
        self._follow_timer.start()
        self.follow_stage()
        self.openChanged.emit(True)
        return server.url

    def close_room(self) -> None:
        """Stop serving; the journal and the notes stay for moderation."""
        self._follow_timer.stop()
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            self.openChanged.emit(False)

    # --- following the map -----------------------------------------------------------

    def _map_changed(self, _event) -> None:
        if self.state is not None:
            self._view_timer.start()

    def push_view(self) -> None:
        self._view_timer.stop()
        if self.state is not None:
            self.state.set_view(map_view(self.controller.journey))
            self.follow_stage()

    def _document_replaced(self) -> None:
        path = self.journal_path()
        if self.state is not None and (
            path is None or self.state.journal is None or self.state.journal.path != path
        ):
            self.close_room()
            self._drop_state()
            self.changed.emit("loaded")
        elif self.state is not None:
            self.push_view()

    def shown_stage(self) -> str | None:
        """The stage the room looks at: presented, else selected (or the selected card's)."""
        journey = self.controller.journey
        presentation = self.presentation
        layout = getattr(self.scene, "layout", None)
        if presentation is not None and presentation.active:
            index = presentation.stage_index
            if layout is not None and 0 <= index < len(layout.stages):
                return layout.stages[index].id
            return None
        for entity_id in self.controller.selection:
            kind = journey.kind_of(entity_id)
            if kind is Kind.STAGE:
                return entity_id
            if kind is Kind.TOUCHPOINT:
                return journey.touchpoint(entity_id).stage
        return None

    def follow_stage(self) -> None:
        if self.state is not None and self.is_open:
            self.state.set_current_stage(self.shown_stage())

    def shutdown(self) -> None:
        self.close_room()
        self._drop_state()
