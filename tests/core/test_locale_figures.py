"""Figures on the map drawing follow a language: "70 %" on a Russian or Finnish map (or
canvas), "70%" on an English one; a no-break space keeps a number with its unit."""

from __future__ import annotations

from cjm_designer.io.yaml_format import read_map
from cjm_designer.layout import LayoutOptions, compute_layout
from cjm_designer.layout.text import AverageMeasurer, wrap_lines
from tests.conftest import EXAMPLE


def _labels(journey, language=None) -> set[str]:
    layout = compute_layout(journey, LayoutOptions(language=language))
    return {arrow.short_label for arrow in layout.arrows if arrow.short_label}


def test_probability_labels_follow_the_map_language_or_the_given_one():
    journey = read_map(EXAMPLE).map  # a Russian map
    assert "70\xa0%" in _labels(journey)
    assert "70%" in _labels(journey, "en")
    assert "70\xa0%" in _labels(journey, "fi")


def test_a_no_break_space_never_breaks_a_line():
    measurer = AverageMeasurer()
    lines = wrap_lines("конверсия 70\xa0% за 2\xa0нед.", 40, measurer, 10)
    assert "70\xa0%" in " ".join(lines) and "2\xa0нед." in " ".join(lines)
    assert all(not line.endswith("70") for line in lines), lines
