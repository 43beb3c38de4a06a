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
from cjm_designer.model.edits import InsertEntity, SetMapField
from cjm_designer.model.records import MutableRecord, Record

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


@dataclass(eq=False, repr=False)
class Changing(MutableRecord):
    """A mutable record."""

    name: str
    count: int = 0


@dataclass
class ChangingGenerated:
    """``Changing``'s twin with dataclass's own methods."""

    name: str
    count: int = 0


def test_a_mutable_record_compares_by_value_and_has_no_hash_as_generated():
    a, b = Changing("x"), Changing("x")
    assert a == b and repr(a) == "Changing(name='x', count=0)"
    b.count = 1
    assert a != b
    assert ChangingGenerated.__hash__ is None and Changing.__hash__ is None
    with pytest.raises(TypeError, match="unhashable"):
        hash(a)
    edit = SetMapField("title", "Map")
    assert edit == SetMapField("title", "Map") != SetMapField("title", "Other")
    assert repr(edit) == "SetMapField(name='title', value='Map', old=None)"
    with pytest.raises(TypeError, match="unhashable"):
        hash(InsertEntity.__new__(InsertEntity))


def test_the_documents_entities_compare_by_value():
    stage = Stage(id="s1", name="Awareness")
    card = Touchpoint(id="t1", title="Ad", stage="s1", channel="c1")
    assert stage == replace(stage) and stage is not replace(stage)
    assert stage != replace(stage, name="Interest")
    assert card != replace(card, title="Post")
    assert repr(stage).startswith("Stage(id='s1', name='Awareness'")
    with pytest.raises(TypeError, match="unhashable"):
        hash(card)  # its extra fields are dicts, as with generated methods


def _dataclasses() -> list[tuple[str, str, list[ast.keyword], list[ast.expr]]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for decorator in node.decorator_list:
                if getattr(decorator, "id", "") == "dataclass" or (
                    isinstance(decorator, ast.Call)
                    and getattr(decorator.func, "id", "") == "dataclass"
                ):
                    where = str(path.relative_to(PACKAGE))
                    keywords = getattr(decorator, "keywords", [])
                    found.append((where, node.name, keywords, node.bases))
    return found


# Left with dataclass's own methods: the messages layer sits below the model, and a
# window's parts compare by identity.
OWN_METHODS = {("messages/texts.py", "Plural"), ("ui/window_parts.py", "WindowParts")}


def _options(keywords: list[ast.keyword]) -> dict[str, object]:
    return {k.arg: getattr(k.value, "value", None) for k in keywords if k.arg}


def test_every_frozen_dataclass_takes_its_methods_from_record():
    frozen = [c for c in _dataclasses() if _options(c[2]).get("frozen") is True]
    assert len(frozen) > 90  # the scan is real
    wrong = []
    for where, name, keywords, bases in frozen:
        if (where, name) in OWN_METHODS:
            continue
        options = _options(keywords)
        based = any(getattr(base, "id", "") == "Record" for base in bases)
        if not (based and options.get("eq") is False and options.get("repr") is False):
            wrong.append(f"{where}: {name}")
    assert wrong == []


def test_a_dataclass_on_a_record_base_leaves_the_three_methods_to_it():
    """Without eq=False and repr=False, dataclass would compile its own again."""
    bases = {"Record", "MutableRecord", "Edit"}
    on_records = [c for c in _dataclasses() if {getattr(b, "id", "") for b in c[3]} & bases]
    assert len(on_records) > 100
    wrong = [
        f"{where}: {name}"
        for where, name, keywords, _bases in on_records
        if not (_options(keywords).get("eq") is False and _options(keywords).get("repr") is False)
    ]
    assert wrong == []
