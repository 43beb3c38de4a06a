"""``cjm-designer analyze``: text and JSON output, scenarios, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cjm_designer.cli import main
from cjm_designer.io.yaml_format import save_map
from tests.conftest import EXAMPLE
from tests.core.test_analysis import chain_map


def test_json_output_of_the_example(capsys):
    assert main(["analyze", str(EXAMPLE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    funnel = data["funnel"]
    assert funnel["status"] == "ok" and funnel["entry"] == "osoznanie"
    assert funnel["stages"]["interes"] == {"reach": 0.7, "visits": 0.7}
    assert funnel["conversion"] == pytest.approx(sum(funnel["finals"].values()))
    assert funnel["referral"]["status"] == "ok" and funnel["referral"]["multiplier"] > 1
    assert [s["id"] for s in data["scenarios"]] == ["s-otdelom-prodazh", "bez-otdela-prodazh"]
    assert data["bottlenecks"][0]["gain"] >= data["bottlenecks"][-1]["gain"]
    assert {p["code"] for p in data["problems"]} >= {"cycle"}


def test_scenario_option_counts_only_that_scenario(capsys):
    assert main(["analyze", str(EXAMPLE), "--json", "--scenario", "s-otdelom-prodazh"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scenario"] == "s-otdelom-prodazh"
    # The skip Желание -> Действие exists only without a sales department.
    assert "zhelanie--deystvie" not in {b["transition"] for b in data["bottlenecks"]}
    by_id = {s["id"]: s for s in data["scenarios"]}
    assert data["funnel"]["conversion"] == by_id["s-otdelom-prodazh"]["conversion"]


def test_text_output_is_a_readable_summary(capsys):
    assert main(["analyze", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    for needle in ("Stage", "Reach", "Conversion:", "Expected time", "Referral multiplier",
                   "Bottlenecks", "Scenarios:", "Problems:"):  # fmt: skip
        assert needle in out
    assert "Рекомендации (final)" in out


def test_missing_probabilities_are_named_in_text_and_null_in_json(tmp_path, capsys):
    path = tmp_path / "m.cjm.yaml"
    save_map(chain_map("a b c", [("a", ">", "b", 0.5), ("b", ">", "c", None)], finals="c"), path)
    assert main(["analyze", str(path)]) == 0
    assert "Transitions without probability: b-c" in capsys.readouterr().out
    assert main(["analyze", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["funnel"]["conversion"] is None and data["funnel"]["missing"] == ["b-c"]


def test_unknown_scenario_and_unreadable_file(tmp_path, capsys):
    assert main(["analyze", str(EXAMPLE), "--scenario", "nope"]) == 2
    assert "unknown scenario 'nope'" in capsys.readouterr().err
    bad = tmp_path / "bad.cjm.yaml"
    bad.write_text("stages: [\n", encoding="utf-8")
    assert main(["analyze", str(bad)]) == 1
    assert str(bad) in capsys.readouterr().err


def test_analyze_does_not_load_qt():
    code = (
        "import sys; from cjm_designer.cli import main; "
        f"main(['analyze', '--json', {str(EXAMPLE)!r}]); "
        "print(any(m.startswith('PySide6') for m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == "False"


def test_analyze_json_lists_the_example_opportunities_with_worth(capsys):
    from cjm_designer.cli import main
    from cjm_designer.resources import example_map_path

    assert main(["analyze", str(example_map_path()), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    opportunities = data["opportunities"]
    assert len(opportunities) == 20
    first = opportunities[0]
    assert {"id", "title", "impact", "effort", "votes", "worth"} <= set(first)
    assert isinstance(first["worth"]["conversion_delta"], float)
    deltas = [o["worth"]["conversion_delta"] for o in opportunities]
    valued = [d for d in deltas if d is not None]
    assert valued == sorted(valued, reverse=True) and len(valued) >= 5
    assert len(data["plan"]) >= 5 and data["traffic"] == 12000


def test_plan_command_prints_the_plan_and_writes_csv(capsys, tmp_path):
    from cjm_designer.cli import main
    from cjm_designer.resources import example_map_path

    out = tmp_path / "plan.csv"
    assert main(["plan", str(example_map_path()), "--csv", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Action plan (7 actions" in text and "Plan versus reality" in text
    assert "id besplatnaya-dostavka; worth: +0.54 pts conversion" in text
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,action,owner,due,status,serves") and len(lines) == 8


def test_analyze_text_lists_the_most_valuable_opportunities(capsys):
    from cjm_designer.cli import main
    from cjm_designer.resources import example_map_path

    assert main(["analyze", str(example_map_path())]) == 0
    text = capsys.readouterr().out
    block = text.split("Opportunities by worth")[1].split("Scenarios:")[0]
    assert "Бесплатная доставка от трёх коробок" in block and "+0.54 pt" in block
