"""Helpers for workshop tests: real clicks and keys on the main window's canvas."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.canvas_support import key, press, release, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def card_center(window, card_id: str) -> QPointF:
    box = window.scene.layout.cards[card_id]
    return QPointF(box.rect.x + box.rect.w / 2, box.rect.y + 12)


def show_point(window, pos: QPointF) -> None:
    window.view.centerOn(pos)
    QApplication.processEvents()


def click(window, pos: QPointF, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A left click at a scene point, scrolled into view first."""
    show_point(window, pos)
    press(window.view, pos, modifiers=modifiers)
    release(window.view, pos)
    QApplication.processEvents()


def click_card(window, card_id: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    window.view.setFocus()
    click(window, card_center(window, card_id), modifiers)


def empty_cell_point(window, stage_id: str, channel_id: str) -> QPointF:
    """A point of the cell below its cards."""
    rect = window.scene.layout.cells[(stage_id, channel_id)]
    cards = window.scene.cell_cards((stage_id, channel_id))
    top = max([c.rect.bottom for c in cards], default=rect.y) + 4
    assert top < rect.bottom - 2, "the cell has no free space"
    return QPointF(rect.x + rect.w / 2, (top + rect.bottom) / 2)


def shortcut(window, key_code, modifiers=Qt.KeyboardModifier.NoModifier, target=None) -> None:
    """Press a key combination the way a keyboard does (shortcut events included)."""
    from PySide6.QtTest import QTest

    QTest.keyClick(target or QApplication.focusWidget() or window, key_code, modifiers)
    QApplication.processEvents()


__all__ = ["card_center", "click", "click_card", "key", "shortcut", "type_text"]
