"""Record's shared equality, hashing and repr answer as dataclass's generated ones would.

The frozen dataclasses take these three methods from ``model.records.Record`` instead of
compiling their own at every start (issue 19's start-up). Each test compares a Record
class with its twin made by plain ``dataclass``, field options included.
"""

from __future__ import annotations

import ast
import dataclasses
import math
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cjm_designer.model import Stage, Touchpoint
from cjm_designer.model.records import Record

PACKAGE = Path(__file__).resolve().parent.parent.parent / "cjm_designer"


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Shared(Record):
    """The field options that change what the generated methods read."""

    name: str
    size: float = 0.0
    tags: tuple[str, ...] = ()
    note: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)
    weight: int = field(default=0, hash=False)


@dataclass(frozen=True, slots=True)
class Generated:
    """``Shared``'s twin with dataclass's own methods."""

    name: str
    size: float = 0.0
    tags: tuple[str, ...] = ()
    note: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)
    weight: int = field(default=0, hash=False)


@dataclass(frozen=True, eq=False, repr=False)
class One(Record):
    """A single field, without slots."""

    value: float


@dataclass(frozen=True, eq=False, repr=False)
class Empty(Record):
    """No fields at all."""


values = st.fixed_dictionaries(
    {
        "name": st.text(max_size=5),
        "size": st.floats(allow_nan=True),
        "tags": st.tuples(st.text(max_size=3)),
        "note": st.text(max_size=3),
        "secret": st.text(max_size=3),
        "weight": st.integers(-3, 3),
    }
)


@given(values, values)
def test_equality_hash_and_repr_are_those_of_a_generated_dataclass(one, other):
    a, b = Shared(**one), Shared(**other)
    twin_a, twin_b = Generated(**one), Generated(**other)
    assert (a == b) is (twin_a == twin_b)
    assert (a != b) is (twin_a != twin_b)
    assert hash(a) == hash(twin_a)
    assert repr(a) == repr(twin_a).replace("Generated", "Shared", 1)
    if a == b:
        assert hash(a) == hash(b)


def test_fields_left_out_of_a_comparison_or_hash_are_left_out():
    a = Shared("x", note="first", weight=1)
    assert a == replace(a, note="second")
    assert a != replace(a, size=1.0)
    assert hash(a) == hash(replace(a, weight=2))
    assert "secret" not in repr(replace(a, secret="hidden"))


def test_one_field_and_no_field_compare_as_tuples_do():
    nan = math.nan
    assert One(nan) == One(nan)  # the same object inside a tuple: equal, as generated
    assert One(1.0) != One(2.0)
    assert hash(One(1.0)) == hash((1.0,))
    assert Empty() == Empty()
    assert hash(Empty()) == hash(())
    assert repr(One(1.5)) == "One(value=1.5)" and repr(Empty()) == "Empty()"


def test_a_record_is_never_equal_to_another_class_with_the_same_values():
    assert Shared("x") != Generated("x")
    assert Shared("x").__eq__(Generated("x")) is NotImplemented
    assert One(1.0) != 1.0


def test_records_stay_frozen_and_slotted():
    a = Shared("x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.name = "y"  # type: ignore[misc]
    assert not hasattr(a, "__dict__")


def test_the_documents_entities_compare_by_value():
    stage = Stage(id="s1", name="Awareness")
    card = Touchpoint(id="t1", title="Ad", stage="s1", channel="c1")
    assert stage == replace(stage) and stage is not replace(stage)
    assert stage != replace(stage, name="Interest")
    assert card != replace(card, title="Post")
    assert repr(stage).startswith("Stage(id='s1', name='Awareness'")
    with pytest.raises(TypeError, match="unhashable"):
        hash(card)  # its extra fields are dicts, as with generated methods


def _frozen_dataclasses() -> list[tuple[str, str, list[ast.keyword], list[ast.expr]]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for decorator in node.decorator_list:
                if (
                    isinstance(decorator, ast.Call)
                    and getattr(decorator.func, "id", "") == "dataclass"
                    and any(k.arg == "frozen" for k in decorator.keywords)
                ):
                    where = str(path.relative_to(PACKAGE))
                    found.append((where, node.name, decorator.keywords, node.bases))
    return found


# Left with dataclass's own methods: the messages layer sits below the model, and a
# window's parts compare by identity.
OWN_METHODS = {("messages/texts.py", "Plural"), ("ui/window_parts.py", "WindowParts")}


def test_every_frozen_dataclass_takes_its_methods_from_record():
    frozen = _frozen_dataclasses()
    assert len(frozen) > 90  # the scan is real
    wrong = []
    for where, name, keywords, bases in frozen:
        if (where, name) in OWN_METHODS:
            continue
        options = {k.arg: getattr(k.value, "value", None) for k in keywords}
        based = any(getattr(base, "id", "") == "Record" for base in bases)
        if not (based and options.get("eq") is False and options.get("repr") is False):
            wrong.append(f"{where}: {name}")
    assert wrong == []
