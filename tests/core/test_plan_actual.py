"""Plan versus reality: measured reach and conversion against the exact funnel."""

from __future__ import annotations

import json

import pytest

from cjm_designer.analysis.actual import plan_vs_actual
from cjm_designer.analysis.funnel import compute_funnel
from cjm_designer.analysis.plan_text import render_plan
from cjm_designer.analysis.report import analyze
from cjm_designer.model import Measurement

from .test_plan_worth import chain_map


def measured_map():
    journey = chain_map()
    journey.set_field(
        "measured",
        (
            Measurement("a", "2027-01", 1000, 250),
            Measurement("b", "2027-01", 400, 240),
            Measurement("c", "2027-01", 240),
        ),
    )
    return journey


def test_measured_conversion_is_compared_with_the_conversion_planned_from_each_stage():
    journey = measured_map()
    rows = plan_vs_actual(journey, compute_funnel(journey))
    a, b, c = rows
    # planned: from a 0.5 * 0.6 = 0.30, from b 0.6; measured 250/1000 and 240/400
    assert a.planned_conversion == pytest.approx(0.30)
    assert a.actual_conversion == pytest.approx(0.25)
    assert a.conversion_gap == pytest.approx(-0.05)
    assert b.planned_conversion == pytest.approx(0.6)
    assert b.actual_conversion == pytest.approx(0.6)
    assert b.conversion_gap == pytest.approx(0.0)
    assert b.planned_reach == pytest.approx(0.5)
    assert b.actual_reach == pytest.approx(0.4)
    # no conversions measured at c: nothing compared, reach still is
    assert c.actual_conversion is None and c.planned_conversion is None
    assert c.conversion_gap is None
    assert c.actual_reach == pytest.approx(0.24)


def test_analyze_json_and_plan_text_carry_the_conversion_comparison():
    journey = measured_map()
    report = analyze(journey)
    actual = json.loads(json.dumps(report.to_json()))["actual"]
    assert actual[0]["planned_conversion"] == pytest.approx(0.30)
    assert actual[0]["actual_conversion"] == pytest.approx(0.25)
    assert actual[0]["conversion_gap"] == pytest.approx(-0.05)
    assert actual[2]["actual_conversion"] is None
    text = render_plan(journey, [], list(report.actual))
    assert "conversion from here: plan 30" in text


def test_plan_command_json_and_text_compare_conversions(tmp_path, capsys):
    from cjm_designer.cli import main
    from cjm_designer.io.yaml_writer import dumps_map

    path = tmp_path / "m.cjm.yaml"
    path.write_text(dumps_map(measured_map()), "utf-8")
    assert main(["plan", str(path), "--json"]) == 0
    actual = json.loads(capsys.readouterr().out)["actual"]
    assert [row["actual_conversion"] for row in actual] == [
        pytest.approx(0.25),
        pytest.approx(0.6),
        None,
    ]
    assert actual[1]["planned_conversion"] == pytest.approx(0.6)
    assert main(["plan", str(path)]) == 0
    out = capsys.readouterr().out
    assert "conversion from here: plan 30.0%, actual 25.0%" in out


def test_handout_prints_planned_and_measured_conversion(tmp_path):
    from cjm_designer import export_pdf, load_map
    from cjm_designer.resources import example_map_path

    from .test_pdf_export import squash, text_of

    journey = load_map(example_map_path())
    journey.set_field(
        "measured", tuple(Measurement(m.stage, m.period, m.visitors) for m in journey.measured)
    )
    out = tmp_path / "without.pdf"
    export_pdf(journey, out, kind="handout", date="2026-01-02")
    assert squash("Фактическая конверсия") not in text_of(out)
    journey.set_field(
        "measured",
        tuple(
            Measurement(m.stage, m.period, m.visitors, m.visitors * 0.02) for m in journey.measured
        ),
    )
    out = tmp_path / "with.pdf"
    export_pdf(journey, out, kind="handout", date="2026-01-02")
    text = text_of(out)
    assert squash("Плановая конверсия") in text and squash("Фактическая конверсия") in text
    # planned 2.32 % from the entry, measured 2 %
    assert squash("Осознание 100 % 100 % 2,3 % 2 %") in text
