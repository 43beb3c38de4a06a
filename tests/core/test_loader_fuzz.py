"""Property-based fuzzing of the loaders: any input gives a map or MapLoadError, nothing else.

Inputs: arbitrary bytes, arbitrary text, valid maps with random byte/line mutations, and
random YAML-shaped data. The coverage-guided counterpart is tests/fuzz/fuzz_load.py.
"""

from __future__ import annotations

import string

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_designer.io.errors import MapLoadError
from cjm_designer.io.mermaid import parse_mermaid
from cjm_designer.io.yaml_format import dumps_map, loads_map
from tests.conftest import EXAMPLE, build_small_map

VALID = dumps_map(build_small_map()).encode("utf-8")
EXAMPLE_BYTES = EXAMPLE.read_bytes()
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def load_or_refuse(raw: bytes | str) -> None:
    """The documented contract: a map, or MapLoadError with at least one message."""
    try:
        result = loads_map(raw, "fuzz.cjm.yaml")
    except MapLoadError as error:
        assert error.messages and str(error)
        return
    # Whatever loads must save and load back to the same content.
    again = loads_map(dumps_map(result.map), "again.cjm.yaml").map
    assert again.same_content(result.map)


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(raw):
    load_or_refuse(raw)


@FUZZ
@given(st.text(max_size=1000))
def test_arbitrary_text(text):
    load_or_refuse(text)


@st.composite
def mutated(draw, source: bytes = VALID) -> bytes:
    data = bytearray(source)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]))
        if action == "flip":
            data[position] = draw(st.integers(0, 255))
        elif action == "insert":
            data[position:position] = draw(
                st.sampled_from([b":", b"- ", b"\n", b"  ", b"{", b"[", b"&a ", b"*a", b"!!", b"\t",
                                 b"'", b'"', b"#", b"\xff", b"null", b"-1", b"1e400", b"~"])
            )  # fmt: skip
        elif action == "delete":
            del data[position : position + draw(st.integers(1, 40))]
        elif action == "truncate":
            del data[position:]
        else:
            end = min(len(data), position + draw(st.integers(1, 200)))
            data[position:position] = data[position:end]
    return bytes(data)


@FUZZ
@given(mutated())
def test_mutated_valid_map(raw):
    load_or_refuse(raw)


@FUZZ
@given(mutated(EXAMPLE_BYTES))
def test_mutated_example(raw):
    load_or_refuse(raw)


@st.composite
def mutated_lines(draw) -> str:
    lines = VALID.decode("utf-8").splitlines()
    for _ in range(draw(st.integers(1, 5))):
        index = draw(st.integers(0, len(lines) - 1))
        choice = draw(st.sampled_from(["drop", "swap", "dup", "indent", "dedent", "value"]))
        if choice == "drop":
            del lines[index]
        elif choice == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif choice == "dup":
            lines.insert(index, lines[index])
        elif choice == "indent":
            lines[index] = "  " + lines[index]
        elif choice == "dedent":
            lines[index] = lines[index].lstrip()
        else:
            key = lines[index].split(":", 1)[0]
            lines[index] = f"{key}: {draw(scalar_text)}"
        if not lines:
            break
    return "\n".join(lines) + "\n"


scalar_text = st.sampled_from(
    ["", "~", "null", "[]", "{}", "-5", "0", "1.5", "999999999999999999999", "yes", "nan",
     "'x'", "2024-13-45", "[1, 2]", "{a: 1}", "&x 1", "*x", "!!binary AAAA"]
)  # fmt: skip


@FUZZ
@given(mutated_lines())
def test_line_mutations(text):
    load_or_refuse(text)


json_like = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(string.printable, max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(string.ascii_lowercase, max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)
top_keys = st.sampled_from(
    ["cjm", "title", "stages", "channels", "touchpoints", "transitions", "personas", "scenarios",
     "flows", "rows", "entry", "language", "revisions", "extra"]
)  # fmt: skip


@FUZZ
@given(st.dictionaries(top_keys, json_like, max_size=8), st.booleans())
def test_yaml_shaped_data(data, with_version):
    if with_version:
        data = {"cjm": 1, **data}
    load_or_refuse(yaml.safe_dump(data, allow_unicode=True))


@FUZZ
@given(st.text(max_size=600))
def test_mermaid_text(text):
    try:
        parse_mermaid(text, "fuzz.mmd")
    except MapLoadError as error:
        assert error.messages


@FUZZ
@given(
    st.lists(
        st.sampled_from(
            ["journey", "title Buy", "section Aware", "section", "  Sees ad: 5: Me", "Call: x: A",
             "Pay: 3:", ": 1: ", "Order: 9: Me, You", "%% comment", "---", "title: x", "accTitle: y"]
        ),
        max_size=12,
    )
)  # fmt: skip
def test_mermaid_lines(lines):
    try:
        parse_mermaid("\n".join(lines), "fuzz.mmd")
    except MapLoadError as error:
        assert error.messages
