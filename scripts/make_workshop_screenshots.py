"""Render the workshop features on the example map into docs/screenshots/ (offscreen).

    .venv/bin/python scripts/make_workshop_screenshots.py

The presentation picture comes from the real command line
(``cjm-designer EXAMPLE --presentation --screenshot OUT``); the others drive a window
the way a facilitator would: votes, a comment and a photo on cards, the capture box,
find hits, and the scenario comparison.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"


def presentation_cli(target: Path) -> None:
    example = REPO / "resources" / "examples" / "protein-bars.cjm.yaml"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-m", "cjm_designer", str(example), "--presentation",
         "--screenshot", str(target), "--size", "1366x768", "--lang", "en"],
        check=True, env=env,
    )  # fmt: skip


def window_shots() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CJM_DESIGNER_DATA_DIR", tempfile.mkdtemp(prefix="cjm-shots-"))
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
    from PySide6.QtWidgets import QApplication

    from cjm_designer.model.votes import VoteTarget
    from cjm_designer.resources import example_map_path
    from cjm_designer.ui.app import install_translations
    from cjm_designer.ui.calm_theme import apply_theme
    from cjm_designer.ui.main_window import MainWindow
    from cjm_designer.ui.workshop.notes_dock import add_comment
    from cjm_designer.ui.workshop.votes_dock import vote_on

    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    install_translations(app, "en")
    window = MainWindow(language="en", restore_layout=False)
    window.load(example_map_path())
    window.resize(1600, 1000)
    window.show()
    for _ in range(3):
        app.processEvents()
    ws, journey = window.workshop, window.controller.journey

    def settle() -> None:
        for _ in range(4):
            app.processEvents()

    # A photo of the shelf: a drawn gradient with "shelves", so no file is needed.
    photo = QImage(640, 480, QImage.Format.Format_RGB32)
    painter = QPainter(photo)
    gradient = QLinearGradient(0, 0, 0, 480)
    gradient.setColorAt(0, QColor("#f4d9a6"))
    gradient.setColorAt(1, QColor("#9b6b3d"))
    painter.fillRect(photo.rect(), gradient)
    for y in (120, 260, 400):
        painter.fillRect(0, y, 640, 18, QColor("#5b3a1e"))
        for x in range(30, 620, 70):
            painter.fillRect(x, y - 70, 46, 70, QColor("#3a7bd5" if x % 140 else "#e0573a"))
    painter.end()

    stage = journey.stages[5]
    cards = journey.touchpoints_in(stage.id)
    ws.add_images([cards[0].id], [(photo, "Shelf at the office kiosk")])
    add_comment(window.controller, cards[0].id, "Ask the office manager about a fridge", "Olga")
    add_comment(window.controller, cards[1].id, "Script is too long", "Ivan")
    for card, votes in zip(cards, (4, 2, 1), strict=False):
        vote_on(window.controller, [VoteTarget(card.id)], votes)
    ws.votes.show()
    ws.votes.raise_()
    window.controller.set_selection([cards[0].id])
    settle()
    box = window.scene.layout.stages[5]
    window.view.zoom_to_rect(QRectF(box.header.x - 260, box.header.y - 20, 1000, 560))
    ws.capture.set_cell((stage.id, cards[0].channel))
    ws.capture.open("Free tasting at the reception")
    settle()
    window.grab().save(str(OUT / "workshop-capture-votes.png"))
    ws.capture.close()

    ws.personas.show()
    ws.personas.raise_()
    ws.find_bar.open_bar()
    ws.find_bar.query.setText("доставк")
    settle()
    window.view.zoom_fit()
    settle()
    window.grab().save(str(OUT / "workshop-find-personas.png"))
    ws.find_bar.close_bar()

    ws.review.show()
    ws.review.raise_()
    window.controller.set_selection([journey.stages[3].id])
    settle()
    window.grab().save(str(OUT / "workshop-swot-review.png"))

    dialog = ws.compare_scenarios()
    dialog.resize(1600, 800)
    settle()
    for view in dialog.views:
        view.zoom_fit()
    settle()
    dialog.grab().save(str(OUT / "workshop-compare-scenarios.png"))
    dialog.close()

    ws.presentation.enter(full_screen=False)
    ws.timer.set_minutes(15)
    ws.timer.toggle()
    for _ in range(43):
        ws.timer.step()
    ws.presentation.go_to(5, animate=False)
    settle()
    window.grab().save(str(OUT / "workshop-presentation-stage.png"))
    ws.presentation.leave()
    window.controller.undo_stack.setClean()
    window.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    presentation_cli(OUT / "workshop-presentation.png")
    window_shots()
    return 0


if __name__ == "__main__":
    sys.exit(main())
