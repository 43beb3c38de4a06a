"""Start-up to a rendered window: frozen bundle vs virtualenv vs a bare PySide6 window.

Measured in one run (issue 3: the program on the example within 2x of a bare window that
grabs itself, and on a 50 x 20 x 5,000 map within 2x of the bare window plus a raw PyYAML
parse of that file; issue 9: the frozen program within 1.5x of the same program from the
virtualenv).
The same run also times the editor's window rebuilt from stock Qt parts with none of the
program's code (``stock_window.py``): the floor that any code on top can only add to.
``--bundle dist/cjm-designer`` adds the frozen program when it has been built.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "protein-bars.cjm.yaml"
STOCK_WINDOW = Path(__file__).resolve().parent / "stock_window.py"
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1366, 768); window.show()
window.grab().save(sys.argv[1])
"""


def timed(command: list[str], repeat: int, env: dict) -> float:
    """Median wall time; one untimed warm-up run first (bytecode cache, disk cache)."""
    return interleaved({"only": command}, repeat, env)["only"][0]


CPU_TIMES: dict[str, list[float]] = {}
"""User + system CPU seconds of each command's runs in the last :func:`interleaved` call."""


def interleaved(commands: dict[str, list[str]], repeat: int, env: dict) -> dict:
    """Median and fastest wall time of each command, run in turns.

    This machine's speed drifts by a third from minute to minute; running the bare window
    and the program one after the other in every round puts the same drift on both sides
    of the ratio. One untimed warm-up round first (bytecode cache, disk cache). The CPU
    time of each run goes to :data:`CPU_TIMES`: on a machine shared with other work it
    moves less than the wall time (waiting for a core is not counted).
    """
    for command in commands.values():
        subprocess.run(command, check=True, env=env, capture_output=True)
    times: dict[str, list[float]] = {name: [] for name in commands}
    CPU_TIMES.clear()
    CPU_TIMES.update({name: [] for name in commands})
    for _ in range(repeat):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True, env=env, capture_output=True)
            times[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            CPU_TIMES[name].append(
                after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            )
    return {name: (statistics.median(ts), min(ts)) for name, ts in times.items()}


def big_map_ratio(folder: str, shot: str, bare: float, env: dict, repeat: int) -> None:
    import yaml

    sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate_map
    from cjm_designer.io.yaml_format import save_map

    big = Path(folder) / "big.cjm.yaml"
    save_map(generate_map(50, 20, 5000), big)
    text = big.read_text(encoding="utf-8")
    start = time.perf_counter()
    yaml.load(text, Loader=yaml.CSafeLoader)
    parse = time.perf_counter() - start
    command = [sys.executable, "-m", "cjm_designer", str(big), "--screenshot", shot]
    program = timed([*command, "--size", "1366x768"], repeat, env)
    ratio = program / (bare + parse)
    print(f"raw yaml.load of the 50x20x5000 map  {parse * 1000:7.0f} ms")
    print(
        f"program on the 50x20x5000 map   {program * 1000:7.0f} ms   ratio to bare+parse {ratio:.2f} (target <= 2)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", help="a frozen bundle folder, e.g. dist/cjm-designer")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--big", action="store_true", help="also open a 50 x 20 x 5,000 map")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # An installed program runs from cached bytecode; measure that, not recompilation.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as folder:
        env["HOME"] = folder
        shot = str(Path(folder) / "shot.png")
        screenshot = [str(EXAMPLE), "--screenshot", shot, "--size", "1366x768"]
        runs = interleaved(
            {
                "bare": [sys.executable, "-c", BARE, shot],
                "stock": [sys.executable, str(STOCK_WINDOW), shot, str(EXAMPLE)],
                "venv": [sys.executable, "-m", "cjm_designer", *screenshot],
            },
            args.repeat,
            env,
        )
        (bare, bare_min), (venv, venv_min) = runs["bare"], runs["venv"]
        stock, stock_min = runs["stock"]
        print(
            f"bare PySide6 window + grab     {bare * 1000:7.0f} ms   (fastest {bare_min * 1000:.0f})"
        )
        print(
            f"same window from stock Qt parts {stock * 1000:6.0f} ms   (fastest {stock_min * 1000:.0f})"
            f"   ratio {stock / bare:.2f}, of the fastest {stock_min / bare_min:.2f} (no program code)"
        )
        print(
            f"program on the example (venv)  {venv * 1000:7.0f} ms   (fastest {venv_min * 1000:.0f})"
            f"   ratio {venv / bare:.2f}, of the fastest {venv_min / bare_min:.2f} (target <= 2)"
        )
        print(
            f"program / stock-Qt copy         ratio of medians {venv / stock:.2f},"
            f" of the fastest {venv_min / stock_min:.2f} (target <= 1.25, issue 19)"
        )
        cpu = {name: statistics.median(ts) for name, ts in CPU_TIMES.items()}
        print(
            f"CPU time (user+sys), medians     bare {cpu['bare'] * 1000:.0f} ms, stock"
            f" {cpu['stock'] * 1000:.0f} ms, program {cpu['venv'] * 1000:.0f} ms:"
            f" program / stock {cpu['venv'] / cpu['stock']:.2f}"
        )
        if args.big:
            big_map_ratio(folder, shot, bare, env, max(1, args.repeat // 2))
        if args.bundle:
            frozen_program = str(Path(args.bundle).resolve() / "cjm-designer")
            clean = {"HOME": folder, "QT_QPA_PLATFORM": "offscreen"}
            frozen = timed([frozen_program, *screenshot], args.repeat, clean)
            print(
                f"frozen bundle on the example   {frozen * 1000:7.0f} ms   ratio to venv {frozen / venv:.2f} (target <= 1.5)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
