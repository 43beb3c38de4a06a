"""The Properties form's sections fold and open by mouse and keyboard, and stay so.

On a 1280x720 projector a card's form was taller than the panel and its sections never
folded; now each section header folds its rows (click, Enter, Space), the choice is
remembered per section, the rarely used sections start folded, and the fields of an
open section are reached by Tab right after its header.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from cjm_designer.ui.docks.properties_sections import settings_key

CARD = "stati-zozh"


def _card_form(window, qtbot, card: str = CARD):
    window.controller.set_selection([card])
    qtbot.waitUntil(window.properties.isVisible)
    qtbot.wait(50)
    return window.properties


def _form_height(panel) -> int:
    """How tall the form wants to be: what the panel would have to scroll through."""
    page = panel.scroll.widget()
    page.layout().activate()
    return page.sizeHint().height()


def _focus(widget, qtbot) -> None:
    widget.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_rarely_used_sections_start_folded_the_main_one_open(main_window, qtbot):
    panel = _card_form(main_window, qtbot)
    main = panel.section_header("main")
    assert main.text() == "Touchpoint" and main.isChecked()
    assert panel.field("title").isVisible()
    for key in ("evidence", "actions"):
        assert not panel.section_header(key).isChecked(), key
    assert not panel.field("evidence.status").isVisible()
    assert not panel.field("actions").isVisible()
    assert panel.section_header("pains").isChecked()
    assert panel.field("pains").isVisible()
    stage = main_window.controller.journey.stages[0].id
    panel = _card_form(main_window, qtbot, stage)
    assert panel.section_header("emotions").isChecked()
    assert not panel.section_header("swot").isChecked()
    assert not panel.field("swot.strengths").isVisible()


def test_a_click_on_a_header_folds_and_opens_its_section_and_is_remembered(main_window, qtbot):
    panel = _card_form(main_window, qtbot)
    header = panel.section_header("pains")
    pains = panel.field("pains")
    tall = _form_height(panel)
    qtbot.mouseClick(header, Qt.MouseButton.LeftButton)
    assert not header.isChecked()
    assert not pains.isVisible()
    folded = _form_height(panel)
    assert folded < tall - 40, (folded, tall)
    assert QSettings().value(settings_key("touchpoints", "pains")) in (False, "false")
    # Another card's form: pains stay folded, as the user left them.
    other = next(tp.id for tp in main_window.controller.journey.touchpoints if tp.id != CARD)
    panel = _card_form(main_window, qtbot, other)
    assert not panel.section_header("pains").isChecked()
    assert not panel.field("pains").isVisible()
    qtbot.mouseClick(panel.section_header("pains"), Qt.MouseButton.LeftButton)
    assert panel.field("pains").isVisible()
    assert _form_height(panel) > folded + 40
    # Folding the main section leaves the other sections right under the title.
    main = panel.section_header("main")
    qtbot.mouseClick(main, Qt.MouseButton.LeftButton)
    assert not panel.field("title").isVisible()
    assert panel.section_header("pains").isVisible()
    qtbot.mouseClick(main, Qt.MouseButton.LeftButton)
    assert panel.field("title").isVisible()


def test_enter_and_space_toggle_and_tab_reaches_the_opened_fields(main_window, qtbot):
    panel = _card_form(main_window, qtbot)
    header = panel.section_header("evidence")
    status = panel.field("evidence.status")
    assert not header.isChecked()
    short = _form_height(panel)
    _focus(header, qtbot)
    qtbot.keyClick(header, Qt.Key.Key_Return)
    assert header.isChecked() and status.isVisible()
    opened = _form_height(panel)
    assert opened > short + 40, (opened, short)
    assert QSettings().value(settings_key("touchpoints", "evidence")) in (True, "true")
    # Tab from the header goes into the section's first field, and on through it.
    qtbot.keyClick(header, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is status)
    qtbot.keyClick(status, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.field("evidence.source"))
    # Space folds it again; Tab then skips the folded fields to the next header.
    _focus(header, qtbot)
    qtbot.keyClick(header, Qt.Key.Key_Space)
    assert not header.isChecked() and not status.isVisible()
    assert _form_height(panel) < opened - 40
    qtbot.keyClick(header, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.section_header("actions"))
    qtbot.keyClick(panel.section_header("actions"), Qt.Key.Key_Enter)
    assert panel.field("actions").isVisible()


def test_headers_say_what_they_are_to_a_screen_reader(main_window, qtbot):
    panel = _card_form(main_window, qtbot)
    header = panel.section_header("actions")
    assert header.accessibleName() == "Actions"
    assert "Folded" in header.accessibleDescription()
    assert header.focusPolicy() == Qt.FocusPolicy.StrongFocus
    qtbot.mouseClick(header, Qt.MouseButton.LeftButton)
    assert "Open" in header.accessibleDescription()
    # A form with one section (a channel) has nothing to fold: its title is a plain one.
    channel = main_window.controller.journey.channels[0].id
    panel = _card_form(main_window, qtbot, channel)
    title = panel.section_header("main")
    assert not title.isCheckable()
    assert title.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    assert panel.field("name").isVisible()
