"""Diff by identity: each kind of real edit on the example map gives its own change."""

from __future__ import annotations

import json

import pytest

from cjm_designer.cli import main
from cjm_designer.io.yaml_format import load_map, save_map
from cjm_designer.model import Action, Kind, edits
from cjm_designer.model.diff import (
    ActionsChanged,
    Added,
    CardMoved,
    Edited,
    EmotionChanged,
    MapFieldEdited,
    ProbabilityChanged,
    Removed,
    Renamed,
    Reordered,
    diff_maps,
)
from tests.conftest import EXAMPLE


@pytest.fixture(scope="module")
def example():
    return load_map(EXAMPLE)


def edited(journey, *changes):
    copy = journey.copy()
    for change in changes:
        change(copy).apply(copy)
    return copy


def test_a_map_against_itself_has_no_changes(example):
    result = diff_maps(example, example.copy())
    assert not result
    assert result.summary_lines() == []
    assert json.loads(result.to_json())["identical"] is True


def test_renaming_a_stage_is_one_rename_not_a_removal_and_an_addition(example):
    after = edited(example, lambda m: edits.update(m, Kind.STAGE, "interes", name="Interest"))
    result = diff_maps(example, after)
    assert result.changes == (Renamed(Kind.STAGE, "interes", "Интерес", "Interest"),)
    assert result.summary_lines() == ['Stage "Интерес" renamed to "Interest".']


def test_swapping_two_stages_reports_one_reorder(example):
    after = edited(example, lambda m: edits.MoveEntity(Kind.STAGE, "izuchenie", 4))
    [change] = diff_maps(example, after).changes
    assert isinstance(change, Reordered) and change.kind is Kind.STAGE
    assert change.id in {"izuchenie", "sravnenie"}
    assert {change.old_index, change.new_index} == {3, 4}


def test_moving_a_card_to_another_cell_is_a_move_with_names(example):
    after = edited(
        example, lambda m: edits.update(m, Kind.TOUCHPOINT, "stati-zozh", stage="interes")
    )
    result = diff_maps(example, after)
    assert result.changes == (
        CardMoved(
            "stati-zozh", "Статья «Как не набрать вес в офисе»",
            "osoznanie", "search", "interes", "search",
        ),
    )  # fmt: skip
    assert (
        "from Осознание / Поисковая реклама to Интерес / Поисковая реклама"
        in (result.summary_lines()[0])
    )


def test_editing_card_fields_lists_each_field_with_old_and_new(example):
    after = edited(
        example,
        lambda m: edits.update(m, Kind.TOUCHPOINT, "stati-zozh", emotion=1, tags=("seo",)),
    )
    [change] = diff_maps(example, after).changes
    assert isinstance(change, Edited)
    card = example.touchpoint("stati-zozh")
    assert change.fields == {"emotion": (card.emotion, 1), "tags": (card.tags, ("seo",))}
    assert "emotion " in diff_maps(example, after).summary_lines()[0]


def test_probability_emotion_and_action_changes_have_their_own_records(example):
    card = example.touchpoint("stati-zozh")
    stage = example.stage("interes")
    after = edited(
        example,
        lambda m: edits.update(m, Kind.TRANSITION, "osoznanie--interes", probability=0.55),
        lambda m: edits.update(m, Kind.STAGE, "interes", emotions={**stage.emotions, "lyuda": 5}),
        lambda m: edits.update(
            m, Kind.TOUCHPOINT, "stati-zozh",
            actions=(*card.actions[1:], Action("Пишет в поддержку")),
        ),
    )  # fmt: skip
    result = diff_maps(example, after)
    assert result.of_type(ProbabilityChanged) == [
        ProbabilityChanged("osoznanie--interes", "Осознание → Интерес", 0.7, 0.55)
    ]
    assert result.of_type(EmotionChanged) == [
        EmotionChanged("interes", "Интерес", "lyuda", stage.emotions["lyuda"], 5)
    ]
    [actions] = result.of_type(ActionsChanged)
    assert actions.added == ("Пишет в поддержку",)
    assert actions.removed == (card.actions[0].text,)
    lines = result.summary_lines()
    assert "Probability of Осознание → Интерес changed from 70% to 55%." in lines
    assert f"Emotion of Люда из бухгалтерии at Интерес: {stage.emotions['lyuda']} → 5." in lines


def test_added_and_removed_cards_and_map_fields(example):
    removed = example.touchpoint("poisk-perekus")
    after = edited(
        example,
        lambda m: edits.remove(m, Kind.TOUCHPOINT, "poisk-perekus"),
        lambda m: edits.InsertEntity(
            Kind.TOUCHPOINT, edits.replace(removed, id="new-card", title="Новая карточка")
        ),
        lambda m: edits.SetMapField("title", "New title"),
    )
    result = diff_maps(example, after)
    assert MapFieldEdited("title", example.title, "New title") in result.changes
    assert any(isinstance(c, Removed) and c.id == "poisk-perekus" for c in result)
    assert any(isinstance(c, Added) and c.id == "new-card" for c in result)
    # the flows that pointed at the removed card went with it (cascade), and say so
    assert {c.id for c in result.of_type(Removed) if c.kind is Kind.FLOW}


def test_json_is_stable_and_typed(example):
    after = edited(example, lambda m: edits.update(m, Kind.STAGE, "interes", name="Interest"))
    first, second = diff_maps(example, after).to_json(), diff_maps(example, after).to_json()
    assert first == second
    data = json.loads(first)
    assert data["format"] == "cjm-diff" and data["version"] == 1
    assert data["changes"] == [
        {"change": "renamed", "kind": "stages", "id": "interes", "old": "Интерес",
         "new": "Interest"}
    ]  # fmt: skip


def test_cli_exit_codes_follow_diff(tmp_path, example, capsys):
    same, other = tmp_path / "a.cjm.yaml", tmp_path / "b.cjm.yaml"
    save_map(example, same)
    save_map(
        edited(example, lambda m: edits.update(m, Kind.STAGE, "interes", name="Interest")), other
    )
    assert main(["diff", str(same), str(EXAMPLE)]) == 0
    assert main(["diff", str(same), str(other)]) == 1
    assert 'renamed to "Interest"' in capsys.readouterr().out
    assert main(["diff", str(same), str(other), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["identical"] is False
    assert main(["diff", str(same), str(tmp_path / "missing.cjm.yaml")]) == 2
    assert "no such file" in capsys.readouterr().err
