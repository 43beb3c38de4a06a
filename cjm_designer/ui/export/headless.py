"""Qt for the command line: pictures and slides drawn by the scene without a window."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping


def needs_offscreen(platform: str | None = None, environ: Mapping[str, str] | None = None) -> bool:
    """True when Qt would find no screen: an X11/Wayland system with neither display set.

    Windows and macOS never set ``DISPLAY``; their own platform plugin always works in a
    user's session, draws with the system's fonts, and is what the window uses, so the
    pictures come out the same. A platform chosen by the user (QT_QPA_PLATFORM) stays.
    """
    platform = platform or sys.platform
    environ = os.environ if environ is None else environ
    if "QT_QPA_PLATFORM" in environ or platform in ("win32", "darwin"):
        return False
    return not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY")


def ensure_qt_application():
    """A QApplication (the scene needs widgets' fonts), offscreen when there is no display.

    The platform must be chosen before PySide6 starts, so the environment is set first.
    """
    if needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["cjm-designer"])
