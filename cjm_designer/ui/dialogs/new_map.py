"""File > New: pick a built-in template (stage sets from the sources) with a preview.

A template is an ordinary map file, so the preview shows what the user will get: the
map itself drawn by the canvas (read-only, fitted), its title, description, stages in
order and channels, before anything is created.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_designer.io.errors import MapLoadError
from cjm_designer.io.templates import Template, available_templates
from cjm_designer.model import JourneyMap

from ..canvas.scene import MapScene
from ..canvas.view import MapView
from ..chrome import set_role
from ..controller import DocumentController

LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "fi": "Suomi"}


class NewMapDialog(QDialog):
    """Templates on the left; on the right the selected one drawn as a map, its stages
    and its channels."""

    def __init__(self, templates: list[Template], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Map from Template"))
        self.resize(960, 620)
        self._maps: dict[int, JourneyMap | None] = {}
        self.templates = sorted(
            templates, key=lambda t: (t.language != language, t.name != "blank", t.name)
        )
        self.list = QListWidget()
        self.list.setMinimumWidth(300)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        for index, template in enumerate(self.templates):
            journey = self._load(index)
            title = (journey.title if journey else "") or template.name
            label = f"{title}  ·  {LANGUAGE_NAMES.get(template.language, template.language)}"
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, index)
            if journey is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.title = QLabel()
        set_role(self.title, "heading")
        self.description = QLabel()
        self.description.setWordWrap(True)
        set_role(self.description, "hint")
        self.picture_controller = DocumentController(JourneyMap(), self)
        self.picture_controller.read_only = True
        self.picture = MapView(MapScene(self.picture_controller, self))
        self.picture.setInteractive(False)
        self.picture.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.picture.setAcceptDrops(False)
        self.picture.setMinimumHeight(200)
        self.stages = QListWidget()
        self.stages.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.channels = QLabel()
        self.channels.setWordWrap(True)
        preview = QVBoxLayout()
        preview.addWidget(self.title)
        preview.addWidget(self.description)
        preview.addWidget(self.picture, 3)
        preview.addWidget(QLabel(self.tr("Stages")))
        preview.addWidget(self.stages, 1)
        preview.addWidget(self.channels)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(preview, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._show_preview)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        if self.templates:
            self.list.setCurrentRow(0)
        else:
            self._show_preview(-1)

    def _load(self, index: int) -> JourneyMap | None:
        if index not in self._maps:
            try:
                self._maps[index] = self.templates[index].load()
            except MapLoadError:
                self._maps[index] = None
        return self._maps[index]

    def _show_preview(self, row: int) -> None:
        journey = self._load(row) if 0 <= row < len(self.templates) else None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(journey is not None)
        self.stages.clear()
        if journey is None:
            self.title.setText(self.tr("No template selected"))
            self.description.clear()
            self.channels.clear()
            self.picture_controller.set_document(JourneyMap(), None)
            return
        self.picture_controller.set_document(journey.copy(), None)
        QTimer.singleShot(0, self.picture, self.picture.zoom_fit)
        self.title.setText(journey.title or self.templates[row].name)
        self.description.setText(journey.description)
        for number, stage in enumerate(journey.stages, start=1):
            self.stages.addItem(f"{number}. {stage.name}")
        if not journey.stages:
            self.stages.addItem(self.tr("(an empty grid: add your own stages)"))
        names = ", ".join(channel.name for channel in journey.channels) or self.tr("none")
        self.channels.setText(self.tr("Channels: {names}").format(names=names))

    def selected_map(self) -> JourneyMap | None:
        """A fresh copy of the chosen template, not the cached preview map."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.templates):
            return None
        return self.templates[row].load()


def ask_new_map(parent: QWidget | None, language: str) -> JourneyMap | None:
    """Run the dialog; the new map, or None when cancelled."""
    dialog = NewMapDialog(available_templates(), language, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.selected_map()
