"""A click or a drag in the Emotions row sets the persona's score on a 1-5 scale."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from tests.gui.canvas_support import drag, make_canvas, press, release


def _row(scene):
    return next(row for row in scene.layout.rows if row.kind == "emotions")


def test_a_click_in_the_emotion_row_sets_the_score_under_the_pointer(qtbot):
    controller, scene, view = make_canvas(qtbot)
    scale = scene.layout.emotion_scale
    stage = scene.layout.stage_box("buy")  # no score yet
    assert "ari" not in controller.journey.stage("buy").emotions
    x = stage.column.x + 20  # not on the curve's point: anywhere in the stage's part
    at = QPointF(x, scale.y_for(4) + 1)
    view.centerOn(at)
    press(view, at)
    release(view, at)
    assert controller.journey.stage("buy").emotions == {"ari": 4}
    assert controller.undo_stack.undoText() == "Change emotion"
    controller.undo_stack.undo()
    assert "ari" not in controller.journey.stage("buy").emotions


def test_a_drag_in_the_row_previews_and_sets_once(qtbot):
    controller, scene, view = make_canvas(qtbot)
    scale = scene.layout.emotion_scale
    stage = scene.layout.stage_box("interest")
    x = stage.column.x + 15
    view.centerOn(QPointF(x, scale.y_for(3)))
    drag(view, QPointF(x, scale.y_for(1) - 1), QPointF(x, scale.y_for(5) + 1))
    assert controller.journey.stage("interest").emotions == {"ari": 5}
    assert controller.undo_stack.count() == 1
    # No preview dot is left behind.
    assert not [i for i in scene.items() if i.zValue() == 90]


def test_the_row_title_shows_the_scale_and_the_filter_picks_the_persona(qtbot):
    from cjm_designer.model import Kind, Persona

    controller, scene, view = make_canvas(qtbot)
    controller.journey.extend(Kind.PERSONA, [Persona("lyuda", "Люда")])
    scene.rebuild()
    scene.set_filters("lyuda", None, scene.options.rows)
    scale = scene.layout.emotion_scale
    stage = scene.layout.stage_box("aware")
    at = QPointF(stage.column.x + 20, scale.y_for(2))
    view.centerOn(at)
    press(view, at)
    release(view, at)
    assert controller.journey.stage("aware").emotions == {"ari": 2, "lyuda": 2}
    assert _row(scene) is not None
