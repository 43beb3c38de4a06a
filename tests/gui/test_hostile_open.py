"""Hostile files opened or imported in the window (issue 20): a located message, never a
crash, and the open map stays as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_designer.ui.export import files
from tests.conftest import EXAMPLE

_LINES = EXAMPLE.read_text("utf-8").count("\n")
HOSTILE_MAPS = {
    "self-alias": ("x: &a [*a]\n", "contains itself"),
    "alias-chain": (
        "".join(f"a{i}: &a{i} [{f'*a{i - 1}' if i else 1}]\n" for i in range(500)),
        "nest deeper",
    ),
    "huge-int": ("x: " + "9" * 5000 + "\n", "5,000 characters"),
    "huge-hex": ("x: 0x" + "f" * 20000 + "\n", "numbers in a map have at most"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_MAPS))
def test_opening_a_hostile_map_shows_where_and_keeps_the_map(main_window, dialogs, tmp_path, name):
    tail, expected = HOSTILE_MAPS[name]
    bad = tmp_path / f"{name}.cjm.yaml"
    bad.write_text(EXAMPLE.read_text("utf-8") + tail, encoding="utf-8")
    before = main_window.controller.journey
    dialogs.open_path = str(bad)
    QTest.keyClick(main_window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.errors, "an error dialog was expected"
    title, text = dialogs.errors[-1]
    assert title == "Cannot open map"
    assert f"{name}.cjm.yaml:{_LINES + 1}:" in text and expected in text, text
    assert "Traceback" not in text
    assert main_window.controller.journey is before


def test_a_nan_width_is_refused_at_open_with_its_field(main_window, dialogs, tmp_path):
    import re

    text = re.sub(
        r"(stages:\n- id: [^\n]+\n)", lambda m: m.group(1) + "  width: .nan\n",
        EXAMPLE.read_text("utf-8"), count=1,
    )  # fmt: skip
    bad = tmp_path / "nan.cjm.yaml"
    bad.write_text(text, encoding="utf-8")
    dialogs.open_path = str(bad)
    QTest.keyClick(main_window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    _title, message = dialogs.errors[-1]
    assert "nan.cjm.yaml:" in message and "finite number" in message


def test_importing_a_workbook_with_a_far_cell_shows_the_row(
    main_window, dialogs, tmp_path, monkeypatch
):
    from tests.core.test_hostile_round2 import _far_cell, _workbook

    source = tmp_path / "far.xlsx"
    source.write_bytes(_workbook(edit=_far_cell("A")))
    monkeypatch.setattr(files, "ask_import_path", lambda *_args: str(source))
    before = main_window.controller.journey
    main_window.import_export.imports["xlsx"].trigger()
    title, text = dialogs.errors[-1]
    assert title == "Cannot import"
    assert "far.xlsx:1048576" in text and "more than 20,000 rows" in text
    assert main_window.controller.journey is before


def test_dropped_pictures_are_decoded_within_the_pixel_budget(main_window, tmp_path):
    """A 1 KB PNG declaring 400 million pixels is refused on its header; a large photo is
    decoded straight to 1600 px."""
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
    from PySide6.QtWidgets import QApplication

    from cjm_designer.ui.workshop.pictures import MAX_SIDE, image_of
    from tests.core.test_hostile_round2 import _png_header_only
    from tests.gui.workshop_support import card_center

    window = main_window
    journey = window.controller.journey
    card = journey.touchpoints[2]
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_header_only(20000, 20000))
    photo = tmp_path / "wide.png"
    image = QImage(3200, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(photo))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bomb)), QUrl.fromLocalFile(str(photo))])
    pos = card_center(window, card.id)
    window.view.centerOn(pos)
    local = window.view.mapFromScene(pos)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for cls in (QDragEnterEvent, QDragMoveEvent):
        event = cls(local, Qt.DropAction.CopyAction, mime, buttons, keys)
        QApplication.sendEvent(window.view.viewport(), event)
    drop = QDropEvent(QPoint(local).toPointF(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window.view.viewport(), drop)
    pictures = journey.touchpoint(card.id).pictures
    assert [p.caption for p in pictures] == ["wide"]
    stored = image_of(pictures[0])
    assert (stored.width(), stored.height()) == (MAX_SIDE, 500)
