"""Short, stable, human-readable ids ("slugs") made from names in any language.

Ids appear in files that people read and diff, so ``osoznanie`` beats ``a9f3c2``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

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
