"""The Problems dock speaks the window's language: analysis findings in Russian and Finnish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_designer.ui import i18n
from cjm_designer.ui.main_window import MainWindow

WORDS = {
    "ru": ("цикл", "это нормально"),
    "fi": ("silmukka", "sallittua"),
}


@pytest.fixture
def language(qapp, request):
    i18n.install_translations(qapp, request.param)
    yield request.param
    i18n.install_translations(qapp, "en")


@pytest.mark.parametrize("language", ["ru", "fi"], indirect=True)
def test_problems_dock_shows_findings_in_the_window_language(qtbot, language, example_copy):
    window = MainWindow(language=language, restore_layout=False)
    qtbot.addWidget(window)
    assert window.load(example_copy)
    window.show()
    qtbot.waitExposed(window)
    controller = window.controller
    dock = window.problems
    qtbot.waitUntil(lambda: dock.with_analysis and dock.tree.topLevelItemCount() > 0, timeout=5000)
    texts = [dock.tree.topLevelItem(i).text(0) for i in range(dock.tree.topLevelItemCount())]
    loop, legitimate = WORDS[language]
    assert any(loop in t and legitimate in t for t in texts), texts
    for english in ("loop ", "legitimate", "customers", " has no "):
        assert not any(english in t for t in texts), (english, texts)
    # Clicking a translated finding still selects what it is about.
    tree = dock.tree
    hit = tree.topLevelItem(0)
    rect = tree.visualItemRect(hit)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert controller.selection == [hit.data(0, Qt.ItemDataRole.UserRole)]
