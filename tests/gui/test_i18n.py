"""The window starts in English, Russian and Finnish with translated menus and Qt dialogs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from cjm_designer.ui import i18n, settings
from cjm_designer.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

import update_translations as ut  # noqa: E402

MENUS = {
    "en": ["&File", "&Edit", "&View", "&Insert"],
    "ru": ["&Файл", "&Правка", "&Вид", "&Вставка"],
    "fi": ["&Tiedosto", "&Muokkaa", "&Näytä", "&Lisää"],
}
CANCEL = {"en": "Cancel", "ru": "Отмена", "fi": "Peru"}  # Qt's own qtbase wording


@pytest.fixture
def language(qapp, request):
    """Install the translators for one language; English again afterwards."""
    i18n.install_translations(qapp, request.param)
    yield request.param
    i18n.install_translations(qapp, "en")


@pytest.mark.parametrize("language", ["en", "ru", "fi"], indirect=True)
def test_window_menus_are_translated(qtbot, language):
    window = MainWindow(language=language, restore_layout=False)
    qtbot.addWidget(window)
    window.new_blank()
    titles = [action.text() for action in window.menuBar().actions()]
    for wanted in MENUS[language]:
        assert wanted in titles
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions() if action.text()]
    assert window.menu_actions.save.text() in texts
    if language != "en":
        assert "&Save" not in texts and "&Open…" not in texts
    # New maps default to the UI language (the blank template of that language).
    assert window.controller.journey.language == language


@pytest.mark.parametrize("language", ["en", "ru", "fi"], indirect=True)
def test_qt_own_dialog_buttons_are_translated(qtbot, language):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert (
        box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        == (CANCEL[language])
    )


@pytest.mark.parametrize("code", ["ru", "fi"])
def test_compiled_qm_matches_the_ts(code):
    """Every .ts translation comes back from the committed .qm (rebuild if this fails)."""
    translator = QTranslator()
    assert translator.load(f"cjm_designer_{code}", str(i18n.translations_dir()))
    counts = {"ru": (1, 3, 5), "fi": (1, 5)}[code]
    for context, message in ut.messages(ut.read_ts(ut.ts_path(code))):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = [form.text for form in translation.iter("numerusform")]
            for index, n in enumerate(counts):
                got = translator.translate(context, source, None, n)
                assert got == forms[index], (context, source, n)
        else:
            got = translator.translate(context, source) or source
            assert got == translation.text, (context, source)


def test_language_choice_order(qapp):
    assert i18n.resolve_language("fi", "ru", "de_DE") == "fi"
    assert i18n.resolve_language(None, "ru", "fi_FI") == "ru"
    assert i18n.resolve_language(None, "", "fi_FI") == "fi"
    assert i18n.resolve_language(None, "", "ru-RU") == "ru"
    assert i18n.resolve_language(None, "", "de_DE") == "en"
    assert i18n.resolve_language("xx", "", "C") == "en"
    QSettings().setValue(settings.LANGUAGE_KEY, "fi")
    assert i18n.startup_language(None) == "fi"
    assert i18n.startup_language("ru") == "ru"
    QSettings().setValue(settings.LANGUAGE_KEY, "klingon")
    assert i18n.startup_language("en") == "en"


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_plural_forms_follow_russian_rules(language):
    texts = [QCoreApplication.translate("Canvas", "Delete %n item(s)", None, n) for n in (1, 3, 7)]
    assert texts == ["Удаление 1 элемента", "Удаление 3 элементов", "Удаление 7 элементов"]
    assert i18n.installed_files()[0].endswith("cjm_designer_ru.qm")


@pytest.mark.parametrize("language", ["en", "ru", "fi"], indirect=True)
def test_left_column_tabs_read_whole_at_1280x720(qtbot, language):
    """The tryout read "O… | Und… | I…" under the left column at 1280x720."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTabBar

    window = MainWindow(language=language, restore_layout=False)
    qtbot.addWidget(window)
    window.resize(1280, 690)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible() and bar.count()]
    column = next(b for b in bars if window.outline.windowTitle() in _tab_texts(b))
    assert column.count() >= 2
    for index in range(column.count()):
        text = column.tabText(index).replace("&", "")
        needed = column.fontMetrics().horizontalAdvance(text)
        assert column.tabRect(index).width() >= needed + 8, (text, column.tabRect(index))
    # A click on the Insert tab shows the palette.
    insert = _tab_texts(column).index(window.palette.windowTitle())
    QTest.mouseClick(column, Qt.MouseButton.LeftButton, pos=column.tabRect(insert).center())
    qtbot.waitUntil(lambda: window.palette.list.isVisible())
    # Undo History is a View-menu click away, tabbed into the same column.
    window.history.toggleViewAction().trigger()
    qtbot.waitUntil(window.history.isVisible)
    assert window.history.windowTitle() in _tab_texts(column)


def _tab_texts(bar) -> list[str]:
    return [bar.tabText(i).replace("&", "") for i in range(bar.count())]
