"""The document's value classes: made cheaply at start-up, immutable to the type checker.

On Python 3.11 ``dataclass`` compiles each generated method on its own: a frozen class
with equality, hashing and a repr costs six compilations, about a millisecond. The
document, its file format and its layout define some sixty such classes, and the editor
made most of them before its first frame (a sixth of its start-up). So:

- :class:`Record` gives equality, hashing and the repr to every value class, reading
  the same fields in the same order with the same results as the generated methods
  (``tests/core/test_records.py`` holds them to that);
- :func:`record` makes the dataclass with only ``__init__`` compiled. It is frozen to
  mypy (``dataclass_transform(frozen_default=True)``): assigning a field is a type error
  wherever the code is checked (CI, ``tests/core/test_type_check.py``), without the two
  compiled guard methods that raised at run time.

Mutable dataclasses made at start-up (the edits, the file format's decoder) derive from
:class:`MutableRecord`, which compares by value and, as dataclass makes them, has no hash.

    @record
    class Stage(Record):
        ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import Field, dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

Values = Callable[[Any], tuple[Any, ...]]
RecordClass = TypeVar("RecordClass", bound=type)

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
        cls: type = self.__class__
        names = _SHOWN.get(cls)
        if names is None:
            names = _SHOWN[cls] = tuple(f.name for f in fields(cls) if f.repr)
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{cls.__qualname__}({shown})"


class MutableRecord(Record):
    """Base of mutable dataclasses: equal by value, and no hash (a value that can change
    must not be a dict key), as ``dataclass`` makes them."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]


@overload
def record(cls: RecordClass, /) -> RecordClass: ...
@overload
def record(*, slots: bool = True) -> Callable[[RecordClass], RecordClass]: ...
@dataclass_transform(frozen_default=True, eq_default=False, field_specifiers=(field, Field))
def record(cls: Any = None, /, *, slots: bool = True) -> Any:
    """A value class on :class:`Record`: slotted unless ``slots=False``, read-only to mypy."""

    def make(undecorated: Any) -> Any:
        if not issubclass(undecorated, Record):
            raise TypeError(f"{undecorated.__qualname__} must derive from Record")
        return dataclass(undecorated, slots=slots, eq=False, repr=False)

    return make if cls is None else make(cls)
