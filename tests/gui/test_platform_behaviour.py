"""Issue 25, point 6: the smaller differences of Windows and macOS, simulated here.

Each test sets ``sys.platform`` (or hands the platform in) the way the other system
reports it, and checks what the program does there: folders held open, text size,
AltGr keys, where files are offered, headless pictures, sharp pictures, the log.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMainWindow, QVBoxLayout, QWidget

from cjm_designer.io.yaml_format import save_map
from cjm_designer.ui import altgr, headless
from cjm_designer.ui import calm_theme as theme
from cjm_designer.ui.reliability import logging_setup
from cjm_designer.ui.reliability.file_watcher import ExternalChangeWatcher
from tests.conftest import build_small_map

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


# --- the watched folder ---------------------------------------------------------------


def test_windows_watcher_holds_no_folder_open_and_still_sees_changes(monkeypatch, tmp_path, qtbot):
    """QFileSystemWatcher keeps a handle on the folder there: the USB stick is 'in use'."""
    monkeypatch.setattr(sys, "platform", "win32")
    path = tmp_path / "map.cjm.yaml"
    save_map(build_small_map(), path)
    watcher = ExternalChangeWatcher(poll_ms=50, debounce_ms=10)
    changed = []
    watcher.changedOnDisk.connect(changed.append)
    watcher.watch(path)
    assert watcher.polling
    assert watcher._watcher.files() == [] and watcher._watcher.directories() == []
    theirs = build_small_map()
    theirs.set_field("title", "Changed by a colleague")
    save_map(theirs, path)
    os.utime(path, ns=(1, 1_000_000_000))  # a new time even on a coarse clock
    qtbot.waitUntil(lambda: changed == [str(path)], timeout=3000)
    watcher.watch(None)
    assert not watcher._poll.isActive()


def test_linux_watcher_still_uses_notifications(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    path = tmp_path / "map.cjm.yaml"
    save_map(build_small_map(), path)
    watcher = ExternalChangeWatcher()
    watcher.watch(path)
    assert not watcher.polling
    assert str(tmp_path) in watcher._watcher.directories()
    watcher.watch(None)


# --- text size ----------------------------------------------------------------------


def test_window_text_is_as_large_as_the_platforms_own():
    assert theme.window_font_point_size("darwin") == 13  # macOS's native text
    assert theme.window_font_point_size("win32") == 10
    assert theme.window_font_point_size("linux") == 10


def test_theme_on_macos_sets_13_points(monkeypatch, qapp):
    before = qapp.font()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        theme.apply_theme(qapp)
        assert qapp.font().pointSize() == 13
    finally:
        qapp.setFont(before)


# --- AltGr ----------------------------------------------------------------------------


@pytest.fixture
def window_with_ctrl_alt_shortcut(qtbot, qapp):
    window = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    field = QLineEdit()
    layout.addWidget(field)
    window.setCentralWidget(body)
    fired = []
    action = QAction("Toggle dock", window)
    action.setShortcut(QKeySequence("Ctrl+Alt+2"))
    action.triggered.connect(lambda: fired.append(True))
    window.addAction(action)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    yield field, fired
    window.close()  # the window is referenced here until the test is over


def altgr_2(widget, text: str = "@") -> None:
    """AltGr+2 on a Finnish keyboard under Windows: Ctrl+Alt+2 that types '@'."""
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_2, text, CTRL_ALT)


def test_altgr_at_sign_is_typed_not_taken_by_a_shortcut_on_windows(
    window_with_ctrl_alt_shortcut, qapp
):
    field, fired = window_with_ctrl_alt_shortcut
    guard = altgr.install(qapp, "win32")
    try:
        altgr_2(field)
        assert field.text() == "@"
        assert fired == []
        # A Ctrl+Alt key that types nothing (a US keyboard) is still a shortcut.
        altgr_2(field, text="")
        assert fired == [True]
    finally:
        qapp.removeEventFilter(guard)
        guard.deleteLater()


def test_without_the_guard_the_shortcut_swallows_the_character(window_with_ctrl_alt_shortcut):
    """What Finnish Windows users got before: no '@', a dock toggled instead."""
    field, fired = window_with_ctrl_alt_shortcut
    altgr_2(field)
    assert field.text() == "" and fired == [True]


def test_guard_is_windows_only(qapp):
    assert altgr.install(qapp, "linux") is None
    assert altgr.install(qapp, "darwin") is None


# --- where files are offered --------------------------------------------------------


@pytest.fixture
def documents(monkeypatch, tmp_path) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    real = QStandardPaths.writableLocation

    def location(kind):
        if kind == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(folder)
        return real(kind)

    monkeypatch.setattr(QStandardPaths, "writableLocation", location)
    return folder


def test_new_map_is_offered_in_documents_not_home(documents, qtbot, monkeypatch, dialogs):
    from cjm_designer.ui.dialogs import files
    from cjm_designer.ui.main_window import MainWindow

    asked = []
    monkeypatch.setattr(files, "ask_save_path", lambda _p, suggested: asked.append(suggested))
    window = MainWindow(language="en", restore_layout=False)
    qtbot.addWidget(window)
    window.new_blank()
    window.controller.journey.set_field("title", "CON")
    assert not window.save_as()
    (suggested,) = asked
    assert Path(suggested).parent == documents
    assert Path(suggested).name == "con-map.cjm.yaml"  # never CON: Windows reserves it


def test_exports_of_an_unsaved_map_are_offered_in_documents(documents, qtbot):
    from cjm_designer.ui.export.files import suggested_path
    from cjm_designer.ui.main_window import MainWindow

    window = MainWindow(language="en", restore_layout=False)
    qtbot.addWidget(window)
    window.new_blank()
    window.controller.journey.set_field("title", "nul")
    suggested = Path(suggested_path(window.controller, ".pdf"))
    assert suggested.parent == documents
    assert suggested.name == "nul-map.pdf"


def test_open_dialog_starts_in_documents(documents, qtbot, monkeypatch):
    from cjm_designer.ui.dialogs import files
    from cjm_designer.ui.main_window import MainWindow

    started = []
    monkeypatch.setattr(files, "ask_open_path", lambda _p, start="": started.append(start) or "")
    window = MainWindow(language="en", restore_layout=False)
    qtbot.addWidget(window)
    window.new_blank()
    window.open_file()
    assert started == [str(documents)]


# --- headless pictures ----------------------------------------------------------------


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_headless_export_uses_the_native_platform_on_windows_and_macos(platform):
    """Neither sets DISPLAY; forcing 'offscreen' there drew with other fonts."""
    assert not headless.needs_offscreen(platform, {})


def test_headless_export_on_linux_decides_on_the_display():
    assert headless.needs_offscreen("linux", {})
    assert not headless.needs_offscreen("linux", {"DISPLAY": ":0"})
    assert not headless.needs_offscreen("linux", {"WAYLAND_DISPLAY": "wayland-0"})
    assert not headless.needs_offscreen("linux", {"QT_QPA_PLATFORM": "xcb"})


# --- sharp pictures on Retina and 150 % screens -----------------------------------------


def test_persona_pictures_carry_the_screens_pixel_ratio(qapp):
    from cjm_designer.ui.workshop.personas_dock import persona_pixmap

    journey = build_small_map()
    persona = journey.personas[0]
    sharp = persona_pixmap(persona, 0, 28, 2.0)
    assert (sharp.width(), sharp.height()) == (56, 56)
    assert sharp.devicePixelRatio() == 2.0
    assert sharp.deviceIndependentSize().width() == 28  # same size on screen
    plain = persona_pixmap(persona, 0, 28)
    assert (plain.width(), plain.devicePixelRatio()) == (28, 1.0)


def test_pdf_preview_is_drawn_for_the_screens_pixel_ratio(tmp_path):
    from cjm_designer.ui.export.pdf_dialog import PREVIEW_SIDE, make_preview

    journey = build_small_map()
    plain = make_preview(journey, tmp_path, {"kind": "poster"})
    sharp = make_preview(journey, tmp_path, {"kind": "poster"}, pixel_ratio=2.0)
    assert sharp.pixel_ratio == 2.0 and plain.pixel_ratio == 1.0
    long_side = max(sharp.page.width, sharp.page.height)
    assert long_side == pytest.approx(2 * PREVIEW_SIDE, abs=2)
    assert max(plain.page.width, plain.page.height) == pytest.approx(PREVIEW_SIDE, abs=2)


# --- the log with two instances ---------------------------------------------------------


def test_log_rotation_blocked_by_another_instance_loses_nothing(monkeypatch, tmp_path, capsys):
    """Windows: the other process's open log cannot be renamed; messages must go on."""
    handler = logging_setup.SharedRotatingFileHandler(
        tmp_path / "cjm-designer.log", maxBytes=200, backupCount=2, encoding="utf-8", delay=True
    )
    logger = logging.getLogger("cjm.test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    real_rename = os.rename

    def held(source, destination):
        if Path(source).name == "cjm-designer.log":
            raise PermissionError(13, "The process cannot access the file", str(source))
        return real_rename(source, destination)

    monkeypatch.setattr(os, "rename", held)
    try:
        for number in range(40):
            logger.warning("message %d with some words to fill the file", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = (tmp_path / "cjm-designer.log").read_text(encoding="utf-8")
    assert all(f"message {number} " in text for number in range(40))
    assert "Logging error" not in capsys.readouterr().err


def test_log_rotates_normally_when_nothing_holds_it(tmp_path):
    handler = logging_setup.SharedRotatingFileHandler(
        tmp_path / "cjm-designer.log", maxBytes=200, backupCount=2, encoding="utf-8", delay=True
    )
    logger = logging.getLogger("cjm.test.rotation2")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(20):
            logger.warning("message %d with some words to fill the file", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert (tmp_path / "cjm-designer.log.1").exists()


def test_setup_logging_uses_the_shared_handler(tmp_path):
    root = logging.getLogger()
    log_file = logging_setup.setup_logging(tmp_path)
    try:
        handlers = [
            h for h in root.handlers if getattr(h, "baseFilename", "") == str(log_file.absolute())
        ]
        assert handlers and isinstance(handlers[0], logging_setup.SharedRotatingFileHandler)
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", "") == str(log_file.absolute()):
                root.removeHandler(handler)
                handler.close()
