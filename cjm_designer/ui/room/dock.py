"""The Room panel: the inbox of participants' notes, the room's dots and its curve.

Accept (Enter) makes the chosen notes real entries of the map, one undo step each
(a question joins the stage, a thought the Thoughts row, a pain or an idea a card);
Merge keeps the first chosen note and folds the others into it; Reject (Delete) sets
a note aside, and "Back to inbox" undoes a merge or a rejection. Participant text is
shown as plain text everywhere (list items and labels never interpret markup).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from cjm_designer.messages import localize, number, reason_of
from cjm_designer.room.accept import (
    ROOM_COLOR,
    AcceptError,
    accept_edit,
    candidate_cards,
    keep_curve_edit,
    room_votes_edit,
    vote_target,
)
from cjm_designer.room.state import MERGED, PENDING, REJECTED, STATUSES

from ..chrome import set_role
from ..docks.lazy import LazyDock
from ..workshop.common import dock_body, today
from .undo_steps import AcceptNoteCommand, RoomVotesCommand

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from ..controller import DocumentController
    from .room_session import RoomSession

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
REFRESH_MS = 150
RESIZE_LIMIT = 200
AUTO_CARD = ""


def plain_tooltip(text: str) -> str:
    """Qt guesses whether a tooltip is rich text; participant text is made explicit text."""
    return f'<p style="white-space:pre-wrap">{html.escape(text)}</p>'


def kind_label(kind: str) -> str:
    return {
        "pain": QCoreApplication.translate("Room", "Pain"),
        "idea": QCoreApplication.translate("Room", "Idea"),
        "question": QCoreApplication.translate("Room", "Question"),
        "thought": QCoreApplication.translate("Room", "Thought"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {
        "pending": QCoreApplication.translate("Room", "waiting"),
        "accepted": QCoreApplication.translate("Room", "on the map"),
        "merged": QCoreApplication.translate("Room", "merged"),
        "rejected": QCoreApplication.translate("Room", "rejected"),
        "withdrawn": QCoreApplication.translate("Room", "withdrawn"),
    }.get(status, status)


class RoomCurve(QWidget):
    """The room's emotional curve (mean of 1-5 per stage) over the personas' curves."""

    def __init__(self, dock: RoomDock):
        super().__init__()
        self.dock = dock
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("Room", "Room's emotional curve"))

    def paintEvent(self, _event) -> None:
        journey = self.dock.controller.journey
        state = self.dock.session.state
        stages = journey.stages
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -18)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRect(area)
        if not stages:
            return
        step = area.width() / len(stages)

        def point(index: int, score: float) -> QPointF:
            y = area.bottom() - (score - 1) / 4 * area.height()
            return QPointF(area.left() + step * (index + 0.5), y)

        for persona in journey.personas:
            path, started = QPainterPath(), False
            for index, stage in enumerate(stages):
                score = stage.emotions.get(persona.id)
                if score is None:
                    continue
                if started:
                    path.lineTo(point(index, score))
                else:
                    path.moveTo(point(index, score))
                    started = True
            color = QColor(persona.color or "#888888")
            color.setAlpha(110)
            painter.setPen(QPen(color, 1.5))
            painter.drawPath(path)
        curve = state.curve() if state else {}
        path, started = QPainterPath(), False
        painter.setPen(QPen(QColor(ROOM_COLOR), 3))
        for index, stage in enumerate(stages):
            if stage.id not in curve:
                continue
            spot = point(index, curve[stage.id][0])
            if started:
                path.lineTo(spot)
            else:
                path.moveTo(spot)
                started = True
        painter.drawPath(path)
        painter.setBrush(QColor(ROOM_COLOR))
        font = painter.font()
        font.setPixelSize(10)
        painter.setFont(font)
        for index, stage in enumerate(stages):
            if stage.id in curve:
                mean, count = curve[stage.id]
                spot = point(index, mean)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(spot, 4, 4)
                painter.setPen(self.palette().text().color())
                painter.drawText(
                    QRectF(spot.x() - 30, area.bottom() + 2, 60, 14),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{number(mean, '.1f')} ({count})",
                )


class RoomDock(LazyDock):
    def __init__(self, window: QMainWindow, controller: DocumentController, session: RoomSession):
        super().__init__(QCoreApplication.translate("Room", "Room"), window)
        self.setObjectName("roomDock")
        self.window_ = window
        self.controller = controller
        self.session = session
        self.toggle_room = lambda: None  # set by the installer
        self.show_projector = lambda: None
        # A busy room sends many changes a second: redraw at most every REFRESH_MS.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        session.changed.connect(lambda _what: self.schedule_refresh())
        session.openChanged.connect(lambda _open: self.refresh())
        self.controller.mapChanged.connect(lambda _event: self.refresh_curve())

    # --- building ---------------------------------------------------------------------

    def build(self) -> None:
        body, layout = dock_body()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.heading, "heading")
        self.address = QLineEdit()
        self.address.setReadOnly(True)
        self.address.setAccessibleName(QCoreApplication.translate("Room", "Participants' address"))
        row = QHBoxLayout()
        self.open_button = QPushButton()
        self.qr_button = QPushButton(QCoreApplication.translate("Room", "QR Code"))
        self.open_button.clicked.connect(lambda: self.toggle_room())
        self.qr_button.clicked.connect(lambda: self.show_projector())
        row.addWidget(self.open_button)
        row.addWidget(self.qr_button)
        budget_row = QHBoxLayout()
        budget_row.addWidget(QLabel(QCoreApplication.translate("Room", "Dots per person:")))
        self.budget = QSpinBox()
        self.budget.setRange(0, 99)
        self.budget.valueChanged.connect(self._budget_changed)
        budget_row.addWidget(self.budget)
        budget_row.addStretch(1)
        self.show_all = QComboBox()
        self.show_all.addItem(QCoreApplication.translate("Room", "Waiting notes"), False)
        self.show_all.addItem(QCoreApplication.translate("Room", "All notes"), True)
        self.show_all.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Room", "Kind"),
                QCoreApplication.translate("Room", "Stage"),
                QCoreApplication.translate("Room", "Note"),
                QCoreApplication.translate("Room", "From"),
                QCoreApplication.translate("Room", "Status"),
            ]
        )
        self.tree.setAccessibleName(QCoreApplication.translate("Room", "Notes from the room"))
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.installEventFilter(self)
        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(QCoreApplication.translate("Room", "Add to card:")))
        self.target = QComboBox()
        self.target.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        target_row.addWidget(self.target, 1)
        actions = QHBoxLayout()
        self.accept_button = QPushButton(QCoreApplication.translate("Room", "Accept"))
        self.accept_button.setToolTip(
            QCoreApplication.translate("Room", "Make the chosen notes entries of the map (Enter)")
        )
        self.merge_button = QPushButton(QCoreApplication.translate("Room", "Merge"))
        self.reject_button = QPushButton(QCoreApplication.translate("Room", "Reject"))
        self.reject_button.setToolTip(
            QCoreApplication.translate("Room", "Set the chosen notes aside (Delete)")
        )
        self.restore_button = QPushButton(QCoreApplication.translate("Room", "Back to Inbox"))
        for button in (
            self.accept_button,
            self.merge_button,
            self.reject_button,
            self.restore_button,
        ):
            actions.addWidget(button)
        self.accept_button.clicked.connect(self.accept_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.reject_button.clicked.connect(lambda: self.set_selected_status(REJECTED))
        self.restore_button.clicked.connect(lambda: self.set_selected_status(PENDING))
        self.dots = QLabel()
        self.dots.setWordWrap(True)
        self.dots_button = QPushButton(
            QCoreApplication.translate("Room", "Add Room Dots to the Map")
        )
        self.dots_button.clicked.connect(self.apply_votes)
        self.curve = RoomCurve(self)
        self.keep_button = QPushButton(
            QCoreApplication.translate("Room", "Keep Room Curve as Persona")
        )
        self.keep_button.clicked.connect(self.keep_curve)
        layout.addWidget(self.heading)
        layout.addWidget(self.address)
        layout.addLayout(row)
        layout.addLayout(budget_row)
        layout.addWidget(self.show_all)
        layout.addWidget(self.tree, 1)
        layout.addLayout(target_row)
        layout.addLayout(actions)
        heading = QLabel(QCoreApplication.translate("Room", "Dots"))
        set_role(heading, "heading")
        layout.addWidget(heading)
        layout.addWidget(self.dots)
        layout.addWidget(self.dots_button)
        heading = QLabel(QCoreApplication.translate("Room", "Emotional curve"))
        set_role(heading, "heading")
        layout.addWidget(heading)
        layout.addWidget(self.curve)
        layout.addWidget(self.keep_button)
        self.setWidget(body)
        self.refresh()

    # --- showing ----------------------------------------------------------------------

    def schedule_refresh(self) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        if not self.built:
            return
        session, state = self.session, self.session.state
        joined = state.participant_count() if state else 0
        if session.is_open:
            self.heading.setText(
                QCoreApplication.translate("Room", "Room open · %n joined", None, joined)
            )
            self.open_button.setText(QCoreApplication.translate("Room", "Close Room"))
        else:
            self.heading.setText(QCoreApplication.translate("Room", "The room is closed."))
            self.open_button.setText(QCoreApplication.translate("Room", "Open Room…"))
        self.address.setText(session.url if session.is_open else "")
        self.address.setVisible(session.is_open)
        self.qr_button.setEnabled(session.is_open)
        self.budget.setEnabled(state is not None)
        if state is not None and self.budget.value() != state.vote_budget:
            self.budget.blockSignals(True)
            self.budget.setValue(state.vote_budget)
            self.budget.blockSignals(False)
        self._fill_notes()
        self._refresh_dots()
        self.refresh_curve()

    def _fill_notes(self) -> None:
        state = self.session.state
        chosen = set(self.selected_notes())
        show_all = bool(self.show_all.currentData())
        journey = self.controller.journey
        items: list[QTreeWidgetItem] = []
        if state is not None:
            notes = state.notes_list()
            merged_into: dict[str, int] = {}
            for note in notes:
                if note.status == MERGED and note.merged_into:
                    merged_into[note.merged_into] = merged_into.get(note.merged_into, 0) + 1
            labels = {kind: kind_label(kind) for kind in ("pain", "idea", "question", "thought")}
            statuses = {status: status_label(status) for status in STATUSES}
            for note in notes:
                if not show_all and note.status != PENDING:
                    continue
                stage = journey.get(note.stage)
                merged = merged_into.get(note.id, 0)
                text = note.text if not merged else f"{note.text} (+{merged})"
                item = QTreeWidgetItem(
                    [
                        labels.get(note.kind, note.kind),
                        getattr(stage, "name", note.stage),
                        text,
                        state.participant_name(note.participant),
                        statuses.get(note.status, note.status),
                    ]
                )
                item.setData(0, NOTE_ROLE, note.id)
                item.setToolTip(2, plain_tooltip(note.text))
                items.append(item)
        self.tree.setUpdatesEnabled(False)
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            self.tree.addTopLevelItems(items)  # one insertion, not one per note
            for item in items:
                if item.data(0, NOTE_ROLE) in chosen:
                    item.setSelected(True)
            if len(items) <= RESIZE_LIMIT:  # measuring every row costs more than it helps
                for column in (0, 1, 3, 4):
                    self.tree.resizeColumnToContents(column)
        finally:
            self.tree.blockSignals(False)
            self.tree.setUpdatesEnabled(True)
        self._selection_changed()

    def _refresh_dots(self) -> None:
        state = self.session.state
        tally = state.tally() if state else {}
        journey = self.controller.journey
        new = {
            key: count
            for key, count in (state.unapplied_votes() if state else {}).items()
            if vote_target(journey, key) is not None  # deleted since: cannot take dots
        }
        total = sum(tally.values())
        waiting = sum(new.values())
        self.dots.setText(
            QCoreApplication.translate(
                "Room", "%n room dot(s) in all; not yet on the map: {waiting}", None, total
            ).format(waiting=waiting)
        )
        self.dots_button.setEnabled(bool(new))

    def refresh_curve(self) -> None:
        if not self.built:
            return
        state = self.session.state
        self.keep_button.setEnabled(bool(state and state.curve()))
        self.curve.update()

    def selected_notes(self) -> list[str]:
        if not self.built:
            return []
        return [item.data(0, NOTE_ROLE) for item in self.tree.selectedItems()]

    def select_notes(self, ids: list[str]) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None:
                item.setSelected(item.data(0, NOTE_ROLE) in ids)

    def _selection_changed(self) -> None:
        state = self.session.state
        notes = [state.notes[i] for i in self.selected_notes()] if state else []
        pending = [n for n in notes if n.status == PENDING]
        self.accept_button.setEnabled(bool(pending))
        self.reject_button.setEnabled(bool(pending))
        self.merge_button.setEnabled(len(pending) >= 2)
        self.restore_button.setEnabled(any(n.status in (MERGED, REJECTED) for n in notes))
        self.target.clear()
        single = pending[0] if len(pending) == 1 else None
        if single is not None and single.kind in ("pain", "idea"):
            journey = self.controller.journey
            self.target.addItem(QCoreApplication.translate("Room", "Automatic"), AUTO_CARD)
            if journey.kind_of(single.stage) is not None:
                for card in candidate_cards(journey, single):
                    self.target.addItem(card.title, card.id)
            self.target.setEnabled(True)
        else:
            self.target.setEnabled(False)

    # --- moderating -------------------------------------------------------------------

    def accept_selected(self) -> int:
        """Each chosen waiting note becomes a map entry; one undo step per note."""
        state = self.session.state
        if state is None or self.controller.read_only:
            return 0
        ids = [i for i in self.selected_notes() if state.notes[i].status == PENDING]
        card = self.target.currentData() if len(ids) == 1 and self.target.isEnabled() else None
        stack = self.controller.undo_stack
        done = 0
        errors: list[str] = []
        if len(ids) > 1:
            stack.beginMacro(QCoreApplication.translate("Room", "Accept room notes"))
        try:
            for note_id in ids:
                note = state.notes[note_id]
                journey = self.controller.journey
                try:
                    edit, entry = accept_edit(journey, note, card or None)
                except AcceptError as error:
                    errors.append(f"{note.text[:40]}: {localize(reason_of(error))}")
                    continue
                label = QCoreApplication.translate("Room", "Accept room note")
                stack.push(AcceptNoteCommand(journey, edit, label, state, [note_id], entry))
                done += 1
        finally:
            if len(ids) > 1:
                stack.endMacro()
        if errors:
            self.window_.statusBar().showMessage("; ".join(errors), 8000)
        return done

    def merge_selected(self) -> bool:
        """The first chosen note stays; the others are folded into it."""
        state = self.session.state
        ids = [i for i in self.selected_notes() if state and state.notes[i].status == PENDING]
        if state is None or len(ids) < 2:
            return False
        keep, *others = ids
        for note_id in others:
            state.set_status(note_id, MERGED, merged_into=keep)
        return True

    def set_selected_status(self, status: str) -> int:
        state = self.session.state
        if state is None or status not in STATUSES:
            return 0
        changed = 0
        for note_id in self.selected_notes():
            note = state.notes[note_id]
            allowed = (PENDING,) if status == REJECTED else (MERGED, REJECTED)
            if note.status in allowed:
                state.set_status(note_id, status)
                changed += 1
        return changed

    def apply_votes(self) -> bool:
        state = self.session.state
        if state is None:
            return False
        journey = self.controller.journey
        edit, taken = room_votes_edit(journey, state.unapplied_votes())
        if not taken or self.controller.read_only:
            return False
        before = dict(state.votes_applied)
        after = dict(before)
        for card, count in taken.items():
            after[card] = after.get(card, 0) + count
        label = QCoreApplication.translate("Room", "Add room dots")
        self.controller.undo_stack.push(
            RoomVotesCommand(journey, edit, label, state, before, after)
        )
        return True

    def keep_curve(self) -> str | None:
        state = self.session.state
        curve = state.curve() if state else {}
        if not curve or self.controller.read_only:
            return None
        name = QCoreApplication.translate("Room", "Room {date}").format(date=today())
        edit, persona = keep_curve_edit(self.controller.journey, curve, name)
        label = QCoreApplication.translate("Room", "Keep room curve")
        return persona if self.controller.push(edit, label) else None

    def _budget_changed(self, value: int) -> None:
        if self.session.state is not None:
            self.session.state.set_vote_budget(value)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept_selected()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.set_selected_status(REJECTED)
                return True
        return super().eventFilter(watched, event)
