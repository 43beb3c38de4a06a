"""Issue 25, point 4: maps opened from Finder reach the running program.

macOS sends an "open documents" event instead of a command-line argument; Qt delivers it
as a QFileOpenEvent to the application. The tests send that very event to the
application, as Qt's Cocoa plugin does, and look at the windows.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from cjm_designer.io.yaml_format import load_map
from cjm_designer.ui import file_open_events
from cjm_designer.ui.file_open_events import FileOpenHandler, main_windows
from cjm_designer.ui.main_window import MainWindow
from tests.gui.conftest import EXAMPLE


@pytest.fixture
def handler(qapp):
    created = FileOpenHandler(qapp, MainWindow, new_window)
    yield created
    qapp.removeEventFilter(created)
    created.deleteLater()


def new_window():
    return MainWindow(language="en", restore_layout=False)


def open_windows() -> list:
    return main_windows(MainWindow)


@pytest.fixture
def two_maps(tmp_path):
    first, second = tmp_path / "first.cjm.yaml", tmp_path / "second.cjm.yaml"
    shutil.copy(EXAMPLE, first)
    shutil.copy(EXAMPLE, second)
    return first, second


@pytest.fixture
def blank_window(qtbot):
    window = MainWindow(language="en", restore_layout=False)
    qtbot.addWidget(window)
    window.new_blank()
    window.show()
    return window


def finder_opens(path) -> None:
    """What Qt's macOS plugin does for a Finder double-click or Open With."""
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))


def test_double_click_in_finder_opens_the_map_in_the_new_blank_window(
    handler, blank_window, two_maps, qtbot
):
    first, _second = two_maps
    finder_opens(first)
    qtbot.waitUntil(lambda: blank_window.controller.path is not None, timeout=5000)
    assert blank_window.controller.path == first
    assert blank_window.controller.journey.title == load_map(first).title
    assert len(open_windows()) == 1


def test_a_second_map_gets_its_own_window(handler, blank_window, two_maps, qtbot):
    first, second = two_maps
    finder_opens(first)
    qtbot.waitUntil(lambda: blank_window.controller.path == first, timeout=5000)
    finder_opens(second)
    qtbot.waitUntil(lambda: len(open_windows()) == 2, timeout=5000)
    paths = {window.controller.path for window in open_windows()}
    assert paths == {first, second}
    assert blank_window.controller.path == first  # the first map was not replaced
    for window in open_windows():
        qtbot.addWidget(window)


def test_an_open_map_is_brought_forward_not_opened_twice(handler, blank_window, two_maps, qtbot):
    first, _second = two_maps
    finder_opens(first)
    qtbot.waitUntil(lambda: blank_window.controller.path == first, timeout=5000)
    finder_opens(first)
    qtbot.wait(100)
    assert open_windows() == [blank_window]


def test_unsaved_work_is_never_replaced(handler, blank_window, two_maps, qtbot):
    from cjm_designer.model.edits import SetMapField

    controller = blank_window.controller
    controller.push(SetMapField("title", "Workshop notes", controller.journey.title), "Rename")
    first, _second = two_maps
    finder_opens(first)
    qtbot.waitUntil(lambda: len(open_windows()) == 2, timeout=5000)
    assert controller.journey.title == "Workshop notes" and controller.path is None
    for window in open_windows():
        qtbot.addWidget(window)


def test_url_form_of_the_event_is_understood(handler, blank_window, two_maps, qtbot):
    first, _second = two_maps
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(QUrl.fromLocalFile(str(first))))
    qtbot.waitUntil(lambda: blank_window.controller.path == first, timeout=5000)


def test_the_launch_event_may_arrive_before_the_first_window_is_shown(qapp, two_maps, qtbot):
    window = MainWindow(language="en", restore_layout=False)
    qtbot.addWidget(window)
    window.new_blank()
    installed = file_open_events.install(qapp, MainWindow, new_window, window)
    try:
        first, _second = two_maps
        finder_opens(first)
        qtbot.waitUntil(lambda: window.controller.path == first, timeout=5000)
        assert [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                and w.isVisible()] == [window]  # fmt: skip
    finally:
        qapp.removeEventFilter(installed)
        installed.deleteLater()


def test_a_bad_file_from_finder_is_reported_and_changes_nothing(
    handler, blank_window, tmp_path, qtbot, dialogs
):
    bad = tmp_path / "broken.cjm.yaml"
    bad.write_text("cjm: [unclosed\n", encoding="utf-8")
    finder_opens(bad)
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=5000)
    assert blank_window.controller.path is None
    assert len(open_windows()) == 1
