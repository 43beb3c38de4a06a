"""Canvas speed on a 50 stages x 20 channels x 5,000 touchpoints map.

Targets (issue 3): layout of the whole map < 150 ms; median handling of one mouse move
while dragging a card <= 16 ms (one frame at 60 Hz), painting included; one card edit
updates the scene much faster than building it again. Ratios are measured in this run.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_canvas.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from benchmarks.generate import generate_map
from cjm_designer.layout import WrapCache, compute_layout
from cjm_designer.model import Kind
from cjm_designer.model.edits import move_touchpoint, update
from cjm_designer.ui.canvas.scene import MapScene
from cjm_designer.ui.canvas.view import MapView
from cjm_designer.ui.controller import DocumentController

LEFT = Qt.MouseButton.LeftButton


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def send(view: MapView, kind: QEvent.Type, scene_pos: QPointF, button, buttons) -> None:
    local = QPointF(view.mapFromScene(scene_pos))
    event = QMouseEvent(
        kind,
        local,
        QPointF(view.viewport().mapToGlobal(local.toPoint())),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stages", type=int, default=50)
    parser.add_argument("--channels", type=int, default=20)
    parser.add_argument("--touchpoints", type=int, default=5000)
    parser.add_argument("--moves", type=int, default=120)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    journey = generate_map(args.stages, args.channels, args.touchpoints, seed=1)
    print(f"map: {args.stages} stages x {args.channels} channels x {args.touchpoints} touchpoints")

    plain = [timed(lambda: compute_layout(journey)) for _ in range(5)]
    cache = WrapCache()
    compute_layout(journey, cache=cache)
    cached = [timed(lambda: compute_layout(journey, cache=cache)) for _ in range(5)]
    print(
        f"layout (average-width measurer), cold cache: median {statistics.median(plain):.1f} ms; warm cache: median {statistics.median(cached):.1f} ms; target < 150 ms"
    )

    controller = DocumentController(journey)
    scene_holder = []
    build = timed(lambda: scene_holder.append(MapScene(controller)))
    scene = scene_holder[0]
    qt_layout = [
        timed(lambda: compute_layout(journey, scene.options, scene.wrap_cache)) for _ in range(5)
    ]
    print(
        f"scene build (Qt text metrics, {len(scene.cards)} cards): {build:.0f} ms; Qt-measured layout, warm cache: median {statistics.median(qt_layout):.1f} ms"
    )

    card_id = journey.touchpoints[len(journey.touchpoints) // 2].id
    edits = []
    for i in range(5):
        edit = update(
            journey, Kind.TOUCHPOINT, card_id, title=f"Edited title number {i} with a few words"
        )
        edits.append(timed(lambda edit=edit: controller.push(edit, "edit")))
    moves = []
    for i in range(5):
        stage = journey.stages[(i * 7) % len(journey.stages)].id
        channel = journey.channels[(i * 3) % len(journey.channels)].id
        edit = move_touchpoint(journey, card_id, stage, channel, 0)
        moves.append(timed(lambda edit=edit: controller.push(edit, "move")))
    print(
        f"one card moved to another cell -> re-layout and items moved in place: median {statistics.median(moves):.0f} ms"
    )
    rebuild = [timed(scene.rebuild) for _ in range(2)]
    print(
        f"one card edit -> scene updated: median {statistics.median(edits):.1f} ms; full rebuild: median {statistics.median(rebuild):.0f} ms; "
        f"ratio {statistics.median(edits) / statistics.median(rebuild):.2f}"
    )

    view = MapView(scene)
    view.resize(1366, 768)
    view.show()
    app.processEvents()
    box = scene.layout.cards[journey.touchpoints[0].id]
    start = QPointF(*box.rect.center)
    view.centerOn(start)
    app.processEvents()
    send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    handling, frames = [], []
    for i in range(args.moves):
        # Wander over nearby cells (three columns, several lanes) like a hand would.
        pos = start + QPointF(((i * 37) % 600) - 200, ((i * 53) % 500) - 150)
        handling.append(
            timed(
                lambda pos=pos: send(
                    view, QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, LEFT
                )
            )
        )
        frames.append(timed(view.viewport().repaint))
    send(view, QEvent.Type.MouseButtonRelease, start + QPointF(0, 1), LEFT, Qt.MouseButton.NoButton)
    total = [a + b for a, b in zip(handling, frames, strict=True)]
    median = statistics.median(total)
    print(
        f"card drag, per mouse move: handling median {statistics.median(handling):.2f} ms, repaint median {statistics.median(frames):.2f} ms, "
        f"total median {median:.2f} ms, p90 {sorted(total)[int(len(total) * 0.9)]:.2f} ms; ratio to 16 ms frame {median / 16:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
