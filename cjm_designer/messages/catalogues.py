"""Rendering in Russian and Finnish: gettext catalogues, CLDR plurals, Babel numbers.

Kept apart from ``messages/__init__`` so that English output (and the model layer, which
may only import the standard library) never loads Babel or the catalogues.
"""

from __future__ import annotations

import gettext
import re
import string
from functools import cache
from typing import Any

from cjm_designer.resources import resource_path

from .texts import Plural

DOMAIN = "cjm_designer"
_SPEC = re.compile(r"^(?P<sign>\+)?,?(?:\.(?P<digits>\d+))?(?P<kind>[fgd%])?$")


def catalogue_path(language: str, suffix: str = ".mo"):
    return resource_path("messages", f"{DOMAIN}_{language}{suffix}")


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``language``; a missing file falls back to English."""
    try:
        with open(catalogue_path(language), "rb") as handle:
            return gettext.GNUTranslations(handle)
    except OSError:
        return gettext.NullTranslations()


def render_translated(code: str, entry, params: dict[str, Any], language: str) -> str:
    catalogue = translations(language)
    if isinstance(entry, Plural):
        count = params[entry.count]
        pattern = catalogue.npgettext(code, entry.one, entry.other, _plural_n(count))
    else:
        pattern = catalogue.pgettext(code, entry)
    return _formatter(language).format(pattern, **params)


def _plural_n(count: Any) -> int:
    """gettext's plural formulas take whole numbers; 2.5 votes read as the "many" form."""
    if isinstance(count, int):
        return count
    return int(count) if float(count).is_integer() else 5


class _LocaleFormatter(string.Formatter):
    """``str.format`` with numbers in the locale's way and nested Messages translated."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def format_field(self, value: Any, format_spec: str) -> Any:
        from . import Message, join_items, localize

        if isinstance(value, Message):
            return format(value.localized(self.language), format_spec)
        if isinstance(value, tuple):
            return join_items(value, format_spec, lambda item: localize(item, self.language))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            formatted = format_number(value, format_spec, self.language)
            if formatted is not None:
                return formatted
        return super().format_field(value, format_spec)


@cache
def _formatter(language: str) -> _LocaleFormatter:
    return _LocaleFormatter(language)


def format_number(value: float, spec: str, language: str) -> str | None:
    """``value`` as ``format(value, spec)`` would write it, in ``language``'s digits.

    Understands the specs our texts use: "" (as is), ",", "d", ".2f", "+.2f", ".3g",
    ".1%" (digits are grouped the locale's way whether or not "," asks for it); for others
    returns None (the caller falls back to Python's format).
    """
    from babel.numbers import format_decimal, format_percent, get_decimal_symbol

    match = _SPEC.match(spec)
    if match is None:
        return None
    sign = "+" if match["sign"] and value >= 0 else ""
    digits = match["digits"]
    kind = match["kind"]
    if kind == "%":
        return sign + format_percent(value, _percent_pattern(language, digits), locale=language)
    if kind == "g":
        return sign + format(value, spec.lstrip("+")).replace(".", get_decimal_symbol(language))
    if kind == "f" or digits is not None:
        fraction = "." + "0" * int(digits) if digits and int(digits) else ""
        return sign + format_decimal(value, "#,##0" + fraction, locale=language)
    if isinstance(value, int):
        return sign + format_decimal(value, locale=language)
    return sign + format_decimal(value, "#,##0.##########", locale=language)


@cache
def _percent_pattern(language: str, digits: str | None) -> str:
    """The locale's percent pattern ("#,##0 %" in Russian and Finnish) with ``digits``
    decimals: Babel's own patterns carry no decimals, and a pattern of ours would lose
    the locale's space before the sign."""
    from babel import Locale

    pattern = Locale.parse(language).percent_formats[None].pattern
    if not digits or not int(digits):
        return pattern
    last = pattern.rfind("0")
    return pattern[: last + 1] + "." + "0" * int(digits) + pattern[last + 1 :]
