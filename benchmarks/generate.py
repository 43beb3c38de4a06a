"""Large believable maps for benchmarks: ``generate_map(stages, channels, touchpoints)``.

Deterministic for a seed, so every run measures the same document. Run as a script to
write one: ``python benchmarks/generate.py 50 20 5000 -o big.cjm.yaml``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cjm_designer.model import (
    Action,
    Channel,
    ChannelKind,
    Duration,
    Flow,
    Insight,
    JourneyMap,
    Kind,
    Kpi,
    Persona,
    Scenario,
    Segment,
    Stage,
    Touchpoint,
    Transition,
    TransitionKind,
)

WORDS = [
    "customer",
    "order",
    "delivery",
    "bonus",
    "review",
    "price",
    "call",
    "manager",
    "offer",
    "loyalty",
    "discount",
    "question",
    "landing",
    "e-mail",
    "chat",
    "store",
    "shelf",
    "protein",
    "bar",
    "snack",
    "office",
    "sport",
    "trainer",
    "заказ",
    "доставка",
    "отзыв",
    "цена",
    "звонок",
    "менеджер",
    "скидка",
    "лояльность",
    "магазин",
    "полка",
    "батончик",
    "tilaus",
    "toimitus",
    "arvostelu",
    "hinta",
    "soitto",
    "myyjä",
    "alennus",
    "kanta-asiakas",
]


def _phrase(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize()


def generate_map(stages: int, channels: int, touchpoints: int, seed: int = 1) -> JourneyMap:
    rng = random.Random(seed)
    journey = JourneyMap(title=f"Generated {stages}x{channels}x{touchpoints}", language="en")
    personas = [Persona("p1", "Aristarkh", segment=Segment.NEW), Persona("p2", "Lyuda")]
    journey.extend(Kind.PERSONA, personas)
    journey.extend(
        Kind.SCENARIO, [Scenario("with-sales", "With sales"), Scenario("self", "Self-serve")]
    )
    kinds = list(ChannelKind)
    journey.extend(
        Kind.CHANNEL,
        [
            Channel(
                f"c{i}", f"Channel {i}", kinds[i % len(kinds)], f"#{rng.randrange(0x1000000):06x}"
            )
            for i in range(channels)
        ],
    )
    journey.extend(
        Kind.STAGE,
        [
            Stage(
                f"s{i}",
                f"Stage {i} {_phrase(rng, 1, 2)}",
                description=_phrase(rng, 8, 20),
                goal=_phrase(rng, 3, 8),
                questions=(_phrase(rng, 3, 6) + "?",),
                duration=Duration(rng.randint(1, 14)),
                kpis=(Kpi("Conversion", f"{rng.randint(5, 60)}%"),),
                emotions={"p1": rng.randint(1, 5), "p2": rng.randint(1, 5)},
            )
            for i in range(stages)
        ],
    )
    cards = []
    for i in range(touchpoints):
        cards.append(
            Touchpoint(
                f"t{i}",
                f"s{rng.randrange(stages)}",
                f"c{rng.randrange(channels)}",
                _phrase(rng, 2, 6),
                description=_phrase(rng, 5, 15),
                actions=tuple(
                    Action(
                        _phrase(rng, 3, 8),
                        actor=rng.choice(["customer", "manager"]),
                        owner="Sales",
                        tools=("CRM",),
                        instructions=_phrase(rng, 3, 8),
                    )
                    for _ in range(rng.randint(1, 3))
                ),
                emotion=rng.randint(1, 5),
                pains=(Insight(_phrase(rng, 3, 6), votes=rng.randint(0, 4)),),
                opportunities=(Insight(_phrase(rng, 3, 6)),),
                votes=rng.randint(0, 5),
                tags=("generated",),
            )
        )
    journey.extend(Kind.TOUCHPOINT, cards)
    transitions = [
        Transition(
            f"s{i}--s{i + 1}", f"s{i}", f"s{i + 1}", probability=round(rng.uniform(0.4, 0.8), 2)
        )
        for i in range(stages - 1)
    ]
    if stages > 3:
        transitions.append(Transition("back", "s3", "s1", TransitionKind.BACK, 0.1))
        transitions.append(Transition("ref", f"s{stages - 1}", "s2", TransitionKind.REFERRAL, 0.2))
    journey.extend(Kind.TRANSITION, transitions)
    journey.extend(
        Kind.FLOW,
        [Flow(f"f{i}", f"t{i}", f"t{i + 1}") for i in range(0, min(touchpoints - 1, 200), 2)],
    )
    return journey


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("stages", type=int)
    parser.add_argument("channels", type=int)
    parser.add_argument("touchpoints", type=int)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    from cjm_designer.io.yaml_format import save_map

    save_map(generate_map(args.stages, args.channels, args.touchpoints, args.seed), args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
