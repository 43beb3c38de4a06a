"""The Problems dock speaks the window's language: analysis findings in Russian and Finnish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

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


REASONS = {
    "ru": "вероятность -0,5 не в диапазоне от 0 до 1 (в поле transitions[0].probability)",
    "fi": "todennäköisyys -0,5 ei ole välillä 0–1 (kentässä transitions[0].probability)",
}


@pytest.mark.parametrize("language", ["ru", "fi"], indirect=True)
def test_load_error_reason_is_in_the_window_language(
    qtbot, language, dialogs, tmp_path, example_copy
):
    """Opening a bad map (Ctrl+O): title, first line and the located reason all translated."""
    bad = tmp_path / "bad.cjm.yaml"
    bad.write_text(
        "cjm: 1\ntitle: x\nstages:\n  - {id: a, name: A}\n  - {id: b, name: B}\n"
        "transitions:\n  - {from: a, to: b, probability: -0.5}\n",
        encoding="utf-8",
    )
    window = MainWindow(language=language, restore_layout=False)
    qtbot.addWidget(window)
    assert window.load(example_copy)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    dialogs.open_path = str(bad)
    QTest.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.errors, "an error dialog was expected"
    title, text = dialogs.errors[0]
    assert title != "Cannot open map"
    assert f"bad.cjm.yaml:7:35: {REASONS[language]}" in text
    assert "is not between" not in text and "(at " not in text


@pytest.mark.parametrize("language", ["ru", "fi"], indirect=True)
def test_funnel_figures_use_the_window_locale(language):
    """The Analysis dock's funnel writes "2,32 %", "6,6 мес." and "×1,01" in Russian."""
    import re

    from cjm_designer.analysis.funnel import compute_funnel
    from cjm_designer.io.yaml_format import read_map
    from cjm_designer.resources import example_map_path
    from cjm_designer.ui.analysis.funnel_chart import funnel_view

    journey = read_map(example_map_path()).map
    view = funnel_view(journey, compute_funnel(journey))
    values = dict(view.figures).values()
    assert any(re.fullmatch(r"\d+,\d+\xa0%", value) for value in values), values
    assert not any(re.search(r"\d\.\d", value) for value in values), values


DATES = {"ru": "20.01.2027", "fi": "20.1.2027"}


@pytest.mark.parametrize("language", ["ru", "fi"], indirect=True)
def test_status_bar_outline_and_plan_write_numbers_and_dates_the_locale_way(
    qtbot, language, example_copy
):
    """Zoom "125 %", a transition's "70 %" in the outline, and a due date "20.01.2027"
    (the cell still holds the map's 2027-01-20, which its editor takes)."""
    window = MainWindow(language=language, restore_layout=False)
    qtbot.addWidget(window)
    assert window.load(example_copy)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.zoom_label.text().endswith("\xa0%")
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.zoom_label.text() != "100\xa0%", timeout=3000)
    assert window.zoom_label.text().endswith("\xa0%") and "%" not in window.zoom_label.text()[:-2]

    outline = window.outline.tree
    texts = []
    for index in range(outline.topLevelItemCount()):
        top = outline.topLevelItem(index)
        texts += [top.child(i).text(0) for i in range(top.childCount())]
    assert any(t.endswith(" 70\xa0%") for t in texts), [t for t in texts if "→" in t]

    window.plan_features.plan.show()
    dock = window.plan_features.plan
    qtbot.waitUntil(lambda: dock.built, timeout=3000)
    dock.refresh()
    table = dock.table
    due_column = 2
    row = next(
        r for r in range(table.rowCount()) if table.item(r, due_column).text() == "2027-01-20"
    )
    index = table.model().index(row, due_column)
    delegate = table.itemDelegateForIndex(index)
    shown = delegate.displayText(table.item(row, due_column).text(), table.locale())
    assert shown == DATES[language]


def test_command_line_pictures_are_drawn_in_the_command_line_language(tmp_path):
    """``LANG=fi_FI.UTF-8 cjm-designer export MAP -o map.svg``: the row titles and arrow
    words of the picture are Finnish, as in a Finnish window, and it says so in Finnish."""
    import os
    import re
    import subprocess
    import sys

    from tests.conftest import REPO
    from tests.core.test_no_english_output import FINNISH_MAP, english_words

    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(LANG="fi_FI.UTF-8", QT_QPA_PLATFORM="offscreen")
    target = tmp_path / "map.svg"
    done = subprocess.run(
        [sys.executable, "-m", "cjm_designer", "export", str(FINNISH_MAP), "-o", str(target)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert english_words(done.stdout + done.stderr) == []
    drawn = " ".join(re.findall(r">([^<>]+)<", target.read_text(encoding="utf-8")))
    assert "Mahdollisuudet" in drawn and "Kipupisteet" in drawn
    assert english_words(drawn) == [], drawn
