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
from PySide6.QtGui import QGuiApplication


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
