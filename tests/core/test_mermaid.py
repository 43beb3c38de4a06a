"""Mermaid journey import and export: real files, odd spacing, located errors, round trips."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_designer.cli import main
from cjm_designer.io.converters import read_any, write_any
from cjm_designer.io.errors import MapLoadError
from cjm_designer.io.mermaid import mermaid_text, parse_mermaid, read_mermaid
from cjm_designer.io.yaml_format import load_map
from cjm_designer.model import (
    Channel,
    JourneyMap,
    Kind,
    Persona,
    Stage,
    Touchpoint,
    check_map,
)
from cjm_designer.resources import example_map_path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "mermaid"
CORPUS = REPO.parent / "shared" / "corpus" / "mermaid"


def task_lines(text: str) -> list[str]:
    """Lines of a journey that hold a task (for counting, independent of the parser)."""
    body = text.replace("\r\n", "\n").split("\n")
    if body and body[0].strip() == "---":
        body = body[body.index("---", 1) + 1 :]
    keywords = ("journey", "title", "section", "acctitle", "accdescr", "%%")
    return [
        line
        for line in body
        if ":" in line and not line.strip().lower().startswith(keywords) and line.strip()
    ]


def test_crlf_file_becomes_stages_touchpoints_and_personas():
    journey = read_mermaid(DATA / "shopping-crlf.mmd")
    assert journey.title == "Go shopping"
    assert [s.name for s in journey.stages] == ["Get to the shops", "Do shopping", "Go home"]
    assert [c.id for c in journey.channels] == ["journey"]
    assert [p.name for p in journey.personas] == ["Dad", "Mum", "Child 1", "Child 2"]
    assert len(journey.touchpoints) == 11
    into_car = journey.touchpoints[1]
    assert into_car.title == "Get into car"
    assert into_car.emotion == 5
    assert into_car.personas == ("dad", "mum", "child-1", "child-2")
    assert not any("\r" in tp.title for tp in journey.touchpoints)
    assert check_map(journey) == []


def test_stage_emotion_per_persona_is_the_rounded_mean_of_its_tasks():
    journey = read_mermaid(DATA / "shopping-crlf.mmd")
    # Go home, Dad: Lose keys 3, Get cross 1, Get into car 4, Drive home 3 -> 2.75 -> 3
    go_home = journey.stages[2]
    assert go_home.emotions["dad"] == 3
    # Get to the shops, Dad: 5, 5, 3 -> 4.33 -> 4; Mum only in "Get into car" (5).
    assert journey.stages[0].emotions == {"dad": 4, "mum": 5, "child-1": 5, "child-2": 5}


def test_front_matter_title_and_accessibility_lines():
    journey = read_mermaid(DATA / "demo-frontmatter.mmd")
    assert journey.title == "My working day"
    assert journey.description == "2 main sections: work and home, each with just a few tasks"
    assert [s.name for s in journey.stages] == ["Go to work", "Go home"]
    assert [tp.title for tp in journey.touchpoints][:3] == ["Make tea", "Go upstairs", "Do work"]
    assert journey.touchpoints[2].personas == ("me", "cat")


def test_repeated_section_joins_one_stage_and_spaces_around_colons_are_trimmed():
    journey = read_mermaid(DATA / "webhook-spaces.mmd")
    assert [s.name for s in journey.stages] == ["Darkoob", "External Service"]
    darkoob = journey.stages[0].id
    titles = [tp.title for tp in journey.touchpoints if tp.stage == darkoob]
    assert titles[-2:] == ["check for inputs", "run the prebuilt job"]
    slug = next(tp for tp in journey.touchpoints if tp.title == "register slug")
    assert slug.emotion == 5
    service = next(tp for tp in journey.touchpoints if tp.title == "listen to the events")
    assert [journey.persona(p).name for p in service.personas] == ["External Service"]


def test_cyrillic_comments_tabs_and_missing_scores():
    text = (
        "%%{init: {'theme': 'forest'}}%%\n"
        "%% комментарий\n"
        "  JOURNEY\n"
        "\ttitle   Путь Аристарха  # заметка\n"
        "\n"
        "  Section   Осознание\n"
        "\t\tУвидел рекламу   :  2  :  Аристарх ,  Люда из бухгалтерии \n"
        "    Спросил коллег: : Аристарх\n"
        "    Промолчал:\t:\n"
        "  section Покупка\n"
        "    Купил батончик: 5: Аристарх\n"
    )
    journey = parse_mermaid(text, "путь.mmd")
    assert journey.title == "Путь Аристарха"
    assert journey.language == "ru"
    assert [s.name for s in journey.stages] == ["Осознание", "Покупка"]
    assert [s.id for s in journey.stages] == ["osoznanie", "pokupka"]
    first, asked, silent, bought = journey.touchpoints
    assert (first.title, first.emotion) == ("Увидел рекламу", 2)
    assert [journey.persona(p).name for p in first.personas] == [
        "Аристарх",
        "Люда из бухгалтерии",
    ]
    assert first.personas == ("aristarkh", "lyuda-iz-bukhgalterii")
    assert asked.emotion is None and asked.personas == ("aristarkh",)
    assert silent.emotion is None and silent.personas == ()
    assert bought.stage == "pokupka"
    # Tasks without a score do not pull the stage's emotion down.
    assert journey.stages[0].emotions == {"aristarkh": 2, "lyuda-iz-bukhgalterii": 2}


def test_tasks_before_any_section_get_a_stage_of_their_own():
    journey = parse_mermaid("journey\n  Проснулся: 3\n  section День\n  Работал: 2\n")
    assert [s.name for s in journey.stages] == ["(no section)", "День"]
    assert [tp.stage for tp in journey.touchpoints] == ["no-section", "den"]


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("flowchart TD\n  A --> B\n", 1, 1, "'flowchart' diagram, not a 'journey'"),
        ("\n\n  journe\n", 3, 3, "expected 'journey'"),
        ("journey\n  section Утро\n    Кофе: abc: Я\n", 3, 11, "score 'abc'"),
        ("journey\n  section Утро\n    Кофе:7\n", 3, 10, "score '7'"),
        ("journey\n  section Утро\n    Просто строка без двоеточия\n", 3, 5, "not a Mermaid"),
        ("journey\n  section Утро; вечер\n", 2, 15, "';'"),
        ("journey\n  section Утро: вечер\n", 2, 15, "cannot contain ':'"),
        ("journey\n  section\n", 2, 3, "needs a name"),
        ("journey\n  : 3: Я\n", 2, 3, "needs a name"),
        ("---\ntitle: [unclosed\n---\njourney\n", 2, None, "front matter"),
        ("", 1, 1, "empty"),
    ],
)
def test_lines_that_are_not_mermaid_are_reported_with_their_place(text, line, column, words):
    with pytest.raises(MapLoadError) as caught:
        parse_mermaid(text, "bad.mmd")
    message = caught.value.first
    assert message.location.file == "bad.mmd"
    assert message.location.line == line
    if column is not None:
        assert message.location.column == column
    assert words in message.message
    assert str(message).startswith(f"bad.mmd:{line}")


def test_every_bad_line_is_reported_not_only_the_first():
    text = "journey\n section A\n  x: abc\n  y\n  z: 3\n"
    with pytest.raises(MapLoadError) as caught:
        parse_mermaid(text)
    assert [m.location.line for m in caught.value.messages] == [3, 4]


def tricky_map() -> JourneyMap:
    journey = JourneyMap(title="Путь: #1; черновик\nвторая строка", language="ru")
    journey.extend(
        Kind.PERSONA,
        [Persona("ivan", "Иванов, Иван"), Persona("lyuda", "Люда # бухгалтерия")],
    )
    journey.extend(Kind.CHANNEL, [Channel("site", "Сайт"), Channel("shop", "Магазин")])
    journey.extend(
        Kind.STAGE,
        [
            Stage("interes", "Интерес: первый взгляд"),
            Stage("pusto", "Пусто"),
            Stage("pokupka", "Покупка"),
        ],
    )
    journey.extend(
        Kind.TOUCHPOINT,
        [
            # Listed shop-first: export goes lane by lane, so "Сайт" comes out first.
            Touchpoint("vitrina", "interes", "shop", "Витрина; 50%% скидка", emotion=4),
            Touchpoint(
                "statya",
                "interes",
                "site",
                "Статья: «Белок»\n#ЗОЖ",
                emotion=2,
                personas=("ivan", "lyuda"),
            ),
            Touchpoint("journey", "pokupka", "site", "Journey map в офисе", emotion=None),
            Touchpoint("title", "pokupka", "site", "Title: оплата", emotion=5, personas=("lyuda",)),
            Touchpoint("section", "pokupka", "shop", "section кассы", emotion=1),
        ],
    )
    return journey


def test_export_escapes_what_breaks_the_grammar_and_reimports_every_task():
    journey = tricky_map()
    text = mermaid_text(journey)
    assert text.startswith("journey\n    title Путь： ＃1； черновик вторая строка\n")
    assert "section Интерес： первый взгляд" in text
    assert "section Пусто\n" in text
    assert "Статья： «Белок» ＃ЗОЖ: 2: Иванов， Иван, Люда ＃ бухгалтерия" in text
    assert "Витрина； 50% скидка: 4" in text
    assert ";" not in text and "#" not in text and "%%" not in text
    again = parse_mermaid(text)
    assert [s.name for s in again.stages] == [
        "Интерес： первый взгляд",
        "Пусто",
        "Покупка",
    ]
    assert [tp.title for tp in again.touchpoints] == [
        "Статья： «Белок» ＃ЗОЖ",
        "Витрина； 50% скидка",
        "Journey map в офисе",
        "Title： оплата",
        "section кассы",
    ]
    assert [tp.emotion for tp in again.touchpoints] == [2, 4, None, 5, 1]
    assert [p.name for p in again.personas] == ["Иванов， Иван", "Люда ＃ бухгалтерия"]
    assert again.touchpoints[3].personas == (again.personas[1].id,)


def test_example_map_round_trips_through_mermaid(tmp_path):
    source = load_map(example_map_path())
    target = tmp_path / "пример.mmd"
    write_any(source, target)
    again = read_any(target)
    assert again.title == source.title
    assert [s.name for s in again.stages] == [s.name for s in source.stages]
    assert len(again.touchpoints) == len(source.touchpoints)
    order = {c.id: i for i, c in enumerate(source.channels)}
    stage_index = {s.id: i for i, s in enumerate(source.stages)}
    expected = sorted(
        source.touchpoints,
        key=lambda tp: (stage_index[tp.stage], order[tp.channel]),
    )
    assert [tp.emotion for tp in again.touchpoints] == [tp.emotion for tp in expected]
    names = {p.id: p.name for p in source.personas}
    for old, new in zip(expected, again.touchpoints, strict=True):
        assert [again.persona(p).name for p in new.personas] == [names[p] for p in old.personas]
    assert check_map(again) == []


def test_cli_converts_mermaid_to_yaml_and_back(tmp_path, capsys):
    yaml_file = tmp_path / "магазин.cjm.yaml"
    assert main(["convert", str(DATA / "shopping-crlf.mmd"), "-o", str(yaml_file)]) == 0
    assert load_map(yaml_file).touchpoints[0].title == "Get car keys"
    back = tmp_path / "back.mmd"
    assert main(["convert", str(yaml_file), "-o", str(back)]) == 0
    assert len(task_lines(back.read_text(encoding="utf-8"))) == 11


def test_cli_reports_a_located_error(tmp_path, capsys):
    bad = tmp_path / "bad.mmd"
    bad.write_text("journey\n  section A\n  x: плохо\n", encoding="utf-8")
    assert main(["convert", str(bad), "-o", str(tmp_path / "x.cjm.yaml")]) == 1
    assert f"{bad}:3:6: score 'плохо'" in capsys.readouterr().err
    assert not (tmp_path / "x.cjm.yaml").exists()


def test_the_whole_shared_corpus_imports_and_round_trips():
    if not CORPUS.is_dir():
        pytest.skip(f"the shared Mermaid corpus is not at {CORPUS} (clone shared/ beside the repo)")
    files = sorted(CORPUS.glob("*.mmd"))
    assert files, f"no .mmd files in {CORPUS}"
    for file in files:
        journey = read_mermaid(file)
        text = file.read_bytes().decode("utf-8")
        assert len(journey.touchpoints) == len(task_lines(text)), file.name
        assert check_map(journey) == [], file.name
        again = parse_mermaid(mermaid_text(journey))
        stage_index = {s.id: i for i, s in enumerate(journey.stages)}
        by_stage = sorted(journey.touchpoints, key=lambda t: stage_index[t.stage])
        assert [(t.title, t.emotion) for t in again.touchpoints] == [
            (t.title, t.emotion) for t in by_stage
        ], file.name


def _puppeteer_config(folder: Path) -> Path | None:
    browser = os.environ.get("PUPPETEER_EXECUTABLE_PATH") or shutil.which("chromium")
    if not browser:
        return None
    config = folder / "puppeteer.json"
    config.write_text(json.dumps({"executablePath": browser, "args": ["--no-sandbox"]}))
    return config


def test_export_is_accepted_by_the_real_mermaid_parser(tmp_path):
    mmdc = shutil.which("mmdc")
    if mmdc is None:
        pytest.skip("mermaid-cli (mmdc) is not on PATH; see docs/interop.md to install it")
    config = _puppeteer_config(tmp_path)
    if config is None:
        pytest.skip("mermaid-cli needs Chromium: no 'chromium' on PATH")
    maps = {"tricky": tricky_map(), "example": load_map(example_map_path())}
    for name, journey in maps.items():
        source = tmp_path / f"{name}.mmd"
        write_any(journey, source)
        result = subprocess.run(
            [mmdc, "-q", "-p", str(config), "-i", str(source), "-o", str(tmp_path / f"{name}.svg")],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, f"{name}: {result.stderr[-2000:]}"
        svg = (tmp_path / f"{name}.svg").read_text(encoding="utf-8")
        assert "Syntax error" not in svg
        first_word = journey.stages[0].name.split()[0].rstrip(":")
        assert first_word in svg, name


def test_real_parser_fails_without_the_keyword_escape(tmp_path):
    """Guards the test above: mmdc does fail when a task starts with 'journey' unescaped."""
    mmdc = shutil.which("mmdc")
    config = _puppeteer_config(tmp_path) if mmdc else None
    if mmdc is None or config is None:
        pytest.skip("mermaid-cli (mmdc) with Chromium is not installed; see docs/interop.md")
    source = tmp_path / "bad.mmd"
    source.write_text("journey\n  section A\n    Journey start: 3\n", encoding="utf-8")
    result = subprocess.run(
        [mmdc, "-q", "-p", str(config), "-i", str(source), "-o", str(tmp_path / "bad.svg")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0


_TEXT = st.text(
    alphabet=st.sampled_from("аяЖ ё:#;,%|\u200b\t\r\n{}-journeytitlesction5") | st.characters(),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXT, max_size=8))
def test_any_text_is_a_map_or_a_located_error(lines):
    try:
        journey = parse_mermaid("journey\n" + "\n".join(lines))
    except MapLoadError as error:
        assert all(m.location.line is not None for m in error.messages)
    else:
        assert check_map(journey) == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_TEXT, st.none() | st.integers(1, 5)), min_size=1, max_size=5), _TEXT)
def test_any_titles_export_to_text_that_reimports_task_for_task(cards, stage_name):
    journey = JourneyMap(title="Путь")
    journey.extend(Kind.CHANNEL, [Channel("sayt", "Сайт")])
    journey.extend(Kind.STAGE, [Stage("etap", stage_name)])
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint(f"t{i}", "etap", "sayt", title, emotion=e)
            for i, (title, e) in enumerate(cards)
        ],
    )
    again = parse_mermaid(mermaid_text(journey))
    assert [tp.emotion for tp in again.touchpoints] == [e for _, e in cards]
    assert len(again.stages) == 1
