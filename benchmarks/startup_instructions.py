"""Start-up work counted in instructions: the program against the stock-Qt copy of its window.

Wall time on this shared 2-core machine moves by a third from minute to minute, so the
1.25x target of issue 19 cannot be told from noise in single runs. Valgrind's cachegrind
counts the instructions a run executes, which do not depend on what else the machine
does. Both sides run to the end of their work, the picture saved, and then leave with
``os._exit``: the interpreter's teardown is not start-up, and under valgrind a thread's
wait at exit counts a varying number of instructions. The program's timers that fire
later in a real session (the first analysis after 300 ms, the GUI-thread garbage
collector after 2 s) are held, because under valgrind's slowdown they would fire during
start-up. Counts repeat to within about 0.1 %.

``python benchmarks/startup_instructions.py`` (needs ``valgrind``; about a minute).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "protein-bars.cjm.yaml"
STOCK_WINDOW = Path(__file__).resolve().parent / "stock_window.py"

PROGRAM = """
import os, sys
import cjm_designer.ui.analysis.runner as runner
import cjm_designer.ui.gc_guard as gc_guard
runner.DELAY_MS = gc_guard.START_DELAY_MS = gc_guard.INTERVAL_MS = 10**7
sys.argv = ["cjm-designer", sys.argv[1], "--screenshot", sys.argv[2], "--size", "1366x768"]
from cjm_designer.cli import main
code = main()
os._exit(code)
"""

STOCK = """
import os, runpy, sys
sys.argv = [sys.argv[3], sys.argv[2], sys.argv[1]]
runpy.run_path(sys.argv[0], run_name="__main__")
os._exit(0)
"""


def instructions(script: str, args: list[str], env: dict) -> int:
    """Instructions one run executes (cachegrind's "I refs")."""
    result = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, "-c", script, *args],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    match = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if match is None:
        raise RuntimeError(f"cachegrind printed no count:\n{result.stderr[-2000:]}")
    return int(match.group(1).replace(",", ""))


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program runs from bytecode
    with tempfile.TemporaryDirectory() as folder:
        env["HOME"] = folder
        example = Path(folder) / "example.cjm.yaml"
        example.write_bytes(EXAMPLE.read_bytes())
        shot = str(Path(folder) / "shot.png")
        runs = {
            "stock": (STOCK, [str(example), shot, str(STOCK_WINDOW)]),
            "program": (PROGRAM, [str(example), shot]),
        }
        for script, args in runs.values():  # bytecode caches written, disk caches warm
            subprocess.run([sys.executable, "-c", script, *args], env=env, check=True,
                           capture_output=True)  # fmt: skip
        counts = {name: instructions(script, args, env) for name, (script, args) in runs.items()}
    stock, program = counts["stock"], counts["program"]
    print(f"stock-Qt copy of the window   {stock / 1e9:6.3f} G instructions")
    print(f"program on the example        {program / 1e9:6.3f} G instructions")
    print(f"program / stock-Qt copy       {program / stock:6.3f}   (target <= 1.25, issue 19)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
