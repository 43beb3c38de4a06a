"""Fixtures for window tests: isolated settings, answered dialogs, a window on the example.

Dialog helpers in ``cjm_designer.ui.dialogs`` are replaced by a recorder for every test,
so no test can block on a modal box; a test sets the answer it wants.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from cjm_designer.ui.dialogs import files, messages, new_map

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "resources" / "examples" / "protein-bars.cjm.yaml"


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp):
    """As in the program: garbage is collected on the GUI thread only (see ui/gc_guard.py)."""
    from cjm_designer.ui.gc_guard import install_gui_thread_collector

    install_gui_thread_collector(qapp)
    # Closing a test's last window must not tell the shared application to quit: after
    # that every nested event loop (modal dialogs, export progress) returns at once.
    qapp.setQuitOnLastWindowClosed(False)


@pytest.fixture(autouse=True)
def no_leftover_windows(qapp):
    """Each test starts without the previous one's dialogs, popups or pending deletes."""
    yield
    from tests.gui.export_support import stop_all_polls

    stop_all_polls()
    popup = QApplication.activePopupWidget()
    while popup is not None:
        popup.close()
        popup = QApplication.activePopupWidget()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


THREAD_MISTAKES = ("another thread", "different thread")
"""Qt's words when a QObject is touched or destroyed off its thread (a later segfault)."""


@pytest.fixture(autouse=True)
def no_qt_object_handled_off_its_thread(qtlog):
    """Fail the test during which Qt saw a QObject used or destroyed off its own thread.

    Such a mistake crashes later and elsewhere: a PDF dialog destroyed in its preview
    thread left a timer that fired in the next test's setup. Qt's warning is the first,
    reliable sign."""
    yield
    wrong = [r.message for r in qtlog.records if any(m in r.message for m in THREAD_MISTAKES)]
    assert not wrong, f"Qt objects handled off their thread: {wrong}"


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path_factory):
    """QSettings (recent files, window layout) in a throwaway folder, never the user's."""
    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("CJM Designer Tests")
    QCoreApplication.setApplicationName("CJM Designer Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield folder


@pytest.fixture(autouse=True)
def isolated_reliability(tmp_path_factory, monkeypatch):
    """Recovery copies and logs in a throwaway folder; reliability prompts never block."""
    from cjm_designer.ui import reliability
    from cjm_designer.ui.reliability import prompts, recovery_dialog

    monkeypatch.setenv("CJM_DESIGNER_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    reliability.reset_default_store()
    monkeypatch.setattr(prompts, "ask_lock_choice", lambda *_a: prompts.LockChoice.READ_ONLY)
    monkeypatch.setattr(prompts, "ask_reload", lambda *_a: False)
    monkeypatch.setattr(prompts, "confirm_overwrite_foreign", lambda *_a: True)
    monkeypatch.setattr(prompts, "tell_lock_lost", lambda *_a: None)
    monkeypatch.setattr(prompts, "show_crash", lambda *_a: None)
    monkeypatch.setattr(
        recovery_dialog, "ask_recovery",
        lambda _p, docs: {d.name: recovery_dialog.RecoveryChoice.LATER for d in docs},
    )  # fmt: skip
    yield
    reliability.reset_default_store()


@dataclass
class DialogAnswers:
    """What the fake dialogs answer, and what they were asked."""

    unsaved: messages.UnsavedChoice = messages.UnsavedChoice.DISCARD
    open_path: str = ""
    save_path: str = ""
    revert: bool = True
    new_map: object = None
    asked_unsaved: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> DialogAnswers:
    answers = DialogAnswers()

    def ask_unsaved(_parent, name):
        answers.asked_unsaved.append(name)
        return answers.unsaved

    monkeypatch.setattr(messages, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(
        messages,
        "show_error",
        lambda _p, title, text, details="": answers.errors.append((title, text)),
    )
    monkeypatch.setattr(messages, "show_warnings", lambda *_args: None)
    monkeypatch.setattr(messages, "confirm_revert", lambda _p, _name: answers.revert)
    monkeypatch.setattr(files, "ask_open_path", lambda _p, _d="": answers.open_path)
    monkeypatch.setattr(files, "ask_save_path", lambda _p, _s: answers.save_path)
    monkeypatch.setattr(new_map, "ask_new_map", lambda _p, _lang: answers.new_map)
    return answers


PROJECTOR_WINDOW = (1280, 690)
"""A maximized window on a 1280x720 projector: the screen less the window manager's title bar."""


def projector_window(qtbot, path: Path, restore_layout: bool = False):
    """A main window on ``path``, shown at :data:`PROJECTOR_WINDOW` size and settled."""
    from cjm_designer.ui.main_window import MainWindow

    window = MainWindow(restore_layout=restore_layout)
    qtbot.addWidget(window)
    assert window.load(path)
    window.resize(*PROJECTOR_WINDOW)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.wait(50)
    return window


@pytest.fixture
def example_copy(tmp_path) -> Path:
    """The bundled example, copied so saving never touches the repository."""
    target = tmp_path / "protein-bars.cjm.yaml"
    shutil.copyfile(EXAMPLE, target)
    return target


@pytest.fixture
def main_window(qtbot, example_copy):
    """A shown main window on a copy of the example map."""
    from cjm_designer.ui.main_window import MainWindow

    window = MainWindow(restore_layout=False)
    qtbot.addWidget(window)
    assert window.load(example_copy)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    window.controller.undo_stack.setClean()


def send_text(widget: QWidget, text: str) -> None:
    """Type any text (Cyrillic too) as real key events; qtbot.keyClicks is ASCII-only."""
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def type_text():
    return send_text
