"""The workshop room in the editor: a note posted over HTTP is accepted in the Room panel."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from cjm_designer.room.server import KEY_HEADER
from cjm_designer.room.state import ACCEPTED, MERGED, PENDING, REJECTED
from cjm_designer.ui.room import install as room_install
from cjm_designer.ui.room.open_dialog import OpenRoomDialog


def _call(url, body=None, key=None, method=None):
    headers = {"Content-Type": "application/json"} if body is not None else {}
    if key:
        headers[KEY_HEADER] = key
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data, headers, method=method)
    with urllib.request.urlopen(request, timeout=10) as response:  # loopback only
        return json.loads(response.read())


def _open_through_the_dialog(qtbot, window) -> str:
    """Workshop > Open Room, pick the loopback address, click Open Room."""

    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, OpenRoomDialog))
        index = dialog.interface.findData("127.0.0.1")
        assert index >= 0
        dialog.interface.setCurrentIndex(index)
        dialog.port.setValue(_free_port())
        dialog.votes.setValue(3)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, answer)
    window.room.open_action.trigger()
    assert window.room.session.is_open
    return window.room.session.url


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _row_of(dock, note_id):
    for index in range(dock.tree.topLevelItemCount()):
        item = dock.tree.topLevelItem(index)
        if item.data(0, Qt.ItemDataRole.UserRole + 1) == note_id:
            return item
    return None


def _pain_key(window, card_id, text):
    """The key the participants' page gets for one pain of a card (from the room's view)."""
    state = window.room.session.state
    for card in state.view["cards"]:
        if card["id"] == card_id:
            for insight in card["pains"]:
                if insight["text"] == text:
                    return insight["key"]
    return None


def _click_row(qtbot, dock, item, modifier=Qt.KeyboardModifier.NoModifier):
    rect = dock.tree.visualItemRect(item)
    qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


@pytest.fixture
def room_window(qtbot, main_window):
    yield main_window
    main_window.room.session.shutdown()


def test_a_note_from_a_phone_is_accepted_in_the_dock_and_undone(qtbot, room_window):
    window = room_window
    journey = window.controller.journey
    url = _open_through_the_dialog(qtbot, window)
    assert url.startswith("http://127.0.0.1:")
    dock = window.room.dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.built)
    assert window.room.projector is not None and window.room.projector.isVisible()
    assert window.room.projector.code.matrix  # the QR code is drawn
    assert window.room.projector.address.text() == url
    window.room.qr_action.trigger()  # Ctrl+Alt+Q hides it ...
    assert not window.room.projector.isVisible()
    window.room.qr_action.trigger()  # ... and shows it again
    assert window.room.projector.isVisible()

    joined = _call(url + "api/join", {"name": "Ann <b>"})
    key = joined["key"]
    assert joined["room"]["votes_per_person"] == 3
    stage = journey.stages[1]
    questions_before = stage.questions
    note = _call(
        url + "api/notes",
        {"stage": stage.id, "kind": "question", "text": "<i>Is it vegan?</i>"},
        key,
    )["note"]
    qtbot.waitUntil(lambda: _row_of(dock, note["id"]) is not None, timeout=5000)
    item = _row_of(dock, note["id"])
    assert item.text(2) == "<i>Is it vegan?</i>" and item.text(3) == "Ann <b>"
    assert "&lt;i&gt;Is it vegan?&lt;/i&gt;" in item.toolTip(2)  # shown as text, not italics
    # A pending mark on the stage's header.
    qtbot.waitUntil(lambda: stage.id in window.room.marks.badges, timeout=3000)
    assert window.room.marks.badges[stage.id].count == 1

    _click_row(qtbot, dock, item)
    assert dock.selected_notes() == [note["id"]]
    qtbot.keyClick(dock.tree, Qt.Key.Key_Return)
    assert journey.stage(stage.id).questions == (*questions_before, "<i>Is it vegan?</i>")
    state = window.room.session.state
    assert state.notes[note["id"]].status == ACCEPTED
    qtbot.waitUntil(lambda: stage.id not in window.room.marks.badges, timeout=3000)
    mine = _call(url + "api/state", key=key)["me"]["notes"]
    assert mine[0]["status"] == ACCEPTED

    window.controller.undo_stack.undo()
    assert journey.stage(stage.id).questions == questions_before
    assert state.notes[note["id"]].status == PENDING
    assert _call(url + "api/state", key=key)["me"]["notes"][0]["status"] == PENDING
    window.controller.undo_stack.redo()
    assert journey.stage(stage.id).questions[-1] == "<i>Is it vegan?</i>"

    window.room.close_action.trigger()
    assert not window.room.session.is_open
    with pytest.raises(urllib.error.URLError):
        _call(url + "api/state")


def test_merge_reject_votes_and_the_rooms_curve(qtbot, room_window):
    window = room_window
    journey = window.controller.journey
    url = window.room.open_room_at("127.0.0.1", 0, 4)
    dock = window.room.dock
    qtbot.waitUntil(lambda: dock.built)
    key = _call(url + "api/join", {"name": "Bob"})["key"]
    stage = journey.stages[0]
    card = journey.touchpoints_in(stage.id)[0]
    ids = [
        _call(url + "api/notes", {"stage": stage.id, "kind": "pain", "text": t}, key)["note"]["id"]
        for t in ("Slow checkout", "Checkout is slow", "spam spam")
    ]
    qtbot.waitUntil(lambda: dock.tree.topLevelItemCount() == 3, timeout=5000)
    _click_row(qtbot, dock, _row_of(dock, ids[0]))
    _click_row(qtbot, dock, _row_of(dock, ids[1]), Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dock.merge_button, Qt.MouseButton.LeftButton)
    state = window.room.session.state
    assert state.notes[ids[1]].status == MERGED and state.notes[ids[1]].merged_into == ids[0]
    qtbot.waitUntil(lambda: dock.tree.topLevelItemCount() == 2)
    assert _row_of(dock, ids[0]).text(2).endswith("(+1)")
    _click_row(qtbot, dock, _row_of(dock, ids[2]))
    qtbot.keyClick(dock.tree, Qt.Key.Key_Delete)
    assert state.notes[ids[2]].status == REJECTED
    # Accept the kept pain onto a chosen card.
    qtbot.waitUntil(lambda: dock.tree.topLevelItemCount() == 1)
    _click_row(qtbot, dock, _row_of(dock, ids[0]))
    dock.target.setCurrentIndex(dock.target.findData(card.id))
    qtbot.mouseClick(dock.accept_button, Qt.MouseButton.LeftButton)
    assert journey.touchpoint(card.id).pains[-1].text == "Slow checkout"

    votes_before = card.votes
    _call(url + "api/votes", {"card": card.id, "delta": 1}, key)
    _call(url + "api/votes", {"card": card.id, "delta": 1}, key)
    # The accepted pain is a dot target of its own now.
    qtbot.waitUntil(lambda: _pain_key(window, card.id, "Slow checkout") is not None)
    _call(url + "api/votes", {"target": _pain_key(window, card.id, "Slow checkout")}, key)
    qtbot.waitUntil(lambda: dock.dots_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(dock.dots_button, Qt.MouseButton.LeftButton)
    assert journey.touchpoint(card.id).votes == votes_before + 2
    assert journey.touchpoint(card.id).pains[-1].votes == 1
    qtbot.waitUntil(lambda: not dock.dots_button.isEnabled())  # never joins twice
    assert window.room.session.state.unapplied_votes() == {}
    window.controller.undo_stack.undo()
    assert journey.touchpoint(card.id).votes == votes_before
    assert journey.touchpoint(card.id).pains[-1].votes == 0
    qtbot.waitUntil(dock.dots_button.isEnabled)

    for index, score in ((0, 2), (1, 5)):
        _call(url + "api/emotions", {"stage": journey.stages[index].id, "score": score}, key)
    qtbot.waitUntil(lambda: dock.keep_button.isEnabled(), timeout=5000)
    # Drawn on the canvas in the emotions row, beside the personas' curves.
    marks = window.room.marks
    qtbot.waitUntil(lambda: marks.curve is not None and len(marks.curve.points) == 2)
    assert marks.curve.scene() is window.scene
    scale = window.scene.layout.emotion_scale
    assert marks.curve.points[1][0].y() == scale.y_for(5) < marks.curve.points[0][0].y()
    personas = {p.id for p in journey.personas}
    qtbot.mouseClick(dock.keep_button, Qt.MouseButton.LeftButton)
    (room_persona,) = {p.id for p in journey.personas} - personas
    assert journey.stages[0].emotions[room_persona] == 2
    assert journey.stages[1].emotions[room_persona] == 5


def test_waiting_notes_are_offered_when_the_map_opens_again(
    qtbot, room_window, example_copy, monkeypatch
):
    from cjm_designer.ui.main_window import MainWindow

    url = room_window.room.open_room_at("127.0.0.1", 0)
    key = _call(url + "api/join", {})["key"]
    stage = room_window.controller.journey.stages[0].id
    _call(url + "api/notes", {"stage": stage, "kind": "thought", "text": "kept"}, key)
    room_window.room.session.shutdown()
    asked = []
    monkeypatch.setattr(room_install, "ask_review_journal", lambda _w, n: asked.append(n) or True)
    window = MainWindow(restore_layout=False)
    qtbot.addWidget(window)
    assert window.load(example_copy)
    window.show()
    qtbot.waitUntil(lambda: asked == [1], timeout=3000)
    qtbot.waitUntil(lambda: window.room.dock.isVisible() and window.room.dock.built)
    assert window.room.dock.tree.topLevelItemCount() == 1
    assert window.room.dock.tree.topLevelItem(0).text(2) == "kept"
    window.room.session.shutdown()


def test_a_map_without_a_file_cannot_open_a_room(qtbot, dialogs):
    from cjm_designer.ui.main_window import MainWindow

    window = MainWindow(restore_layout=False)
    qtbot.addWidget(window)
    assert not window.room.open_action.isEnabled()
    assert window.room.ask_open() is None
    assert dialogs.errors and "Save the map first" in dialogs.errors[0][1]


def test_a_room_open_elsewhere_is_refused_with_a_clear_message(qtbot, room_window, dialogs):
    import os

    if os.name == "nt":
        pytest.skip("POSIX flock")
    from cjm_designer.room.state import RoomState

    other, _ = RoomState.open(room_window.room.session.journal_path(), durable=False)
    try:
        assert room_window.room.open_room_at("127.0.0.1", 0) is None
        assert "already open in another window" in dialogs.errors[-1][1]
        assert not room_window.room.session.is_open
    finally:
        other.close()
    assert room_window.room.open_room_at("127.0.0.1", 0)
