"""Printed output speaks the map's language: durations, emotion words and the legend.

Read back with pypdf from a Russian and a Finnish PDF; the English words that used to
leak into them ("2w", "(bad)", "referral") must be gone.
"""

from __future__ import annotations

import re

import pypdf
import pytest

from cjm_designer import export_pdf, load_map
from cjm_designer.model import (
    Channel,
    Duration,
    DurationUnit,
    JourneyMap,
    Kind,
    Persona,
    Stage,
    Touchpoint,
    Transition,
    TransitionKind,
)
from cjm_designer.model.duration_text import format_duration
from cjm_designer.resources import example_map_path


def text_of(path) -> str:
    # str.split() also splits at the no-break space kept between number and unit.
    return " ".join(" ".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages).split())


@pytest.mark.parametrize(
    ("duration", "language", "expected"),
    [
        (Duration(2, DurationUnit.WEEKS), "ru", "2\u00a0нед."),
        (Duration(3, DurationUnit.DAYS), "ru", "3\u00a0дн."),
        (Duration(1, DurationUnit.MONTHS), "ru-RU", "1\u00a0мес."),
        (Duration(1.5, DurationUnit.HOURS), "ru", "1,5\u00a0ч"),
        (Duration(2, DurationUnit.WEEKS), "fi", "2\u00a0vk"),
        (Duration(3, DurationUnit.DAYS), "fi", "3\u00a0pv"),
        (Duration(2.5, DurationUnit.MONTHS), "fi", "2,5\u00a0kk"),
        (Duration(2, DurationUnit.WEEKS), "en", "2\u00a0wk"),
        (Duration(1.5, DurationUnit.DAYS), "en", "1.5\u00a0d"),
        (Duration(30, DurationUnit.MINUTES), None, "30\u00a0min"),
        (Duration(4, DurationUnit.HOURS), "de", "4\u00a0h"),
    ],
)
def test_format_duration(duration, language, expected):
    assert format_duration(duration, language) == expected


def test_format_duration_takes_the_callers_words():
    words = {DurationUnit.WEEKS: "viikkoa"}
    assert (
        format_duration(Duration(1.5, DurationUnit.WEEKS), "en", words, ",") == "1,5\u00a0viikkoa"
    )
    assert format_duration(Duration(2, DurationUnit.DAYS), "en", words) == "2\u00a0d"


@pytest.fixture(scope="module")
def russian(tmp_path_factory):
    journey = load_map(example_map_path())
    assert journey.language == "ru"
    folder = tmp_path_factory.mktemp("ru")
    export_pdf(journey, folder / "handout.pdf", kind="handout", date="2026-01-02")
    export_pdf(journey, folder / "poster.pdf", kind="poster", date="2026-01-02")
    return text_of(folder / "handout.pdf"), text_of(folder / "poster.pdf")


def test_russian_handout_prints_russian_durations_and_emotions(russian):
    handout, _poster = russian
    assert "Длительность: 2 нед." in handout
    assert "Длительность: 3 дн." in handout
    assert "Длительность: 1 мес." in handout
    assert "(плохо)" in handout and "(хорошо)" in handout
    for english in ("2w", "1mo", "(bad)", "(good)", "very good", "neutral"):
        assert english not in handout


def test_russian_poster_legend_and_stage_headers(russian):
    _handout, poster = russian
    for word in ("возврат", "уход", "пропуск этапов", "рекомендация", "очень хорошо", "2 нед."):
        assert word in poster, word
    for english in ("referral", "back / exit", "very bad", "2w", "3d"):
        assert english not in poster, english


def finnish_map() -> JourneyMap:
    journey = JourneyMap(title="Ostajan polku", language="fi")
    journey.extend(Kind.PERSONA, [Persona("liisa", "Liisa")])
    journey.extend(Kind.CHANNEL, [Channel("web", "Verkkosivu")])
    journey.extend(
        Kind.STAGE,
        [
            Stage("tietoisuus", "Tietoisuus", duration=Duration(2, DurationUnit.WEEKS)),
            Stage("harkinta", "Harkinta", duration=Duration(3, DurationUnit.DAYS)),
            Stage(
                "paatos",
                "Päätös",
                duration=Duration(1.5, DurationUnit.MONTHS),
                emotions={"liisa": 5},
            ),
            Stage("uskollisuus", "Uskollisuus", emotions={"liisa": 2}),
        ],
    )
    journey.extend(
        Kind.TOUCHPOINT,
        [Touchpoint("blogi", "harkinta", "web", "Blogikirjoitus", emotion=1)],
    )
    journey.extend(
        Kind.TRANSITION,
        [
            Transition("t1", "tietoisuus", "harkinta"),
            Transition("t2", "harkinta", "tietoisuus", kind=TransitionKind.BACK),
            Transition("t3", "tietoisuus", "paatos", kind=TransitionKind.SKIP),
            Transition("t4", "uskollisuus", "harkinta", kind=TransitionKind.REFERRAL),
            Transition("t5", "harkinta", None, kind=TransitionKind.EXIT),
        ],
    )
    return journey


def test_finnish_handout_and_poster(tmp_path):
    journey = finnish_map()
    export_pdf(journey, tmp_path / "handout.pdf", kind="handout", date="2026-01-02")
    export_pdf(journey, tmp_path / "poster.pdf", kind="poster", date="2026-01-02")
    handout, poster = text_of(tmp_path / "handout.pdf"), text_of(tmp_path / "poster.pdf")
    assert "Kesto: 2 vk" in handout and "Kesto: 3 pv" in handout and "Kesto: 1,5 kk" in handout
    assert "Liisa: 5 (erittäin hyvä)" in handout and "Liisa: 2 (huono)" in handout
    assert "(erittäin huono)" in handout  # the card's emotion
    for word in ("paluu", "poistuminen", "ohitus", "suosittelu", "erittäin hyvä", "2 vk", "3 pv"):
        assert word in poster, word
    for english in ("2w", "3d", "very good", "referral", "exit", "(bad)", "skip"):
        assert english not in poster, english
    for english in ("2w", "3d", "very good", "(bad)"):
        assert english not in handout, english


def test_analysis_page_is_readable_not_a_data_dump(russian, tmp_path):
    handout, _poster = russian
    analysis = handout[handout.rindex("Анализ") :]
    assert "Воронка" in analysis and "Доходят до конца пути: 2,3 %" in analysis
    assert "Узкие места" in analysis and "Желание → Действие" in analysis
    for raw in ("expected days", "reach:", "visits:", "severity", "zhelanie", "0.0232"):
        assert raw not in analysis, raw
    export_pdf(finnish_map(), tmp_path / "fi.pdf", kind="handout", date="2026-01-02")
    finnish = text_of(tmp_path / "fi.pdf")
    assert "Suppiloa ei laskettu: kaikilla siirtymillä ei ole todennäköisyyttä." in finnish
    assert "missing-probabilities" not in finnish


@pytest.mark.parametrize(
    ("language", "title"),
    [("ru", "Карта пути клиента"), ("fi", "Asiakaspolkukartta"), ("en", "Customer journey map")],
)
@pytest.mark.parametrize("kind", ["poster", "handout"])
def test_a_map_without_a_title_is_named_in_its_language(tmp_path, language, title, kind):
    out = tmp_path / f"{kind}.pdf"
    export_pdf(JourneyMap(language=language), out, kind=kind)
    reader = pypdf.PdfReader(out)
    assert reader.metadata.title == title
    assert title in reader.pages[0].extract_text()


def _voted_map(language: str) -> JourneyMap:
    journey = JourneyMap(title="Votes", language=language)
    journey.extend(Kind.STAGE, [Stage("s", "S")])
    journey.extend(Kind.CHANNEL, [Channel("c", "C")])
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint("a", "s", "c", "Alpha", votes=1),
            Touchpoint("b", "s", "c", "Beta", votes=4),
            Touchpoint("d", "s", "c", "Delta", votes=5),
            Touchpoint("e", "s", "c", "Eta", votes=21),
        ],
    )
    return journey


@pytest.mark.parametrize(
    ("language", "expected", "wrong"),
    [
        ("ru", ["1 голос", "4 голоса", "5 голосов", "21 голос"], ["4 голосов", "1 голосов"]),
        ("fi", ["1 ääni", "4 ääntä", "5 ääntä"], ["1 ääntä"]),
        ("en", ["1 vote", "4 votes", "21 votes"], ["1 votes"]),
    ],
)
def test_handout_votes_follow_plural_rules(tmp_path, language, expected, wrong):
    out = tmp_path / "handout.pdf"
    export_pdf(_voted_map(language), out, kind="handout", date="2026-01-02")
    text = text_of(out)
    for words in expected:
        assert words in text, (words, text)
    for words in wrong:
        assert not re.search(rf"(?<!\d){words}", text), words


@pytest.mark.parametrize(
    ("language", "written"),
    [("ru", "2 января 2026 г."), ("fi", "2. tammikuuta 2026"), ("en", "2026-01-02")],
)
def test_print_date_as_the_language_writes_it(tmp_path, language, written):
    out = tmp_path / "handout.pdf"
    export_pdf(_voted_map(language), out, kind="handout", date="2026-01-02")
    text = text_of(out)
    assert written in text, text[:300]
    if language != "en":
        assert "2026-01-02" not in text
