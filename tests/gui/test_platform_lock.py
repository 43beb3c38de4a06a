"""Issue 25, point 2: the edit lock on Windows, simulated.

Qt's lock file stays open in its program on Windows, without delete sharing, so removing
someone else's live lock raises PermissionError (not FileNotFoundError) there. A take-over
must then open the map read-only and say why, instead of crashing the window. A leading
dot hides nothing on Windows either: the lock file gets the hidden attribute.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from cjm_designer.io import platform_files
from cjm_designer.io.yaml_format import save_map
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
def other_process(map_file, tmp_path):
    """Another CJM Designer holding the map's lock."""
    script = tmp_path / "holder.py"
    script.write_text(_HOLDER, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), str(map_file), str(REPO)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "held"
    yield child
    child.kill()
    child.wait()
    child.stdout.close()


@pytest.fixture
def windows_lock_file(monkeypatch, map_file):
    """Deleting the live lock fails the way Windows fails it."""
    lock_file = lock_path_for(map_file)
    real_unlink = Path.unlink

    def unlink(self, missing_ok=False):
        if self == lock_file:
            raise PermissionError(13, "The process cannot access the file", str(self))
        return real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    return lock_file


def test_take_over_of_a_lock_windows_keeps_open_opens_read_only(
    map_file, other_process, windows_lock_file, monkeypatch, qtbot, tmp_path
):
    told = []
    monkeypatch.setattr(prompts, "ask_lock_choice", lambda *_: prompts.LockChoice.TAKE_OVER)
    monkeypatch.setattr(
        prompts, "tell_take_over_refused", lambda _p, path, owner: told.append((path, owner))
    )
    store = RecoveryStore(tmp_path / "recovery")
    store.claim_session()
    window = QWidget()
    qtbot.addWidget(window)
    guard = ReliabilityGuard(window, DocumentController(), store, interval_seconds=0)
    try:
        assert guard.open(map_file) is not None  # no PermissionError reaches the window
        assert guard.controller.read_only
        assert guard.controller.path == map_file
        (path, owner), = told  # fmt: skip
        assert path == map_file and owner is not None and owner.pid == other_process.pid
        assert windows_lock_file.exists()  # the other program keeps its lock
        assert not FileLock(map_file).acquire()
    finally:
        guard.document_closed()
        store.release_session()


def test_take_over_returns_false_instead_of_raising(map_file, other_process, windows_lock_file):
    lock = FileLock(map_file)
    assert not lock.acquire()
    assert lock.take_over() is False
    assert not lock.held


def test_the_refusal_is_explained(qtbot, monkeypatch, map_file):
    from PySide6.QtWidgets import QMessageBox

    from cjm_designer.ui.reliability.file_lock import LockOwner

    shown = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, title, text: shown.append((title, text))
    )
    prompts.tell_take_over_refused(None, map_file, LockOwner(4242, "laptop", "cjm-designer"))
    (title, text), = shown  # fmt: skip
    assert title == "Map opened read-only"
    assert "shared.cjm.yaml" in text and "4242" in text and "read-only" in text


def test_lock_file_is_hidden_on_windows(monkeypatch, map_file, qapp):
    monkeypatch.setattr(sys, "platform", "win32")
    attributes: dict[str, int] = {}
    monkeypatch.setattr(
        platform_files, "_get_attributes", lambda path: attributes.setdefault(path, 0x20)
    )
    monkeypatch.setattr(
        platform_files, "_set_attributes", lambda path, value: attributes.update({path: value})
    )
    lock = FileLock(map_file)
    try:
        assert lock.acquire()
        hidden = attributes[str(lock_path_for(map_file))]
        assert hidden & platform_files.FILE_ATTRIBUTE_HIDDEN
        assert str(map_file) not in attributes
    finally:
        lock.release()
