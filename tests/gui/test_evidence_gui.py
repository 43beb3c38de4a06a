"""Evidence in the GUI: set it in Properties, see a badge on the card, fade unbacked cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_designer.model import EvidenceSource, EvidenceStatus
from cjm_designer.model.filters import researched_only

CARD = "stati-zozh"


def _layer(window):
    return window.compare_actions.evidence


def test_marking_a_card_researched_shows_a_badge(main_window, qtbot, type_text):
    controller = main_window.controller
    controller.set_selection([CARD])
    assert controller.journey.touchpoint(CARD).evidence is None
    source = main_window.properties.field("evidence.source")
    source.setFocus()
    QTest.keyClick(source, Qt.Key.Key_Down)  # "—" -> interview
    evidence = controller.journey.touchpoint(CARD).evidence
    assert evidence.status is EvidenceStatus.RESEARCHED
    assert evidence.source is EvidenceSource.INTERVIEW
    assert main_window.properties.field("evidence.status").currentData() == evidence.status

    note = main_window.properties.field("evidence.note")
    note.setFocus()
    type_text(note, "12 интервью")
    assert controller.journey.touchpoint(CARD).evidence.note == "12 интервью"

    layer = _layer(main_window)
    qtbot.waitUntil(lambda: CARD in layer.badges)
    badge = layer.badges[CARD]
    assert badge.parentItem() is main_window.scene.cards[CARD]
    assert badge.toolTip() == "Researched (interview): 12 интервью"

    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert controller.journey.touchpoint(CARD).evidence is None
    qtbot.waitUntil(lambda: CARD not in layer.badges)


def test_assumed_card_gets_a_hollow_badge(main_window, qtbot):
    controller = main_window.controller
    controller.set_selection([CARD])
    status = main_window.properties.field("evidence.status")
    status.setFocus()
    QTest.keyClick(status, Qt.Key.Key_Down)
    QTest.keyClick(status, Qt.Key.Key_Down)  # not marked -> research -> assumption
    assert controller.journey.touchpoint(CARD).evidence.status is EvidenceStatus.ASSUMED
    layer = _layer(main_window)
    qtbot.waitUntil(lambda: CARD in layer.badges)
    assert layer.badges[CARD].toolTip() == "Assumed"


def test_only_researched_fades_what_research_does_not_back(main_window, qtbot):
    journey = main_window.controller.journey
    backed = {tp.id for tp in researched_only(journey).touchpoints}
    assert backed  # the example marks at least one card as researched
    action = main_window.compare_actions.only_researched
    action.trigger()
    layer = _layer(main_window)
    assert layer.dimmed() == {tp.id for tp in journey.touchpoints} - backed
    main_window.compare_actions.show_evidence.trigger()
    assert layer.badges == {}
    action.trigger()
    assert layer.dimmed() == set()
