"""The real-window group: the program in a real X server with a window manager.

Offscreen rendering has no window manager: nothing maximizes, resizes late or moves the
focus, so defects users hit in a real window never show there. These tests run only under
``scripts/test-real-window.sh`` (Xvfb + openbox, once at 1280x720 and once at 1920x1080);
in the offscreen suite they are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "realwindow" in str(item.path):
            item.add_marker(pytest.mark.real_window)


@pytest.fixture(autouse=True)
def real_x_server(qapp):
    if QGuiApplication.platformName() != "xcb" or not os.environ.get("DISPLAY"):
        pytest.skip("needs a real X server with a window manager: scripts/test-real-window.sh")
    if shutil.which("xdotool") is None or shutil.which("wmctrl") is None:
        pytest.skip("needs xdotool and wmctrl (scripts/test-real-window.sh installs them)")


def xdotool(*args: str) -> None:
    """Input through the X server, as a person's mouse and keyboard arrive."""
    subprocess.run(["xdotool", *args], check=True, timeout=10)


def wmctrl(*args: str) -> None:
    subprocess.run(["wmctrl", *args], check=True, timeout=10)


def maximize_by_window_manager(qtbot, window) -> None:
    """Ask the window manager to maximize ``window`` (as a user's WM does, late and on its
    own schedule) and wait until the frame spans the screen."""
    qtbot.waitExposed(window)
    wmctrl("-i", "-r", hex(int(window.winId())), "-b", "add,maximized_vert,maximized_horz")
    available = window.screen().availableGeometry()
    qtbot.waitUntil(
        lambda: window.isMaximized() and window.frameGeometry().width() >= available.width() - 2,
        timeout=5000,
    )


@pytest.fixture
def maximized(qtbot, example_copy):
    """The editor on the example, shown as the program shows it, then maximized by the WM."""
    from cjm_designer.ui.app import show_settled
    from cjm_designer.ui.main_window import MainWindow

    window = MainWindow(restore_layout=False)
    qtbot.addWidget(window)
    assert window.load(example_copy)
    show_settled(QApplication.instance(), window)
    maximize_by_window_manager(qtbot, window)
    xdotool("windowactivate", "--sync", str(int(window.winId())))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    yield window
    window.controller.undo_stack.setClean()


def global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
