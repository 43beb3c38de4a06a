"""Features built on first use (issue 19 start-up) work through their real entries.

The room, the plan docks, the find bar, the quick-add box and the Overview are made
the first time they are asked for. Each test starts from a window where the feature
is not built yet and uses the menu entry or the shortcut a consultant would.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction

from cjm_designer.layout import ROW_GOALS
from tests.gui.workshop_support import CTRL, SHIFT, shortcut


def _menu_action(window, menu_title: str, text: str) -> QAction:
    """The entry ``text`` of the menu bar's ``menu_title`` (searched in its submenus too)."""

    def search(menu):
        for action in menu.actions():
            if action.menu() is not None:
                found = search(action.menu())
                if found is not None:
                    return found
            elif action.text().replace("&", "") == text:
                return action
        return None

    for action in window.menuBar().actions():
        if action.text().replace("&", "") == menu_title:
            found = search(action.menu())
            if found is not None:
                return found
    raise AssertionError(f"no {menu_title} > {text}")


def test_room_entries_exist_before_the_room_and_the_panel_builds_it(main_window, qtbot):
    window = main_window
    assert not window.room.built
    open_room = _menu_action(window, "Workshop", "Open Room…")
    assert open_room.shortcut().toString() == "Ctrl+Alt+W"
    assert open_room.isEnabled()  # the example is a saved file
    assert not _menu_action(window, "Workshop", "Show Room QR Code").isEnabled()
    assert not _menu_action(window, "Workshop", "Close Room").isEnabled()
    assert not window.room.built  # looking at the menu builds nothing
    panel = _menu_action(window, "Workshop", "Room Panel")
    panel.trigger()
    assert window.room.built
    dock = window.room.dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.built)
    assert panel.isChecked()
    dock.close()  # the panel's own close button: the menu entry follows
    qtbot.waitUntil(lambda: not panel.isChecked())


def test_plan_shortcuts_build_the_plan_and_show_goals_without_it(main_window, qtbot):
    window = main_window
    assert not window.plan_features.built
    shortcut(window, Qt.Key.Key_G, CTRL | SHIFT, target=window)  # Show Stage Goals
    assert ROW_GOALS in window.scene.options.rows
    assert not window.plan_features.built  # a canvas row, no plan dock needed
    shortcut(window, Qt.Key.Key_M, CTRL | SHIFT, target=window)
    assert window.plan_features.built
    matrix = window.plan_features.matrix
    qtbot.waitUntil(lambda: matrix.built and matrix.matrix.isVisible())
    assert window.plan_features.goals_row.isChecked()  # the same entry after the build
    shortcut(window, Qt.Key.Key_L, CTRL | SHIFT, target=window)
    plan = window.plan_features.plan
    qtbot.waitUntil(lambda: plan.built and plan.isVisible())


def test_find_and_quick_add_open_from_their_shortcuts(main_window, qtbot):
    window = main_window
    workshop = window.workshop
    assert workshop._find_bar is None and workshop._quick_add is None
    window.view.setFocus()
    shortcut(window, Qt.Key.Key_F, CTRL, target=window)
    qtbot.waitUntil(lambda: workshop._find_bar is not None and workshop.find_bar.isVisible())
    shortcut(window, Qt.Key.Key_K, CTRL, target=window)
    qtbot.waitUntil(lambda: workshop._quick_add is not None and workshop.quick_add.isVisible())


def test_f5_makes_presentation_mode_on_first_use_and_the_menu_follows(main_window, qtbot):
    window = main_window
    workshop = window.workshop
    assert workshop._presentation is None and not workshop.presenting
    window.view.setFocus()
    shortcut(window, Qt.Key.Key_F5, target=window)
    qtbot.waitUntil(lambda: workshop.presenting)
    assert workshop.present.isChecked()
    assert window._board_only()  # Properties does not pop up meanwhile
    shortcut(window, Qt.Key.Key_Escape, target=window.view)
    qtbot.waitUntil(lambda: not workshop.presenting)
    assert not workshop.present.isChecked()


def test_overview_is_drawn_when_its_view_menu_entry_opens_it(main_window, qtbot):
    window = main_window
    dock = window.overview
    assert not dock.built and dock.widget() is None
    _menu_action(window, "View", "Overview").trigger()
    qtbot.waitUntil(lambda: dock.built and dock.view.isVisible())


def test_a_layout_with_lazy_panels_open_brings_them_back(qtbot, example_copy):
    """Closed with the Room and Plan panels open: the next window builds and shows them;
    closed without them, the next window leaves them unbuilt."""
    from cjm_designer.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    assert first.load(example_copy)
    first.show()
    qtbot.waitExposed(first)
    first.room.dock.show()
    first.plan_features.show(first.plan_features.plan)
    first.close()
    assert set(str(QSettings().value("window/lazyPanels")).split(",")) == {"roomDock", "planDock"}

    second = MainWindow()
    qtbot.addWidget(second)
    assert second.room.built and second.plan_features.built
    second.show()
    qtbot.waitExposed(second)
    qtbot.waitUntil(lambda: second.room.dock.isVisible() and second.plan_features.plan.isVisible())
    second.room.dock.close()
    second.plan_features.plan.close()
    second.close()

    third = MainWindow()
    qtbot.addWidget(third)
    assert not third.room.built and not third.plan_features.built
    third.close()


def test_no_shortcut_is_shared_once_every_lazy_feature_is_built(main_window, qtbot):
    """The uniqueness check at start-up no longer sees what is built later: build it all."""
    from tests.gui.shortcut_support import shared_shortcuts

    window = main_window
    workshop = window.workshop
    for part in (workshop.presentation, workshop.find_bar, workshop.quick_add):
        assert part is not None
    assert workshop.capture.bar is not None
    assert window.room.dock is not None and window.plan_features.matrix is not None
    window.plan_features.open_collections().close()
    window.overview.show()
    qtbot.waitUntil(lambda: window.overview.built)
    assert shared_shortcuts(window) == {}
