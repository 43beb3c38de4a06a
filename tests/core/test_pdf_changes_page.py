"""The handout's "Changes" page for a comparison, and the evidence marks on the poster."""

from __future__ import annotations

import re
from dataclasses import replace

import pypdf

from cjm_designer import export_pdf, load_map
from cjm_designer.messages import localize
from cjm_designer.model import EvidenceStatus, Kind
from cjm_designer.model.diff import diff_maps
from cjm_designer.model.edits import update
from cjm_designer.resources import example_map_path


def _pages(path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in pypdf.PdfReader(path).pages]


def _edited():
    before = load_map(example_map_path())
    after = before.copy()
    update(after, Kind.STAGE, "interes", name="Интерес к батончикам").apply(after)
    update(after, Kind.TRANSITION, "zhelanie--deystvie", probability=0.1).apply(after)
    return before, after


def test_changes_page_lists_every_change(tmp_path):
    before, after = _edited()
    path = tmp_path / "handout.pdf"
    export_pdf(after, path, kind="handout", compare_with=before, compare_name="Workshop 1")
    pages = _pages(path)
    page = next(text for text in pages if "Изменения" in text and "Workshop 1" in text)
    for line in diff_maps(before, after).summary_lines():
        # in the map's language (Russian), not the English of summary_lines' str
        assert re.sub(r"\s+", " ", localize(line, "ru"))[:40] in page
    assert "Переименовано: этап «Интерес» → «Интерес к батончикам»." in page
    assert "renamed" not in page and "Probability" not in page
    outline = [item.title for item in pypdf.PdfReader(path).outline if hasattr(item, "title")]
    assert "Изменения" in outline


def test_same_maps_print_no_changes(tmp_path):
    before, _ = _edited()
    path = tmp_path / "handout.pdf"
    export_pdf(before, path, kind="handout", compare_with=before.copy())
    assert any("Изменений нет." in text for text in _pages(path))


def test_handout_without_comparison_has_no_changes_page(tmp_path):
    before, _ = _edited()
    path = tmp_path / "handout.pdf"
    export_pdf(before, path, kind="handout")
    assert not any("Изменения" in text for text in _pages(path))


def _evidence_fills(path) -> int:
    """How often the evidence colour (#0b7285) is set as a fill in the first page."""
    data = pypdf.PdfReader(path).pages[0].get_contents().get_data().decode("latin-1")
    return len(re.findall(r"0?\.043137 0?\.447059 0?\.521569 rg", data))


def test_poster_marks_evidence_and_explains_it_in_the_legend(tmp_path):
    journey = load_map(example_map_path())
    researched = [tp for tp in journey.touchpoints if tp.evidence]
    assert researched and all(tp.evidence.status is EvidenceStatus.RESEARCHED for tp in researched)
    path = tmp_path / "poster.pdf"
    export_pdf(journey, path, kind="poster", page="A3")
    text = _pages(path)[0]
    assert "исследовано" in text and "предположение" in text
    for tp in researched:
        journey.replace(Kind.TOUCHPOINT, replace(tp, evidence=None))
    bare = tmp_path / "bare.pdf"
    export_pdf(journey, bare, kind="poster", page="A3")
    assert _evidence_fills(path) - _evidence_fills(bare) == len(researched)
    assert _evidence_fills(bare) == 1  # the legend's own mark
