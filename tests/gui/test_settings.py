"""Settings: the dialog stores its keys and the editor follows them at once."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from cjm_designer.ui import settings
from cjm_designer.ui.dialogs import settings_dialog
from cjm_designer.ui.dialogs.settings_dialog import SettingsDialog


def test_defaults_and_bad_values_fall_back():
    assert settings.language() == ""
    assert settings.theme() == "system"
    assert settings.units() == "mm"
    assert settings.default_paper() == "A4"
    assert settings.snap_to_grid() is True
    assert settings.canvas_font_size() == 12
    store = QSettings()
    for key, bad in (
        (settings.THEME_KEY, "purple"),
        (settings.UNITS_KEY, "furlong"),
        (settings.PAPER_KEY, "B52"),
        (settings.FONT_SIZE_KEY, "huge"),
        (settings.AUTOSAVE_KEY, "soon"),
    ):
        store.setValue(key, bad)
    assert settings.theme() == "system"
    assert settings.units() == "mm"
    assert settings.default_paper() == "A4"
    assert settings.canvas_font_size() == 12
    assert settings.autosave_seconds() == settings.autosave.DEFAULT_INTERVAL_SECONDS
    store.setValue(settings.SNAP_KEY, "false")
    assert settings.snap_to_grid() is False


def test_units_round_trip():
    assert settings.to_display_units(25.4, "inch") == 1.0
    assert settings.from_display_units(1.0, "inch") == 25.4
    assert settings.to_display_units(210, "mm") == 210


def test_dialog_stores_every_key(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog._select(dialog.language, "fi")
    dialog._select(dialog.theme, "dark")
    dialog.autosave.setValue(45)
    dialog._select(dialog.paper, "A3")
    dialog._select(dialog.units, "inch")
    dialog.snap.setChecked(False)
    dialog.font_size.setValue(16)
    settings.save(dialog.values())
    assert settings.language() == "fi"
    assert settings.theme() == "dark"
    assert settings.autosave_seconds() == 45
    assert settings.default_paper() == "A3"
    assert settings.units() == "inch"
    assert settings.snap_to_grid() is False
    assert settings.canvas_font_size() == 16
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.values() == dialog.values()


def test_settings_action_opens_dialog_and_applies(main_window, qtbot, monkeypatch, qapp):
    action = main_window.menu_actions.preferences
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    edit_menu = main_window.menuBar().actions()[1].menu()
    assert action in edit_menu.actions()
    card_size = main_window.scene.options.metrics.card_title_size

    def accept(dialog):
        dialog.font_size.setValue(18)
        dialog.snap.setChecked(True)
        dialog.autosave.setValue(90)
        dialog._select(dialog.theme, "dark")
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    try:
        action.trigger()
        assert main_window.scene.options.metrics.card_title_size == card_size * 18 / 12
        assert main_window.scene.snap_step == settings.GRID_STEP
        assert main_window.reliability.autosaver.timer.interval() == 90_000
        assert qapp.property("cjmTheme") == "dark"
        # Persona filters keep the text size.
        main_window.scene.set_filters()
        assert main_window.scene.options.metrics.card_title_size == card_size * 18 / 12
    finally:
        QSettings().setValue(settings.THEME_KEY, "light")
        settings_dialog.apply_settings(QApplication.instance())


def test_stage_resize_snaps_to_grid(main_window, qtbot):
    from cjm_designer.ui.canvas.interactions import StageResizeInteraction

    scene = main_window.scene
    scene.snap_step = settings.GRID_STEP
    header = next(iter(scene.stage_headers.values()))
    start = header.box.header
    resize = StageResizeInteraction(scene, header, header.pos())

    class Move:
        def __init__(self, x):
            self.x = x

        def scenePos(self):
            from PySide6.QtCore import QPointF

            return QPointF(self.x, 0)

    resize.move(Move(start.x + 233.7))
    assert resize.width == 230
    scene.snap_step = 0.0
    resize.move(Move(start.x + 233.7))
    assert abs(resize.width - 233.7) < 1e-6
    resize.cancel()
