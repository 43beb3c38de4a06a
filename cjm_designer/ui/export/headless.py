"""Qt for the command line: pictures and slides drawn by the scene without a window."""

from __future__ import annotations

import os


def ensure_qt_application():
    """A QApplication (the scene needs widgets' fonts), offscreen when there is no display.

    The platform must be chosen before PySide6 starts, so the environment is set first.
    """
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["cjm-designer"])
