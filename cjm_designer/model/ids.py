"""Short, stable, human-readable ids ("slugs") made from names in any language.

Ids appear in files that people read and diff, so ``osoznanie`` beats ``a9f3c2``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable

ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$")
MAX_SLUG_LENGTH = 40

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip


def is_valid_id(value: object) -> bool:
    return isinstance(value, str) and bool(ID_PATTERN.match(value))


def slugify(text: str, fallback: str = "item") -> str:
    """Turn a name into an id: transliterate Cyrillic, strip accents, keep [a-z0-9-]."""
    lowered = text.lower()
    spelled = "".join(_CYRILLIC.get(char, char) for char in lowered)
    ascii_only = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    slug = slug[:MAX_SLUG_LENGTH].rstrip("-")
    return slug or fallback


def unique_id(base: str, taken: Container[str]) -> str:
    """Return ``base`` or ``base-2``, ``base-3``... whichever is not taken yet."""
    candidate = base if is_valid_id(base) else slugify(base)
    if candidate not in taken:
        return candidate
    number = 2
    while f"{candidate}-{number}" in taken:
        number += 1
    return f"{candidate}-{number}"


def new_id(name: str, taken: Container[str], fallback: str = "item") -> str:
    """An id for a new entity named ``name`` that collides with nothing in ``taken``."""
    return unique_id(slugify(name, fallback), taken)


class IdPool:
    """Ids in use plus, per base, the next suffix to try: ids for n same-named items in
    linear time (``unique_id`` alone tries ``base-2``, ``base-3``... from the start each
    time, which made a 0.5 MB import of one repeated name take tens of seconds)."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken: set[str] = set(taken)
        self._next: dict[str, int] = {}

    def __contains__(self, value: object) -> bool:
        return value in self._taken

    def __len__(self) -> int:
        return len(self._taken)

    def add(self, value: str) -> None:
        self._taken.add(value)

    def new(self, name: str, fallback: str = "item") -> str:
        """A fresh id for ``name`` (taken at once), as ``new_id`` would choose it."""
        base = slugify(name, fallback)
        candidate = base
        if candidate in self._taken:
            number = self._next.get(base, 2)
            while f"{base}-{number}" in self._taken:
                number += 1
            self._next[base] = number + 1
            candidate = f"{base}-{number}"
        self._taken.add(candidate)
        return candidate
