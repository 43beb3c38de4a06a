"""Presentation (F5) shows the map without the editor's marks.

The tryout saw the selected card's blue frame and a hovered card's link-handle circle on
the projector. While presenting, neither is painted; after Esc the selection frame is
back (the selection itself never changed).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt

from cjm_designer.ui.canvas import style
from tests.gui.canvas_support import move
from tests.gui.workshop_support import card_center, click_card, shortcut


def selection_pixels(window, card_id: str) -> int:
    """Pixels of the selection colour on and around one card, as the screen shows it."""
    view = window.view
    box = window.scene.layout.cards[card_id].rect
    rect = QRectF(box.x - 3, box.y - 3, box.w + 6, box.h + 6)
    area = view.mapFromScene(rect).boundingRect().intersected(view.viewport().rect())
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    target = style.SELECTION
    found = 0
    for x in range(int(area.left() * ratio), int(area.right() * ratio)):
        for y in range(int(area.top() * ratio), int(area.bottom() * ratio)):
            color = image.pixelColor(x, y)
            if (
                abs(color.red() - target.red())
                + abs(color.green() - target.green())
                + abs(color.blue() - target.blue())
                < 30
            ):
                found += 1
    return found


def hover(window, card_id: str) -> None:
    move(window.view, card_center(window, card_id), buttons=Qt.MouseButton.NoButton)


def test_presentation_hides_the_selection_frame_and_hover_handles(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    first = journey.stages[0].id
    cards = [tp.id for tp in journey.touchpoints if tp.stage == first]
    selected, hovered = cards[0], cards[1]
    window.view.zoom_reset()
    click_card(window, selected)
    assert window.controller.selection == [selected]
    hover(window, hovered)
    qtbot.wait(20)
    assert selection_pixels(window, selected) > 40  # the frame
    assert selection_pixels(window, hovered) > 5  # the link handle

    shortcut(window, Qt.Key.Key_F5, target=window.view)
    presentation = window.workshop.presentation
    qtbot.waitUntil(lambda: presentation.active)
    qtbot.wait(50)
    hover(window, hovered)
    qtbot.wait(20)
    assert window.controller.selection == [selected]
    assert selection_pixels(window, selected) == 0
    assert selection_pixels(window, hovered) == 0
    shortcut(window, Qt.Key.Key_Right, target=window.view)  # the first stage, up close
    qtbot.wait(50)
    hover(window, hovered)
    qtbot.wait(20)
    assert selection_pixels(window, selected) == 0
    assert selection_pixels(window, hovered) == 0

    shortcut(window, Qt.Key.Key_Escape, target=window.view)
    qtbot.waitUntil(lambda: not presentation.active)
    window.view.centerOn(QPointF(card_center(window, selected)))
    qtbot.wait(50)
    assert selection_pixels(window, selected) > 40  # the frame is back
