"""Scenario filter and the side-by-side comparison of two scenarios."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.workshop_support import ALT, CTRL, shortcut


def test_scenario_filter_and_comparison(main_window, qtbot):
    window = main_window
    journey = window.controller.journey
    with_sales = {tp.id for tp in journey.touchpoints if tp.scenarios == ("s-otdelom-prodazh",)}
    without = {tp.id for tp in journey.touchpoints if tp.scenarios == ("bez-otdela-prodazh",)}
    assert with_sales and without
    window.view.setFocus()
    shortcut(window, Qt.Key.Key_S, CTRL | ALT, target=window.view)
    assert window.scene.options.scenario == "s-otdelom-prodazh"
    shown = set(window.scene.cards)
    assert with_sales <= shown and not without & shown
    hidden_arrows = {t.id for t in journey.transitions if t.scenarios == ("bez-otdela-prodazh",)}
    assert not hidden_arrows & set(window.scene.arrows)

    shortcut(window, Qt.Key.Key_V, CTRL | ALT, target=window.view)
    dialog = window.workshop.compare_dialog
    assert dialog is not None and dialog.isVisible()
    left, right = dialog.card_ids(0), dialog.card_ids(1)
    assert with_sales <= left and not without & left
    assert without <= right and not with_sales & right
    assert not dialog.views[0].isInteractive()
    # The comparison follows edits of the document.
    card = next(iter(with_sales))
    window.scene.controller.set_selection([card])
    window.session.delete_selection()
    window.scene.flush()
    for scene in dialog.scenes:
        scene.flush()
    assert card not in dialog.card_ids(0)
    dialog.combos[1].setCurrentIndex(0)
    assert dialog.card_ids(1) == dialog.card_ids(0)
    dialog.close()
