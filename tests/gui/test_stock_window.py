"""The start-up benchmark's floor (``benchmarks/stock_window.py``) still builds and renders.

The benchmark compares the program with this stock-Qt copy of its window; if the copy
broke, the floor it prints would silently stop meaning anything.
"""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from tests.conftest import EXAMPLE, REPO


def test_the_stock_window_renders_the_map_with_its_docks(tmp_path):
    out = tmp_path / "stock.png"
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "stock_window.py"), str(out), str(EXAMPLE)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    picture = QImage(str(out))
    assert (picture.width(), picture.height()) == (1366, 768)
    colours = {picture.pixel(x, y) for x in range(0, 1366, 37) for y in range(0, 768, 23)}
    assert len(colours) > 10  # menus, docks, cards: not a blank window
