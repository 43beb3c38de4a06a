"""PDF speed: the example poster from the CLI, and a 50 x 20 x 5,000 map poster.

Targets (issue 4): the example's poster under 0.5 s of work after start-up; a map of
50 stages x 20 channels x 5,000 touchpoints as a poster under 5 s. Prints the ratio to
each target measured in this run. Run: ``.venv/bin/python benchmarks/bench_pdf.py``.

Issue 21: the big map's A0 poster is also compared with a baseline measured in the same
run, reportlab drawing the same 5,000 cards (box, stripe, two title lines, a dot and its
number) with no layout at all: what is left above it is our layout and text fitting.
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


def raw_reportlab(journey: JourneyMap, path: Path) -> None:
    """The baseline: the cards of ``journey`` drawn straight onto an A0 page with
    reportlab in our fonts, titles split in two lines by hand, no layout or fitting."""
    from reportlab.pdfgen.canvas import Canvas

    from cjm_designer.export.pdf_fonts import BOLD, REGULAR, load_fonts
    from cjm_designer.layout.paper import paper

    load_fonts()
    sheet = paper("A0").oriented("landscape")
    canvas = Canvas(str(path), pagesize=sheet.size, pageCompression=1)
    stages = {s.id: i for i, s in enumerate(journey.stages)}
    channels = {c.id: i for i, c in enumerate(journey.channels)}
    rows: dict[tuple[int, int], int] = {}
    column_w = sheet.width / len(stages)
    row_h = sheet.height / (len(channels) * 6)
    for tp in journey.touchpoints:
        column, lane = stages[tp.stage], channels[tp.channel]
        slot = rows.get((column, lane), 0)
        rows[column, lane] = slot + 1
        x = column * column_w
        y = sheet.height - (lane * 6 + slot + 1) * row_h
        canvas.setFillColorRGB(1, 1, 0.95)
        canvas.roundRect(x + 1, y + 1, column_w - 2, row_h - 2, 2, stroke=1, fill=1)
        canvas.setFillColorRGB(0.2, 0.4, 0.8)
        canvas.rect(x + 1, y + 2, 2, row_h - 4, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        words = tp.title.split()
        half = len(words) // 2
        canvas.setFont(BOLD, 3)
        canvas.drawString(x + 4, y + row_h - 5, " ".join(words[:half]))
        canvas.drawString(x + 4, y + row_h - 9, " ".join(words[half:]))
        canvas.circle(x + 6, y + 3, 1.5, stroke=0, fill=1)
        canvas.setFont(REGULAR, 2.5)
        canvas.drawString(x + 9, y + 2, str(tp.emotion))
    canvas.showPage()
    canvas.save()


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
    baseline = timed(
        "50 x 20 x 5,000 cards, raw reportlab (baseline)",
        99,
        lambda: raw_reportlab(journey, folder / "raw.pdf"),
    )
    poster = timed(
        "50 x 20 x 5,000 poster (A0)",
        5.0,
        lambda: export_pdf(journey, folder / "big.pdf", page="A0"),
    )
    print(f"{'  A0 poster / raw reportlab baseline':<48} {poster / baseline:7.2f} x")
    timed(
        "50 x 20 x 5,000 default poster (a summary)",
        5.0,
        lambda: export_pdf(journey, folder / "summary.pdf"),
    )
    timed(
        "example, default tiles (A4 sheets)",
        5.0,
        lambda: export_pdf(example, folder / "tiles.pdf", kind="tiles"),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
