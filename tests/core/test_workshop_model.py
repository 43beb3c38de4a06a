"""Votes, quick-add parsing and find across the map, without Qt."""

from __future__ import annotations

import pytest

from cjm_designer.io.yaml_format import loads_map
from cjm_designer.io.yaml_writer import dumps_map
from cjm_designer.model import Channel, Insight, JourneyMap, Kind, Stage, Touchpoint
from cjm_designer.model.entities import Action, Comment
from cjm_designer.model.quick_add import QuickAddError, parse_quick_add
from cjm_designer.model.search import card_matches, find, owners, tags
from cjm_designer.model.votes import (
    OPPORTUNITY,
    PAIN,
    VoteTarget,
    ranking,
    reset_votes,
    total_votes,
    vote,
)


def small_map() -> JourneyMap:
    journey = JourneyMap(title="Votes")
    journey.extend(Kind.CHANNEL, [Channel("web", "Сайт"), Channel("shop", "Магазин")])
    journey.extend(Kind.STAGE, [Stage("aware", "Осознание"), Stage("interest", "Интерес")])
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint(
                "ad",
                "aware",
                "web",
                "Баннер",
                pains=(Insight("Дорого"), Insight("Долго", votes=1)),
                tags=("ads",),
            ),
            Touchpoint(
                "shelf",
                "interest",
                "shop",
                "Полка",
                opportunities=(Insight("Дегустация"),),
                actions=(Action("Выкладка", owner="Мерчандайзер"),),
                comments=(Comment("Ольга", "2025-03-01", "Фото полки у кассы"),),
            ),
        ],
    )
    return journey


def test_votes_add_take_never_below_zero_and_undo():
    journey = small_map()
    edit = vote(journey, [VoteTarget("ad"), VoteTarget("ad", PAIN, 0)], 1)
    edit.apply(journey)
    assert journey.touchpoint("ad").votes == 1
    assert [i.votes for i in journey.touchpoint("ad").pains] == [1, 1]
    take = vote(journey, [VoteTarget("ad")], -3)
    take.apply(journey)
    assert journey.touchpoint("ad").votes == 0
    take.revert(journey)
    edit.revert(journey)
    assert journey.touchpoint("ad").votes == 0
    assert [i.votes for i in journey.touchpoint("ad").pains] == [0, 1]


def test_ranking_most_votes_first_and_reset():
    journey = small_map()
    vote(journey, [VoteTarget("shelf", OPPORTUNITY, 0)], 3).apply(journey)
    vote(journey, [VoteTarget("ad")], 2).apply(journey)
    rows = [(r.votes, r.text) for r in ranking(journey)]
    assert rows == [(3, "Дегустация"), (2, "Баннер"), (1, "Долго")]
    assert total_votes(journey) == 6
    assert len(ranking(journey, include_zero=True)) == 5
    reset = reset_votes(journey)
    reset.apply(journey)
    assert total_votes(journey) == 0
    reset.revert(journey)
    assert total_votes(journey) == 6


def test_votes_survive_the_file():
    journey = small_map()
    vote(journey, [VoteTarget("ad"), VoteTarget("shelf", OPPORTUNITY, 0)], 2).apply(journey)
    again = loads_map(dumps_map(journey)).map
    assert again.touchpoint("ad").votes == 2
    assert again.touchpoint("shelf").opportunities[0].votes == 2


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Интерес / Магазин: Дегустация", ("interest", "shop", "Дегустация")),
        ("интер / маг: Дегустация", ("interest", "shop", "Дегустация")),
        ("interest/web: Landing page", ("interest", "web", "Landing page")),
        ("Интерес: Звонок", ("interest", "web", "Звонок")),
        ("Просто заголовок", ("aware", "web", "Просто заголовок")),
    ],
)
def test_quick_add_parses_loose_names(line, expected):
    found = parse_quick_add(small_map(), line)
    assert (found.stage, found.channel, found.title) == expected


def test_quick_add_uses_the_current_cell_and_reports_unknown_names():
    journey = small_map()
    assert parse_quick_add(journey, "Полка 2", ("interest", "shop")).stage == "interest"
    with pytest.raises(QuickAddError, match="no stage"):
        parse_quick_add(journey, "Лояльность / Сайт: x")
    with pytest.raises(QuickAddError, match="no channel"):
        parse_quick_add(journey, "Интерес / Телефон: x")
    with pytest.raises(QuickAddError, match="title"):
        parse_quick_add(journey, "Интерес / Сайт:  ")


def test_find_covers_titles_insights_comments_and_ignores_case():
    journey = small_map()
    assert [h.entity_id for h in find(journey, "ДОЛГО")] == ["ad"]
    assert find(journey, "кассы")[0].field == "comments"
    assert [h.entity_id for h in find(journey, "интерес")] == ["interest"]
    assert find(journey, "  ") == []


def test_card_filters_by_channel_tag_owner():
    journey = small_map()
    ad, shelf = journey.touchpoint("ad"), journey.touchpoint("shelf")
    assert tags(journey) == ["ads"] and owners(journey) == ["Мерчандайзер"]
    assert card_matches(ad, tag="ads") and not card_matches(shelf, tag="ads")
    assert card_matches(shelf, owner="Мерчандайзер") and not card_matches(ad, owner="Мерчандайзер")
    assert card_matches(ad, channel="web") and not card_matches(ad, channel="shop")
    assert card_matches(ad)
