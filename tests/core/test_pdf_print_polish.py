"""Print defects found in the tryout (issue 21), measured in the exported PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar
from reportlab.pdfbase import pdfmetrics

from cjm_designer import export_pdf, load_map
from cjm_designer.export.pdf_fonts import FontSet, load_fonts
from cjm_designer.resources import example_map_path


@pytest.fixture(scope="module")
def example():
    return load_map(example_map_path())


def _chars(path, maxpages: int = 0) -> list[LTChar]:
    found: list[LTChar] = []

    def walk(item) -> None:
        if isinstance(item, LTChar):
            found.append(item)
            return
        for child in getattr(item, "__iter__", lambda: iter(()))():
            walk(child)

    for page in extract_pages(str(path), maxpages=maxpages):
        walk(page)
    return found


def _cmaps() -> dict[str, frozenset[int]]:
    """The characters each registered font can draw, by its PostScript name."""
    load_fonts()
    out: dict[str, frozenset[int]] = {}
    for name in pdfmetrics.getRegisteredFontNames():
        face = getattr(pdfmetrics.getFont(name), "face", None)
        if face is not None and hasattr(face, "charToGlyph"):
            ps = face.name.decode() if isinstance(face.name, bytes) else str(face.name)
            out[ps] = frozenset(face.charToGlyph)
    return out


@pytest.mark.parametrize(
    ("kind", "pages"), [("poster", 0), ("handout", 3), ("blank", 2), ("tiles", 2)]
)
def test_russian_pdfs_print_only_characters_their_fonts_have(example, tmp_path, kind, pages):
    """Defect 4: Babel writes "2026\u202fг."; Fira Sans has no U+202F, which printed as
    a missing-glyph box on every Russian PDF without a warning."""
    out = tmp_path / f"{kind}.pdf"
    result = export_pdf(example, out, kind=kind, date="2026-12-03")
    cmaps = _cmaps()
    chars = _chars(out, pages)
    assert chars
    outside = {
        (c.fontname, c.get_text())
        for c in chars
        if c.fontname.split("+")[-1] in cmaps
        and any(ord(ch) not in cmaps[c.fontname.split("+")[-1]] for ch in c.get_text())
    }
    assert not outside, outside
    text = "".join(c.get_text() for c in chars)
    assert "\x00" not in text and "(cid:" not in text
    assert "2026\u00a0г." in text or "2026 г." in text
    assert not any("no font" in str(w) or "?" in str(w) for w in result.warnings), result.warnings


def test_a_space_no_font_has_is_reported_not_drawn_as_a_box():
    """Spaces no longer bypass the missing-glyph check: a font with no space at all
    reports U+202F instead of drawing .notdef silently."""
    fonts = load_fonts()
    no_spaces = frozenset(c for c in fonts.coverage[fonts.regular] if not chr(c).isspace())
    bare = FontSet("R", "B", [], {"R": no_spaces, "B": no_spaces})
    bare.runs("2026\u202fг.")
    assert "\u202f" in bare.missing
    assert bare.missing_warning() is not None
    # With the real font, the narrow no-break space becomes the no-break space it has.
    assert fonts.runs("2026\u202fг.") == [(fonts.regular, "2026\u00a0г.")]
    # Right-to-left lines take mirrored brackets from the bidi display, not its spaces.
    drawn = "".join(piece for _font, piece in fonts.visual_runs("שלום\u202fעולם (x)"))
    assert "\u202f" not in drawn and "\u00a0" in drawn
    assert not fonts.missing


def _shapes(page) -> list:
    """Small filled paths (markers) with their drawing operators, e.g. "mcccch"."""
    from pdfminer.layout import LTCurve

    found = []

    def walk(item) -> None:
        if isinstance(item, LTCurve) and item.fill and item.width < 25 and item.height < 25:
            ops = "".join(str(op[0]) for op in (item.original_path or ()))
            found.append((ops, item))
            return
        for child in getattr(item, "__iter__", lambda: iter(()))():
            walk(child)

    walk(page)
    return found


@pytest.fixture(scope="module")
def gray_poster(example, tmp_path_factory):
    out = tmp_path_factory.mktemp("gray") / "gray.pdf"
    return out, export_pdf(example, out, grayscale=True, page="A0")


def test_grayscale_card_markers_have_a_shape_per_kind(example, gray_poster):
    """Defect 6: pains, opportunities and votes were the same grey dot; each kind now has
    its own shape (drawing operators differ) on the card and in the legend."""
    out, result = gray_poster
    page = next(extract_pages(str(out)))
    shapes = _shapes(page)
    card = next(
        tp
        for tp in example.touchpoints
        if tp.pains and tp.opportunities and tp.votes and tp.emotion is not None
    )
    box = result.geometry.placement.drawn[f"card:{card.id}"]
    on_card = [
        ops
        for ops, item in shapes
        if box.x <= item.x0 and item.x1 <= box.right and box.y <= item.y0 and item.y1 <= box.top
    ]
    assert len(on_card) == 4, on_card  # emotion, pains, opportunities, votes
    assert len(set(on_card)) == 4, on_card

    from cjm_designer.export.pdf_labels import labels

    t = labels(example.language)
    legend = {}
    for line in _lines_with_boxes(page):
        text, x0, y0, y1 = line
        if text in (t("pains"), t("opportunities"), t("votes")):
            beside = [
                ops
                for ops, item in shapes
                if x0 - 25 < item.x1 <= x0 + 1 and y0 - 2 < (item.y0 + item.y1) / 2 < y1 + 2
            ]
            legend[text] = beside
    assert len(legend) == 3, legend
    assert all(len(v) == 1 for v in legend.values()), legend
    assert len({v[0] for v in legend.values()}) == 3, legend


def _lines_with_boxes(page) -> list[tuple[str, float, float, float]]:
    from pdfminer.layout import LTTextLine

    out = []

    def walk(item) -> None:
        if isinstance(item, LTTextLine):
            out.append((item.get_text().strip(), item.x0, item.y0, item.y1))
            return
        for child in getattr(item, "__iter__", lambda: iter(()))():
            walk(child)

    walk(page)
    return out


NOTE = 76 * 72 / 25.4
"""A 76 mm sticky note, in PDF points."""


def test_blank_grid_has_sticky_note_rows_by_default(tmp_path):
    """Defect 8: the default blank grid left out pains, opportunities and questions, and
    asked-for rows were ~50 mm tall; now they are there, each cell >= a 76 mm note."""
    from pdfminer.layout import LTRect

    from cjm_designer.io.templates import new_map_from_template

    journey = new_map_from_template("buyers-journey", "fi")
    out = tmp_path / "blank.pdf"
    result = export_pdf(journey, out, kind="blank")
    assert result.pages == 1
    page = next(extract_pages(str(out)))
    rects = []

    def walk(item) -> None:
        if isinstance(item, LTRect):
            rects.append(item)
        for child in getattr(item, "__iter__", lambda: iter(()))():
            walk(child)

    walk(page)
    texts = _lines_with_boxes(page)
    rows = {row.id: row for row in result.geometry.layout.rows}
    assert {"pains", "opportunities", "questions"} <= set(rows)
    for row_id in ("pains", "opportunities", "questions"):
        header = result.geometry.placement.drawn[f"row:{row_id}"]
        first_word = rows[row_id].title.split()[0]
        assert any(
            text.startswith(first_word)
            and header.x <= x0 < header.right
            and header.y <= y0 < header.top
            for text, x0, y0, _y1 in texts
        ), (row_id, first_word)
        cells = [
            r
            for r in rects
            if abs(r.y0 - header.y) < 1 and r.x0 >= header.right - 1 and r.width > 10
        ]
        assert len(cells) >= len(journey.stages), (row_id, len(cells))
        assert min(r.height for r in cells) >= NOTE, (row_id, min(r.height for r in cells))
        assert min(r.width for r in cells) >= NOTE, (row_id, min(r.width for r in cells))


def test_tiled_blank_grid_of_the_example_has_the_rows(example, tmp_path):
    out = tmp_path / "blank.pdf"
    result = export_pdf(example, out, kind="blank")
    ids = [row.id for row in result.geometry.layout.rows]
    assert {"emotions", "pains", "opportunities", "questions"} <= set(ids)
    text = "".join(c.get_text() for c in _chars(out, 2))  # the guide greeks small text
    for row in result.geometry.layout.rows:
        assert row.title.split()[0] in text, row.title


def _line_boxes(path) -> list[tuple[str, tuple[float, float, float, float]]]:
    from pdfminer.layout import LAParams, LTTextLine

    out = []

    def walk(item) -> None:
        if isinstance(item, LTTextLine):
            chars = [c for c in item if isinstance(c, LTChar) and c.get_text().strip()]
            if chars:
                box = (
                    min(c.x0 for c in chars),
                    min(c.y0 for c in chars),
                    max(c.x1 for c in chars),
                    max(c.y1 for c in chars),
                )
                out.append((item.get_text().strip(), box))
            return
        for child in getattr(item, "__iter__", lambda: iter(()))():
            walk(child)

    for page in extract_pages(str(path), laparams=LAParams(char_margin=0.5)):
        walk(page)
    return out


def _meet(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_exit_labels_cover_no_text(example, tmp_path):
    """Defect 10: "уход 30 %" sat over the next stage's "3 мес."."""
    from cjm_designer.export.pdf_labels import labels

    word = labels(example.language)("arrow_exit")
    out = tmp_path / "poster.pdf"
    export_pdf(example, out, page="A0")
    found = _line_boxes(out)
    exits = [(text, box) for text, box in found if text.startswith(word)]
    assert exits, word
    for text, box in exits:
        others = [t for t, b in found if b != box and _meet(box, b)]
        assert not others, (text, others)


HOSTILE = Path(__file__).parent.parent / "data" / "hostile-tryout.cjm.yaml"
"""The tryout's hostile-text map: Hebrew, Arabic, Thai, Devanagari, Korean, emoji."""


def test_poster_title_uses_the_room_it_has(tmp_path):
    """Defect 10: the hostile map's title ended in "…" (its emoji family dropped) on an
    A1 sheet with room: the size was fitted to a whole-string width a hair narrower
    than the wrapped line's."""
    out = tmp_path / "poster.pdf"
    export_pdf(load_map(HOSTILE), out, page="A1")
    chars = [c for c in _chars(out, 1) if c.get_text().strip()]
    biggest = max(c.size for c in chars)
    title = "".join(c.get_text() for c in chars if c.size > biggest - 0.5)
    assert "…" not in title
    assert {"\U0001f468", "\U0001f469", "\U0001f467"} <= set(title), title
    assert "(test)" in title


@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "picks its own paper"), ("ru", "сами выбирают бумагу"), ("fi", "valitsevat paperin")],
)
def test_export_help_says_the_poster_picks_its_paper(capsys, monkeypatch, lang, says):
    """The help said "poster/blank: A1", but a poster with no --page chooses its paper."""
    from cjm_designer.cli import main

    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "400")
    with pytest.raises(SystemExit):
        main(["--lang", lang, "export", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert says in out
    assert "A1, else A4" not in out and "A1, иначе A4" not in out


def test_handout_overview_carries_the_emotion_scale(example, tmp_path):
    """The overview picture's 1-5 axis numbers print at ~2 pt; a readable line under it
    says what 1..5 mean, as the poster's legend does."""
    from cjm_designer.export.pdf_labels import emotion_word, labels

    t = labels(example.language)
    out = tmp_path / "handout.pdf"
    export_pdf(example, out, kind="handout")
    page = next(extract_pages(str(out), maxpages=1))
    found = _lines_with_boxes(page)
    text = " ".join(line for line, *_ in found)
    assert t("overview") in text
    for level in range(1, 6):
        assert f"{level} — {emotion_word(t, level)}" in text, level
    # The scale line is readable (the picture's own numbers are ~2 pt).
    from pdfminer.layout import LTTextLine

    def sizes(item, want: str) -> list[float]:
        if isinstance(item, LTTextLine) and want in item.get_text():
            return [c.size for c in item if isinstance(c, LTChar) and c.get_text().strip()]
        return [
            s for child in getattr(item, "__iter__", lambda: iter(()))() for s in sizes(child, want)
        ]

    assert min(sizes(page, f"1 — {emotion_word(t, 1)}")) >= 6.0


def test_blank_grid_legend_explains_only_what_the_grid_has(tmp_path):
    """A blank grid has no cards and no arrows: its legend shows the channels and the
    emotion scale, not card markers and arrow kinds (the tester's nitpick)."""
    from pdfminer.high_level import extract_text

    from cjm_designer.export.pdf_labels import labels
    from cjm_designer.io.templates import new_map_from_template

    journey = new_map_from_template("buyers-journey", "fi")
    t = labels("fi")
    blank, poster = tmp_path / "blank.pdf", tmp_path / "poster.pdf"
    export_pdf(journey, blank, kind="blank")
    export_pdf(journey, poster, kind="poster")
    blank_text, poster_text = extract_text(str(blank)), extract_text(str(poster))
    for label in (t("markers"), t("arrow_referral")):
        assert label in poster_text
        assert label not in blank_text
    assert t("emotion") in blank_text and t("channels") in blank_text
