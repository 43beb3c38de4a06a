"""A GUI process killed (SIGKILL) after edits; the next start recovers them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from cjm_designer.io.yaml_format import save_map
from cjm_designer.ui import reliability
from cjm_designer.ui.controller import DocumentController
from cjm_designer.ui.reliability import ReliabilityGuard, recovery_dialog
from cjm_designer.ui.reliability.recovery import RecoveryStore
from cjm_designer.ui.reliability.recovery_dialog import RecoveryChoice, RecoveryDialog
from tests.conftest import build_small_map

REPO = Path(__file__).resolve().parents[2]

# A real GUI process: a window, the guard with its default store in CJM_DESIGNER_DATA_DIR,
# edits to a saved map and to an untitled one, a focus loss; then it waits to be killed.
_SESSION = """
import sys
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget
from cjm_designer.model.edits import SetMapField
from cjm_designer.ui.controller import DocumentController
from cjm_designer.ui.reliability import ReliabilityGuard

app = QApplication([])
guards = []
for path in (sys.argv[1], None):
    window = QWidget()
    controller = DocumentController()
    guard = ReliabilityGuard(window, controller)
    if path:
        guard.open(path)
    title = "Edited before the crash" if path else "Untitled work"
    controller.push(SetMapField("title", title, controller.journey.title), "Rename")
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    guard.autosaver.flush()
    guards.append((window, guard))
print("edited", flush=True)
app.exec()
"""


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("CJM_DESIGNER_DATA_DIR", str(folder))
    reliability.reset_default_store()
    yield folder
    reliability.reset_default_store()


def _run_session(map_file: Path, tmp_path: Path) -> subprocess.Popen:
    script = tmp_path / "session.py"
    script.write_text(_SESSION, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(script), str(map_file), str(REPO)],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert child.stdout.readline().strip() == "edited"
    return child


def test_killed_session_is_recovered_at_next_start(tmp_path, data_dir, qtbot, monkeypatch):
    map_file = tmp_path / "workshop.cjm.yaml"
    save_map(build_small_map(), map_file)
    before = map_file.read_bytes()
    child = _run_session(map_file, tmp_path)
    try:
        # While it runs, its copies are alive: nothing is offered to anyone else.
        assert reliability.default_store().orphans() == []
    finally:
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        child.wait()
        child.stdout.close()
    assert map_file.read_bytes() == before  # autosave never touched the user's file

    asked = []

    def answer(_parent, docs):
        asked.extend(docs)
        return {doc.name: RecoveryChoice.RESTORE for doc in docs}

    monkeypatch.setattr(recovery_dialog, "ask_recovery", answer)
    restored = reliability.offer_recovery(None)
    assert len(asked) == 2
    by_path = {doc.original_path: doc for doc in restored}
    assert set(by_path) == {map_file, None}
    saved = by_path[map_file]
    assert saved.pid == child.pid and saved.saved_at is not None
    assert saved.title == "Edited before the crash"

    controller = DocumentController()
    window = QWidget()
    qtbot.addWidget(window)
    guard = ReliabilityGuard(window, controller, interval_seconds=0)
    guard.adopt(saved)
    assert controller.journey.title == "Edited before the crash"
    assert controller.path == map_file and controller.dirty
    assert guard.lock is not None and guard.lock.still_held()  # the dead process's lock was stale
    store = reliability.default_store()
    assert not saved.map_file.exists()  # the crashed session's copy became ours
    assert store.has(guard.autosaver.entry)
    assert guard.save()
    assert b"Edited before the crash" in map_file.read_bytes()
    guard.autosaver.flush()
    assert not store.has(guard.autosaver.entry)
    by_path[None].discard()
    assert store.orphans() == []
    guard.document_closed()


def test_later_keeps_and_discard_removes(tmp_path, data_dir, monkeypatch):
    dead = RecoveryStore(data_dir / "recovery", session="dead" * 8)  # never claimed: no owner
    dead.write("a-1.deaddead", "cjm: 1\ntitle: A\n", tmp_path / "a.cjm.yaml", "A")
    dead.write("b-2.deaddead", "cjm: 1\ntitle: B\n", None, "B")
    dead.write("c-3.deaddead", "cjm: 1\nstages: 5\n", None, "Broken")
    choices = {"a-1.deaddead": RecoveryChoice.LATER, "b-2.deaddead": RecoveryChoice.DISCARD,
               "c-3.deaddead": RecoveryChoice.RESTORE}  # fmt: skip
    seen = []

    def answer(_parent, docs):
        seen.extend(docs)
        return choices

    monkeypatch.setattr(recovery_dialog, "ask_recovery", answer)
    assert reliability.offer_recovery(None) == []  # the broken copy cannot be restored
    broken = next(doc for doc in seen if doc.name == "c-3.deaddead")
    assert "stages" in broken.error
    remaining = {doc.name for doc in reliability.default_store().orphans()}
    assert remaining == {"a-1.deaddead", "c-3.deaddead"}


def test_dialog_shows_what_and_when(tmp_path, qtbot):
    store = RecoveryStore(tmp_path / "recovery", session="gone" * 8)
    store.write(
        "m-1.gonegone", "cjm: 1\ntitle: Workshop map\n", tmp_path / "m.cjm.yaml", "Workshop map"
    )
    finder = RecoveryStore(tmp_path / "recovery")
    docs = finder.orphans()
    for doc in docs:
        doc.load()
    dialog = RecoveryDialog(docs)
    qtbot.addWidget(dialog)
    row = dialog.table.topLevelItem(0)
    assert row.text(0) == "Workshop map"
    assert row.text(1) == str(tmp_path / "m.cjm.yaml")
    assert row.text(2).startswith(docs[0].saved_at.astimezone().strftime("%Y-%m-%d"))
    assert dialog.choices() == {"m-1.gonegone": RecoveryChoice.RESTORE}
    dialog.combos[0].setCurrentIndex(2)
    assert dialog.choices() == {"m-1.gonegone": RecoveryChoice.LATER}


def test_restoring_the_copy_of_the_file_on_the_command_line_keeps_one_window(
    tmp_path, data_dir, qtbot, monkeypatch
):
    """``cjm-designer map.cjm.yaml`` after a crash, Restore: the restored work shows in the
    window that opened the file, not in a second window on the same file that would then
    warn "changed by another program" about the first one's save."""
    import threading

    from cjm_designer.io.yaml_format import load_map
    from cjm_designer.io.yaml_writer import dumps_map
    from cjm_designer.ui.app import _recover_crashed_work
    from cjm_designer.ui.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the crash handler comes back out
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    map_file = tmp_path / "workshop.cjm.yaml"
    journey = build_small_map()
    save_map(journey, map_file)
    journey.title = "Edited before the crash"
    dead = RecoveryStore(data_dir / "recovery", session="dead" * 8)  # never claimed: no owner
    dead.write("workshop-1.deaddead", dumps_map(journey), map_file, journey.title)
    monkeypatch.setattr(
        recovery_dialog,
        "ask_recovery",
        lambda _parent, docs: {doc.name: RecoveryChoice.RESTORE for doc in docs},
    )
    window = MainWindow(restore_layout=False)
    qtbot.addWidget(window)
    assert window.load(map_file)
    opened_lock = window.reliability.lock
    assert opened_lock is not None and opened_lock.held

    extra = _recover_crashed_work(window, "en", reuse=False)

    assert extra == []
    assert window.document_path() == map_file
    assert window.controller.journey.title == "Edited before the crash"
    assert window.has_unsaved_changes()
    assert window.reliability.lock is opened_lock and opened_lock.still_held()
    assert window.save()  # no "changed by another program" question stops it
    assert load_map(map_file).title == "Edited before the crash"
