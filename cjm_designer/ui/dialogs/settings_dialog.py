"""Edit > Settings…: language, theme, autosave, paper and units, canvas snapping and text size.

Values are stored through ``ui/settings.py`` (the keys are documented there). Theme,
autosave, snapping and text size apply at once to every open window; the language
applies at the next start, which the dialog says.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import settings, themes
from ..chrome import set_role
from ..i18n import NATIVE_NAMES


class SettingsDialog(QDialog):
    """A form over the QSettings keys; ``values()`` is what OK stores."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for code in settings.LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.theme = QComboBox()
        for code, label in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, code)
        self.autosave = QSpinBox()
        self.autosave.setRange(0, 3600)
        self.autosave.setSingleStep(15)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setSpecialValueText(self.tr("Off"))
        self.paper = QComboBox()
        for name in settings.PAPERS:
            self.paper.addItem(name, name)
        self.units = QComboBox()
        self.units.addItem(self.tr("Millimetres"), "mm")
        self.units.addItem(self.tr("Inches"), "inch")
        self.snap = QCheckBox(self.tr("Snap stage widths to the grid"))
        self.font_size = QSpinBox()
        self.font_size.setRange(settings.FONT_SIZES.start, settings.FONT_SIZES.stop - 1)
        self.font_size.setSuffix(self.tr(" pt"))
        self.restart_note = QLabel(self.tr("A new language is used from the next start."))
        set_role(self.restart_note, "hint")
        self.restart_note.setWordWrap(True)
        self._describe()

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Autosave every:"), self.autosave)
        form.addRow(self.tr("Default &paper:"), self.paper)
        form.addRow(self.tr("&Units:"), self.units)
        form.addRow(self.tr("Canvas &text size:"), self.font_size)
        form.addRow("", self.snap)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.load()

    def _describe(self) -> None:
        """Names and descriptions a screen reader announces for each field."""
        for widget, name, description in (
            (self.language, self.tr("Language"), self.tr("Language of the menus and dialogs")),
            (self.theme, self.tr("Theme"), self.tr("Light or dark window and canvas")),
            (
                self.autosave,
                self.tr("Autosave interval"),
                self.tr("Seconds between copies to the recovery folder; 0 turns it off"),
            ),
            (self.paper, self.tr("Default paper"), self.tr("Paper size proposed for PDF export")),
            (self.units, self.tr("Units"), self.tr("Units for paper sizes and margins")),
            (self.snap, self.tr("Snap to grid"), self.tr("Stage widths snap while resizing")),
            (self.font_size, self.tr("Canvas text size"), self.tr("Size of card text on screen")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def load(self) -> None:
        self._select(self.language, settings.language())
        self._select(self.theme, settings.theme())
        self.autosave.setValue(settings.autosave_seconds())
        self._select(self.paper, settings.default_paper())
        self._select(self.units, settings.units())
        self.snap.setChecked(settings.snap_to_grid())
        self.font_size.setValue(settings.canvas_font_size())

    def values(self) -> dict[str, object]:
        return {
            settings.LANGUAGE_KEY: self.language.currentData(),
            settings.THEME_KEY: self.theme.currentData(),
            settings.AUTOSAVE_KEY: self.autosave.value(),
            settings.PAPER_KEY: self.paper.currentData(),
            settings.UNITS_KEY: self.units.currentData(),
            settings.SNAP_KEY: self.snap.isChecked(),
            settings.FONT_SIZE_KEY: self.font_size.value(),
        }


def apply_settings(app: QApplication) -> None:
    """Push the stored settings into the running editor: theme, autosave, canvases."""
    themes.apply(app, settings.theme())
    for widget in app.topLevelWidgets():
        if hasattr(widget, "apply_settings"):  # a document window (MainWindow)
            widget.apply_settings()


def open_settings(parent: QWidget | None = None) -> bool:
    """Show the dialog; on OK store the values and apply them. True when stored."""
    dialog = SettingsDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    settings.save(dialog.values())
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_settings(app)
    return True
