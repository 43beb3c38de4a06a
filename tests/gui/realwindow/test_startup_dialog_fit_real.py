"""Start-up with the recovery dialog in a real window: the map fits the final canvas.

The dialog runs before the window shows; then the window manager maximizes the window
late, after the first fit. The map must end at the readable zoom for the final canvas,
from the journey's start, filling it; not at the size it had before the late resize.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from cjm_designer.ui import settings
from cjm_designer.ui.reliability import default_store, recovery_dialog

from .conftest import maximize_by_window_manager, xdotool


def _start_with_recovery(qtbot, monkeypatch, path):
    """run_gui's start-up path: a blank window, the real recovery dialog, show, maximize."""
    from cjm_designer.ui.app import _recover_crashed_work, show_settled
    from cjm_designer.ui.main_window import MainWindow

    monkeypatch.setattr(recovery_dialog, "ask_recovery", _real_ask_recovery)
    store = default_store()
    store.write("crashed", path.read_text(encoding="utf-8"), path, "Protein bars")
    store.release_session()
    monkeypatch.setattr(store, "session", "this-session")  # the copy is another session's
    store.claim_session()
    window = MainWindow(restore_layout=False)
    qtbot.addWidget(window)
    window.new_blank()
    asked = []

    def press_ok() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(50, press_ok)
            return
        asked.append(dialog.windowTitle())
        xdotool("windowactivate", "--sync", str(int(dialog.winId())))
        xdotool("key", "Return")  # OK with the default choice: Restore

    QTimer.singleShot(50, press_ok)
    extra = _recover_crashed_work(window, "en", reuse=True)
    assert asked and extra == []
    assert window.controller.path == path
    show_settled(QApplication.instance(), window)
    maximize_by_window_manager(qtbot, window)
    qtbot.wait(200)
    return window


_real_ask_recovery = recovery_dialog.ask_recovery


def test_after_the_recovery_dialog_the_map_is_readable_and_fills_the_canvas(
    qtbot, monkeypatch, example_copy
):
    window = _start_with_recovery(qtbot, monkeypatch, example_copy)
    view = window.view
    qtbot.waitUntil(lambda: abs(view.zoom - view.readable_fit_factor()) < 1e-6, timeout=3000)
    assert view.zoom >= view.readable_zoom()
    # From the journey's start, and the map covers the whole canvas (it is larger).
    shown = view.mapFromScene(window.scene.sceneRect()).boundingRect()
    viewport = view.viewport().rect()
    assert shown.contains(viewport.adjusted(0, 0, -2, -2)), (shown, viewport)
    assert view.visible_scene_rect().topLeft().x() <= 1
    assert view.visible_scene_rect().topLeft().y() <= 1
    window.controller.undo_stack.setClean()


def test_a_map_that_fits_is_fitted_to_the_maximized_canvas_not_the_first_size(
    qtbot, monkeypatch, tmp_path
):
    """With large canvas text the readable zoom is below 100% and a small map fits whole:
    the fit must be the one for the maximized window, not for the size before it."""
    from cjm_designer.resources import resource_path

    monkeypatch.setattr(settings, "canvas_font_size", lambda *_a: 20)
    small = tmp_path / "blank.cjm.yaml"
    small.write_text(
        resource_path("templates", "blank.en.cjm.yaml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    window = _start_with_recovery(qtbot, monkeypatch, small)
    view = window.view
    qtbot.waitUntil(lambda: abs(view.zoom - view.readable_fit_factor()) < 1e-6, timeout=3000)
    shown = QRectF(view.mapFromScene(window.scene.sceneRect()).boundingRect())
    viewport = view.viewport().rect()
    # The whole map shows and fills the canvas in one direction (or is at 100%, the most
    # an opening fit enlarges to).
    assert QRectF(viewport).adjusted(-1, -1, 1, 1).contains(shown)
    fills = shown.width() >= viewport.width() - 24 or shown.height() >= viewport.height() - 24
    assert fills or view.zoom == 1.0, (shown, viewport, view.zoom)
    window.controller.undo_stack.setClean()
