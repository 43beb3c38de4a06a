"""Personas panel (add, edit, photo), colour-coded curves, and the persona filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from cjm_designer.io.yaml_format import loads_map
from cjm_designer.model.enums import Segment
from tests.gui.workshop_support import ALT, CTRL, key, shortcut, type_text


def test_persona_added_and_edited_in_the_panel(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    dock = window.workshop.personas
    dock.show()
    dock.raise_()
    before = [p.id for p in journey.personas]
    dock.add_button.click()
    new = [p for p in journey.personas if p.id not in before]
    assert len(new) == 1
    persona_id = new[0].id
    assert QApplication.focusWidget() is dock.name
    key(dock.name, Qt.Key.Key_A, "", CTRL)
    type_text(dock.name, "Лида, новый клиент")
    dock.description.setFocus()
    type_text(dock.description, "Работает в офисе")
    dock.goals.setFocus()
    type_text(dock.goals, "Перекус")
    key(dock.goals, Qt.Key.Key_Return, "\r")
    type_text(dock.goals, "Без сахара")
    dock.segment.setFocus()
    dock.segment.setCurrentIndex(dock.segment.findData(Segment.RETURNING))
    dock.segment.activated.emit(dock.segment.currentIndex())
    photo = QImage(120, 160, QImage.Format.Format_RGB32)
    photo.fill(QColor("#aa5500"))
    assert dock.set_photo(photo, "lida")
    persona = journey.persona(persona_id)
    assert persona.name == "Лида, новый клиент"
    assert persona.description == "Работает в офисе"
    assert persona.goals == ("Перекус", "Без сахара")
    assert persona.segment is Segment.RETURNING
    assert persona.photo is not None and persona.photo.caption == "lida"
    saved = loads_map(window.controller.text()).map
    assert saved.persona(persona_id) == persona
    # Typing the name was one undo step per field.
    stack = window.controller.undo_stack
    while journey.get(persona_id) is not None and journey.persona(persona_id).photo is not None:
        stack.undo()
    assert journey.persona(persona_id).segment is Segment.RETURNING


def test_persona_filter_shows_the_map_for_one_persona(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    lyuda_only = {tp.id for tp in journey.touchpoints if tp.personas == ("lyuda",)}
    aristarkh_only = {tp.id for tp in journey.touchpoints if tp.personas == ("aristarkh",)}
    assert lyuda_only and aristarkh_only
    assert lyuda_only <= set(window.scene.cards)
    window.view.setFocus()
    shortcut(window, Qt.Key.Key_P, CTRL | ALT, target=window.view)
    assert window.workshop.filter_bar.persona.currentData() == "aristarkh"
    assert window.scene.options.persona == "aristarkh"
    assert not lyuda_only & set(window.scene.cards)
    assert aristarkh_only <= set(window.scene.cards)
    # The curve of that persona alone, in its own colour.
    assert set(window.scene.curves) == {"aristarkh"}
    shortcut(window, Qt.Key.Key_P, CTRL | ALT, target=window.view)
    assert window.scene.options.persona == "lyuda"
    shortcut(window, Qt.Key.Key_P, CTRL | ALT, target=window.view)
    assert window.scene.options.persona is None
    assert set(window.scene.curves) == {"aristarkh", "lyuda"}
    assert window.scene.curves["aristarkh"].color != window.scene.curves["lyuda"].color


def test_photo_button_puts_the_chosen_picture_on_the_persona(main_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    picture = tmp_path / "лида-фото.png"
    image = QImage(90, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(picture))
    asked = []

    def fake_open(parent, title, folder, filters):
        asked.append(filters)
        return str(picture), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    dock = main_window.workshop.personas
    dock.show()
    dock.raise_()
    dock.add_button.click()
    persona_id = main_window.controller.journey.personas[-1].id
    dock.photo_button.click()
    photo = main_window.controller.journey.persona(persona_id).photo
    assert photo is not None and photo.caption == "лида-фото"
    assert "*.png" in asked[0] and "*.webp" in asked[0]
