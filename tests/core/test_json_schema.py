"""The committed JSON Schema is generated from format v1 and accepts what the program writes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from jsonschema import Draft202012Validator

from cjm_designer.io import format_v1
from cjm_designer.io.json_schema import build_schema, schema_text
from cjm_designer.io.templates import available_templates
from cjm_designer.io.yaml_format import dumps_map
from cjm_designer.io.yaml_reader import parse_yaml
from cjm_designer.resources import example_map_path, resource_path
from tests.conftest import REPO

SCHEMA_FILE = resource_path("schema", "cjm-v1.schema.json")
BUNDLED = [example_map_path(), *(t.path for t in available_templates())]


@pytest.fixture(scope="module")
def validator():
    schema = build_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _errors(validator, data) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(data)]


def test_committed_schema_is_up_to_date():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "regenerate: python -m cjm_designer.io.json_schema > resources/schema/cjm-v1.schema.json"
    )


def test_module_prints_the_schema():
    result = subprocess.run(
        [sys.executable, "-m", "cjm_designer.io.json_schema"],
        capture_output=True,
        cwd=REPO,
        check=True,
    )
    assert result.stdout.decode("utf-8") == schema_text()


def test_schema_lists_every_canonical_key_in_order():
    schema = build_schema()
    assert list(schema["properties"]) == list(format_v1.TOP_KEYS)
    stage = schema["$defs"]["stage"]
    assert list(stage["properties"]) == list(format_v1.STAGE_KEYS)
    touchpoint = schema["$defs"]["touchpoint"]
    assert list(touchpoint["properties"]) == list(format_v1.TOUCHPOINT_KEYS)
    action = schema["$defs"]["action"]["anyOf"][1]
    assert list(action["properties"]) == list(format_v1.ACTION_KEYS)


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_files_validate(validator, path):
    data = parse_yaml(path.read_bytes(), str(path)).data
    assert _errors(validator, data) == []


def test_maps_written_by_the_program_validate(validator, small_map):
    data = parse_yaml(dumps_map(small_map).encode("utf-8")).data
    assert _errors(validator, data) == []


def test_shorthands_validate(validator):
    data = {
        "cjm": 1,
        "stages": [{"id": "a", "name": "A", "kpis": ["Leads"], "questions": "Why?"}],
        "touchpoints": [
            {
                "id": "t",
                "stage": "a",
                "channel": "web",
                "title": "T",
                "actions": ["Calls"],
                "pains": ["Slow"],
                "evidence": "researched",
            }
        ],
        "transitions": [{"from": "a", "kind": "exit"}],
    }
    assert _errors(validator, data) == []


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"cjm": 2}, "$.cjm"),
        ({"cjm": 1, "colour": "red"}, "$"),
        ({"cjm": 1, "stages": [{"id": "Bad Id", "name": "x"}]}, "$.stages[0].id"),
        ({"cjm": 1, "stages": [{"id": "a", "name": "x", "duration": "3 days"}]}, "duration"),
        ({"cjm": 1, "stages": [{"id": "a", "name": "x", "emotions": {"p": 6}}]}, "emotions"),
        ({"cjm": 1, "channels": [{"id": "c", "name": "C", "kind": "paper"}]}, "kind"),
        ({"cjm": 1, "transitions": [{"from": "a"}]}, "$.transitions[0]"),
        ({"cjm": 1, "transitions": [{"from": "a", "to": "b", "probability": 1.5}]}, "probability"),
        ({"title": "no version"}, "$"),
    ],
)
def test_schema_rejects_what_the_program_rejects_or_warns_about(validator, data, where):
    errors = _errors(validator, data)
    assert errors and any(where in error for error in errors), errors


def test_schema_file_is_draft_2020_12_json():
    text = SCHEMA_FILE.read_text(encoding="utf-8")
    assert json.loads(text)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_annotated_example_in_the_docs_is_a_valid_map(validator):
    from cjm_designer.io.yaml_format import loads_map

    text = (REPO / "docs" / "file-format.md").read_text(encoding="utf-8")
    block = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert block.startswith("cjm: 1 ")
    assert loads_map(block, "file-format.md").warnings == []
    assert _errors(validator, parse_yaml(block.encode("utf-8")).data) == []
