"""Canonical YAML text: fixed key order, block style, Unicode as text, one value per line.

Written by hand rather than through ``yaml.dump`` so the output is exactly what we
promise (stable across PyYAML versions, diff-friendly) and so each entity's text can be
cached: entities are immutable, so an unchanged card reuses its text and an autosave
after one edit serializes one card, not five thousand.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any
from weakref import WeakKeyDictionary

from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from cjm_designer.model import JourneyMap

from .format_v1 import (
    COLLECTION_ORDER,
    encode_entity,
    encode_header,
    encode_plan,
    encode_snapshot,
)

_RESOLVER = Resolver()
_STR_TAG = "tag:yaml.org,2002:str"
# Plain scalars: no leading indicator, no ": " or " #", no trailing space, printable only.
_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:[^:#\n\r\t]|:(?! )|#(?<! #))*(?<![\s:])\Z")
_PLAIN_DASH = re.compile(r"^-[^\s]")


@functools.cache
def _not_printable() -> re.Pattern[str]:
    """YAML's non-printable characters; compiled on the first save, not at start-up (the
    class up to U+10FFFF takes 5 ms to compile, before the window's first paint)."""
    return re.compile(
        "[^\x09\x0a\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|\ufeff"
    )


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\t\r\0]')


def _plain_ok(text: str) -> bool:
    if not text or len(text) > 1000:
        return False
    if not (_PLAIN.match(text) or (_PLAIN_DASH.match(text) and _PLAIN.match("x" + text[1:]))):
        return False
    if _not_printable().search(text) or "\u2028" in text or "\u2029" in text or "\x85" in text:
        return False
    return _RESOLVER.resolve(ScalarNode, text, (True, False)) == _STR_TAG


def _double_quoted(text: str) -> str:
    def escape(match: re.Match) -> str:
        return _ESCAPES[match.group(0)]

    out = _NEEDS_ESCAPE.sub(escape, text)
    if _not_printable().search(out) or "\u2028" in out or "\u2029" in out or "\x85" in out:
        out = "".join(_escape_char(c) for c in out)
    return f'"{out}"'


def _escape_char(char: str) -> str:
    code = ord(char)
    if char in "\u2028\u2029\x85\ufeff" or _not_printable().match(char):
        return (
            f"\\x{code:02x}"
            if code < 0x100
            else (f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        )
    return char


def _literal_ok(text: str) -> bool:
    """Multi-line text reads best as a literal block, if it survives the round trip."""
    if "\n" not in text or "\r" in text or "\t" in text:
        return False
    if _not_printable().search(text) or "\u2028" in text or "\u2029" in text or "\x85" in text:
        return False
    if text.endswith("\n\n") or text.startswith((" ", "\n")):
        return False
    lines = text.rstrip("\n").split("\n")
    return all(line == line.rstrip(" ") for line in lines) and not lines[-1].startswith(" ")


def scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        text = repr(value)
        mantissa, exponent_mark, exponent = text.partition("e")
        if "." not in mantissa:
            mantissa += ".0"  # YAML 1.1 floats need a dot: "1e-09" would read back as text
        return mantissa + exponent_mark + exponent
    text = str(value)
    return text if _plain_ok(text) else _double_quoted(text)


# YAML forbids implicit keys longer than 1024 characters (libyaml counts bytes); longer
# keys are written as explicit ``? key`` / ``: value`` pairs, which have no limit.
MAX_IMPLICIT_KEY = 1000


def _emit_key(key: Any) -> str:
    return scalar(key) if isinstance(key, str) else scalar(str(key))


def _key_lead(lead: str, key: Any, cont: str, out: list[str]) -> str:
    """The ``KEY:`` lead of a mapping entry, or ``? KEY`` on its own line and ``:`` after.

    ``lead`` is what goes before the key on its line (indent, maybe ``- ``); ``cont`` is
    the indent of the value indicator when the key needs the explicit form.
    """
    text = _emit_key(key)
    if len(text.encode("utf-8")) <= MAX_IMPLICIT_KEY:
        return lead + text + ":"
    out.append(lead + "? " + text)
    return cont + ":"


def emit(value: Any, indent: int, out: list[str]) -> None:
    """Append the block-style lines of a mapping or list at ``indent`` spaces."""
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            out.append(pad + "{}")
            return
        for key, item in value.items():
            _emit_entry(_key_lead(pad, key, pad, out), item, indent, out)
    elif isinstance(value, list):
        if not value:
            out.append(pad + "[]")
            return
        for item in value:
            if isinstance(item, dict) and item:
                first = True
                for key, sub in item.items():
                    lead = _key_lead(pad + ("- " if first else "  "), key, pad + "  ", out)
                    _emit_entry(lead, sub, indent + 2, out)
                    first = False
            elif isinstance(item, list) and item:
                out.append(pad + "-")
                emit(item, indent + 2, out)
            else:
                _emit_entry(pad + "-", item, indent, out)
    else:
        out.append(pad + scalar(value))


def _emit_entry(lead: str, item: Any, indent: int, out: list[str]) -> None:
    if isinstance(item, dict):
        if item:
            out.append(lead)
            emit(item, indent + 2, out)
        else:
            out.append(lead + " {}")
    elif isinstance(item, list):
        if item:
            out.append(lead)
            emit(item, indent + 2, out)
        else:
            out.append(lead + " []")
    elif isinstance(item, str) and "\n" in item and _literal_ok(item):
        chomp = "" if item.endswith("\n") else "-"
        out.append(f"{lead} |{chomp}")
        inner = " " * (indent + 2)
        out.extend(inner + line for line in item.rstrip("\n").split("\n"))
    else:
        out.append(f"{lead} {scalar(item)}")


def dump_plain(data: dict[str, Any]) -> str:
    """Canonical text of any plain mapping (the hostile-input tests round-trip it)."""
    out: list[str] = []
    emit(data, 0, out)
    return "\n".join(out) + "\n"


class MapWriter:
    """Serializes maps, reusing the text of entities that did not change since last time."""

    def __init__(self) -> None:
        self._cache: WeakKeyDictionary[JourneyMap, dict[int, tuple[Any, str]]] = WeakKeyDictionary()

    def dumps(self, journey: JourneyMap) -> str:
        previous = self._cache.get(journey, {})
        current: dict[int, tuple[Any, str]] = {}
        parts: list[str] = []
        header: list[str] = []
        emit(encode_header(journey), 0, header)
        parts.append("\n".join(header))
        for kind in COLLECTION_ORDER:
            entities = journey.items(kind)
            if not entities:
                parts.append(f"{kind.value}: []")
                continue
            parts.append(f"{kind.value}:")
            for entity in entities:
                parts.append(
                    _item_text(
                        entity, lambda e=entity, k=kind: encode_entity(k, e), previous, current
                    )
                )
        plan = encode_plan(journey)
        if plan:
            lines: list[str] = []
            emit(plan, 0, lines)
            parts.append("\n".join(lines))
        if journey.snapshots:
            parts.append("snapshots:")
            for snapshot in journey.snapshots:
                parts.append(
                    _item_text(snapshot, lambda s=snapshot: encode_snapshot(s), previous, current)
                )
        if journey.extra:
            extra: list[str] = []
            emit(journey.extra, 0, extra)
            parts.append("\n".join(extra))
        self._cache[journey] = current
        return "\n".join(parts) + "\n"


def _item_text(item: Any, encode, previous: dict, current: dict) -> str:
    """The list-item text of an immutable object, from the cache when the object is unchanged."""
    key = id(item)
    cached = previous.get(key)
    if cached is not None and cached[0] is item:
        text = cached[1]
    else:
        lines: list[str] = []
        emit([encode()], 0, lines)
        text = "\n".join(lines)
    current[key] = (item, text)
    return text


_DEFAULT_WRITER = MapWriter()


def dumps_map(journey: JourneyMap, writer: MapWriter | None = None) -> str:
    return (writer or _DEFAULT_WRITER).dumps(journey)
