"""Comments (author, date, text) with a marker and a panel; pictures pasted or dropped in."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from cjm_designer.io.yaml_format import loads_map
from cjm_designer.ui.workshop.decorations import CommentBadge, PictureBadge
from cjm_designer.ui.workshop.pictures import MAX_SIDE, image_of
from tests.gui.workshop_support import ALT, CTRL, card_center, click_card, key, shortcut, type_text


def _badges(window, card_id, kind):
    return [c for c in window.scene.cards[card_id].childItems() if isinstance(c, kind)]


def test_comment_added_from_the_keyboard_shows_a_marker_and_is_saved(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    card = next(tp for tp in journey.touchpoints if not tp.comments)
    click_card(window, card.id)
    shortcut(window, Qt.Key.Key_M, CTRL | ALT, target=window.view)
    notes = window.workshop.notes
    assert QApplication.focusWidget() is notes.box
    notes.author.setText("Ольга")
    type_text(notes.box, "Уточнить у отдела продаж")
    key(notes.box, Qt.Key.Key_Return, "\r", CTRL)
    comments = journey.touchpoint(card.id).comments
    assert [(c.author, c.text) for c in comments] == [("Ольга", "Уточнить у отдела продаж")]
    assert comments[0].date == date.today().isoformat()
    qtbot.waitUntil(lambda: len(_badges(window, card.id, CommentBadge)) == 1)
    qtbot.waitUntil(lambda: notes.comments.count() == 1)
    assert "Уточнить" in notes.comments.item(0).text()
    saved = loads_map(window.controller.text()).map
    assert saved.touchpoint(card.id).comments == comments

    notes.comments.setCurrentRow(0)
    notes.comments.setFocus()
    key(notes.comments, Qt.Key.Key_Delete)
    assert journey.touchpoint(card.id).comments == ()
    qtbot.waitUntil(lambda: not _badges(window, card.id, CommentBadge))
    window.controller.undo_stack.undo()
    assert len(journey.touchpoint(card.id).comments) == 1


def test_comment_on_a_stage(main_window, qtbot):
    window = main_window
    stage = window.controller.journey.stages[0]
    window.controller.set_selection([stage.id])
    notes = window.workshop.notes
    notes.start_comment()
    type_text(notes.box, "Stage note")
    notes.add_button.click()
    assert window.controller.journey.stage(stage.id).comments[-1].text == "Stage note"


def _photo(width=2400, height=1200) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    return image


def test_comment_panel_picture_pasted_onto_a_card_is_scaled_and_kept(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    card = journey.touchpoints[1]
    click_card(window, card.id)
    QApplication.clipboard().setImage(_photo())
    shortcut(window, Qt.Key.Key_V, CTRL, target=window.view)
    pictures = journey.touchpoint(card.id).pictures
    assert len(pictures) == 1 and pictures[0].mime in ("image/png", "image/jpeg")
    stored = image_of(pictures[0])
    assert (stored.width(), stored.height()) == (MAX_SIDE, MAX_SIDE // 2)
    qtbot.waitUntil(lambda: len(_badges(window, card.id, PictureBadge)) == 1)
    saved = loads_map(window.controller.text()).map
    assert saved.touchpoint(card.id).pictures == pictures
    window.controller.undo_stack.undo()
    assert journey.touchpoint(card.id).pictures == ()


def test_comment_panel_picture_dropped_from_a_file(main_window, qtbot, tmp_path):
    window = main_window
    journey = window.controller.journey
    card = journey.touchpoints[2]
    path = tmp_path / "shelf.png"
    assert _photo(300, 200).save(str(path))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = card_center(window, card.id)
    window.view.centerOn(pos)
    local = window.view.mapFromScene(pos)
    for event_type in (QDropEvent.Type.DragEnter, QDropEvent.Type.DragMove):
        cls = QDragEnterEvent if event_type == QDropEvent.Type.DragEnter else QDragMoveEvent
        event = cls(
            local,
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window.view.viewport(), event)
        assert event.isAccepted()
    drop = QDropEvent(
        QPoint(local).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.view.viewport(), drop)
    pictures = journey.touchpoint(card.id).pictures
    assert [p.caption for p in pictures] == ["shelf"]
    window.controller.set_selection([card.id])
    qtbot.waitUntil(lambda: window.workshop.notes.pictures.count() == 1)
    window.workshop.notes.pictures.setCurrentRow(0)
    window.workshop.notes.remove_picture_button.click()
    assert journey.touchpoint(card.id).pictures == ()
