"""Qt objects freed by Python's garbage collector go in an order that cannot crash.

The collector clears the objects of a dead reference cycle in whatever order it holds
them; with shiboken that can hand a C++-owned child back to Python, which deletes it
while its Qt owner still lists it. Each check runs in a child process, because the
failure it guards against is a segfault of the whole process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

UNDO_STACK_IN_A_CYCLE = """
import gc
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cjm_designer.model import JourneyMap
from cjm_designer.model.edits import SetMapField
from cjm_designer.ui.controller import DocumentController
from cjm_designer.ui.session import EditingSession
from cjm_designer.ui.undo_commands import EditCommand

gc.disable()
for _ in range(3):
    journey = JourneyMap(title="a")
    # Made before its stack, so the collector holds (and clears) the command first.
    command = EditCommand(journey, SetMapField("title", "b", "a"), "Rename")
    controller = DocumentController(journey)
    controller.undo_stack.push(command)
    del command, journey
    EditingSession.of(controller)  # controller <-> session: only the collector frees them
    del controller
    assert gc.collect() > 0
print("collected", flush=True)
"""


def run_child(code: str, tmp_path) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        PYTHONPATH=str(REPO),
        PYTHONFAULTHANDLER="1",
    )
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )


def test_a_document_freed_by_the_collector_deletes_each_undo_command_once(tmp_path):
    done = run_child(UNDO_STACK_IN_A_CYCLE, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "collected" in done.stdout
