"""Durations as people read them ("2 нед.", "3 pv", "1.5 wk"), not the file form "2w".

One pure formatter for everything that prints or paints a stage's duration: the PDF
handout and poster speak the map's language, the canvas passes the unit words of the
UI language (translated through Qt) instead.
"""

from __future__ import annotations

from collections.abc import Mapping

from .entities import Duration
from .enums import DurationUnit

NBSP = "\u00a0"
"""Between number and unit, so a wrapped line never leaves "2" and "нед." apart."""

UNIT_WORDS: dict[str, dict[DurationUnit, str]] = {
    "en": {
        DurationUnit.MINUTES: "min",
        DurationUnit.HOURS: "h",
        DurationUnit.DAYS: "d",
        DurationUnit.WEEKS: "wk",
        DurationUnit.MONTHS: "mo",
    },
    "ru": {
        DurationUnit.MINUTES: "мин",
        DurationUnit.HOURS: "ч",
        DurationUnit.DAYS: "дн.",
        DurationUnit.WEEKS: "нед.",
        DurationUnit.MONTHS: "мес.",
    },
    "fi": {
        DurationUnit.MINUTES: "min",
        DurationUnit.HOURS: "t",
        DurationUnit.DAYS: "pv",
        DurationUnit.WEEKS: "vk",
        DurationUnit.MONTHS: "kk",
    },
}
DECIMAL_COMMA = frozenset({"ru", "fi"})


def base_language(language: str | None) -> str:
    """ "ru-RU" -> "ru"; unknown or empty -> "en"."""
    code = (language or "en").replace("_", "-").split("-")[0].lower()
    return code if code in UNIT_WORDS else "en"


def format_number(value: float, language: str | None = "en", decimal: str | None = None) -> str:
    """2.0 -> "2", 1.5 -> "1,5" in Russian and Finnish, "1.5" in English."""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:g}"
    if decimal is None:
        decimal = "," if base_language(language) in DECIMAL_COMMA else "."
    return text.replace(".", decimal)


def format_duration(
    duration: Duration,
    language: str | None = "en",
    units: Mapping[DurationUnit, str] | None = None,
    decimal: str | None = None,
) -> str:
    """``Duration(2, WEEKS)`` -> "2 нед." (ru), "2 vk" (fi), "2 wk" (en).

    ``units`` and ``decimal`` override the language's unit words and decimal mark (the
    canvas passes the UI's translated words).
    """
    words = units or UNIT_WORDS[base_language(language)]
    unit = words.get(duration.unit) or duration.unit.value
    return f"{format_number(duration.value, language, decimal)}{NBSP}{unit}"
