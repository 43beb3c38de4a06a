"""Workers report through one long-lived relay, so a closed window never crashes them."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication

from cjm_designer.ui import worker_relay


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.got: list = []

    def take(self, payload) -> None:
        self.got.append(payload)


def test_results_reach_a_living_receiver_on_the_gui_thread(qapp, qtbot):
    receiver = _Receiver()
    key = worker_relay.register(receiver.take)
    seen_on: list = []

    def work() -> None:
        seen_on.append(threading.current_thread().name)
        worker_relay.deliver(key, ("done", 42))

    thread = threading.Thread(target=work, name="worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: receiver.got == [("done", 42)], timeout=2000)
    assert seen_on == ["worker"]


def test_a_receiver_destroyed_while_the_worker_runs_is_skipped(qapp, qtbot):
    receiver = _Receiver()
    key = worker_relay.register(receiver.take)
    started, release = threading.Event(), threading.Event()

    def work() -> None:
        started.set()
        release.wait(5)
        worker_relay.deliver(key, "late")

    thread = threading.Thread(target=work)
    thread.start()
    started.wait(5)
    receiver.deleteLater()  # the window (and everything it owns) goes away meanwhile
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    thread.join()
    for _ in range(5):
        QApplication.processEvents()
    assert key not in worker_relay._receivers
