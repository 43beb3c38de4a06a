"""PDF export end to end, checked by reading the files back with pypdf (no poppler)."""

from __future__ import annotations

import re

import pypdf
import pytest

from cjm_designer import export_pdf, load_map
from cjm_designer.cli import main
from cjm_designer.export.pdf import ExportCancelled, PdfOptionError
from cjm_designer.export.pdf_fonts import load_fonts
from cjm_designer.layout import LayoutOptions, compute_layout
from cjm_designer.layout.paper import paper
from cjm_designer.model import (
    Channel,
    JourneyMap,
    Kind,
    Persona,
    PlanAction,
    Scenario,
    Stage,
    Touchpoint,
)
from cjm_designer.resources import example_map_path, resource_path

FINNISH = resource_path("templates", "buyers-journey.fi.cjm.yaml")


def squash(text: str) -> str:
    return " ".join(text.split())


def text_of(path) -> str:
    return squash(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages))


@pytest.fixture(scope="module")
def example():
    return load_map(example_map_path())


@pytest.fixture(scope="module")
def example_handout(example, tmp_path_factory):
    """The example's handout, exported once for the tests that only read it."""
    out = tmp_path_factory.mktemp("handout") / "handout.pdf"
    return out, export_pdf(example, out, kind="handout", date="2026-01-02")


@pytest.fixture(scope="module")
def hostile():
    journey = JourneyMap(title="Hostile 😀 中文", language="en")
    journey.extend(Kind.PERSONA, [Persona("p", "Persona <b>bold</b>", description="д" * 5000)])
    journey.extend(Kind.SCENARIO, [Scenario("s", "Scenario")])
    journey.extend(Kind.CHANNEL, [Channel("c1", "W" * 300), Channel("c2", "Чат 😀 中文 العربية")])
    journey.extend(
        Kind.STAGE,
        [
            Stage("a", "x" * 300, description="слово " * 900, emotions={"p": 2}),
            Stage("b", "Write to <sales@shop.example>", questions=("q" * 400,), emotions={"p": 4}),
        ],
    )
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint("t1", "a", "c1", "L" * 300, description="z" * 5000, emotion=1),
            Touchpoint("t2", "b", "c2", "Emoji 😀🎉 and 中文 and well-hyphenated-" * 5, emotion=5),
            Touchpoint("t3", "b", "c1", "Only for s", scenarios=("s",)),
        ],
    )
    return journey


def test_example_handout_holds_every_stage_and_touchpoint_title(example, example_handout):
    out, result = example_handout
    text = text_of(out)
    for stage in example.stages:
        assert squash(stage.name) in text
    for tp in example.touchpoints:
        assert squash(tp.title) in text, tp.title
    reader = pypdf.PdfReader(out)
    assert result.pages == len(reader.pages)
    titles = [item["/Title"] for item in reader.outline if isinstance(item, dict)]
    assert all(any(squash(s.name) in title for title in titles) for s in example.stages)
    assert reader.metadata.title == example.title
    assert reader.metadata.creator.startswith("CJM Designer")
    assert abs(float(reader.pages[0].mediabox.width) - paper("A4").width) < 0.5


@pytest.mark.parametrize("source", [example_map_path(), FINNISH], ids=["ru", "fi"])
def test_poster_shows_every_stage_and_card_title_line(source, tmp_path):
    journey = load_map(source)
    out = tmp_path / "poster.pdf"
    result = export_pdf(journey, out, kind="poster", page="A1")
    text = text_of(out)
    layout = result.geometry.layout
    for stage in layout.stages:
        for line in stage.name_lines:
            assert squash(line) in text
    for card in layout.cards.values():
        for line in card.title_lines:
            assert squash(line) in text
    assert len(layout.cards) == len(journey.touchpoints)
    page = pypdf.PdfReader(out).pages[0]
    a1 = paper("A1")
    assert sorted([float(page.mediabox.width), float(page.mediabox.height)]) == pytest.approx(
        sorted([a1.width, a1.height]), abs=0.5
    )


def test_poster_geometry_is_the_canvas_layout(example, tmp_path):
    result = export_pdf(example, tmp_path / "p.pdf", kind="poster")
    geometry = result.geometry
    # The canvas's layout code with the poster's type scale (column width fitted to the sheet).
    canvas_layout = compute_layout(
        example,
        LayoutOptions(
            measurer=load_fonts(),
            row_titles=geometry.options.row_titles,
            metrics=geometry.options.metrics,
        ),
    )
    assert geometry.layout == canvas_layout
    place = geometry.placement
    for card in canvas_layout.cards.values():
        assert place.drawn[f"card:{card.id}"] == place.box(card.rect)
    for stage in canvas_layout.stages:
        assert place.drawn[f"stage:{stage.id}"] == place.box(stage.header)


@pytest.mark.parametrize("kind", ["poster", "tiles", "handout", "blank"])
def test_all_fonts_are_embedded(example, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    export_pdf(example, out, kind=kind, page="A3" if kind != "tiles" else "A4", poster_size="A2")
    seen = set()
    for page in pypdf.PdfReader(out).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor, font["/BaseFont"]
            assert font["/BaseFont"].startswith("/AAAAAA+")  # a subset
            seen.add(font["/BaseFont"])
    assert any("FiraSans" in name for name in seen)


def test_tiles_cover_the_poster_and_label_each_sheet(example, tmp_path):
    out = tmp_path / "tiles.pdf"
    result = export_pdf(example, out, kind="tiles", page="A4", poster_size="A1", overlap_mm=15)
    reader = pypdf.PdfReader(out)
    geometry = result.geometry
    from cjm_designer.layout.paper import MM, tile_grid

    a4 = paper("A4").oriented("landscape" if geometry.sheet.landscape else "portrait")
    grid = tile_grid(
        geometry.sheet.width,
        geometry.sheet.height,
        a4.width - 20 * MM,
        a4.height - 20 * MM - 14,
        15 * MM,
    )
    assert len(reader.pages) == grid.count + 1 == result.pages
    assert grid.count >= 4
    last = squash(reader.pages[-1].extract_text())
    assert f"ряд {grid.rows} / колонка {grid.columns}" in last
    # The instructions under each sheet are in the map's language too, and both lines keep
    # clear of the crop marks at the picture's corners (10 mm margin).
    assert "нахлёст 15 мм: обрежьте по меткам" in last
    footer = [line for line in result.drawn_lines if line.text.startswith(("ряд", "нахлёст"))]
    assert len(footer) == 2 * grid.count
    for line in footer:
        assert line.x >= 10 * MM + 4 and line.x + line.width <= a4.width - 10 * MM - 4, line.text


def _text_origins(page):
    origins = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            origins.append((x, y, text))

    page.extract_text(visitor_text=visit)
    return origins


@pytest.mark.parametrize("kind", ["poster", "blank", "handout"])
def test_hostile_text_stays_inside_its_boxes_and_the_page(hostile, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    result = export_pdf(hostile, out, kind=kind, page="A4")
    reader = pypdf.PdfReader(out)
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    # Every line we drew (its measured extent with ascent and descent) is inside its box.
    assert result.drawn_lines
    for line in result.drawn_lines:
        assert line.inside(line.box), line
    if kind != "handout":  # handout chart lines are in flowable coordinates
        # A blank grid too big for A4 is drawn full size and tiled: its lines are on the
        # full-size poster the tiles cut.
        sheet_w, sheet_h = result.geometry.sheet.size if kind == "blank" else (width, height)
        for line in result.drawn_lines:
            assert line.x >= 0 and line.x + line.width <= sheet_w + 0.01
            assert 0 <= line.baseline <= sheet_h
    # And, independently, every text origin pypdf finds lies on the page (tiles show a
    # clipped window of a larger form, whose origins pypdf reports untransformed).
    for page in reader.pages if result.geometry is None or result.pages == 1 else []:
        for x, y, text in _text_origins(page):
            assert -0.5 <= x <= width + 0.5 and -0.5 <= y <= height + 0.5, text


def test_hostile_handout_keeps_long_text_and_escapes_markup(hostile, tmp_path):
    out = tmp_path / "h.pdf"
    result = export_pdf(hostile, out, kind="handout")
    text = text_of(out)
    assert "<sales@shop.example>" in text
    assert "Persona <b>bold</b>" in text
    assert text.count("z") >= 4900  # the 5,000-letter description is all there
    fonts = load_fonts()
    covered = all(any(ord(ch) in cov for cov in fonts.coverage.values()) for ch in "中文")
    if covered:  # a fallback font (e.g. Droid Sans Fallback) draws them: no warning
        assert "中文" in text and not any("中" in warning for warning in result.warnings)
    else:
        assert any("中" in warning for warning in result.warnings)


def test_missing_glyphs_are_reported_when_no_fallback_covers_them(tmp_path, monkeypatch):
    journey = JourneyMap(title="Title")
    journey.extend(Kind.CHANNEL, [Channel("c", "C")])
    journey.extend(Kind.STAGE, [Stage("s", "鿐鿑 stage")])  # recent CJK: in no common font
    result = export_pdf(journey, tmp_path / "m.pdf", kind="poster", page="A4")
    assert any("鿐" in w for w in result.warnings)
    assert "?? stage" in text_of(tmp_path / "m.pdf")


def test_scenario_filter_and_bad_options(hostile, tmp_path):
    out = tmp_path / "f.pdf"
    kept = export_pdf(hostile, out, kind="poster", scenario="s").geometry.layout.cards
    assert "t3" in kept
    with pytest.raises(PdfOptionError, match="no persona"):
        export_pdf(hostile, out, persona="nobody")
    with pytest.raises(PdfOptionError, match="unknown PDF option"):
        export_pdf(hostile, out, colour=True)


def test_cancel_leaves_no_file(example, tmp_path):
    out = tmp_path / "c.pdf"
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 2

    with pytest.raises(ExportCancelled):
        export_pdf(example, out, kind="handout", progress=progress)
    assert not out.exists() and not list(tmp_path.iterdir())
    assert calls[0][0] == 0


def test_grayscale_poster_uses_only_greys(example, tmp_path):
    out = tmp_path / "g.pdf"
    export_pdf(example, out, kind="poster", page="A2", grayscale=True)
    data = pypdf.PdfReader(out).pages[0].get_contents().get_data().decode("latin-1")
    colors = re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG)\b", data)
    assert colors
    for r, g, b in colors:
        assert float(r) == pytest.approx(float(g), abs=0.01) == pytest.approx(float(b), abs=0.01)


def test_small_sheet_warns_and_suggests_tiles(example, tmp_path):
    result = export_pdf(example, tmp_path / "s.pdf", kind="poster", page="A4")
    assert any("tiles" in warning for warning in result.warnings)


def test_cli_exports_and_rejects_unknown_extensions(tmp_path, capsys):
    out = tmp_path / "cli.pdf"
    code = main(
        ["export", str(example_map_path()), "-o", str(out), "--kind", "blank", "--page", "A3"]
    )
    assert code == 0 and out.stat().st_size > 1000
    assert main(["export", str(example_map_path()), "-o", str(tmp_path / "x.docx")]) == 2
    assert "cannot export to .docx" in capsys.readouterr().err


def test_no_handout_page_ends_on_a_list_heading(example, example_handout):
    """ "Pains", "Opportunities" and "Goals" head the list below them: a page never ends
    on one, leaving the list to start the next page without it."""
    from cjm_designer.export.pdf_labels import labels

    out, _result = example_handout
    t = labels(example.language)
    headings = {t("pains"), t("opportunities"), t("goals")}
    for number, page in enumerate(pypdf.PdfReader(out).pages, start=1):
        lines = [line.strip() for line in (page.extract_text() or "").splitlines() if line.strip()]
        assert lines and lines[-1] not in headings, (number, lines[-3:])


def test_transition_labels_print_as_on_the_canvas(example, tmp_path):
    """Arcs over the headers carry their whole label; arrows in the narrow gap between two
    stages carry the percentage only, so no label runs into the next stage's name."""
    from cjm_designer.export.pdf_labels import labels

    result = export_pdf(example, tmp_path / "poster.pdf", kind="poster", page="A1")
    texts = {line.text for line in result.drawn_lines}
    arrows = result.geometry.layout.arrows
    arcs = [a for a in arrows if len(a.points) > 2 and a.label]
    named_straight = [a for a in arrows if len(a.points) == 2 and a.label != a.short_label]
    assert arcs and named_straight  # "Первая покупка · 70%" between two stages
    for arrow in arcs:
        assert arrow.label in texts, arrow.label
    exit_word = labels(example.language)("arrow_exit")
    for arrow in named_straight:
        # An exit says so in words too (not only by its colour and dots).
        short = (
            f"{exit_word} {arrow.short_label}" if arrow.kind.value == "exit" else arrow.short_label
        )
        assert short in texts and arrow.label not in texts, arrow.label


def test_example_handout_prints_the_action_plan_and_plan_versus_actual(example, example_handout):
    out, _result = example_handout
    reader = pypdf.PdfReader(out)
    last = squash(" ".join(page.extract_text() for page in reader.pages[-2:]))
    assert squash("План действий") in last
    for action in example.plan:
        assert squash(action.owner) in last
    assert squash("в работе") in last and squash("быстрая победа") in last
    assert "п.п." in last
    titles = [item["/Title"] for item in reader.outline if isinstance(item, dict)]
    assert any("План действий" in title for title in titles)
    text = text_of(out)
    assert squash("План и факт") in text
    # the matrix is printed with its numbered legend, quick wins first
    assert squash("Матрица «влияние × усилия»") in text
    assert squash("1. Цену за штуку приходится считать самому (боль, 5 / 1)") in text


def test_a_map_without_a_plan_prints_no_plan_page(tmp_path):
    journey = load_map(FINNISH)
    out = tmp_path / "fi.pdf"
    export_pdf(journey, out, kind="handout", date="2026-01-02")
    assert "Toimintasuunnitelma" not in text_of(out)
    journey.plan = (PlanAction("a", "Soita asiakkaalle", "Anna", "2027-01-01"),)
    export_pdf(journey, out, kind="handout", date="2026-01-02")
    assert squash("Toimintasuunnitelma") in text_of(out)
    assert squash("tekemättä") in text_of(out)


def test_poster_prints_the_goals_row_only_when_asked(example, tmp_path):
    plain, goals = tmp_path / "plain.pdf", tmp_path / "goals.pdf"
    export_pdf(example, plain, kind="poster", page="A1")
    export_pdf(
        example, goals, kind="poster", page="A1",
        rows=("emotions", "pains", "opportunities", "questions", "notes", "goals"),
    )  # fmt: skip
    assert "Цели и KPI" not in text_of(plain)
    text = text_of(goals)
    assert squash("Цели и KPI") in text
    assert "KPI:" in text
