"""``cjm-designer analyze`` prints the same report in every process, whatever the hash seed.

Loops used to come out in networkx's set order (string hashes, different per process), so
the report shuffled from run to run and, past the limit, listed different loops.
"""

from __future__ import annotations

import os
import subprocess
import sys

from cjm_designer.analysis.checks import MAX_CYCLES, run_checks
from cjm_designer.io.yaml_format import save_map
from cjm_designer.model import Channel, JourneyMap, Kind, Stage, Touchpoint, Transition
from cjm_designer.model import TransitionKind as K
from tests.conftest import EXAMPLE

SEEDS = ("1", "6")  # two seeds that ordered the example's loops differently


def many_loops_map(stages: int = 7) -> JourneyMap:
    """Every stage returns to every earlier one: far more loops than the report lists."""
    journey = JourneyMap(title="Loops", entry="s0")
    journey.extend(Kind.STAGE, [Stage(f"s{i}", f"Stage {i}") for i in range(stages)])
    journey.extend(Kind.CHANNEL, [Channel("web", "Web")])
    journey.extend(
        Kind.TOUCHPOINT, [Touchpoint(f"t{i}", f"s{i}", "web", f"Card {i}") for i in range(stages)]
    )
    moves = [Transition(f"f{i}", f"s{i}", f"s{i + 1}", K.FORWARD, 0.5) for i in range(stages - 1)]
    moves += [
        Transition(f"b{i}-{j}", f"s{i}", f"s{j}", K.BACK, 0.05)
        for i in range(1, stages)
        for j in range(i)
    ]
    journey.extend(Kind.TRANSITION, moves)
    return journey


ANALYZE_ALL = """
import sys
from cjm_designer.cli import main
for path in sys.argv[1:]:
    for options in ([], ["--json"]):
        assert main(["analyze", path, *options]) == 0
"""


def analyses_under(seed: str, *paths) -> str:
    """The text and JSON analyses of ``paths``, printed by one process with ``seed``."""
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run(
        [sys.executable, "-c", ANALYZE_ALL, *map(str, paths)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_two_hash_seeds_print_the_same_analysis(tmp_path):
    loops = tmp_path / "loops.cjm.yaml"
    save_map(many_loops_map(), loops)
    first, second = (analyses_under(seed, EXAMPLE, loops) for seed in SEEDS)
    assert first.count('"problems"') == 2 and "loop Stage 0 → Stage 1 → Stage 0" in first
    assert first == second


def test_loops_are_listed_in_map_order_from_their_first_stage():
    loops = [p for p in run_checks(many_loops_map()) if p.code == "cycle"]
    assert len(loops) == MAX_CYCLES + 1  # the limit, then "and more"
    paths = [str(p.message).split(": ")[0] for p in loops[:MAX_CYCLES]]
    # Each loop starts at its earliest stage; loops sort by the stages they pass.
    assert paths[0] == "loop Stage 0 → Stage 1 → Stage 0"
    assert paths == sorted(paths, key=lambda p: [int(n) for n in p.split() if n.isdigit()])
