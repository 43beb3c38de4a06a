"""Headings printed in a PDF, in the map's language (the workshop's), English otherwise.

The texts are the ``pdf.*`` codes of ``cjm_designer/messages/texts.py``, translated in
the message catalogues like every other message (plural forms by CLDR rules: "1 голос",
"3 голоса", "5 голосов").
"""

from __future__ import annotations

from cjm_designer.messages import LANGUAGES, render


def message_language(language: str | None) -> str:
    """The catalogue language for a map's ``language`` ("ru-RU" -> "ru"; others: "en")."""
    lang = (language or "en").replace("_", "-").split("-")[0].lower()
    return lang if lang in LANGUAGES else "en"


_COUNTED = {"votes": "pdf.n-votes", "stages": "pdf.n-stages", "touchpoints": "pdf.n-touchpoints"}


def counted(language: str | None, key: str, n: int) -> str:
    """ "3 голоса", "5 голосов", "1 ääni", "2 votes": a number with its noun agreeing
    (the catalogue's plural forms, picked by the language's CLDR rule)."""
    return render(_COUNTED[key], {"count": n}, message_language(language))


def labels(language: str | None):
    """A lookup ``t(key, **fields)`` for the map's language."""
    lang = message_language(language)

    def t(key: str, **fields: object) -> str:
        return render(f"pdf.{key}", fields, lang)

    return t


def emotion_word(t, score: float | None) -> str:
    """The word for an emotion score (1 very bad .. 5 very good) through a ``labels`` lookup."""
    if score is None:
        return ""
    return t(f"emotion_{max(1, min(5, round(score)))}")
