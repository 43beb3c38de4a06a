"""What the program says, as a stable code and its values, rendered in the reader's language.

The Qt-free layers (model, io, analysis, export, the command line) never assemble an
English sentence: they build a :class:`Message` from a code registered in
:mod:`cjm_designer.messages.texts` (its one English source text) and the values that fill
it. A ``Message`` *is* its English text (a ``str`` subclass), so logs, exceptions' ``str()``
and the existing English output stay as they were; the edges (the window, the command
line, the PDF) call :func:`localize` to get it in Russian or Finnish from the gettext
catalogues in ``resources/messages/`` (plural forms from CLDR, numbers and percentages in
the locale's way: "2,3 %").

This module imports only the standard library, so ``model`` may use it; Babel is loaded
when something is rendered in another language than English.
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from .texts import TEXTS, Plural

LANGUAGES = ("en", "ru", "fi")
SOURCE_LANGUAGE = "en"

_current = SOURCE_LANGUAGE


class Message(str):
    """A code from ``texts.TEXTS`` and its values; as a ``str`` it is the English text.

    ``Message("analysis.empty-stage", stage="Buy")`` reads "stage 'Buy' has no
    touchpoints"; ``localize(it, "ru")`` gives the Russian sentence. Values may be text,
    numbers (formatted per locale) or other Messages (rendered in the same language).
    """

    code: str
    params: Mapping[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> Message:
        if code not in TEXTS:
            raise KeyError(f"no message text registered for code {code!r}")
        text = render(code, params, SOURCE_LANGUAGE)
        self = super().__new__(cls, text)
        self.code = code
        self.params = MappingProxyType(dict(params))
        return self

    def __reduce__(self):  # pickled and deep-copied as code + values, not as plain text
        return (_rebuild, (self.code, dict(self.params)))

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {dict(self.params)!r})"

    def localized(self, language: str | None = None) -> str:
        return render(self.code, self.params, language or _current)


def _rebuild(code: str, params: dict[str, Any]) -> Message:
    return Message(code, **params)


def set_language(language: str) -> str:
    """Make ``language`` the one :func:`localize` uses by default; unknown ones mean English."""
    global _current
    _current = language if language in LANGUAGES else SOURCE_LANGUAGE
    return _current


def current_language() -> str:
    return _current


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language of ``LC_ALL``, else ``LC_MESSAGES``, else ``LANG`` (as gettext reads
    them), when it is one we ship; "C", "POSIX" and anything else mean English."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value:
            code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
            return code if code in LANGUAGES else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def localize(value: object, language: str | None = None) -> str:
    """``value`` in ``language`` (default: :func:`current_language`).

    A :class:`Message` is rendered from the catalogue; anything else (a user's text, a
    name) is returned as ``str(value)``. Objects with a ``localized(language)`` method
    (located file errors) render themselves.
    """
    lang = language or _current
    method = getattr(value, "localized", None)
    if callable(method):
        return method(lang)
    return str(value)


def reason_of(error: BaseException) -> str:
    """An exception's reason, as the Message it was raised with when it was (so it can still
    be localized), else its ``str()``."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Message) else str(error)


def catalogue_text(code: str, language: str | None = None) -> str:
    """The translated pattern of ``code`` itself, placeholders left unfilled (for texts
    that another library fills in, such as argparse's "%(prog)s: error: %(message)s")."""
    lang = language or _current
    entry = TEXTS[code]
    if isinstance(entry, Plural):
        raise TypeError(f"{code} is a plural; render it with a count")
    if lang == SOURCE_LANGUAGE or lang not in LANGUAGES:
        return entry
    from .catalogues import translations

    return translations(lang).pgettext(code, entry)


def text(code: str, /, **params: Any) -> str:
    """Render ``code`` in the current language straight away (labels and headings of the
    command line and the PDF, which need no structured form)."""
    return render(code, params, _current)


def number(value: float, spec: str = "", language: str | None = None) -> str:
    """``format(value, spec)`` in the locale's digits ("0,250" in Russian and Finnish)."""
    lang = language or _current
    if lang == SOURCE_LANGUAGE or lang not in LANGUAGES:
        return format(value, spec)
    from .catalogues import format_number

    return format_number(value, spec, lang) or format(value, spec)


class LocaleNumber(float):
    """A number that formats itself in the current language: ``"{x:.1f}".format(x)`` gives
    "15,4" in Russian and Finnish. For translated patterns that already carry a number
    format (the window's ``.ts`` texts), so they need not change to be written the
    locale's way."""

    def __format__(self, spec: str) -> str:
        return number(float(self), spec)


def percent(value: float | None, digits: int = 1, language: str | None = None) -> str:
    """A share (0.023) as "2.3%" in English, "2,3 %" in Russian and Finnish; None: "—"."""
    if value is None:
        return "—"
    return number(value, f".{digits}%", language)


def date_text(iso: str, language: str | None = None) -> str:
    """A date written "2026-01-02" as the language writes it: unchanged in English (maps
    and handouts always showed ISO dates), "2 января 2026 г." in Russian, "2. tammikuuta
    2026" in Finnish. Text that is not an ISO date is returned as it is."""
    lang = language or _current
    if lang == SOURCE_LANGUAGE or lang not in LANGUAGES:
        return iso
    import datetime

    try:
        day = datetime.date.fromisoformat(iso.strip())
    except ValueError:
        return iso
    from babel.dates import format_date

    return format_date(day, format="long", locale=lang)


def render(code: str, params: Mapping[str, Any], language: str) -> str:
    entry = TEXTS[code]
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        if isinstance(entry, Plural):
            pattern = entry.one if params[entry.count] == 1 else entry.other
        else:
            pattern = entry
        return _ENGLISH.format(pattern, **params)
    from .catalogues import render_translated

    return render_translated(code, entry, dict(params), language)


class _EnglishFormatter(string.Formatter):
    """Plain ``str.format``; a tuple value is its items joined by ", " ("; " with the
    spec ";"), each item a text or a Message."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        if isinstance(value, tuple):
            return join_items(value, format_spec, str)
        return super().format_field(value, format_spec)


def join_items(items: tuple, spec: str, render_item) -> str:
    return ("; " if spec == ";" else ", ").join(render_item(item) for item in items)


_ENGLISH = _EnglishFormatter()

__all__ = [
    "LANGUAGES",
    "TEXTS",
    "LocaleNumber",
    "Message",
    "Plural",
    "catalogue_text",
    "current_language",
    "date_text",
    "language_from_environment",
    "localize",
    "number",
    "percent",
    "reason_of",
    "render",
    "set_language",
    "text",
]
