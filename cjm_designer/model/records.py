"""Equality, hashing and repr shared by the frozen dataclasses, so start-up stays short.

On Python 3.11 ``dataclass`` compiles each generated method on its own: a frozen class
with equality, hashing and a repr costs six compilations, about a millisecond. The
document, its file format and its layout define some sixty such classes, and the editor
made most of them before its first frame. A frozen dataclass that derives from
:class:`Record` and says ``eq=False, repr=False`` keeps only the compilations that differ
per class (``__init__`` and the frozen guards); these three methods read the same fields,
in the same order, with the same results as the generated ones
(``tests/core/test_records.py`` holds them to that). Mutable dataclasses made at
start-up (the edits, the file format's decoder) derive from :class:`MutableRecord`, which
like a generated mutable dataclass compares by value and cannot be hashed.

    @dataclass(frozen=True, slots=True, eq=False, repr=False)
    class Stage(Record):
        ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import Field, fields
from operator import attrgetter
from typing import Any

Values = Callable[[Any], tuple[Any, ...]]

_COMPARED: dict[type, Values] = {}
_HASHED: dict[type, Values] = {}
_SHOWN: dict[type, tuple[str, ...]] = {}


def _values_of(names: tuple[str, ...]) -> Values:
    """A function returning the named attributes as a tuple (always a tuple, as the
    generated methods compare tuples: ``(nan,) == (nan,)`` holds for the same object)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        get = attrgetter(names[0])
        return lambda record: (get(record),)
    return lambda record: ()


def _learn(cls: type, table: dict[type, Values], chosen: Callable[[Field[Any]], bool]) -> Values:
    # Made on first use, not at import: that is the point of the class.
    values = table[cls] = _values_of(tuple(f.name for f in fields(cls) if chosen(f)))
    return values


class Record:
    """Base of the frozen dataclasses; see the module's docstring."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        cls = self.__class__
        if other.__class__ is not cls:
            return NotImplemented
        values = _COMPARED.get(cls) or _learn(cls, _COMPARED, lambda f: f.compare)
        return values(self) == values(other)

    def __hash__(self) -> int:
        cls = self.__class__
        values = _HASHED.get(cls) or _learn(
            cls, _HASHED, lambda f: f.compare if f.hash is None else f.hash
        )
        return hash(values(self))

    def __repr__(self) -> str:
        cls = self.__class__
        names = _SHOWN.get(cls)
        if names is None:
            names = _SHOWN[cls] = tuple(f.name for f in fields(self) if f.repr)  # type: ignore[arg-type]
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{cls.__qualname__}({shown})"


class MutableRecord(Record):
    """Base of mutable dataclasses: equal by value, and no hash (a value that can change
    must not be a dict key), as ``dataclass`` makes them."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]
