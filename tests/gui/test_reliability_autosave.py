"""Autosave to the recovery folder, save failures, and the crash handler."""

from __future__ import annotations

import errno
import json
import logging
import os
import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QWidget

from cjm_designer.io import atomic
from cjm_designer.io.errors import MapSaveError
from cjm_designer.io.yaml_format import loads_map, save_map
from cjm_designer.model.edits import SetMapField
from cjm_designer.ui import reliability
from cjm_designer.ui.controller import DocumentController
from cjm_designer.ui.reliability import ReliabilityGuard, crash_handler, prompts
from cjm_designer.ui.reliability.autosave import SETTINGS_KEY, configured_interval
from cjm_designer.ui.reliability.logging_setup import setup_logging
from cjm_designer.ui.reliability.recovery import RecoveryStore
from tests.conftest import build_small_map


@pytest.fixture
def store(tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    store.claim_session()
    yield store
    store.release_session()


@pytest.fixture
def doc(tmp_path, qtbot, store):
    """A window with a saved map, guarded, with the timer off unless a test turns it on."""
    path = tmp_path / "map.cjm.yaml"
    save_map(build_small_map(), path)
    controller = DocumentController()
    controller.open(path)
    window = QWidget()
    qtbot.addWidget(window)
    guard = ReliabilityGuard(window, controller, store, interval_seconds=0)
    yield guard, controller, path
    guard.autosaver.flush()
    guard.document_closed()


def rename(controller, title: str) -> None:
    assert controller.push(SetMapField("title", title, controller.journey.title), "Rename")


def copy_of(guard, store):
    return store.folder / f"{guard.autosaver.entry}.cjm.yaml"


def test_autosave_writes_recovery_copy_not_the_users_file(doc, store):
    guard, controller, path = doc
    before = path.read_bytes()
    rename(controller, "Edited in the workshop")
    assert guard.autosaver.autosave_now(wait=True)
    recovered = loads_map(copy_of(guard, store).read_bytes()).map
    assert recovered.title == "Edited in the workshop"
    assert recovered.same_content(controller.journey)
    meta = json.loads((store.folder / f"{guard.autosaver.entry}.json").read_text("utf-8"))
    assert meta["original_path"] == str(path)
    assert meta["title"] == "Edited in the workshop"
    assert meta["pid"] == os.getpid()
    assert meta["session"] == store.session
    assert path.read_bytes() == before
    # Nothing new: no second write.
    assert not guard.autosaver.autosave_now(wait=True)


def test_clean_document_has_no_copy(doc, store):
    guard, _controller, _path = doc
    assert not guard.autosaver.autosave_now(wait=True)
    assert not copy_of(guard, store).exists()


def test_timer_autosaves(doc, store, qtbot):
    guard, controller, _path = doc
    guard.autosaver.set_interval(1)
    rename(controller, "Timed")
    qtbot.waitUntil(lambda: copy_of(guard, store).exists(), timeout=5000)


def test_focus_loss_autosaves(doc, store, qtbot):
    guard, controller, _path = doc
    rename(controller, "Before the coffee break")
    QCoreApplication.sendEvent(guard.window, QEvent(QEvent.Type.WindowDeactivate))
    guard.autosaver.flush()
    assert copy_of(guard, store).exists()


def test_clean_save_and_undo_to_clean_remove_copy(doc, store):
    guard, controller, _path = doc
    rename(controller, "One")
    guard.autosaver.autosave_now(wait=True)
    controller.save()
    guard.autosaver.flush()
    assert not copy_of(guard, store).exists()
    rename(controller, "Two")
    guard.autosaver.autosave_now(wait=True)
    assert copy_of(guard, store).exists()
    controller.undo_stack.undo()
    guard.autosaver.flush()
    assert not copy_of(guard, store).exists()


def test_disk_write_does_not_block_the_gui_thread(doc, store, monkeypatch):
    """The write waits on a stalled 'disk'; autosave_now returns at once regardless."""
    guard, controller, _path = doc
    release = threading.Event()
    writer_threads = []
    real_write = store.write

    def stalled_write(*args):
        writer_threads.append(threading.current_thread())
        assert release.wait(10)
        real_write(*args)

    monkeypatch.setattr(store, "write", stalled_write)
    rename(controller, "Slow disk")
    assert guard.autosaver.autosave_now()  # returns while the disk is stalled
    assert not copy_of(guard, store).exists()
    release.set()
    guard.autosaver.flush()
    assert copy_of(guard, store).exists()
    assert writer_threads and writer_threads[0] is not threading.main_thread()


def test_autosave_failure_is_reported_and_retried(doc, store, monkeypatch, qtbot):
    guard, controller, _path = doc
    monkeypatch.setattr(atomic.os, "replace", _raise(errno.ENOSPC))
    rename(controller, "Full disk")
    with qtbot.waitSignal(guard.autosaver.autosaveFailed, timeout=5000) as failed:
        guard.autosaver.autosave_now()
    assert failed.args == ["the disk is full"]
    monkeypatch.undo()
    assert guard.autosaver.autosave_now(wait=True)  # the same revision is tried again
    assert copy_of(guard, store).exists()


def test_failed_save_keeps_document_dirty_and_copy(doc, store, monkeypatch):
    guard, controller, path = doc
    before = path.read_bytes()
    rename(controller, "Unsaved work")
    guard.autosaver.autosave_now(wait=True)
    for code, reason in [(errno.ENOSPC, "the disk is full"), (errno.EACCES, "permission denied")]:
        monkeypatch.setattr(atomic.os, "replace", _raise(code))
        with pytest.raises(MapSaveError) as caught:
            guard.save()
        assert caught.value.reason == reason
        guard.autosaver.flush()
        assert controller.dirty
        assert controller.journey.title == "Unsaved work"
        assert copy_of(guard, store).exists()
        assert path.read_bytes() == before


def test_closing_the_window_removes_copy(doc, store, qtbot):
    guard, controller, _path = doc
    rename(controller, "Discarded on close")
    guard.autosaver.autosave_now(wait=True)
    guard.window.show()
    guard.window.close()
    qtbot.waitUntil(lambda: guard not in reliability.live_guards(), timeout=2000)
    guard.autosaver.flush()
    assert not copy_of(guard, store).exists()


def test_save_as_moves_the_copy_to_the_new_name(doc, store, tmp_path):
    guard, controller, _path = doc
    rename(controller, "Moved")
    guard.autosaver.autosave_now(wait=True)
    old = copy_of(guard, store)
    controller.save(tmp_path / "other.cjm.yaml")
    guard.autosaver.flush()
    assert not old.exists()
    assert "other-" in guard.autosaver.entry


@pytest.mark.parametrize(
    ("stored", "seconds"), [(None, 30), ("45", 45), ("0", 0), ("banana", 30), ("-5", 0), ("", 30)]
)
def test_autosave_interval_setting(stored, seconds):
    settings = QSettings()
    if stored is None:
        settings.remove(SETTINGS_KEY)
    else:
        settings.setValue(SETTINGS_KEY, stored)
    assert configured_interval(settings) == seconds


def _raise(code):
    def raiser(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))

    return raiser


# --- crash handler ------------------------------------------------------------------


@pytest.fixture
def crash_log(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_crash", lambda *args: shown.append(args))
    log_file = setup_logging(tmp_path / "logs")
    yield log_file, shown
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", "") == str(log_file):
            root.removeHandler(handler)
            handler.close()


def test_crash_handler_logs_saves_copy_and_tells_user(doc, store, crash_log):
    guard, controller, _path = doc
    log_file, shown = crash_log
    rename(controller, "Work before the crash")
    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError:
        written = crash_handler.handle_exception(*sys.exc_info(), lambda: [guard], log_file)
    assert written == [str(copy_of(guard, store))]
    assert loads_map(copy_of(guard, store).read_bytes()).map.title == "Work before the crash"
    text = log_file.read_text("utf-8")
    assert "ZeroDivisionError: division by zero in a slot" in text
    assert "Traceback" in text
    (_parent, summary, logged_to, recovered) = shown[0]
    assert summary == "ZeroDivisionError: division by zero in a slot"
    assert logged_to == log_file and recovered == written


def test_exception_in_a_qt_slot_reaches_the_handler(doc, store, crash_log, qtbot, monkeypatch):
    guard, controller, _path = doc
    log_file, shown = crash_log
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(crash_handler, "setup_logging", lambda: log_file)
    crash_handler.install_crash_handler(lambda: [guard])
    rename(controller, "Still here")

    def broken_slot():
        raise RuntimeError("a bug in a view")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert "RuntimeError: a bug in a view" in log_file.read_text("utf-8")
    assert copy_of(guard, store).exists()
    assert controller.journey.title == "Still here"  # the session goes on
