"""Names that look the same but are different text: Latin and Cyrillic (or Greek) letters.

"Cafe" typed with a Cyrillic "е" is a different stage from "Cafe" in Latin letters,
and nobody can see it on the canvas. Such pairs are not merged (which one is right is
the user's call) but reported, so the map's author can retype one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Cyrillic and Greek letters drawn like a Latin letter in common fonts (Unicode's
# confusables, the subset that occurs in Russian, Ukrainian and Greek text).
_LATIN_LOOK = str.maketrans(
    "асеорухіјѕԁԛԝ"  # Cyrillic lower case
    "АВСЕІЈКМНОРСТУХЅ"  # Cyrillic upper case
    "αινο"  # Greek lower case
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",  # Greek upper case
    "aceopyxijsdqwABCEIJKMHOPCTYXSaivoABEZHIKMNOPTYX",
)


def skeleton(name: str) -> str:
    """What a name looks like: NFKC, look-alike letters as Latin, case and spaces folded."""
    text = unicodedata.normalize("NFKC", name).translate(_LATIN_LOOK)
    return " ".join(text.casefold().split())


def look_alike_pairs(names: Iterable[tuple[int, str]]) -> list[tuple[int, int]]:
    """Pairs (first index, later index) of names that differ but look the same."""
    first: dict[str, tuple[int, str]] = {}
    pairs = []
    for index, name in names:
        key = skeleton(name)
        if not key:
            continue
        seen = first.get(key)
        if seen is None:
            first[key] = (index, name)
        elif seen[1] != name and seen[1].casefold() != name.casefold():
            pairs.append((seen[0], index))
    return pairs
