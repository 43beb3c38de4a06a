"""The journal rebuilds the room exactly; accepting room input makes undoable map edits."""

from __future__ import annotations

import pytest

from cjm_designer.model import Kind
from cjm_designer.room.accept import (
    THOUGHTS_ROW,
    AcceptError,
    accept_edit,
    keep_curve_edit,
    room_votes_edit,
)
from cjm_designer.room.journal import journal_path_for, read_journal
from cjm_designer.room.state import ACCEPTED, MERGED, Note, RoomError, RoomState
from cjm_designer.room.view import map_view


def _fill(state, journey):
    ann = state.join("Ann", "10.0.0.2")
    bob = state.join("Bob", "10.0.0.3")
    stage, card = journey.stages[0].id, journey.touchpoints[0].id
    state.add_note(ann, {"stage": stage, "kind": "pain", "text": "Too many steps"})
    state.add_note(bob, {"stage": stage, "kind": "question", "text": "Why?", "lane": None})
    state.vote(ann, {"card": card, "delta": 1})
    state.vote(bob, {"card": card})
    state.rate(ann, {"stage": stage, "score": 4})
    state.rate(bob, {"stage": stage, "score": 1})
    state.set_status("n2", MERGED, merged_into="n1")
    state.mark_votes_applied({card: 1})
    return ann, bob


def test_journal_name_sits_beside_the_map():
    assert journal_path_for("/x/work.cjm.yaml").name == "work.cjm.room.jsonl"
    assert journal_path_for("/x/plan.yml").name == "plan.room.jsonl"


def test_reopening_the_journal_rebuilds_the_same_room(state, journey, journal_path):
    ann, _bob = _fill(state, journey)
    state.close()
    again, problems = RoomState.open(journal_path, durable=False)
    assert problems == []
    again.set_view(map_view(journey))
    assert again.token == state.token
    assert [(n.id, n.text, n.status, n.merged_into) for n in again.notes_list()] == [
        (n.id, n.text, n.status, n.merged_into) for n in state.notes_list()
    ]
    assert again.tally() == state.tally() == {journey.touchpoints[0].id: 2}
    assert again.curve() == state.curve()
    assert again.unapplied_votes() == {journey.touchpoints[0].id: 1}
    # The same key still identifies the same person after a restart.
    assert again.who(ann.key).id == ann.id
    with pytest.raises(RoomError):
        again.who("not-a-key")


def test_a_line_torn_by_a_crash_is_skipped_and_reported(state, journey, journal_path):
    _fill(state, journey)
    state.close()
    with open(journal_path, "a", encoding="utf-8") as handle:
        handle.write('{"t":"note","id":"n9","p":"p1","sta')  # killed mid-write
    again, problems = RoomState.open(journal_path, durable=False)
    assert len(problems) == 1 and ":12:" in problems[0] and "damaged" in problems[0]
    assert len(again.notes) == 2
    again.set_view(map_view(journey))
    again.add_note(
        again.participants["p1"], {"stage": journey.stages[1].id, "kind": "idea", "text": "later"}
    )
    again.close()
    records, problems = read_journal(journal_path)
    assert records[-1]["text"] == "later"  # started on a line of its own
    assert len(problems) == 1


def _note(journey, kind, text="Hard to find the price", stage=None, lane=None):
    return Note("n1", "p1", stage or journey.stages[0].id, lane, kind, text, 0.0)


def test_a_question_joins_the_stage_and_undo_removes_it(journey):
    before = journey.copy()
    note = _note(journey, "question", "Is it vegan?")
    edit, entry = accept_edit(journey, note)
    edit.apply(journey)
    assert entry == note.stage
    assert journey.stage(note.stage).questions[-1] == "Is it vegan?"
    edit.revert(journey)
    assert journey.same_content(before)


def test_a_thought_goes_to_the_thoughts_row_made_when_missing(journey):
    before = journey.copy()
    had_row = journey.kind_of(THOUGHTS_ROW) is Kind.ROW
    edit, _ = accept_edit(journey, _note(journey, "thought", "<b>so</b> slow"))
    edit.apply(journey)
    assert journey.kind_of(THOUGHTS_ROW) is Kind.ROW
    assert journey.stages[0].notes[THOUGHTS_ROW].endswith("<b>so</b> slow")
    edit.revert(journey)
    assert journey.same_content(before)
    assert (journey.kind_of(THOUGHTS_ROW) is Kind.ROW) == had_row


def test_a_pain_joins_a_card_of_its_lane_and_an_idea_becomes_an_opportunity(journey):
    stage = journey.stages[0].id
    cards = journey.touchpoints_in(stage)
    lane = cards[-1].channel
    edit, entry = accept_edit(journey, _note(journey, "pain", lane=lane))
    edit.apply(journey)
    assert journey.touchpoint(entry).channel == lane
    assert journey.touchpoint(entry).pains[-1].text == "Hard to find the price"
    edit, entry = accept_edit(journey, _note(journey, "idea", "Show it"), card_id=cards[0].id)
    edit.apply(journey)
    assert entry == cards[0].id
    assert journey.touchpoint(entry).opportunities[-1].text == "Show it"


def test_a_stage_without_cards_gets_a_new_card(journey):
    empty = [s for s in journey.stages if not journey.touchpoints_in(s.id)]
    if not empty:
        for card in journey.touchpoints_in(journey.stages[-1].id):
            journey.remove(Kind.TOUCHPOINT, card.id)
        empty = [journey.stages[-1]]
    note = _note(journey, "idea", "A loyalty card " * 8, stage=empty[0].id)
    edit, entry = accept_edit(journey, note)
    edit.apply(journey)
    card = journey.touchpoint(entry)
    assert card.stage == empty[0].id and len(card.title) <= 60
    assert card.opportunities[0].text == note.text
    edit.revert(journey)
    assert entry not in journey


def test_a_note_on_a_deleted_stage_is_refused_clearly(journey):
    with pytest.raises(AcceptError, match="no longer on the map"):
        accept_edit(journey, _note(journey, "pain", stage="gone"))


def test_room_votes_and_curve_become_map_entries(journey):
    card = journey.touchpoints[0]
    edit, taken = room_votes_edit(journey, {card.id: 3, "gone": 2})
    edit.apply(journey)
    assert taken == {card.id: 3}
    assert journey.touchpoint(card.id).votes == card.votes + 3
    edit.revert(journey)
    assert journey.touchpoint(card.id).votes == card.votes
    stages = [s.id for s in journey.stages]
    edit, persona = keep_curve_edit(journey, {stages[0]: (4.4, 5), stages[1]: (1.6, 5)}, "Room")
    edit.apply(journey)
    assert journey.persona(persona).name == "Room"
    assert journey.stage(stages[0]).emotions[persona] == 4
    assert journey.stage(stages[1]).emotions[persona] == 2
    edit.revert(journey)
    assert persona not in journey


def test_accepted_status_survives_a_restart(state, journey, journal_path):
    _fill(state, journey)
    state.set_status("n1", ACCEPTED, entry=journey.touchpoints[0].id)
    state.close()
    again = RoomState.create(journal_path, durable=False)
    assert again.notes["n1"].status == ACCEPTED
    assert again.notes["n1"].entry == journey.touchpoints[0].id


def test_room_markup_reaches_the_map_file_and_the_handout_as_text(journey, tmp_path):
    """Participant text is stored and printed as the characters typed, never as markup."""
    import pypdf

    from cjm_designer import export_pdf
    from cjm_designer.io.yaml_format import read_map, save_map

    hostile = '<b>bold</b> <font color="red">x</font> & <script>alert(1)</script>'
    stage = journey.stages[0].id
    for kind in ("question", "pain"):
        edit, _ = accept_edit(journey, _note(journey, kind, hostile, stage=stage))
        edit.apply(journey)
    path = tmp_path / "after.cjm.yaml"
    save_map(journey, path)
    again = read_map(path).map
    assert again.stage(stage).questions[-1] == hostile
    out = tmp_path / "handout.pdf"
    export_pdf(again, out, kind="handout", date="2026-01-02")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    flat = " ".join(text.split())
    assert "<b>bold</b>" in flat and "<script>alert(1)</script>" in flat


def test_one_device_cannot_fill_the_room_with_joins(make_state):
    from cjm_designer.room.limits import Limits

    state = make_state(Limits(joins_burst=3, joins_per_second=0.001))
    for _ in range(3):
        state.join("x", "10.0.0.9")
    with pytest.raises(RoomError) as refused:
        state.join("x", "10.0.0.9")
    assert refused.value.status == 429 and refused.value.retry_after >= 1
    state.join("y", "10.0.0.10")  # another phone is still welcome
    state.join("z", "127.0.0.1")  # and the laptop itself
    assert state.participant_count() == 5


@pytest.mark.skipif(__import__("os").name == "nt", reason="POSIX flock")
def test_one_room_per_map_at_a_time(state, journal_path):
    from cjm_designer.room.journal import JournalBusyError

    with pytest.raises(JournalBusyError, match="open in another window or program"):
        RoomState.open(journal_path, durable=False)
    state.close()
    again, _ = RoomState.open(journal_path, durable=False)  # free once the first closes
    again.close()


def test_a_dot_on_a_card_deleted_since_can_be_taken_back(state, journey):
    from cjm_designer.room.view import map_view

    ann = state.join("Ann", "10.0.0.2")
    card = journey.touchpoints[0].id
    state.vote(ann, {"card": card})
    journey.remove(Kind.TOUCHPOINT, card)
    state.set_view(map_view(journey))
    with pytest.raises(RoomError):
        state.vote(ann, {"card": card})  # no new dots on it
    assert state.vote(ann, {"card": card, "delta": -1}) == {}


def test_dots_on_pains_and_ideas_follow_their_text(state, journey):
    from cjm_designer.room.accept import vote_target
    from cjm_designer.room.view import insight_key

    card = next(c for c in journey.touchpoints if len(c.pains) >= 1)
    key = insight_key(card.id, "pains", card.pains[0].text)
    assert key in {i["key"] for c in state.view["cards"] for i in c["pains"]}
    ann = state.join("Ann", "10.0.0.2")
    assert state.vote(ann, {"target": key}) == {key: 1}
    with pytest.raises(RoomError):
        state.vote(ann, {"target": f"{card.id}/pains/000000000000"})
    # Another pain added in front: the dot still goes to the same text.
    from dataclasses import replace

    from cjm_designer.model import Insight

    journey.replace(Kind.TOUCHPOINT, replace(card, pains=(Insight("new first"), *card.pains)))
    target = vote_target(journey, key)
    assert target.part == "pains" and target.index == 1
    votes_before = journey.touchpoint(card.id).pains[1].votes
    edit, taken = room_votes_edit(journey, state.unapplied_votes())
    edit.apply(journey)
    assert taken == {key: 1}
    assert journey.touchpoint(card.id).pains[1].votes == votes_before + 1
    assert journey.touchpoint(card.id).pains[0].votes == 0
    edit.revert(journey)
    assert journey.touchpoint(card.id).pains[1].votes == votes_before
