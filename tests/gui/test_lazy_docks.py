"""Docks behind another dock's tab make their contents when first shown (docks/lazy.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabBar

from cjm_designer.model.edits import SetMapField
from cjm_designer.model.votes import CARD, VoteTarget
from cjm_designer.ui.workshop.votes_dock import vote_on
from tests.gui.workshop_support import click_card


def _open_panel(dock) -> None:
    """Workshop > Workshop Panels > (the dock): they are closed on first run."""
    dock.toggleViewAction().trigger()


def _click_tab(window, title: str) -> None:
    for bar in window.findChildren(QTabBar):
        for index in range(bar.count()):
            if bar.tabText(index).replace("&", "") == title and bar.isVisible():
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                return
    raise AssertionError(f"no visible tab {title!r}")


def test_docks_behind_tabs_start_empty_and_fill_when_their_tab_is_clicked(main_window, qtbot):
    workshop = main_window.workshop
    lazy = [workshop.notes, workshop.votes, workshop.personas, workshop.review]
    lazy += [main_window.analysis, main_window.properties, main_window.palette]
    qtbot.wait(50)  # one more turn of the event loop: nothing builds by itself
    assert [dock.built for dock in lazy] == [False] * 7
    assert all(dock.widget() is None for dock in lazy)
    _click_tab(main_window, "Insert")  # behind the Outline on a first run
    qtbot.waitUntil(lambda: main_window.palette.built)
    assert main_window.palette.list.isVisible()
    assert main_window.palette.list.accessibleName() == "Insert"

    # Opening the votes panel shows its tab group; the personas tab is behind it.
    _open_panel(workshop.votes)
    _open_panel(workshop.personas)
    workshop.votes.raise_()
    qtbot.waitUntil(lambda: workshop.votes.built)
    assert not workshop.personas.built or workshop.personas.isVisible()
    _click_tab(main_window, "Personas")
    qtbot.waitUntil(lambda: workshop.personas.built)
    assert workshop.personas.widget().isVisible()
    names = [workshop.personas.list.item(i).text() for i in range(workshop.personas.list.count())]
    assert names == [p.name for p in main_window.controller.journey.personas]
    assert not workshop.notes.built

    _open_panel(main_window.analysis)
    qtbot.waitUntil(lambda: main_window.analysis.built)
    qtbot.waitUntil(lambda: bool(main_window.analysis.funnel_chart.view.figures), timeout=10000)


def test_edits_made_while_a_dock_was_never_shown_appear_when_it_is(main_window, qtbot):
    votes = main_window.workshop.votes
    card = main_window.controller.journey.touchpoints[0]
    vote_on(main_window.controller, [VoteTarget(card.id, CARD)], 3)
    assert not votes.built
    _open_panel(votes)
    qtbot.waitUntil(lambda: votes.built)
    assert (3, card.title) in votes.rows()


def test_asking_a_dock_for_one_of_its_parts_makes_the_parts(main_window):
    review = main_window.workshop.review
    assert not review.built
    review.summary.setText("first revision")  # what Workshop > Log Revision does
    assert review.built
    assert review.widget() is not None
    try:
        review.no_such_part  # noqa: B018
    except AttributeError as error:
        assert "no_such_part" in str(error)
    else:
        raise AssertionError("an unknown attribute must still be an AttributeError")


def test_the_whole_window_fits_a_1366x768_laptop_with_every_dock_made(main_window, qtbot):
    for dock in (*main_window.workshop.docks, main_window.analysis):
        dock.ensure_built()
    qtbot.wait(10)
    minimum = main_window.minimumSizeHint()
    # 768 pixels less a task bar and the window title.
    assert minimum.height() <= 700, minimum
    assert minimum.width() <= 1366, minimum
    main_window.resize(1366, 700)
    qtbot.wait(10)
    assert main_window.height() == 700


def test_properties_are_made_with_the_first_selection_that_opens_them(main_window, qtbot):
    properties = main_window.properties
    qtbot.wait(50)
    assert not properties.built and properties.widget() is None  # closed on a first run
    main_window.controller.push(SetMapField("title", "Renamed before"), "title")
    card = main_window.controller.journey.touchpoints[0]
    built_when_shown = []
    properties.visibilityChanged.connect(
        lambda visible: visible and built_when_shown.append(properties.built)
    )
    click_card(main_window, card.id)
    # Made before it shows: the panel's first frame already holds the card's form.
    assert built_when_shown[:1] == [True] and properties.isVisible()
    assert properties.field("title").text() == card.title
    main_window.controller.set_selection([])
    qtbot.waitUntil(lambda: not properties.isVisible())
    assert properties.field("title").text() == "Renamed before"  # the map's own form
