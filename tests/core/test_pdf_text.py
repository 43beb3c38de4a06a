"""Text safety for PDF: fonts, fallbacks, wrapping inside boxes, escaping user text."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from cjm_designer.export.pdf_fonts import REPLACEMENT, load_fonts
from cjm_designer.export.pdf_text import ELLIPSIS, clean, markup, max_lines_for, wrap
from cjm_designer.layout.paper import PaperError, paper, tile_grid

HOSTILE = [
    "Привет, мир! Hyvää päivää, ääkköset",
    "x" * 300,
    "pre-" + "hyphenated-" * 40 + "word",
    "😀🎉 emoji and 中文字符 and العربية",
    "слово " * 1000,
]


@pytest.fixture(scope="module")
def fonts():
    return load_fonts()


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("width", [30.0, 120.0, 400.0])
def test_wrapped_lines_fit_their_width(fonts, text, width):
    lines = wrap(text, width, 9, fonts, max_lines=6)
    assert 1 <= len(lines) <= 6
    for line in lines:
        assert fonts.width(line, 9) <= width + 1e-6


def test_cut_text_ends_with_an_ellipsis_and_short_text_does_not(fonts):
    assert wrap("слово " * 1000, 100, 9, fonts, max_lines=3)[-1].endswith(ELLIPSIS)
    assert wrap("короткий текст", 200, 9, fonts, max_lines=3) == ["короткий текст"]


def test_long_hyphenated_word_breaks_after_a_hyphen(fonts):
    lines = wrap("alpha-beta-gamma-delta-epsilon-zeta", 60, 9, fonts)
    assert len(lines) > 1
    assert all(line.endswith("-") for line in lines[:-1])
    assert "".join(lines) == "alpha-beta-gamma-delta-epsilon-zeta"


def test_no_room_means_no_lines(fonts):
    assert max_lines_for(5, 9, fonts) == 0
    assert max_lines_for(9 * 1.21, 9, fonts) == 1


def test_missing_glyphs_are_replaced_visibly_and_reported():
    fonts = load_fonts([])  # no fallback fonts at all
    assert fonts.safe_text("a😀b") == f"a{REPLACEMENT}b"
    assert "😀" in fonts.missing_warning()


def test_cyrillic_and_finnish_use_the_main_font_only(fonts):
    runs = fonts.runs("Осознание · Tietoisuusvaihe ÄÖ")
    assert [font for font, _ in runs] == [fonts.regular]


def test_control_characters_are_removed():
    assert clean("a\x00b\x07c\r\nd") == "abc\nd"


def test_markup_keeps_angle_brackets_as_text(fonts):
    style = ParagraphStyle("s", fontName=fonts.regular)
    text = "Write to <sales@shop.example> & <b>not bold</b>"
    paragraph = Paragraph(markup(text, fonts), style)
    assert "".join(paragraph.frags[i].text for i in range(len(paragraph.frags))) == text


@pytest.mark.parametrize("spec", ["a4", "A0", "Letter", "tabloid", "500x700mm", "11x17in"])
def test_paper_sizes_parse(spec):
    sheet = paper(spec)
    assert 100 < sheet.width < 3500 and 100 < sheet.height < 3500


def test_bad_paper_size_is_explained():
    with pytest.raises(PaperError, match="unknown paper size"):
        paper("A9x")


def test_tile_grid_covers_the_poster():
    grid = tile_grid(2384, 3370, 560, 800, 42)  # A0 portrait onto A4 portrait
    assert grid.columns * grid.step_x + grid.overlap >= 2384
    assert grid.rows * grid.step_y + grid.overlap >= 3370
    assert (grid.columns - 1) * grid.step_x + grid.overlap < 2384
