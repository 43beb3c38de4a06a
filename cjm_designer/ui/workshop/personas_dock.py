"""The Personas panel: add, remove and edit the people the map is drawn for.

Each persona has a name, a photo kept inside the file, a description, goals and a
segment (new, returning, lapsed, lost: source 002); its colour paints its emotional
curve on the canvas.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjm_designer.model import Kind, new_id
from cjm_designer.model.edits import InsertEntity, ReplaceEntity, remove
from cjm_designer.model.entities import Persona
from cjm_designer.model.enums import Segment

from ..canvas import style
from ..docks.editors import ColorEditor, ComboEditor, LineEditor, TextEditor
from .common import WorkshopDock, dock_body
from .pictures import MAX_SIDE, ask_image_file, image_of, picture_from_image, read_image

if TYPE_CHECKING:
    from PySide6.QtGui import QImage  # its enums: a photo is read only when added

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PHOTO = 72


def segment_labels() -> list[tuple[str, Segment]]:
    return [
        (QCoreApplication.translate("Workshop", "New customers"), Segment.NEW),
        (QCoreApplication.translate("Workshop", "Returning customers"), Segment.RETURNING),
        (QCoreApplication.translate("Workshop", "Lapsed customers"), Segment.LAPSED),
        (QCoreApplication.translate("Workshop", "Lost customers"), Segment.LOST),
        (QCoreApplication.translate("Workshop", "Other"), Segment.OTHER),
    ]


def persona_pixmap(persona: Persona, index: int, size: int, pixel_ratio: float = 1.0) -> QPixmap:
    """The photo cropped square, or a disc in the persona's colour.

    ``size`` is in logical pixels; the picture has ``pixel_ratio`` times as many real
    ones, so a photo stays sharp on a Retina or 150 % Windows screen.
    """
    ratio = max(1.0, pixel_ratio)
    pixels = round(size * ratio)
    pixmap = None
    if persona.photo is not None:
        image = image_of(persona.photo)
        if not image.isNull():
            pixmap = QPixmap.fromImage(
                image.scaled(
                    pixels,
                    pixels,
                    Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                    Qt.TransformationMode.SmoothTransformation,
                ).copy(0, 0, pixels, pixels)
            )
    if pixmap is None:
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(QColor(style.persona_color(persona.color, index)))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class PersonasDock(WorkshopDock):
    def __init__(self, controller, parent: QWidget | None = None):
        title = QCoreApplication.translate("Workshop", "Personas")
        super().__init__(title, "personasDock", controller, parent)

    # --- list ----------------------------------------------------------------------------------

    def build(self) -> None:
        body, layout = dock_body()
        self.list = QListWidget()
        self.list.setIconSize(QSize(28, 28))
        self.list.setMaximumHeight(150)
        self.list.currentItemChanged.connect(lambda *_a: self.show_current())
        buttons = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("Workshop", "Add persona"))
        self.add_button.clicked.connect(self.add_persona)
        self.remove_button = QPushButton(QCoreApplication.translate("Workshop", "Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 4, 0, 0)
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO, PHOTO)
        self.photo.setScaledContents(True)
        photo_buttons = QVBoxLayout()
        self.photo_button = QPushButton(QCoreApplication.translate("Workshop", "Choose photo…"))
        self.photo_button.clicked.connect(self.choose_photo)
        self.clear_photo_button = QPushButton(
            QCoreApplication.translate("Workshop", "Remove photo")
        )
        self.clear_photo_button.clicked.connect(lambda: self._write("photo", None))
        photo_buttons.addWidget(self.photo_button)
        photo_buttons.addWidget(self.clear_photo_button)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch(1)
        self.name = LineEditor()
        self.description = TextEditor(lines=3)
        self.goals = TextEditor(
            as_lines=True,
            placeholder=QCoreApplication.translate("Workshop", "One goal per line"),
            lines=3,
        )
        self.segment = ComboEditor(segment_labels())
        self.color = ColorEditor()
        form.addRow(QCoreApplication.translate("Workshop", "Photo"), photo_row)
        form.addRow(QCoreApplication.translate("Workshop", "Name"), self.name)
        form.addRow(QCoreApplication.translate("Workshop", "Description"), self.description)
        form.addRow(QCoreApplication.translate("Workshop", "Goals"), self.goals)
        form.addRow(QCoreApplication.translate("Workshop", "Segment"), self.segment)
        form.addRow(QCoreApplication.translate("Workshop", "Colour"), self.color)
        for name in ("name", "description", "goals", "segment", "color"):
            getattr(self, name).valueEdited.connect(lambda value, n=name: self._write(n, value))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.setWidget(body)
        self.refresh()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def refresh(self) -> None:
        if not self.built:
            return
        journey = self.controller.journey
        chosen = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for index, persona in enumerate(journey.personas):
            ratio = self.list.devicePixelRatioF()
            item = QListWidgetItem(QIcon(persona_pixmap(persona, index, 28, ratio)), persona.name)
            item.setData(ID_ROLE, persona.id)
            self.list.addItem(item)
            if persona.id == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.show_current()

    def show_current(self) -> None:
        journey = self.controller.journey
        persona_id = self.current_id()
        persona = journey.get(persona_id) if persona_id else None
        self.form.setEnabled(persona is not None)
        self.remove_button.setEnabled(persona is not None)
        if persona is None:
            self.photo.clear()
            return
        index = journey.index_of(Kind.PERSONA, persona.id)
        self.photo.setPixmap(persona_pixmap(persona, index, PHOTO, self.photo.devicePixelRatioF()))
        self.name.set_value(persona.name)
        self.description.set_value(persona.description)
        self.goals.set_value(persona.goals)
        self.segment.set_value(persona.segment)
        self.color.set_value(persona.color)

    # --- edits ----------------------------------------------------------------------------------

    def add_persona(self) -> str:
        journey = self.controller.journey
        name = QCoreApplication.translate("Workshop", "New persona")
        persona = Persona(new_id(name, journey.ids(), "persona"), name)
        if not self.controller.push(
            InsertEntity(Kind.PERSONA, persona),
            QCoreApplication.translate("Workshop", "Add persona"),
        ):
            return ""
        self.refresh()
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == persona.id:
                self.list.setCurrentRow(row)
        self.name.setFocus()
        self.name.selectAll()
        return persona.id

    def remove_current(self) -> None:
        persona_id = self.current_id()
        if persona_id:
            edit = remove(self.controller.journey, Kind.PERSONA, persona_id)
            self.controller.push(edit, QCoreApplication.translate("Workshop", "Remove persona"))

    def _write(self, field: str, value) -> None:
        persona_id = self.current_id()
        journey = self.controller.journey
        persona = journey.get(persona_id) if persona_id else None
        if persona is None:
            return
        if field == "segment":
            value = Segment(value)  # Qt hands enum item data back as a plain str
        edit = ReplaceEntity(Kind.PERSONA, replace(persona, **{field: value}))
        label = QCoreApplication.translate("Workshop", "Edit persona")
        self.controller.push(edit, label, merge_key=f"{persona_id}:{field}")

    def choose_photo(self) -> None:
        path = ask_image_file(self, QCoreApplication.translate("Workshop", "Persona photo"))
        if path:
            self.set_photo(read_image(path, MAX_SIDE), Path(path).stem)

    def set_photo(self, image: QImage, caption: str = "") -> bool:
        picture = picture_from_image(image, caption)
        if picture is None or self.current_id() is None:
            return False
        self._write("photo", picture)
        return True
