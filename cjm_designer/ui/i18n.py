"""Which language the editor speaks, and loading its Qt translations.

The choice is ``--lang`` > the Settings dialog (``ui/language``) > the system locale,
restricted to the languages we ship (English, Russian, Finnish), else English. Our own
messages come from ``resources/translations/cjm_designer_<lang>.qm`` (built from the
hand-translated ``.ts`` files by ``scripts/build_translations.py``); Qt's own dialogs
(file dialogs, message box buttons) from the ``qtbase_<lang>.qm`` that PySide6 ships.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cjm_designer import messages
from cjm_designer.resources import resource_path

from . import settings as prefs

LANGUAGES = prefs.LANGUAGES
NATIVE_NAMES = {"en": "English", "ru": "Русский", "fi": "Suomi"}
"""Each language in its own words: a user who cannot read the current UI still finds theirs."""
CATALOG = "cjm_designer"

_installed: list[QTranslator] = []


def resolve_language(
    requested: str | None, configured: str = "", system_locale: str | None = None
) -> str:
    """The language to use: the first of requested, configured, system that we ship."""
    for candidate in (requested, configured):
        if candidate is not None and candidate in LANGUAGES:
            return candidate
    system = system_locale if system_locale is not None else QLocale.system().name()
    code = system.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def startup_language(requested: str | None) -> str:
    """``--lang``, else the Settings choice, else the system language."""
    return resolve_language(requested, prefs.language())


def translations_dir() -> Path:
    return resource_path("translations")


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the translators we installed before with those for ``language``.

    Returns the translators that loaded (none for English). Safe to call again: tests
    switch languages inside one process.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    # The Qt-free layers' messages (Problems, load errors) follow the window's language.
    messages.set_language(language)
    if language == "en":
        english = EnglishPlurals(app)
        app.installTranslator(english)
        _installed.append(english)
        return []
    sources = ((CATALOG, str(translations_dir())), ("qtbase", qt_translations_dir()))
    for catalog, folder in sources:
        translator = QTranslator(app)
        if translator.load(f"{catalog}_{language}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)


class EnglishPlurals(QTranslator):
    """English plurals without an English catalog: "%n stage(s)" reads "1 stage", "12 stages".

    The sources are written as ``"%n stage(s)"`` for lupdate and the Russian and Finnish
    numerus forms; without a translator English showed the "(s)" on screen (a projector
    caption read "12 stage(s)"). Only plural calls (``n >= 0``) with "(s)" are answered;
    Qt then puts the number in for ``%n``.
    """

    def translate(self, context, source, disambiguation=None, n=-1):
        # None is Qt's null string, "not translated here": "" would blank the text.
        if n is None or n < 0 or "(s)" not in source:
            return None
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def installed_files() -> list[str]:
    """The .qm files now in use (for the About box and for tests)."""
    return [translator.filePath() for translator in _installed if translator.filePath()]
