"""Records answer equality, hashing and repr as dataclass's generated methods would, and
stay read-only where it is checked: to mypy.

The value classes take these three methods from ``model.records.Record`` and are made by
``record`` with only ``__init__`` compiled (issue 19's start-up). The tests compare a
Record class with its twin made by plain ``dataclass``, field options included.
"""

from __future__ import annotations

import ast
import math
import subprocess
import sys
from dataclasses import dataclass, field, fields, make_dataclass, replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cjm_designer.model import Stage, Touchpoint
from cjm_designer.model.edits import InsertEntity, SetMapField
from cjm_designer.model.records import MutableRecord, Record, record

PACKAGE = Path(__file__).resolve().parent.parent.parent / "cjm_designer"


@record
class Shared(Record):
    """The field options that change what the generated methods read."""

    name: str
    size: float = 0.0
    tags: tuple[str, ...] = ()
    note: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)
    weight: int = field(default=0, hash=False)


def _twin(cls: type) -> type:
    """``cls`` again, made by plain ``dataclass`` with its own methods: the same fields,
    defaults and options."""
    specs = [
        (f.name, f.type, field(default=f.default, compare=f.compare, repr=f.repr, hash=f.hash))
        for f in fields(cls)
    ]
    return make_dataclass("Generated", specs, frozen=True, slots=True)


Generated = _twin(Shared)


@record(slots=False)
class One(Record):
    """A single field, without slots."""

    value: float


@record(slots=False)
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


def test_records_are_slotted_and_only_records_are_made_by_record():
    assert not hasattr(Shared("x"), "__dict__")
    assert hasattr(One(1.0), "__dict__")  # slots=False
    with pytest.raises(TypeError, match="must derive from Record"):

        @record
        class Loose:
            name: str


ROOT = PACKAGE.parent
ASSIGNING = """
from dataclasses import replace
from cjm_designer.model import Stage

stage = Stage(id="s1", name="Awareness")
stage.name = "Interest"
renamed: Stage = replace(stage, name="Interest")
Stage(id="s1", name="Awareness", colour="red")
"""


def test_a_records_fields_are_read_only_to_mypy(tmp_path):
    pytest.importorskip("mypy", reason="dev dependency: pip install -e .[dev]")
    snippet = tmp_path / "assigning.py"
    snippet.write_text(ASSIGNING, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--follow-imports=silent",
         "--cache-dir", str(tmp_path / "cache"), str(snippet)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, result.stdout + result.stderr
    assert 'Property "name" defined in "Stage" is read-only' in errors[0]
    assert 'Unexpected keyword argument "colour"' in errors[1]


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


def _records() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                getattr(d, "id", "") == "record"
                or getattr(getattr(d, "func", None), "id", "") == "record"
                for d in node.decorator_list
            ):
                found.append(node.name)
    return found


def test_value_classes_are_records_not_frozen_dataclasses():
    """A frozen dataclass compiles two guard methods more at every start than a record."""
    frozen = [c for c in _dataclasses() if _options(c[2]).get("frozen") is True]
    assert {(where, name) for where, name, _keywords, _bases in frozen} == OWN_METHODS
    assert len(_records()) > 90  # the scan is real


def test_a_mutable_dataclass_on_a_record_base_leaves_the_three_methods_to_it():
    """Without eq=False and repr=False, dataclass would compile its own again."""
    bases = {"Record", "MutableRecord", "Edit"}
    on_records = [c for c in _dataclasses() if {getattr(b, "id", "") for b in c[3]} & bases]
    assert len(on_records) > 10
    wrong = [
        f"{where}: {name}"
        for where, name, keywords, _bases in on_records
        if not (_options(keywords).get("eq") is False and _options(keywords).get("repr") is False)
    ]
    assert wrong == []
