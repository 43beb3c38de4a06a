"""The view: zoom API and gestures, panning, filters, and a look at the example map."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from cjm_designer.io.yaml_format import load_map
from cjm_designer.resources import example_map_path
from tests.gui.canvas_support import key, make_canvas, mouse


def test_zoom_api_emits_and_clamps(qtbot):
    _controller, scene, view = make_canvas(qtbot)
    seen = []
    view.zoomChanged.connect(seen.append)
    view.zoom_in()
    assert view.zoom > 1 and seen[-1] == view.zoom
    view.zoom_reset()
    assert view.zoom == 1.0 and view.transform().m11() == 1.0
    for _ in range(40):
        view.zoom_out()
    assert view.zoom == 0.1
    view.zoom_to_rect(QRectF(0, 0, 400, 300))
    assert 1.0 < view.zoom <= 4.0
    view.zoom_fit()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(scene.sceneRect().adjusted(2, 2, -2, -2))


def test_ctrl_wheel_and_ctrl_plus_zoom(qtbot):
    _controller, _scene, view = make_canvas(qtbot)
    local = QPointF(200, 200)
    wheel = QWheelEvent(
        local, QPointF(view.viewport().mapToGlobal(local.toPoint())), QPoint(), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom > 1.0
    key(view, Qt.Key.Key_Minus, "-", Qt.KeyboardModifier.ControlModifier)
    key(view, Qt.Key.Key_Minus, "-", Qt.KeyboardModifier.ControlModifier)
    assert view.zoom < 1.0


def test_middle_button_drag_pans(qtbot):
    controller, _scene, view = make_canvas(qtbot, size=(500, 400))
    view.zoom_in()
    view.horizontalScrollBar().setValue(0)
    before = view.horizontalScrollBar().value()
    start = view.mapToScene(QPoint(300, 200))
    end = view.mapToScene(QPoint(200, 200))
    middle = Qt.MouseButton.MiddleButton
    from PySide6.QtCore import QEvent

    mouse(view, QEvent.Type.MouseButtonPress, start, button=middle, buttons=middle)
    mouse(view, QEvent.Type.MouseMove, end, button=Qt.MouseButton.NoButton, buttons=middle)
    mouse(view, QEvent.Type.MouseButtonRelease, end, button=middle, buttons=Qt.MouseButton.NoButton)
    assert view.horizontalScrollBar().value() == before + 100
    assert controller.undo_stack.count() == 0


def test_persona_filter_hides_cards(qtbot):
    journey = load_map(example_map_path())
    _controller, scene, _view = make_canvas(qtbot, journey)
    everyone = set(scene.cards)
    persona = journey.personas[0].id
    scene.set_filters(persona=persona)
    shown = set(scene.cards)
    expected = {tp.id for tp in journey.touchpoints if tp.applies_to_persona(persona)}
    assert shown == expected and shown < everyone
    assert [curve.persona for curve in scene.layout.curves] == [persona]


def test_example_map_renders(qtbot, tmp_path):
    journey = load_map(example_map_path())
    _controller, scene, view = make_canvas(qtbot, journey, size=(1366, 768))
    assert len(scene.cards) == len(journey.touchpoints)
    assert len(scene.arrows) == len(journey.transitions)
    image = view.grab()
    assert image.width() == 1366
    assert image.save(str(tmp_path / "canvas.png"))
    # Not blank: the top-left shows the first stage header in its colour.
    header = scene.layout.stages[0].header
    spot = view.mapFromScene(QPointF(header.x + 4, header.center[1]))
    color = image.toImage().pixelColor(spot)
    assert color.name() != "#f6f7f9"
