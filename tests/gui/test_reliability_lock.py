"""One editor per file (QLockFile) and changes on disk by someone else (QFileSystemWatcher)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from cjm_designer.io.atomic import write_atomic
from cjm_designer.io.yaml_format import dumps_map, save_map
from cjm_designer.model.edits import SetMapField
from cjm_designer.ui.controller import DocumentController
from cjm_designer.ui.reliability import ReliabilityGuard, prompts
from cjm_designer.ui.reliability.file_lock import FileLock, lock_path_for
from cjm_designer.ui.reliability.recovery import RecoveryStore
from tests.conftest import build_small_map

REPO = Path(__file__).resolve().parents[2]
_HOLDER = """
import sys, time
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from cjm_designer.ui.reliability.file_lock import FileLock
lock = FileLock(sys.argv[1])
print("held" if lock.acquire() else "busy", flush=True)
time.sleep(60)
"""


@pytest.fixture
def map_file(tmp_path) -> Path:
    path = tmp_path / "shared.cjm.yaml"
    save_map(build_small_map(), path)
    return path


@pytest.fixture
def make_guard(tmp_path, qtbot):
    store = RecoveryStore(tmp_path / "recovery")
    store.claim_session()
    guards = []

    def make():
        controller = DocumentController()
        window = QWidget()
        qtbot.addWidget(window)
        guard = ReliabilityGuard(window, controller, store, interval_seconds=0)
        guards.append(guard)
        return guard

    yield make
    for guard in guards:
        guard.document_closed()
    store.release_session()


@pytest.fixture
def asked(monkeypatch):
    record = {"lock": [], "reload": [], "lost": [], "overwrite": []}
    answers = {"lock": prompts.LockChoice.READ_ONLY, "reload": True, "overwrite": False}

    def ask_lock(_parent, path, owner):
        record["lock"].append((path, owner))
        return answers["lock"]

    def ask_reload(_parent, path, dirty):
        record["reload"].append((path, dirty))
        return answers["reload"]

    def overwrite(_parent, path):
        record["overwrite"].append(path)
        return answers["overwrite"]

    monkeypatch.setattr(prompts, "ask_lock_choice", ask_lock)
    monkeypatch.setattr(prompts, "ask_reload", ask_reload)
    monkeypatch.setattr(prompts, "tell_lock_lost", lambda _p, path: record["lost"].append(path))
    monkeypatch.setattr(prompts, "confirm_overwrite_foreign", overwrite)
    return record, answers


def test_second_window_gets_read_only_choice(map_file, make_guard, asked):
    record, _answers = asked
    first, second = make_guard(), make_guard()
    assert first.open(map_file) is not None
    assert lock_path_for(map_file).exists()
    assert not record["lock"]
    assert second.open(map_file) is not None
    (path, owner), = record["lock"]  # fmt: skip
    assert path == map_file and owner.this_process
    assert second.controller.read_only
    assert not second.controller.push(SetMapField("title", "x", ""), "Rename")
    assert first.lock.still_held()


def test_take_over_stops_the_other_window_from_saving(map_file, make_guard, asked):
    record, answers = asked
    first, second = make_guard(), make_guard()
    first.open(map_file)
    answers["lock"] = prompts.LockChoice.TAKE_OVER
    second.open(map_file)
    assert not second.controller.read_only
    assert second.lock.still_held()
    assert not first.lock.still_held()
    first.controller.push(SetMapField("title", "Old window", first.controller.journey.title), "x")
    before = map_file.read_bytes()
    assert not first.save()
    assert record["lost"] == [map_file]
    assert map_file.read_bytes() == before
    second.controller.push(SetMapField("title", "New owner", second.controller.journey.title), "x")
    assert second.save()
    first.document_closed()  # the old window closing must not delete the new owner's lock
    assert lock_path_for(map_file).exists()
    assert second.lock.still_held()


def test_cancel_opens_nothing(map_file, make_guard, asked):
    _record, answers = asked
    first, second = make_guard(), make_guard()
    first.open(map_file)
    answers["lock"] = prompts.LockChoice.CANCEL
    assert second.open(map_file) is None
    assert second.controller.path is None


def test_lock_held_by_another_process_and_freed_when_it_is_killed(map_file, tmp_path):
    script = tmp_path / "holder.py"
    script.write_text(_HOLDER, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), str(map_file), str(REPO)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "held"
        lock = FileLock(map_file)
        assert not lock.acquire()
        owner = lock.owner()
        assert owner is not None and owner.pid == child.pid and not owner.this_process
    finally:
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        child.wait()
        child.stdout.close()
    assert lock_path_for(map_file).exists()  # kill -9 leaves the lock file behind...
    lock = FileLock(map_file)
    assert lock.acquire()  # ...but its process is gone, so it is stale and taken
    lock.release()
    assert not lock_path_for(map_file).exists()


def test_foreign_change_is_offered_for_reload(map_file, make_guard, asked, qtbot):
    record, _answers = asked
    guard = make_guard()
    guard.open(map_file)
    theirs = build_small_map()
    theirs.set_field("title", "After git pull")
    write_atomic(map_file, dumps_map(theirs).encode("utf-8"))
    qtbot.waitUntil(lambda: bool(record["reload"]), timeout=5000)
    assert record["reload"] == [(map_file, False)]
    assert guard.controller.journey.title == "After git pull"
    assert guard.lock.still_held()


def test_keep_mine_then_save_replaces_theirs_knowingly(map_file, make_guard, asked, qtbot):
    record, answers = asked
    guard = make_guard()
    guard.open(map_file)
    controller = guard.controller
    controller.push(SetMapField("title", "Mine", controller.journey.title), "Rename")
    answers["reload"] = False
    theirs = build_small_map()
    theirs.set_field("title", "Theirs")
    write_atomic(map_file, dumps_map(theirs).encode("utf-8"))
    qtbot.waitUntil(lambda: bool(record["reload"]), timeout=5000)
    assert record["reload"] == [(map_file, True)]
    assert controller.journey.title == "Mine" and controller.dirty
    assert guard.save()  # the user was told; no second question
    assert record["overwrite"] == []


def test_own_saves_are_not_reported(map_file, make_guard, asked, qtbot):
    record, _answers = asked
    guard = make_guard()
    guard.open(map_file)
    controller = guard.controller
    for title in ("One", "Two", "Three"):
        controller.push(SetMapField("title", title, controller.journey.title), "Rename")
        assert guard.save()
    qtbot.wait(700)
    assert record["reload"] == []


def test_unnoticed_foreign_change_is_never_silently_overwritten(map_file, make_guard, asked):
    """If the watcher missed it (network drives), the check before saving still sees it."""
    record, answers = asked
    guard = make_guard()
    guard.open(map_file)
    guard.watcher.paused = True
    controller = guard.controller
    controller.push(SetMapField("title", "Mine", controller.journey.title), "Rename")
    theirs = build_small_map()
    theirs.set_field("title", "Colleague's")
    write_atomic(map_file, dumps_map(theirs).encode("utf-8"))
    their_bytes = map_file.read_bytes()
    answers["overwrite"] = False
    assert not guard.save()
    assert map_file.read_bytes() == their_bytes
    answers["overwrite"] = True
    assert guard.save()
    assert record["overwrite"] == [map_file, map_file]
    assert b"Mine" in map_file.read_bytes()


def test_deleted_file_makes_the_document_unsaved(map_file, make_guard, asked, qtbot):
    guard = make_guard()
    guard.open(map_file)
    assert not guard.controller.dirty
    map_file.unlink()
    qtbot.waitUntil(lambda: guard.controller.dirty, timeout=5000)


def test_headless_commands_see_the_editors_qlockfile(tmp_path, capsys):
    """The CLI reads QLockFile's format without Qt (issue 20): a held lock refuses."""
    from cjm_designer.cli import main

    path = tmp_path / "held.cjm.yaml"
    save_map(build_small_map(), path)
    lock = FileLock(path)
    assert lock.acquire()
    try:
        assert main(["convert", str(path), "-o", str(path)]) == 2
        assert "open in the editor" in capsys.readouterr().err
    finally:
        lock.release()
    assert main(["convert", str(path), "-o", str(path)]) == 0
