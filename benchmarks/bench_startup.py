"""Start-up to a rendered window: frozen bundle vs virtualenv vs a bare PySide6 window.

Measured in one run (issue 3: the program within 2x of a bare window that grabs itself;
issue 9: the frozen program within 1.5x of the same program from the virtualenv).
``--bundle dist/cjm-designer`` adds the frozen program when it has been built.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "protein-bars.cjm.yaml"
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1366, 768); window.show()
window.grab().save(sys.argv[1])
"""


def timed(command: list[str], repeat: int, env: dict) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", help="a frozen bundle folder, e.g. dist/cjm-designer")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        env["HOME"] = folder
        shot = str(Path(folder) / "shot.png")
        screenshot = [str(EXAMPLE), "--screenshot", shot, "--size", "1366x768"]
        bare = timed([sys.executable, "-c", BARE, shot], args.repeat, env)
        venv = timed([sys.executable, "-m", "cjm_designer", *screenshot], args.repeat, env)
        print(f"bare PySide6 window + grab     {bare * 1000:7.0f} ms")
        print(
            f"program on the example (venv)  {venv * 1000:7.0f} ms   ratio {venv / bare:.2f} (target <= 2)"
        )
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
