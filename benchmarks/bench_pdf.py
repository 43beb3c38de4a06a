"""PDF speed: the example poster from the CLI, and a 50 x 20 x 5,000 map poster.

Targets (issue 4): the example's poster under 0.5 s of work after start-up; a map of
50 stages x 20 channels x 5,000 touchpoints as a poster under 5 s. Prints the ratio to
each target measured in this run. Run: ``.venv/bin/python benchmarks/bench_pdf.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cjm_designer import export_pdf, load_map
from cjm_designer.model import Channel, JourneyMap, Kind, Stage, Touchpoint
from cjm_designer.resources import example_map_path


def big_map(stages: int = 50, channels: int = 20, cards: int = 5000) -> JourneyMap:
    journey = JourneyMap(title="Benchmark map", language="en")
    journey.extend(Kind.CHANNEL, [Channel(f"c{i}", f"Channel {i}") for i in range(channels)])
    journey.extend(Kind.STAGE, [Stage(f"s{i}", f"Stage number {i}") for i in range(stages)])
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint(
                f"t{i}",
                f"s{i % stages}",
                f"c{(i // stages) % channels}",
                f"Touchpoint {i}: the customer reads a page and asks a question",
                emotion=1 + i % 5,
            )
            for i in range(cards)
        ],
    )
    return journey


def timed(label: str, target: float, action) -> float:
    start = time.perf_counter()
    action()
    elapsed = time.perf_counter() - start
    print(f"{label:<48} {elapsed:7.3f} s  target {target:4.1f} s  ratio {elapsed / target:5.2f}")
    return elapsed


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    example = load_map(example_map_path())
    export_pdf(example, folder / "warm.pdf", kind="poster")  # fonts registered, modules loaded

    timed("example poster (in process, warm)", 0.5, lambda: export_pdf(example, folder / "e.pdf"))
    cli = [sys.executable, "-m", "cjm_designer", "export", str(example_map_path()), "-o"]
    start_up = [sys.executable, "-c", "import cjm_designer.cli"]
    base = timed(
        "python start-up + CLI import (reference)", 99, lambda: subprocess.run(start_up, check=True)
    )
    total = timed(
        "example poster from the CLI (wall)",
        99,
        lambda: subprocess.run([*cli, str(folder / "cli.pdf")], check=True, capture_output=True),
    )
    print(
        f"{'  CLI work after start-up':<48} {total - base:7.3f} s  target  0.5 s  ratio {(total - base) / 0.5:5.2f}"
    )

    journey = big_map()
    timed(
        "50 x 20 x 5,000 poster (A0)",
        5.0,
        lambda: export_pdf(journey, folder / "big.pdf", page="A0"),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
