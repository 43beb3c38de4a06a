"""Every script drawn as written, and PDFs a print shop accepts.

Measured in the written PDFs: glyph order and shaping (pdfminer, poppler's pdftotext when
installed), fonts' ToUnicode maps, output intent, XMP metadata and /Lang (pikepdf, pypdf).
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pikepdf
import pypdf
import pytest
from pdfminer.high_level import extract_text

from cjm_designer.export.pdf import export_pdf
from cjm_designer.export.pdf_finish import PDF_VERSION, fixed_tounicode
from cjm_designer.export.pdf_fonts import REPLACEMENT, load_fonts
from cjm_designer.export.pdf_shaping import text_of_glyph_name, visual_segments
from cjm_designer.export.pdf_text import clean
from cjm_designer.model import (
    Channel,
    JourneyMap,
    Kind,
    Persona,
    Stage,
    Touchpoint,
)

from .pdf_measure import glyphs

HEBREW = "שלום עולם (123)"
ARABIC = "مرحبا بالعالم"
DEVANAGARI = "नमस्ते दुनिया क्षत्रिय"
THAI = "สวัสดีชาวโลก ที่นี่"
KOREAN = "안녕하세요 세계"
CJK = "你好世界 日本語です"
EMOJI = "ok 😀 🚀"
FAMILY = "family 👨\u200d👩\u200d👧 done"
UNKNOWN_EMOJI = "\U0001f972"  # Unicode 13: newer than the bundled monochrome emoji font


def _map(language: str = "he", extra: str = "") -> JourneyMap:
    journey = JourneyMap(title="Scripts שלום", language=language, author="Ada Author")
    journey.extend(Kind.PERSONA, [Persona("p", "P")])
    journey.extend(Kind.CHANNEL, [Channel("c", "Web")])
    journey.extend(Kind.STAGE, [Stage("s", "Stage"), Stage("s2", "Second")])
    texts = [HEBREW, ARABIC, DEVANAGARI, THAI, KOREAN, CJK, EMOJI, FAMILY, *filter(None, [extra])]
    journey.extend(
        Kind.TOUCHPOINT,
        [Touchpoint(f"t{i}", "s" if i < 4 else "s2", "c", text) for i, text in enumerate(texts)],
    )
    return journey


@pytest.fixture(scope="module")
def poster(tmp_path_factory):
    out = tmp_path_factory.mktemp("scripts") / "poster.pdf"
    result = export_pdf(_map(), out, page="A3")
    return out, result


def _words(path) -> str:
    return unicodedata.normalize("NFKC", extract_text(str(path)))


# --- shaping and order ------------------------------------------------------------------


def test_arabic_letters_are_joined_and_the_line_runs_right_to_left():
    fonts = load_fonts()
    runs = fonts.visual_runs("بيت")
    [(font, piece)] = runs
    assert "Almarai" in font
    # Joined forms are other glyphs than the letters typed (presentation forms) ...
    assert piece != "بيت" and piece != "تيب"
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in piece)
    # ... in visual order: the final teh on the left, the initial beh on the right.
    assert unicodedata.normalize("NFKC", str(piece)) == "تيب"
    assert [unicodedata.name(ch).split()[-2] for ch in piece] == ["FINAL", "MEDIAL", "INITIAL"]


def test_devanagari_and_thai_are_shaped_without_notdef():
    fonts = load_fonts()
    for text in (DEVANAGARI, THAI):
        for font, piece in fonts.visual_runs(text):
            assert REPLACEMENT not in piece
            data = getattr(piece, "__shapeData__", None)
            if data is not None:
                assert all(ord(ch) != 0 for ch in piece), (text, font)
    # The conjunct क्ष is one glyph: fewer glyphs than characters.
    [(_font, piece)] = fonts.visual_runs("क्ष")
    assert len(piece) == 1
    # The i-matra of "कि" is drawn before its consonant.
    [(_font, piece)] = fonts.visual_runs("कि")
    assert len(piece) == 2 and unicodedata.normalize("NFKC", piece[1]) == "क"
    assert not fonts.missing


def test_glyph_names_say_what_a_glyph_stands_for():
    assert text_of_glyph_name("uni0915094D0937") == "क्ष"
    assert text_of_glyph_name("uni093F.04") == "ि"
    assert text_of_glyph_name("u1F600") == "😀"
    assert text_of_glyph_name("f_i") == "fi"
    assert text_of_glyph_name("dotbelowar") == ""


def test_bidi_segments_keep_numbers_and_latin_left_to_right():
    segments = visual_segments("שלום 123 abc עולם")
    # Visual order, left to right: עולם, "abc", "123", שלום (an RTL paragraph).
    shown = [logical.strip() for logical, _display, _rtl in segments if logical.strip()]
    assert shown[0] == "עולם" and shown[-1] == "שלום"
    assert "123" in "".join(shown[1:-1]) and "abc" in "".join(shown[1:-1])


def test_hebrew_and_arabic_cards_print_in_visual_order(poster):
    out, _result = poster
    drawn = glyphs(out)
    hebrew = [g for g in drawn if "\u05d0" <= g.char <= "\u05ea"]
    shin = next(g for g in hebrew if g.char == "ש")
    final_mem = [g for g in hebrew if g.char == "ם" and abs(g.y0 - shin.y0) < 1]
    assert final_mem and all(shin.x0 > g.x0 for g in final_mem)
    # pdfminer reads glyphs as drawn (left to right): each Arabic word comes back
    # reversed, with its letters (not private-use codes) thanks to the ToUnicode repair.
    text = _words(out)
    assert "ملاعلاب ابحرم" in text
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_copied_text_reads_as_written(poster):
    """poppler (Evince, Okular, pdftotext) gives back the logical text of every script:
    it reverses right-to-left runs itself and uses ActualText of shaped lines."""
    out, _result = poster
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text.replace("\u202b", "").replace("\u202c", ""))
    for expected in ("שלום עולם", ARABIC, DEVANAGARI, THAI, KOREAN, CJK, "😀"):
        assert expected in text, (expected, text)


def test_every_script_is_drawn_no_question_marks(poster):
    out, result = poster
    text = _words(out)
    for expected in (KOREAN, CJK, "😀", "🚀", "नमस्ते"):
        assert expected in text, expected
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines:
        if any(script in line for script in ("안녕", "你好", "नमस्ते", "สวัสดี")):
            assert REPLACEMENT not in line, line
    # Thai comes back with all its letters and marks (pdfminer may split the line).
    assert set(THAI.replace(" ", "")) <= set(text)
    # Every character of these scripts has a font: no warning about glyphs.
    warnings = [str(w) for w in result.warnings]
    assert not any("no font" in w for w in warnings)


def test_an_emoji_without_a_font_is_replaced_visibly_and_named(tmp_path):
    journey = _map("en", extra=f"new {UNKNOWN_EMOJI} emoji")
    result = export_pdf(journey, tmp_path / "e.pdf", page="A3")
    warning = next(str(w) for w in result.warnings if "no font" in str(w))
    assert "emoji" in warning and UNKNOWN_EMOJI in warning
    assert f"new {REPLACEMENT} emoji" in _words(tmp_path / "e.pdf")


def test_zero_width_joiners_are_not_drawn(poster):
    out, result = poster
    assert not any("\u200d" in line.text for line in result.drawn_lines)
    text = extract_text(str(out))
    assert "\u200d" not in text and "👨👩👧" in text
    assert "\ufffd" not in text


def test_a_persian_zero_width_non_joiner_keeps_letters_apart():
    fonts = load_fonts()
    with_zwnj = clean("می\u200cخواهم")
    assert "\u200c" in with_zwnj  # kept between Arabic letters ...
    assert clean("a\u200cb") == "ab"  # ... dropped elsewhere
    apart = "".join(str(piece) for _font, piece in fonts.visual_runs(with_zwnj))
    joined = "".join(str(piece) for _font, piece in fonts.visual_runs("میخواهم"))
    # Without the joiner yeh joins khah (medial forms); with it both stand apart.
    assert "\ufea8" in joined and "\ufea7" in apart  # khah medial vs initial
    assert "\ufbfd" in apart  # farsi yeh final
    assert not fonts.missing


def test_emoji_beyond_the_bmp_copy_as_themselves():
    cmap = b"2 beginbfchar\n<01> <1F600>\n<02> <E000>\nendbfchar"
    fixed = fixed_tounicode(cmap, {0xE000: "क्ष"})
    assert b"<01> <D83DDE00>" in fixed
    assert b"<02> <0915094D0937>" in fixed


def test_handout_paragraphs_are_shaped_too(tmp_path):
    out = tmp_path / "handout.pdf"
    export_pdf(_map(), out, kind="handout")
    text = _words(out)
    assert "ملاعلاب ابحرم" in text  # joined (presentation forms), visual order
    assert "(123)" in text  # brackets mirrored back by bidi, not ")123("
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in text)


# --- print shop ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["poster", "tiles", "handout", "blank"])
def test_every_kind_has_output_intent_xmp_and_language(tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    extra = {"page": "A3"} if kind in ("poster", "tiles") else {}
    export_pdf(_map("fi"), out, kind=kind, **extra)
    with pikepdf.open(out) as pdf:
        assert pdf.pdf_version == PDF_VERSION
        assert str(pdf.Root.Lang) == "fi"
        [intent] = list(pdf.Root.OutputIntents)
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert "sRGB" in str(intent.OutputConditionIdentifier)
        profile = intent.DestOutputProfile
        assert int(profile.N) == 3
        data = profile.read_bytes()
        assert data[36:40] == b"acsp" and data[16:20] == b"RGB "  # an ICC RGB profile
        meta = pdf.open_metadata()
        assert meta["dc:title"] == "Scripts שלום"
        assert list(meta["dc:creator"]) == ["Ada Author"]
        assert list(meta["dc:language"]) == ["fi"]
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert out.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777  # not left 0600
    reader = pypdf.PdfReader(out)  # still readable by others
    assert reader.metadata.title == "Scripts שלום"
    assert reader.pdf_header == "%PDF-1.7"
    assert extract_text(str(out)).strip()
