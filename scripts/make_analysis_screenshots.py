"""Render the Analysis dock and the Compare view on the example map into docs/screenshots/.

    .venv/bin/python scripts/make_analysis_screenshots.py

The compare pictures put the example next to a copy edited the way a second workshop
would: a renamed stage, a new card, a better probability, a happier persona.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"


def settle(app, seconds: float = 0.6) -> None:
    """Let the analysis worker finish: sleep (releasing the GIL) and process events."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        time.sleep(0.02)
        app.processEvents()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from cjm_designer.model import Kind, Touchpoint
    from cjm_designer.model.edits import InsertEntity, update
    from cjm_designer.resources import example_map_path
    from cjm_designer.ui.app import install_translations
    from cjm_designer.ui.calm_theme import apply_theme
    from cjm_designer.ui.compare.window import CompareWindow
    from cjm_designer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    apply_theme(app)
    install_translations(app, "en")
    window = MainWindow(language="en", restore_layout=False)
    window.load(example_map_path())
    window.resize(1600, 1000)
    window.show()
    settle(app, 0.2)  # the Analysis dock joins the Problems tab once the window is up
    window.analysis.raise_()
    window.resizeDocks([window.analysis], [430], Qt.Orientation.Vertical)
    settle(app, 1.5)
    window.analysis.tint_action.setChecked(True)
    window.view.zoom_fit()
    settle(app)
    window.grab().save(str(OUT / "analysis-dock-funnel.png"), "PNG")
    for index, name in ((1, "bottlenecks"), (2, "scenarios"), (3, "coverage")):
        window.analysis.tabs.setCurrentIndex(index)
        settle(app, 0.2)
        window.analysis.grab().save(str(OUT / f"analysis-dock-{name}.png"), "PNG")

    before = window.controller.journey.copy()
    controller = window.controller
    journey = controller.journey
    controller.push(update(journey, Kind.STAGE, "interes", name="Интерес к батончикам"), "x")
    controller.push(update(journey, Kind.TRANSITION, "zhelanie--deystvie", probability=0.15), "x")
    stage = journey.stage("sravnenie")
    controller.push(
        update(journey, Kind.STAGE, "sravnenie", emotions={**stage.emotions, "aristarkh": 4}), "x"
    )
    card = Touchpoint("kviz", "interes", "web", "Квиз «Какой батончик вам подходит»")
    controller.push(InsertEntity(Kind.TOUCHPOINT, card), "x")
    view = CompareWindow(before, journey, "workshop 1", "workshop 2")
    view.resize(1600, 1000)
    view.show()
    settle(app)
    view.changes.setCurrentRow(0)
    view.grab().save(str(OUT / "compare-view.png"), "PNG")
    view.tabs.setCurrentIndex(1)
    settle(app, 0.2)
    view.tabs.grab().save(str(OUT / "compare-funnels.png"), "PNG")
    controller.undo_stack.setClean()
    view.close()
    window.close()


if __name__ == "__main__":
    main()
