"""Shared fixtures: small maps built in memory, and paths of bundled files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cjm_designer.model import (
    Action,
    Channel,
    ChannelKind,
    Duration,
    Flow,
    Insight,
    JourneyMap,
    Kind,
    Persona,
    RowDefinition,
    Scenario,
    Stage,
    Touchpoint,
    Transition,
    TransitionKind,
)

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "resources" / "examples" / "protein-bars.cjm.yaml"


def run_python(code: str, *args: str) -> dict[str, str]:
    """Run ``code`` in a fresh interpreter from the repository, for what this test process
    has already loaded (modules, fonts, enums); the rest of the last line printed after
    each first word, by that word."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr
    said: dict[str, str] = {}
    for row in result.stdout.splitlines():
        word, _, rest = row.partition(" ")
        said[word] = rest
    return said


SHARED = REPO.parent / "shared"


def build_small_map() -> JourneyMap:
    """Three stages, three channels (one backstage), five cards, every kind of entity."""
    journey = JourneyMap(title="Протеиновые батончики", language="ru", entry="aware")
    journey.extend(
        Kind.PERSONA,
        [Persona("aristarkh", "Аристарх", goals=("Похудеть",)), Persona("lyuda", "Люда")],
    )
    journey.extend(
        Kind.SCENARIO,
        [Scenario("sales", "С отделом продаж"), Scenario("self", "Без отдела продаж")],
    )
    journey.extend(
        Kind.CHANNEL,
        [
            Channel("web", "Сайт", ChannelKind.DIGITAL, "#4e79a7"),
            Channel("shop", "Магазин", ChannelKind.OFFLINE, "#f28e2b"),
            Channel("crm", "CRM", ChannelKind.BACKSTAGE, "#76b7b2"),
        ],
    )
    journey.extend(
        Kind.STAGE,
        [
            Stage(
                "aware",
                "Осознание",
                goal="Заметить",
                duration=Duration(2),
                emotions={"aristarkh": 2},
            ),
            Stage("interest", "Интерес", emotions={"aristarkh": 3, "lyuda": 4}),
            Stage("loyal", "Лояльность", final=True, notes={"thoughts": "Всё хорошо"}),
        ],
    )
    journey.extend(Kind.ROW, [RowDefinition("thoughts", "Мысли")])
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint(
                "ad",
                "aware",
                "web",
                "Баннер",
                actions=(Action("Видит баннер", actor="клиент"),),
                emotion=3,
            ),
            Touchpoint(
                "shelf",
                "aware",
                "shop",
                "Полка",
                pains=(Insight("Дорого", votes=2),),
                personas=("aristarkh",),
            ),
            Touchpoint("landing", "interest", "web", "Лендинг", scenarios=("self",), votes=1),
            Touchpoint(
                "lead",
                "interest",
                "crm",
                "Лид в CRM",
                actions=(Action("Создать лид", owner="Продажи", channel="crm"),),
            ),
            Touchpoint("bonus", "loyal", "web", "Бонусы", tags=("retention",)),
        ],
    )
    journey.extend(
        Kind.TRANSITION,
        [
            Transition("aware--interest", "aware", "interest", probability=0.4),
            Transition(
                "interest--loyal", "interest", "loyal", probability=0.3, scenarios=("sales",)
            ),
            Transition("back", "interest", "aware", TransitionKind.BACK, 0.1),
            Transition("leave", "interest", None, TransitionKind.EXIT, 0.2, label="К конкуренту"),
        ],
    )
    journey.extend(Kind.FLOW, [Flow("ad--landing", "ad", "landing")])
    return journey


@pytest.fixture
def small_map() -> JourneyMap:
    return build_small_map()


@pytest.fixture(autouse=True)
def _messages_in_english():
    """Each test starts and ends with English messages (the CLI and the window switch the
    language of ``cjm_designer.messages`` for the whole process)."""
    from cjm_designer import messages

    messages.set_language("en")
    yield
    messages.set_language("en")
