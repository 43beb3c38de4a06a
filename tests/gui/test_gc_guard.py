"""Garbage collection happens on the GUI thread only (worker threads run exports)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading

from cjm_designer.ui.gc_guard import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_automatic_collection_is_off_and_the_timer_collects_on_the_gui_thread(qapp, qtbot):
    assert not gc.isenabled()
    collected_on: list[str] = []

    def note(phase: str, _info: dict) -> None:
        if phase == "stop":
            collected_on.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        worker = threading.Thread(target=lambda: [_Cycle() for _ in range(50_000)], name="worker")
        worker.start()
        worker.join()
        assert "worker" not in collected_on
        qtbot.waitUntil(lambda: bool(collected_on), timeout=5000)
        assert set(collected_on) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(note)


def test_stop_hands_collection_back_to_python(qapp):
    enabled_before = gc.isenabled()
    gc.enable()
    collector = GuiThreadCollector()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    if not enabled_before:
        gc.disable()


def test_the_objects_alive_at_exit_are_not_walked_by_the_last_collections(tmp_path):
    # The check is registered first, so it runs last: after the program's exit handlers.
    code = (
        "import atexit, gc\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0, flush=True))\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from cjm_designer.ui.gc_guard import install_gui_thread_collector\n"
        "install_gui_thread_collector(app)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "frozen True" in done.stdout
