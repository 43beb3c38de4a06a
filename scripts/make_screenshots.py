"""Render the editor window on the example map into docs/screenshots/ (offscreen).

Each picture is ``cjm-designer EXAMPLE --screenshot OUT --size WxH`` in a fresh
process, so what the documentation shows is exactly what users start. Run it after a
visible change of the window or the canvas:

    .venv/bin/python scripts/make_screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"
SHOTS = {
    "main-window-1600x1000.png": "1600x1000",
    "main-window-1366x768.png": "1366x768",
}


def editing_shot(target: Path, size: tuple[int, int]) -> None:
    """The window while editing a card: its properties open, the canvas zoomed in on it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QApplication

    from cjm_designer.resources import example_map_path
    from cjm_designer.ui.app import install_translations
    from cjm_designer.ui.calm_theme import apply_theme
    from cjm_designer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    install_translations(app, "en")
    window = MainWindow(language="en", restore_layout=False)
    window.load(example_map_path())
    window.resize(*size)
    window.show()
    app.processEvents()
    window.controller.set_selection(["stati-zozh"])
    card = window.scene.entity_item("stati-zozh").sceneBoundingRect()
    window.view.zoom_to_rect(QRectF(card.left() - 120, card.top() - 90, 1150, 640))
    window.problems.refresh(with_analysis=True)
    app.processEvents()
    window.grab().save(str(target), "PNG")
    window.controller.undo_stack.setClean()
    window.close()


def main() -> int:
    from cjm_designer.resources import example_map_path

    OUT.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name, size in SHOTS.items():
        target = OUT / name
        command = [sys.executable, "-m", "cjm_designer", str(example_map_path())]
        command += ["--screenshot", str(target), "--size", size, "--lang", "en"]
        result = subprocess.run(command, env=env, cwd=REPO, check=False)
        if result.returncode != 0:
            print(f"failed: {name}", file=sys.stderr)
            return result.returncode
        print(target.relative_to(REPO))
    target = OUT / "main-window-editing.png"
    editing_shot(target, (1600, 1000))
    print(target.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
