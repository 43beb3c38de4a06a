"""Presentation mode: F5 hides the chrome, arrows glide between stages, edits still work."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QTextLayout
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import EXAMPLE
from tests.gui.presentation_support import slide_problems
from tests.gui.workshop_support import card_center, click_card, key, shortcut


def _settled(window, qtbot) -> None:
    """Wait for the glide to the current slide to end."""
    qtbot.waitUntil(lambda: not window.view.gliding)


def test_presentation_steps_through_stages_and_restores_chrome(main_window, qtbot):
    window = main_window
    show = window.workshop.presentation
    show_timer = window.workshop.timer
    window.view.setFocus()
    shortcut(window, Qt.Key.Key_F5)
    assert show.active
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not window.properties.isVisible() and not window.outline.isVisible()
    assert show.caption.isVisible() and show.clock.isVisible()
    assert show.clock.text() == show_timer.text()
    overview_zoom = window.view.zoom

    key(window.view, Qt.Key.Key_Right)
    _settled(window, qtbot)
    assert show.stage_index == 0 and show.current_slide.part == 0
    assert window.view.zoom > overview_zoom * 2
    assert slide_problems(window) == []
    first_stage = window.controller.journey.stages[0]
    assert first_stage.name in show.caption.text()
    # Right steps through the parts of a tall stage, then on to the next stage.
    seen = set()
    while show.stage_index < 2:
        seen.add((show.stage_index, show.current_slide.part))
        key(window.view, Qt.Key.Key_Right)
        _settled(window, qtbot)
        assert slide_problems(window) == []
    assert show.current_slide.part == 0
    parts = show.slides[show.slide_index - 1].parts
    assert (1, parts - 1) in seen
    key(window.view, Qt.Key.Key_Left)
    assert show.stage_index == 1 and show.current_slide.part == parts - 1
    show.go_to(1, animate=False)
    assert show.stage_index == 1 and show.current_slide.part == 0
    _settled(window, qtbot)

    # Edits still work: select a card of this stage with the mouse and vote with "+".
    stage_id = window.controller.journey.stages[1].id
    card = window.controller.journey.touchpoints_in(stage_id)[0]
    qtbot.wait(300)
    click_card(window, card.id)
    assert window.controller.selection == [card.id]
    key(window.view, Qt.Key.Key_Plus, "+")
    assert window.controller.journey.touchpoint(card.id).votes == card.votes + 1
    assert show.active

    key(window.view, Qt.Key.Key_Home)
    assert show.stage_index == -1
    shortcut(window, Qt.Key.Key_Escape, target=window.view)
    assert not show.active
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert window.properties.isVisible()
    assert not show.caption.isVisible()
    assert card_center(window, card.id) is not None


def test_presentation_timer_counts_down_and_shows_in_the_corner(main_window, qtbot):
    window = main_window
    timer = window.workshop.timer
    timer.set_minutes(1)
    window.workshop.presentation.enter(full_screen=False)
    shortcut(
        window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert timer.running
    timer.step()  # one tick without waiting a second
    assert window.workshop.presentation.clock.text() == "00:59"
    shortcut(
        window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert not timer.running
    shortcut(
        window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert timer.text() == "01:00"
    window.workshop.presentation.leave()


def test_presentation_keys_do_not_fire_in_the_inline_editor(main_window, qtbot):
    window = main_window
    window.workshop.presentation.enter(full_screen=False)
    card = window.controller.journey.touchpoints[0]
    window.controller.set_selection([card.id])
    window.view.setFocus()
    assert window.scene.start_inline_edit()
    key(window.view, Qt.Key.Key_Right)
    assert window.workshop.presentation.stage_index == -1
    window.scene.editor.cancel()
    window.workshop.presentation.leave()


def test_presentation_screenshot_from_the_command_line(tmp_path, monkeypatch):
    from cjm_designer.ui import app as app_module

    out = tmp_path / "presentation.png"
    args = argparse.Namespace(
        file=str(EXAMPLE), screenshot=str(out), size="1024x640", lang="en", presentation=True
    )
    assert app_module.run_gui(args) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)
    # The map is drawn under the caption band: stage colours across the middle row of
    # pixels, not an empty board (the view framed by the presentation, not scrolled away).
    row = image.height() // 2
    colours = {image.pixelColor(x, row).name() for x in range(0, image.width(), 4)}
    assert len(colours) > 8
    # No menu bar: the top-left corner shows the caption's white box, not the menu.
    QApplication.processEvents()


def test_presentation_entered_before_the_first_show_hides_every_dock(qtbot, example_copy):
    """``--presentation`` enters before the window is shown; no dock may reappear then."""
    from PySide6.QtWidgets import QDockWidget

    from cjm_designer.ui.main_window import MainWindow

    window = MainWindow(restore_layout=False)
    qtbot.addWidget(window)
    assert window.load(example_copy)
    window.workshop.presentation.enter(full_screen=False)
    window.show()
    qtbot.waitExposed(window)
    visible = [
        d.objectName() or d.windowTitle() for d in window.findChildren(QDockWidget) if d.isVisible()
    ]
    assert visible == []
    window.workshop.presentation.leave()
    window.controller.undo_stack.setClean()


def test_the_slide_check_catches_a_stage_under_the_pinned_lane_column(main_window, qtbot):
    """The geometry check the real-window tests rely on fails on the old stage view."""
    window = main_window
    show = window.workshop.presentation
    show.enter(full_screen=False)
    show.go_to(1, animate=False)
    assert slide_problems(window) == []
    # What F5 → used to show: the stage column centred at a huge zoom, the lane column
    # pinned over half of it.
    header = window.scene.layout.stages[1].header
    window.view.glide_to(4.0, QPointF(header.x + header.w / 4, header.y + 200))
    problems = slide_problems(window)
    assert any("pinned lane column" in p or "outside the viewport" in p for p in problems)
    show.leave()


def test_the_cell_cursor_stays_off_the_projector_and_rests_after_a_card_click(main_window):
    from tests.gui.workshop_support import click, empty_cell_point

    window = main_window
    cursor = window.workshop.decorations.cursor
    stages = [s.id for s in window.scene.layout.stages]
    lanes = [lane.id for lane in window.scene.layout.lanes]
    window.view.setFocus()
    click(window, empty_cell_point(window, stages[0], lanes[2]))
    assert cursor.isVisible()
    shortcut(window, Qt.Key.Key_F5, target=window.view)
    assert window.workshop.presentation.active
    assert not cursor.isVisible()
    shortcut(window, Qt.Key.Key_Escape, target=window.view)
    assert cursor.isVisible()
    card = window.controller.journey.touchpoints[0]
    click_card(window, card.id)
    assert window.controller.selection == [card.id]
    assert not cursor.isVisible()


def test_presentation_overview_caption_says_stages_in_plain_english(main_window, qtbot, qapp):
    """The projector caption read "12 stage(s)": English has no catalog, so the "(s)" of
    the plural source showed; the English plural translator makes it "1 stage"/"N stages"."""
    from cjm_designer.ui import i18n

    window = main_window
    i18n.install_translations(qapp, "en")
    show = window.workshop.presentation
    show.enter(full_screen=False)
    try:
        count = show.stage_count()
        assert count > 1
        text = show.detail.text()
        assert text.startswith(f"{count} stages ·"), text
        assert "(s)" not in text
    finally:
        show.leave()


def test_a_right_to_left_stage_name_does_not_turn_the_caption_around(main_window, qtbot):
    """The tester saw "part 1 of 2 · … · 2/4" for a Hebrew stage: the name is isolated."""
    from cjm_designer.model import Kind
    from cjm_designer.model.edits import update

    window = main_window
    controller = window.controller
    first = controller.journey.stages[0]
    controller.push(update(controller.journey, Kind.STAGE, first.id, name="גילוי"), "rename")
    show = window.workshop.presentation
    show.enter(full_screen=False)
    try:
        shortcut(window, Qt.Key.Key_Right, target=window.view)
        qtbot.waitUntil(lambda: show.current_slide is not None)
        text = show.caption.text()
        assert text.startswith("1/"), text
        # Laid out as the label lays it out: "1/…" at the left, "part …" after the name.
        layout = QTextLayout(text, show.caption.font())
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(10_000)
        layout.endLayout()
        number_x = line.cursorToX(0)[0]
        name_x = line.cursorToX(text.index("ג"))[0]
        assert number_x < 1 < name_x, (text, number_x, name_x)
        if "part" in text:
            assert line.cursorToX(text.index("part"))[0] > name_x
    finally:
        show.leave()
    controller.undo_stack.undo()
