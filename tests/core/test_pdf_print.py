"""Print readability and print-shop readiness, measured in the PDF with pdfminer."""

from __future__ import annotations

import pypdf
import pytest

from cjm_designer import export_pdf, load_map
from cjm_designer.layout.paper import MM, paper
from cjm_designer.layout.reading import (
    FLOOR_PT,
    STAGE_TARGET_PT,
    TITLE_TARGET_PT,
    reading_distance_m,
)
from cjm_designer.model import Channel, JourneyMap, Kind, Persona, Stage, Touchpoint
from cjm_designer.resources import example_map_path

from .pdf_measure import all_lines, glyphs, lines, size_of


@pytest.fixture(scope="module")
def example():
    return load_map(example_map_path())


@pytest.fixture(scope="module")
def example_handout(example, tmp_path_factory):
    """The example's handout, exported once for the tests that only read it."""
    out = tmp_path_factory.mktemp("handout") / "handout.pdf"
    return out, export_pdf(example, out, kind="handout")


@pytest.fixture(scope="module")
def default_poster(example, tmp_path_factory):
    out = tmp_path_factory.mktemp("poster") / "poster.pdf"
    return out, export_pdf(example, out)


def big_map(stages: int, lanes: int, cards: int) -> JourneyMap:
    journey = JourneyMap(title="Big", language="en")
    journey.extend(Kind.PERSONA, [Persona("p", "P")])
    journey.extend(Kind.CHANNEL, [Channel(f"c{i}", f"Channel {i}") for i in range(lanes)])
    journey.extend(
        Kind.STAGE, [Stage(f"s{i}", f"Stage {i}", emotions={"p": 1 + i % 5}) for i in range(stages)]
    )
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint(f"t{i}", f"s{i % stages}", f"c{(i // stages) % lanes}", f"Card number {i}")
            for i in range(cards)
        ],
    )
    return journey


def test_reading_distance_rule():
    assert reading_distance_m(14) == pytest.approx(2.0)
    assert reading_distance_m(FLOOR_PT) == pytest.approx(1.43, abs=0.01)


def element_sizes(
    out, result, journey, first_page: int, last_page: int | None = None
) -> dict[str, float]:
    """The smallest printed size of each kind of text on a full-map poster, measured in
    the PDF (pdfminer), found by the texts the layout put there."""
    from cjm_designer.export.pdf_labels import labels

    found = all_lines(out, first_page, last_page)
    layout = result.geometry.layout
    t = labels(journey.language)

    def smallest(texts, exact: bool = False) -> float:
        return min(size_of(found, text, exact) for text in texts)

    labelled = [a.label for a in layout.arrows if getattr(a, "label", "")]
    rows = [line for row in layout.rows for cell in row.cells for line in cell.lines[:1]]
    return {
        "card title": smallest(c.title_lines[0] for c in layout.cards.values()),
        "stage name": smallest((s.name_lines[0] for s in layout.stages), exact=True),
        "lane name": smallest(lane.name_lines[0] for lane in layout.lanes),
        "transition label": smallest(w.split()[0] for w in labelled[:5]) if labelled else 99,
        "legend": smallest([t("arrow_referral"), t("researched"), t("markers")]),
        "row text": smallest(r.split()[0] for r in rows[:10] if r.split()),
        "any": min(size for _p, _text, size, _y in found),
    }


def test_default_poster_of_the_example_reads_at_distance(example, default_poster):
    """Card titles >= 18 pt, stage names >= 36 pt, nothing under 10 pt: here two A0 sheets
    glued side by side (one A0 cannot hold the 12 stages at that size)."""
    out, result = default_poster
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == result.pages == 3  # assembly page + 2 tiles
    a0 = paper("A0")
    for page in reader.pages:
        assert sorted([float(page.mediabox.width), float(page.mediabox.height)]) == (
            pytest.approx(sorted(a0.size), abs=0.5)
        )
    sizes = element_sizes(out, result, example, first_page=2)
    assert sizes["card title"] >= TITLE_TARGET_PT - 0.05, sizes
    assert sizes["stage name"] >= STAGE_TARGET_PT - 0.05, sizes
    for element in ("lane name", "transition label", "legend", "row text"):
        assert sizes[element] >= FLOOR_PT, (element, sizes)
    # Every printed character, the assembly guide and each tile's own labels included.
    assert min(g.size for g in glyphs(out)) >= FLOOR_PT - 0.05
    assert not [w for w in result.warnings if "smallest text" in w]
    note = result.notes[0]
    assert "2 A0 sheets" in note and "card titles 18" in note and "m;" in note, note
    assert f"smallest text {sizes['any']:.1f}" in note or "smallest text 1" in note, note


def test_legend_text_is_not_larger_than_the_card_titles(example, default_poster):
    out, result = default_poster
    from cjm_designer.export.pdf_labels import labels

    t = labels(example.language)
    found = all_lines(out, 2)
    card = next(iter(result.geometry.layout.cards.values()))
    assert size_of(found, t("arrow_referral")) <= size_of(found, card.title_lines[0])


def test_poster_uses_the_whole_sheet(example, tmp_path):
    """No blank bands: the map reaches within a few mm of both sides or of the title and
    legend, and the legend sits right under the map."""
    out = tmp_path / "a0.pdf"
    result = export_pdf(example, out, page="A0")
    place, sheet = result.geometry.placement, result.geometry.sheet
    width, height = result.geometry.layout.size
    side_gap = (sheet.width - width * place.scale) / 2
    bottom_of_map = place.top - height * place.scale
    margin = 10 * MM
    assert side_gap - margin < 25 * MM, side_gap / MM
    legend_top = max(y for _p, text, _s, _x, y in lines(out) if y < bottom_of_map)
    assert bottom_of_map - legend_top < 30 * MM


def test_a_print_shop_poster_is_one_piece(example, tmp_path):
    """With bleed the large poster is one page (a print shop prints it from a roll)."""
    out = tmp_path / "shop.pdf"
    result = export_pdf(example, out, bleed_mm=3)
    assert result.pages == 1
    page = pypdf.PdfReader(out).pages[0]
    trim = [float(v) for v in page.trimbox]
    assert (trim[2] - trim[0]) / MM == pytest.approx(1627, abs=2)


def test_small_sheet_warns_with_the_true_minimum_and_a_print_that_helps(example, tmp_path):
    out = tmp_path / "a4.pdf"
    result = export_pdf(example, out, kind="poster", page="A4")
    smallest = min(g.size for g in glyphs(out))
    warning = next(w for w in result.warnings if "smallest text" in w)
    assert f"{smallest:.1f} pt" in warning
    advice = warning.params["advice"]
    assert advice.code in ("export.small.tiles", "export.small.a0"), advice
    # Following the advice reaches the floor.
    tiles = tmp_path / "tiles.pdf"
    size = advice.params.get("sheet", "A0")
    followed = export_pdf(example, tiles, kind="tiles", poster_size=size)
    assert not [w for w in followed.warnings if "smallest text" in w]


def _poster_glyphs(out, result):
    """Every glyph printed: the poster, and on a tiled poster the assembly guide and each
    tile's own labels too."""
    return glyphs(out)


def test_default_tiles_of_the_example_read_at_distance(example, tmp_path):
    """``--kind tiles`` without a poster size chooses the poster's size like the default
    poster (titles 18, stage names 36, nothing under 10 pt, tile labels included) and
    cuts it into A4 sheets; it says what it chose."""
    out = tmp_path / "tiles.pdf"
    result = export_pdf(example, out, kind="tiles")
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == result.pages > 20
    tile = sorted(float(v) for v in reader.pages[1].mediabox[2:])
    assert tile == pytest.approx(sorted(paper("A4").size), abs=0.5)
    # Each tile holds the whole poster (clipped to its window): one tile has every text.
    sizes = element_sizes(out, result, example, first_page=2, last_page=2)
    assert sizes["card title"] >= TITLE_TARGET_PT - 0.05, sizes
    assert sizes["stage name"] >= STAGE_TARGET_PT - 0.05, sizes
    assert sizes["any"] >= FLOOR_PT - 0.05, sizes
    # The guide, the first and the last tile: labels, glue hints, the guide's texts.
    last = result.pages
    found = glyphs(out, {1, 2, last})
    assert {g.page for g in found} == {1, 2, last}
    assert min(g.size for g in found) >= FLOOR_PT - 0.05
    note = result.notes[0]
    assert "A4 sheets" in note and "card titles 18" in note and "stage names 3" in note, note
    assert not result.warnings


def test_tiles_of_a_poster_size_asked_for_warn_with_the_sizes_drawn(example, tmp_path):
    out = tmp_path / "tiles-a0.pdf"
    result = export_pdf(example, out, kind="tiles", poster_size="A0", page="A3")
    sizes = element_sizes(out, result, example, first_page=2, last_page=2)
    assert sizes["card title"] < TITLE_TARGET_PT
    warning = next(w for w in result.warnings if w.code == "export.below-reading")
    assert warning.params["sheet"] == "A0" and warning.params["option"] == "--poster-size"
    assert f"{warning.params['title']:.1f}" == f"{sizes['card title']:.1f}"
    # The smallest text of the poster itself (the tile's own label and glue hint aside).
    found = all_lines(out, 2, 2)
    labels = [y for _p, text, _s, y in found if "15 мм" in text]  # the glue hint
    poster = [size for _p, _text, size, y in found if y != labels[0]]
    assert f"{warning.params['size']:.1f}" == f"{min(poster):.1f}"
    assert "1189 × 841 mm poster on" in result.notes[0] and "A3 sheets" in result.notes[0]


def test_a_600_card_map_reads_at_distance_or_says_it_is_a_summary(tmp_path):
    journey = big_map(30, 20, 600)
    out = tmp_path / "huge.pdf"
    result = export_pdf(journey, out)
    assert result.notes
    assert min(g.size for g in _poster_glyphs(out, result)) >= FLOOR_PT - 0.05
    assert not [w for w in result.warnings if "smallest text" in w]


def test_a_small_sheet_asked_for_still_warns_with_the_true_minimum(tmp_path):
    journey = big_map(30, 20, 600)
    out = tmp_path / "a1.pdf"
    result = export_pdf(journey, out, page="A1")
    smallest = min(g.size for g in glyphs(out))
    assert smallest < FLOOR_PT
    assert f"{smallest:.1f} pt" in " ".join(result.warnings)


@pytest.fixture(scope="module")
def huge_summary(tmp_path_factory):
    from dataclasses import replace

    from cjm_designer.model import Insight, Picture, Transition, TransitionKind

    journey = big_map(50, 20, 5000)
    pictures = {2: (picture_png(600, 400, 300), "Shelf"), 77: (picture_png(80, 60), "Screen")}
    for index in (0, 1, 2, 77):
        card = journey.touchpoints[index]
        shown = pictures.get(index)
        journey.replace(
            Kind.TOUCHPOINT,
            replace(
                card,
                votes=5 + index,
                pains=(Insight(f"Pain of card {index}", votes=index),),
                opportunities=(Insight(f"Idea for card {index}"),),
                pictures=(Picture("image/png", shown[0], shown[1]),) if shown else (),
            ),
        )
    journey.extend(
        Kind.TRANSITION,
        [
            Transition("m1", "s1", "s5", TransitionKind.SKIP, 0.3),
            Transition("m2", "s10", None, TransitionKind.EXIT, 0.2),
            Transition("m3", "s7", "s3", TransitionKind.BACK, label="Price check"),
            Transition("m4", "s0", "s1", TransitionKind.FORWARD),
        ],
    )
    out = tmp_path_factory.mktemp("huge") / "huge.pdf"
    return journey, out, export_pdf(journey, out)


@pytest.fixture(scope="module")
def huge_summary_lines(huge_summary):
    """Every text line of the summary poster, read once: each tile shows the whole poster,
    so reading a page takes pdfminer over a second."""
    _journey, out, _result = huge_summary
    return all_lines(out)


def picture_png(width: int, height: int, dpi: int | None = None) -> str:
    """A base64 PNG of ``width`` x ``height`` pixels (declaring ``dpi`` when given)."""
    import base64
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    image = Image.new("RGB", (width, height), (30, 120, 200))
    image.save(buffer, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    return base64.b64encode(buffer.getvalue()).decode()


def test_default_poster_of_a_50x20x5000_map_is_a_summary_that_reads_at_distance(
    huge_summary, huge_summary_lines
):
    """Never below the floor: the map cannot be read in full from a distance on any
    sensible print, so the poster is a summary (stage names, curve, most voted cards, top
    pain and opportunity) and says the handout has the rest."""
    _journey, _out, result = huge_summary
    note = result.notes[0]
    assert "summary" in note and "handout" in note, note
    first = 2 if result.pages > 1 else 1
    found = [line for line in huge_summary_lines if line[0] >= first]
    sizes = {
        "stage name": min(size_of(found, f"Stage {i}", exact=True) for i in (0, 13, 49)),
        # The most voted cards come first in their stage.
        "card title": min(size_of(found, f"Card number {i}", exact=True) for i in (77, 2, 1)),
        "lane name": size_of(found, "Channel 19", exact=True),
        "row text": min(size_of(found, text) for text in ("Pain of card 77", "Idea for card 2")),
        "legend": size_of(found, "Channel 7", exact=True),
    }
    assert sizes["stage name"] >= STAGE_TARGET_PT - 0.05, sizes
    assert sizes["card title"] >= TITLE_TARGET_PT - 0.05, sizes
    for element in ("lane name", "row text", "legend"):
        assert sizes[element] >= FLOOR_PT, (element, sizes)
    # Nothing under the floor, the tiles' own labels and the assembly guide included.
    assert min(size for _p, _t, size, _y in huge_summary_lines) >= FLOOR_PT - 0.05
    assert "more cards in the handout" in " ".join(text for _p, text, _s, _y in found)
    # The summary's own text is at least 12 pt (the tiles' labels are 10).
    assert result.geometry.smallest >= 12
    # Only the screenshot that would print soft is warned about.
    assert [w.code for w in result.warnings] == ["export.picture.soft"], result.warnings
    assert result.warnings[0].params["name"] == "Screen"


def test_the_summary_shows_card_pictures_at_their_resolution(huge_summary):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTImage

    _journey, out, result = huge_summary
    drawn = result.geometry.drawn
    shelf = drawn["picture:t2"]
    assert 600 / (shelf.width / 72) >= 150  # at its resolution, never enlarged past it
    assert shelf.height >= 40  # large enough to see on the wall
    screen = drawn["picture:t77"]
    assert screen.width == pytest.approx(60, abs=0.1)  # 80 px at 96 ppi, not enlarged

    def images(item):
        if isinstance(item, LTImage):
            yield item
        for child in getattr(item, "_objs", []):
            yield from images(child)

    page = 2 if result.pages > 1 else 1
    found = [i for p in extract_pages(str(out), page_numbers=[page - 1]) for i in images(p)]
    assert any(abs(i.width - shelf.width) < 0.5 for i in found), found


def test_the_summary_lists_the_main_transitions_readably(huge_summary, huge_summary_lines):
    _journey, _out, result = huge_summary
    page = 2 if result.pages > 1 else 1
    found = [line for line in huge_summary_lines if line[0] == page]
    assert size_of(found, "Moves between stages") >= 12
    skip = size_of(found, "Stage 1 → Stage 5 · skip · 30")
    exit_ = size_of(found, "Stage 10 → leaves the journey · exit · 20")
    back = size_of(found, "Stage 7 → Stage 3 · back · Price check")
    assert min(skip, exit_, back) >= 12
    # A plain forward move without probability or label is no news on a summary.
    assert not [text for _p, text, _s, _y in found if "Stage 0 → Stage 1" in text]


def test_the_summary_shows_the_most_voted_cards_first(huge_summary):
    from cjm_designer.export.pdf_context import RenderContext
    from cjm_designer.export.pdf_fonts import load_fonts
    from cjm_designer.export.pdf_options import PdfOptions
    from cjm_designer.export.pdf_summary import columns

    journey, _out, result = huge_summary
    ctx = RenderContext(journey, PdfOptions(), load_fonts())
    first = columns(ctx)[2]
    assert first.cards[0].title == "Card number 2"  # 7 votes; the others have none
    assert first.pain is not None and first.pain.text == "Pain of card 2"
    assert result.geometry.plan.shown >= 1


def test_blank_grid_for_a_12_stage_map_fits_sticky_notes_over_tiles(example, tmp_path):
    out = tmp_path / "blank.pdf"
    result = export_pdf(example, out, kind="blank", page="A3")
    geometry = result.geometry
    place = geometry.placement
    for rect in geometry.layout.cells.values():
        box = place.box(rect)
        assert min(box.width, box.height) >= 76 * MM, (box.width / MM, box.height / MM)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == result.pages > 2  # assembly page + tiles
    a3 = paper("A3")
    for page in reader.pages:
        assert sorted([float(page.mediabox.width), float(page.mediabox.height)]) == (
            pytest.approx(sorted(a3.size), abs=0.5)
        )
    # Tiles show the grid at full size: every label on it at least 9 pt, and the
    # assembly notes under each tile and on the guide at least 10 pt.
    found = glyphs(out)
    on_tiles = [g for g in found if g.page > 1]
    assert len(on_tiles) > 100
    assert min(g.size for g in on_tiles) >= 9
    assert min(g.size for g in found if g.y0 < 45 or g.page == 1) >= FLOOR_PT - 0.05
    assert "76 mm" in result.notes[0] and "A3" in result.notes[0]


def test_blank_grid_of_a_small_map_is_one_sheet_with_note_sized_cells(tmp_path):
    from cjm_designer.resources import resource_path

    journey = load_map(resource_path("templates", "buyers-journey.fi.cjm.yaml"))
    out = tmp_path / "blank.pdf"
    result = export_pdf(journey, out, kind="blank")
    assert result.pages == 1
    place = result.geometry.placement
    for rect in result.geometry.layout.cells.values():
        assert min(place.box(rect).width, place.box(rect).height) >= 76 * MM
    assert min(g.size for g in glyphs(out)) >= 9


# --- meaning without colour -------------------------------------------------------------


def _content(path) -> str:
    return "".join(
        page.get_contents().get_data().decode("latin-1") for page in pypdf.PdfReader(path).pages
    )


def _dashes(content: str) -> set[tuple[float, ...]]:
    import re

    return {
        tuple(round(float(v), 1) for v in match.split())
        for match in re.findall(r"\[([\d.\s]+)\]\s+[\d.]+\s+d", content)
    }


def test_template_channels_get_distinct_colours(tmp_path):
    from reportlab.lib.colors import HexColor

    from cjm_designer.export.pdf_style import CHANNEL_COLORS
    from cjm_designer.resources import resource_path

    journey = load_map(resource_path("templates", "buyers-journey.fi.cjm.yaml"))
    assert all(not c.color for c in journey.channels)  # a template: no colours of its own
    out = tmp_path / "fi.pdf"
    export_pdf(journey, out)
    import re

    fills = {
        tuple(round(float(v), 3) for v in m)
        for m in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) rg", _content(out))
    }
    for hex_color in CHANNEL_COLORS[: len(journey.channels)]:
        c = HexColor(hex_color)
        assert (round(c.red, 3), round(c.green, 3), round(c.blue, 3)) in fills, hex_color


def test_grayscale_persona_curves_differ_by_dash_marker_and_name(example, tmp_path):
    from cjm_designer.export.pdf_style import CURVE_DASHES

    out = tmp_path / "gray.pdf"
    result = export_pdf(example, out, grayscale=True, page="A0")
    scale = result.geometry.placement.scale
    dashes = _dashes(_content(out))
    second = tuple(round(d * scale, 1) for d in CURVE_DASHES[1])
    assert any(
        all(abs(a - b) < 0.15 for a, b in zip(d, second, strict=True))
        for d in dashes
        if len(d) == len(second)
    ), (second, dashes)
    # Each curve is named at its end, inside the emotions row.
    row = next(r for r in result.geometry.layout.rows if r.kind == "emotions")
    row_box = result.geometry.placement.box(row.rect)
    for curve in result.geometry.layout.curves:
        named = [
            line
            for line in result.drawn_lines
            if line.text
            and curve.name.startswith(line.text.rstrip("…"))
            and row_box.y <= line.baseline <= row_box.top
        ]
        assert named, curve.name
    # The axis carries its 1-5 scale.
    header = result.geometry.placement.box(row.header)
    numbers = {
        line.text
        for line in result.drawn_lines
        if header.x <= line.x <= header.right and header.y <= line.baseline <= header.top
    }
    assert {"1", "2", "3", "4", "5"} <= numbers


def test_exit_and_referral_arrows_differ_by_dash_and_label(example, tmp_path):
    from cjm_designer.export.pdf_labels import labels
    from cjm_designer.export.pdf_mapdraw import ARROW_DASHES
    from cjm_designer.model import TransitionKind

    out = tmp_path / "gray.pdf"
    result = export_pdf(example, out, grayscale=True, page="A0")
    scale = result.geometry.placement.scale
    dashes = _dashes(_content(out))
    for kind in (TransitionKind.EXIT, TransitionKind.REFERRAL):
        wanted = tuple(round(d * scale, 1) for d in ARROW_DASHES[kind])
        assert any(
            len(d) == len(wanted) and all(abs(a - b) < 0.15 for a, b in zip(d, wanted, strict=True))
            for d in dashes
        ), (kind, wanted)
    assert ARROW_DASHES[TransitionKind.EXIT] != ARROW_DASHES[TransitionKind.REFERRAL]
    t = labels(example.language)
    exit_word = t("arrow_exit")
    assert any(line.text.startswith(exit_word + " ") for line in result.drawn_lines)


def test_handout_chart_curves_differ_without_colour(example, tmp_path):
    from cjm_designer.export.pdf_style import CURVE_DASHES

    out = tmp_path / "handout.pdf"
    export_pdf(example, out, kind="handout", grayscale=True)
    assert tuple(float(d) for d in CURVE_DASHES[1]) in _dashes(_content(out))


# --- print shop -------------------------------------------------------------------------


def _box(page, name):
    return [float(v) for v in page[name]]


def test_every_kind_sets_trim_and_bleed_boxes_and_the_language(example, tmp_path):
    for kind in ("poster", "tiles", "handout", "blank"):
        out = tmp_path / f"{kind}.pdf"
        export_pdf(example, out, kind=kind, page="A3", poster_size="A2")
        reader = pypdf.PdfReader(out)
        assert reader.trailer["/Root"]["/Lang"] == "ru", kind
        page = reader.pages[0]
        media = _box(page, "/MediaBox")
        assert _box(page, "/TrimBox") == pytest.approx(media), kind
        assert _box(page, "/BleedBox") == pytest.approx(media), kind


def test_bleed_adds_bleed_box_trim_box_and_crop_marks_outside_the_trim(example, tmp_path):
    out = tmp_path / "bleed.pdf"
    result = export_pdf(example, out, page="A1", bleed_mm=3)
    page = pypdf.PdfReader(out).pages[0]
    a1 = result.geometry.sheet
    x0, y0, x1, y1 = _box(page, "/TrimBox")
    assert (x1 - x0, y1 - y0) == pytest.approx(a1.size, abs=0.01)
    bx0, _by0, bx1, _by1 = _box(page, "/BleedBox")
    assert x0 - bx0 == pytest.approx(3 * MM, abs=0.01) and bx1 - x1 == pytest.approx(
        3 * MM, abs=0.01
    )
    mx0 = _box(page, "/MediaBox")[0]
    assert bx0 - mx0 > 5 * MM  # room for the marks outside the bleed
    # Crop marks: registration black strokes, entirely outside the bleed box.
    content = page.get_contents().get_data().decode("latin-1")
    assert "1 1 1 1 K" in content
    # All text stays inside the trim (nothing important is cut off).
    for glyph in glyphs(out):
        assert x0 - 0.5 <= glyph.x0 and glyph.x1 <= x1 + 0.5


def test_bad_bleed_is_refused(example, tmp_path):
    from cjm_designer.export.pdf import PdfOptionError

    with pytest.raises(PdfOptionError, match="bleed"):
        export_pdf(example, tmp_path / "x.pdf", bleed_mm=50)


def test_cli_bleed_option(tmp_path):
    from cjm_designer.cli import main

    out = tmp_path / "cli.pdf"
    assert main(["export", str(example_map_path()), "-o", str(out), "--bleed", "3"]) == 0
    page = pypdf.PdfReader(out).pages[0]
    assert _box(page, "/BleedBox") != _box(page, "/TrimBox")


# --- handouts ---------------------------------------------------------------------------


def test_plural_forms_follow_cldr():
    from cjm_designer.export.pdf_labels import counted

    assert [counted("ru", "votes", n) for n in (1, 3, 4, 5, 11, 21, 22, 25, 112)] == [
        "1 голос", "3 голоса", "4 голоса", "5 голосов", "11 голосов", "21 голос",
        "22 голоса", "25 голосов", "112 голосов",
    ]  # fmt: skip
    assert counted("fi", "votes", 1) == "1 ääni" and counted("fi", "votes", 4) == "4 ääntä"
    assert counted("en", "votes", 1) == "1 vote" and counted("de", "votes", 2) == "2 votes"
    from cjm_designer.export.pdf_labels import labels

    ru, fi = labels("ru"), labels("fi")
    assert [ru("more_cards", count=n).split(" —")[0] for n in (21, 22, 25)] == [
        "+ 21 карточка", "+ 22 карточки", "+ 25 карточек",
    ]  # fmt: skip
    assert fi("more_cards", count=1).startswith("+ 1 kortti ")
    assert fi("more_cards", count=7).startswith("+ 7 korttia ")


def test_handout_says_3_golosa_not_3_golosov(example_handout):
    out, _result = example_handout
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    for wrong in ("2 голосов", "3 голосов", "4 голосов", "1 голосов"):
        assert wrong not in text
    assert "3 голоса" in text or "4 голоса" in text


def _fill(out) -> dict[int, float]:
    """How far down each page its text reaches, as a share of the frame (footer aside)."""
    height = paper("A4").height
    margin = 10 * MM
    found: dict[int, float] = {}
    for glyph in glyphs(out):
        if glyph.y0 > margin + 14:
            share = (height - margin - glyph.y0) / (height - 2 * margin - 10)
            found[glyph.page] = max(found.get(glyph.page, 0.0), share)
    return found


@pytest.mark.parametrize("which", ["example", "finnish", "hostile"])
def test_no_handout_page_is_under_a_third_full_but_the_last(example, which, tmp_path):
    from cjm_designer.resources import resource_path

    journey = {
        "example": lambda: example,
        "finnish": lambda: load_map(resource_path("templates", "buyers-journey.fi.cjm.yaml")),
        "hostile": _script_map,
    }[which]()
    out = tmp_path / "handout.pdf"
    result = export_pdf(journey, out, kind="handout")
    fill = _fill(out)
    assert len(fill) == result.pages
    for page, share in fill.items():
        if page < result.pages:
            assert share >= 1 / 3, (page, round(share, 2))


def test_handout_has_no_nearly_empty_pages_and_an_overview_of_the_map(example, example_handout):
    from cjm_designer.export.pdf_labels import labels

    out, result = example_handout
    fill = _fill(out)
    assert len(fill) == result.pages
    for page, share in fill.items():
        if page < result.pages:
            assert share >= 1 / 3, (page, round(share, 2))
    t = labels(example.language)
    reader = pypdf.PdfReader(out)
    entries = {
        item["/Title"]: reader.get_destination_page_number(item)
        for item in reader.outline
        if isinstance(item, dict)
    }
    assert t("transitions") in entries
    assert entries[t("overview")] == 0  # the picture of the whole map comes first
    # The overview is the map itself: every stage name is drawn in it, tiny.
    overview_lines = [line for line in result.drawn_lines if line.size < 5]
    for stage in example.stages:
        assert any(stage.name.startswith(line.text.rstrip("…")) for line in overview_lines)
    # Transitions are listed in words.
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Осознание → Интерес" in " ".join(text.split())


def test_short_cover_overview_and_contents_share_pages(tmp_path):
    from cjm_designer.export.pdf_labels import labels
    from cjm_designer.resources import resource_path

    journey = load_map(resource_path("templates", "buyers-journey.fi.cjm.yaml"))
    out = tmp_path / "fi.pdf"
    export_pdf(journey, out, kind="handout")
    pages = [page.extract_text() for page in pypdf.PdfReader(out).pages]
    t = labels("fi")
    # The title and the picture of the map share page one; the contents share page two
    # with the first stage instead of taking a sheet for a dozen lines.
    assert journey.title in pages[0] and t("overview") in pages[0]
    assert t("contents") in pages[1] and journey.stages[0].name in pages[1]


# --- scripts ----------------------------------------------------------------------------


def _script_map() -> JourneyMap:
    journey = JourneyMap(title="Scripts", language="en")
    journey.extend(Kind.PERSONA, [Persona("p", "P")])
    journey.extend(Kind.CHANNEL, [Channel("c", "Web")])
    journey.extend(Kind.STAGE, [Stage("s", "Stage")])
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint("t1", "s", "c", "שלום עולם"),
            Touchpoint("t2", "s", "c", "안녕 😀 สวัสดี नमस्ते"),
            Touchpoint("t3", "s", "c", "family 👨\u200d👩\u200d👧 ok"),
        ],
    )
    return journey


def test_hebrew_prints_in_visual_order(tmp_path):
    out = tmp_path / "rtl.pdf"
    export_pdf(_script_map(), out, page="A3")
    # The glyphs of "שלום" run right to left: its first letter (ש) is the rightmost.
    hebrew = [g for g in glyphs(out) if "\u05d0" <= g.char <= "\u05ea"]
    assert hebrew, "no Hebrew drawn (no fallback font?)"
    shin = next(g for g in hebrew if g.char == "ש")
    mem_final = next(g for g in hebrew if g.char == "ם")
    assert shin.x0 > mem_final.x0 and abs(shin.y0 - mem_final.y0) < 1


def test_scripts_without_a_font_are_named_in_the_warning(tmp_path):
    import cjm_designer.export.pdf_fonts as fonts_module

    out = tmp_path / "scripts.pdf"

    real = fonts_module.load_fonts
    fonts_module.load_fonts = lambda fallbacks=None: real([])  # no fallback fonts at all
    try:
        result = export_pdf(_script_map(), out, page="A3")
    finally:
        fonts_module.load_fonts = real
    warning = next(w for w in result.warnings if "have no font" in w)
    for script in ("Korean", "emoji", "Thai", "Devanagari", "Hebrew"):
        assert script in warning, (script, warning)
    # Zero-width joiners are dropped, never drawn as boxes or reported.
    assert "\u200d" not in warning
    assert not any("\u200d" in line.text for line in result.drawn_lines)


def test_the_cli_says_what_the_default_poster_chose(tmp_path, capsys):
    from cjm_designer.cli import main
    from cjm_designer.resources import example_map_path

    out = tmp_path / "poster.pdf"
    assert main(["export", str(example_map_path()), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "2 A0 sheets" in said and "card titles 18" in said and "stage names 37" in said
    assert "readable from about 2.6 m" in said and "smallest text 13" in said


def test_the_cli_says_what_the_default_tiles_chose(tmp_path, capsys):
    from cjm_designer.cli import main
    from cjm_designer.resources import example_map_path

    out = tmp_path / "tiles.pdf"
    assert (
        main(["export", str(example_map_path()), "-o", str(out), "--kind", "tiles", "--page", "A3"])
        == 0
    )
    said = capsys.readouterr().out
    assert "poster on" in said and "A3 sheets" in said, said
    assert "card titles 18" in said and "stage names 3" in said, said
