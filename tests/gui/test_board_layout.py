"""A board, not an IDE: the first-run layout leaves the map the screen.

Properties opens for the selection and steps aside after it; problems live behind a
status-bar badge with a count; a map from a template is not "problematic".
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from cjm_designer.model import Kind
from cjm_designer.model.edits import update
from tests.gui.conftest import projector_window
from tests.gui.workshop_support import click, click_card


def _canvas_share(window) -> float:
    viewport = window.view.viewport()
    return viewport.width() * viewport.height() / (window.width() * window.height())


def test_first_run_gives_the_map_three_quarters_of_a_projector_window(qtbot, example_copy):
    window = projector_window(qtbot, example_copy)
    assert not window.properties.isVisible()
    assert not window.problems.isVisible() and not window.overview.isVisible()
    assert not any(dock.isVisible() for dock in window.workshop.docks)
    assert _canvas_share(window) >= 0.75
    # Card titles at 12 px or more: the map is not shrunk to fit.
    assert window.view.zoom * window.scene.options.metrics.card_title_size >= 12
    window.controller.undo_stack.setClean()


def test_properties_open_for_a_clicked_card_and_close_on_an_empty_click(main_window, qtbot):
    window = main_window
    assert not window.properties.isVisible()
    card = window.controller.journey.touchpoints[0]
    click_card(window, card.id)
    qtbot.waitUntil(window.properties.isVisible)
    assert window.properties.field("title").text() == card.title
    # A click on the empty board clears the selection; the panel steps aside.
    layout = window.scene.layout
    empty = QPointF(layout.size[0] - 4, layout.size[1] - 4)
    click(window, empty)
    assert window.controller.selection == []
    qtbot.waitUntil(lambda: not window.properties.isVisible())


def test_properties_opened_from_the_menu_stay_open(main_window, qtbot):
    window = main_window
    window.properties.toggleViewAction().trigger()  # View > Panels > Properties
    assert window.properties.isVisible()
    window.controller.set_selection([window.controller.journey.touchpoints[0].id])
    window.controller.set_selection([])
    assert window.properties.isVisible()


def test_the_problems_badge_counts_and_opens_the_list(main_window, qtbot):
    window = main_window
    badge = window.problems_badge
    assert badge.isVisible() and not window.problems.isVisible()
    controller = window.controller
    controller.push(update(controller.journey, Kind.TOUCHPOINT, "retargeting", emotion=9), "bad")
    qtbot.waitUntil(lambda: window.problems.counts()["error"] > 0, timeout=5000)
    serious = window.problems.counts()["error"] + window.problems.counts()["warning"]
    assert str(serious) in badge.text()
    QTest.mouseClick(badge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.problems.isVisible)
    QTest.mouseClick(badge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.problems.isVisible())


def test_a_new_map_from_a_template_shows_no_problems(main_window, qtbot):
    from cjm_designer.io.templates import new_map_from_template

    window = main_window
    window.controller.set_document(new_map_from_template("twelve-stages", "en"), None)
    # The template's own analysis has arrived (the runner was busy since the new map).
    runner = window.problems.runner
    assert runner.busy
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    assert window.problems.with_analysis
    counts = window.problems.counts()
    assert counts["error"] == 0 and counts["warning"] == 0
    assert window.problems_badge.text() == "✓ No problems"


def test_f9_board_mode_hides_every_panel_and_toolbar_and_brings_them_back(main_window, qtbot):
    from PySide6.QtWidgets import QDockWidget, QToolBar

    window = main_window
    window.overview.toggleViewAction().trigger()
    window.workshop.filter_bar.show()
    qtbot.wait(20)

    def shown():
        return {
            w.objectName()
            for w in window.findChildren(QDockWidget) + window.findChildren(QToolBar)
            if w.parent() is window and w.isVisible()
        }

    before = shown()
    assert window.overview.objectName() in before and len(before) >= 3
    width = window.view.viewport().width()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F9)
    assert window.board_mode.active
    assert shown() == set()
    qtbot.waitUntil(lambda: window.view.viewport().width() > width)
    # Properties does not pop up over the board for a click on a card.
    click_card(window, window.controller.journey.touchpoints[0].id)
    assert not window.properties.isVisible()
    QTest.keyClick(window.view, Qt.Key.Key_F9)
    assert not window.board_mode.active
    qtbot.waitUntil(lambda: before <= shown())
    assert window.properties.isVisible()  # the selection made meanwhile


def test_the_problems_panel_title_counts_what_the_badge_counts(main_window, qtbot):
    """The tryout saw "⚠ 1 problem" on the badge and "Problems (4)" over the list: the
    list also held 3 hints. Both now count errors and warnings; hints are named apart."""
    window = main_window
    controller = window.controller
    controller.push(update(controller.journey, Kind.TOUCHPOINT, "retargeting", emotion=9), "bad")
    dock = window.problems
    qtbot.waitUntil(lambda: dock.counts()["error"] > 0 and dock.with_analysis, timeout=10000)
    QTest.mouseClick(window.problems_badge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dock.isVisible)
    counts = dock.counts()
    serious = counts["error"] + counts["warning"]
    assert counts["info"] > 0  # the example has hints, so the two counts used to differ
    badge_number = int("".join(ch for ch in window.problems_badge.text() if ch.isdigit()))
    assert badge_number == serious
    assert dock.windowTitle() == f"Problems ({serious}) · hints ({counts['info']})"


def _open_window(qtbot, path):
    return projector_window(qtbot, path, restore_layout=True)  # as the program starts


def test_panels_that_opened_in_passing_are_closed_at_the_next_start(qtbot, example_copy):
    """The tryout: a card clicked (Properties followed it) and one look at the badge's
    list; the next start brought back Properties, Problems and an Analysis tab never
    opened, and left the map 42% of the projector. Passing panels stay closed; a panel
    opened from View > Panels comes back."""
    first = _open_window(qtbot, example_copy)
    click_card(first, first.controller.journey.touchpoints[0].id)
    qtbot.waitUntil(first.properties.isVisible)
    QTest.mouseClick(first.problems_badge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(first.problems.isVisible)
    first.overview.toggleViewAction().trigger()  # the user's own choice
    assert first.close()

    second = _open_window(qtbot, example_copy)
    assert second.overview.isVisible()
    assert not second.properties.isVisible()
    assert not second.problems.isVisible() and not second.analysis.isVisible()
    # Properties still follows the selection and steps aside after it.
    card = second.controller.journey.touchpoints[0]
    click_card(second, card.id)
    qtbot.waitUntil(second.properties.isVisible)
    layout = second.scene.layout
    click(second, QPointF(layout.size[0] - 4, layout.size[1] - 4))
    qtbot.waitUntil(lambda: not second.properties.isVisible())
    second.overview.toggleViewAction().trigger()
    assert second.close()


def test_the_badge_brings_problems_forward_from_behind_the_analysis_tab(main_window, qtbot):
    """With Analysis tabbed over Problems, a click on the badge shows the list (it used
    to close the hidden Problems and leave Analysis in its place)."""
    window = main_window
    QTest.mouseClick(window.problems_badge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.problems.isVisible)
    window.tabifyDockWidget(window.problems, window.analysis)
    window.analysis.show()
    window.analysis.raise_()
    qtbot.waitUntil(lambda: window.problems.visibleRegion().isEmpty())
    QTest.mouseClick(window.problems_badge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.problems.visibleRegion().isEmpty())
    assert not window.problems.isHidden()
    QTest.mouseClick(window.problems_badge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.problems.isHidden)


def test_the_badge_opens_problems_tall_enough_to_read_a_list(qtbot, example_copy):
    """The tester saw three rows of the list on a 1280x720 projector."""
    window = _open_window(qtbot, example_copy)
    QTest.mouseClick(window.problems_badge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.problems.isVisible)
    qtbot.waitUntil(lambda: window.problems.height() >= 0.25 * window.height())
    assert window.view.viewport().height() >= 0.4 * window.height()
    QTest.mouseClick(window.problems_badge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.problems.isHidden)
