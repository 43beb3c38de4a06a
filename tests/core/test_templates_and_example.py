"""The bundled example map and templates: clean, canonical, and the story they promise."""

from __future__ import annotations

from collections import defaultdict

import pytest

from cjm_designer.cli import main
from cjm_designer.io.templates import available_templates
from cjm_designer.io.yaml_format import dumps_map, read_map
from cjm_designer.model import TransitionKind
from cjm_designer.resources import example_map_path

TEMPLATES = available_templates()
BUNDLED = [example_map_path(), *(t.path for t in TEMPLATES)]
TWELVE_STAGES = [
    "Осознание", "Интерес", "Желание", "Изучение", "Сравнение", "Действие", "Вовлечение",
    "Удовлетворение", "Повторная сделка", "Любопытство", "Лояльность", "Рекомендации",
]  # fmt: skip


def test_every_promised_template_is_bundled():
    found = {(t.name, t.language) for t in TEMPLATES}
    assert found == {
        ("twelve-stages", "ru"), ("twelve-stages", "en"), ("must-have", "ru"),
        ("must-have", "en"), ("buyers-journey", "fi"), ("buyers-journey", "en"),
        ("blank", "en"), ("blank", "ru"), ("blank", "fi"),
    }  # fmt: skip


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_file_loads_without_warnings_and_is_canonical(path):
    result = read_map(path)
    assert result.warnings == []
    assert dumps_map(result.map) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.path.name)
def test_template_language_matches_its_file_name(template):
    journey = template.load()
    assert journey.language == template.language
    assert journey.stages and journey.channels
    assert journey.entry == journey.stages[0].id


@pytest.fixture(scope="module")
def example():
    return read_map(example_map_path()).map


def test_example_tells_the_whole_story(example):
    assert [stage.name for stage in example.stages] == TWELVE_STAGES
    assert example.language == "ru"
    assert len(example.channels) >= 6
    assert any(channel.backstage for channel in example.channels)
    assert len(example.touchpoints) >= 30
    assert [p.name for p in example.personas] == ["Аристарх", "Люда из бухгалтерии"]
    assert {s.name for s in example.scenarios} == {"С отделом продаж", "Без отдела продаж"}
    assert example.entry == example.stages[0].id
    assert example.revisions and example.next_review
    assert example.flows and example.rows


def test_example_has_emotions_for_both_personas_on_every_stage(example):
    persona_ids = {persona.id for persona in example.personas}
    for stage in example.stages:
        assert set(stage.emotions) == persona_ids, stage.name
        assert stage.questions and stage.goal and stage.kpis and stage.duration, stage.name


def test_example_has_referral_loop_and_exit(example):
    by_name = {stage.name: stage.id for stage in example.stages}
    referral = [
        t
        for t in example.transitions
        if t.kind is TransitionKind.REFERRAL and t.source == by_name["Рекомендации"]
    ]
    assert [t.target for t in referral] == [by_name["Вовлечение"]]
    exits = [
        t
        for t in example.transitions
        if t.kind is TransitionKind.EXIT and t.source == by_name["Любопытство"]
    ]
    assert len(exits) == 1 and exits[0].target is None and exits[0].label
    assert any(t.kind is TransitionKind.BACK for t in example.transitions)


def test_example_probabilities_never_exceed_one_per_stage_and_scenario(example):
    for scenario in [None, *(s.id for s in example.scenarios)]:
        totals: dict[str, float] = defaultdict(float)
        for transition in example.transitions:
            if transition.applies_to_scenario(scenario) and transition.probability is not None:
                totals[transition.source] += transition.probability
        assert all(total <= 1.0 + 1e-9 for total in totals.values()), (scenario, totals)


def test_example_scenarios_differ(example):
    for scenario in example.scenarios:
        own = [tp for tp in example.touchpoints if tp.scenarios == (scenario.id,)]
        assert len(own) >= 3, scenario.name
    assert any(t.scenarios for t in example.transitions)


def test_example_every_stage_has_a_touchpoint_with_actions(example):
    stages_with_cards = {tp.stage for tp in example.touchpoints if tp.actions}
    assert stages_with_cards == {stage.id for stage in example.stages}
    assert any(i.votes for tp in example.touchpoints for i in tp.opportunities)
    assert any(a.owner and a.tools for tp in example.touchpoints for a in tp.actions)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.path.name)
def test_cli_new_writes_a_valid_map_for_each_template(template, tmp_path, capsys):
    output = tmp_path / "new.cjm.yaml"
    code = main(
        ["new", "--template", template.name, "--lang", template.language, "-o", str(output)]
    )
    assert code == 0
    result = read_map(output)
    assert result.warnings == []
    assert result.map.language == template.language
    assert [s.name for s in result.map.stages] == [s.name for s in template.load().stages]
    assert main(["validate", str(output)]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.path.name)
def test_every_template_funnel_computes_at_once(template):
    """Typical probabilities and durations ship with each template (marked as assumed)."""
    from cjm_designer.analysis.funnel import compute_funnel

    funnel = compute_funnel(template.load())
    assert funnel.ok, funnel
    assert 0 < funnel.conversion < 1
    assert funnel.expected_days is not None and funnel.expected_days > 0
