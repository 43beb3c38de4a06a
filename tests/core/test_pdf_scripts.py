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
    Transition,
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


# --- paragraphs and alignment ------------------------------------------------------------

HEBREW_PARAGRAPH = (
    "בשבוע הראשון הלקוחה משווה שלוש חנויות באינטרנט, קוראת ביקורות של קונים אחרים "
    "ושואלת חברות בקבוצה של הכושר איפה הכי כדאי לקנות את החטיפים החדשים שלה"
)
ARABIC_MARKS = "مَرْحَبًا"


def _chars(path, page: int | None = None):
    """pdfminer's characters in drawing order: (page, char, font, x0, x1, y0)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    found = []

    def walk(item, number):
        if isinstance(item, LTChar):
            found.append((number, item.get_text(), item.fontname, item.x0, item.x1, item.y0))
            return
        for child in getattr(item, "__iter__", lambda: iter(()))():
            walk(child, number)

    for number, layout in enumerate(extract_pages(str(path)), start=1):
        if page is None or page == number:
            walk(layout, number)
    return found


def _handout(tmp_path, description: str) -> object:
    journey = JourneyMap(title="Paragraphs", language="he")
    journey.extend(Kind.PERSONA, [Persona("p", "P")])
    journey.extend(Kind.CHANNEL, [Channel("c", "Web")])
    journey.extend(Kind.STAGE, [Stage("s", "Stage", description=description)])
    out = tmp_path / "handout.pdf"
    export_pdf(journey, out, kind="handout")
    return out


def test_a_wrapped_hebrew_paragraph_starts_on_its_top_line(tmp_path):
    out = _handout(tmp_path, f"{HEBREW_PARAGRAPH} {HEBREW_PARAGRAPH}")
    hebrew = [c for c in _chars(out) if "\u05d0" <= c[1] <= "\u05ea" and "Heebo" in c[2]]
    rows: dict[tuple[int, float], list] = {}
    for char in hebrew:
        rows.setdefault((char[0], round(char[5])), []).append(char)
    # The stage's description: the last page holding Hebrew (the cover has none).
    last_page = max(page for page, _y in rows)
    lines = [rows[key] for key in sorted(rows, key=lambda k: -k[1]) if key[0] == last_page]
    assert len(lines) >= 3
    # Read each line right to left: the top line starts with the paragraph's first
    # words, the bottom line ends with its last word.
    read = ["".join(c[1] for c in sorted(line, key=lambda c: -c[3])) for line in lines]
    assert read[0].startswith("בשבועהראשוןהלקוחה"), read[0]
    assert read[-1].endswith("החדשיםשלה"), read[-1]
    # Right-aligned: every line ends at the same right edge.
    rights = [max(c[4] for c in line) for line in lines]
    assert max(rights) - min(rights) < 3.5, rights  # a space's width at most
    assert min(rights) > 595 * 0.85  # at the frame's right edge (A4, portrait)


def test_handout_arabic_is_joined_and_its_marks_placed_as_harfbuzz_says(tmp_path):
    out = _handout(tmp_path, ARABIC_MARKS)
    drawn = [c for c in _chars(out) if "Almarai" in c[2]]
    assert len(drawn) == 9
    fonts = load_fonts()
    [(_font, piece)] = fonts.visual_runs(ARABIC_MARKS)
    size = 9.5  # the handout's body text
    pen, expected = 0.0, []
    for data in piece.__shapeData__:
        expected.append((pen + data.x_offset) * size / 1000)
        pen += data.x_advance
    origin = drawn[0][3]
    measured = [c[3] - origin for c in drawn]
    assert measured == pytest.approx(expected, abs=0.05), (measured, expected)
    # Joined: the letters are presentation forms (initial meem, medial hah, ...), which
    # the ToUnicode repair turns back into plain letters for copying.
    assert {chr(ord(c)) for c in str(piece)} & {"\ufee3", "\ufea3", "\ufe92"}


def test_rtl_card_titles_end_at_the_cards_inner_right_edge(tmp_path):
    journey = JourneyMap(title="Cards", language="he")
    journey.extend(Kind.PERSONA, [Persona("p", "P")])
    journey.extend(Kind.CHANNEL, [Channel("c", "Web")])
    journey.extend(Kind.STAGE, [Stage("s", "Stage")])
    titles = ["שלום", "כותרת ארוכה מאוד של כרטיס שנשברת לשתי שורות לפחות", "Latin title"]
    journey.extend(
        Kind.TOUCHPOINT, [Touchpoint(f"t{i}", "s", "c", t) for i, t in enumerate(titles)]
    )
    out = tmp_path / "poster.pdf"
    result = export_pdf(journey, out, page="A3")
    chars = _chars(out)
    checked = 0
    for line in result.drawn_lines:
        inside = [
            c
            for c in chars
            if line.box.x - 0.5 <= c[3] <= line.box.right + 0.5
            and abs(c[5] - (line.baseline - 0.265 * line.size)) < line.size * 0.6
            and c[1].strip()
        ]
        if not inside:
            continue
        if line.text in ("שלום",) or line.text.startswith("כותרת"):
            assert max(c[4] for c in inside) == pytest.approx(line.box.right, abs=0.6)
            if line.text == "שלום":
                assert min(c[3] for c in inside) > line.box.x + 20  # not left-aligned
            checked += 1
        if line.text == "Latin title":
            assert min(c[3] for c in inside) == pytest.approx(line.box.x, abs=0.6)
            checked += 1
    assert checked >= 3


def test_pypdf_and_poppler_read_hebrew_words_as_typed(tmp_path):
    """Glyphs are drawn in visual order, the convention viewers expect: poppler, pypdf
    (and PDFium, pdf.js: docs/printing.md) turn them back into reading order."""
    out = _handout(tmp_path, "שלום עולם")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "שלום" in text and "עולם" in text
    if shutil.which("pdftotext"):
        copied = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "שלום עולם" in copied.replace("\u202b", "").replace("\u202c", "")


@pytest.mark.parametrize("kind", ["poster", "tiles", "handout", "blank"])
def test_the_scripts_map_exports_every_kind_with_every_glyph(tmp_path, kind):
    """tests/data/scripts.cjm.yaml (Hebrew, Arabic with harakat, Thai, Devanagari, Hebrew
    with numbers and a Latin product name) is the map to render when checking scripts."""
    from cjm_designer.io.yaml_format import load_map
    from tests.conftest import REPO

    journey = load_map(REPO / "tests" / "data" / "scripts.cjm.yaml")
    out = tmp_path / f"{kind}.pdf"
    result = export_pdf(journey, out, kind=kind)
    assert not any("no font" in str(w) for w in result.warnings)
    text = _words(out)
    assert REPLACEMENT not in text  # no character went without a font
    if kind != "blank":
        assert "iPhone 15 Pro" in text and "3,000" in text


def test_hebrew_bullets_in_the_handout_stand_at_the_right(tmp_path):
    journey = JourneyMap(title="Bullets", language="he")
    journey.extend(Kind.PERSONA, [Persona("p", "P")])
    journey.extend(Kind.CHANNEL, [Channel("c", "Web")])
    journey.extend(
        Kind.STAGE, [Stage("s", "Stage", questions=("איפה הכי כדאי לקנות?", "Where to buy?"))]
    )
    out = tmp_path / "handout.pdf"
    export_pdf(journey, out, kind="handout")
    every = _chars(out)
    chars = [c for c in every if c[0] == max(c[0] for c in every)]  # the stage's page
    bullets = sorted((c for c in chars if c[1] == "•"), key=lambda c: -c[5])
    assert len(bullets) == 2
    hebrew, latin = bullets  # in the order the questions are listed, top down
    same_line = [c for c in chars if abs(c[5] - hebrew[5]) < 4 and "\u05d0" <= c[1] <= "\u05ea"]
    assert same_line and hebrew[3] > max(c[4] for c in same_line)  # right of its text
    assert latin[3] < 60  # a Latin question keeps its bullet at the left


def test_markup_in_hebrew_handout_text_prints_as_text(tmp_path):
    out = _handout(tmp_path, "שלום <b>עולם</b> <img src='x'/> & עוד")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    # Printed, not parsed (brackets may come back mirrored in a right-to-left line).
    for literal in ("<b>", "img src", "&"):
        assert literal in text, literal


def test_a_move_between_hebrew_stages_points_from_source_to_target(tmp_path):
    """In a right-to-left line the source stands at the right; "→" is not mirrored by the
    bidi algorithm, so it pointed back at the source (the tester's hostile handout)."""
    journey = JourneyMap(title="Moves", language="he")
    journey.extend(Kind.PERSONA, [Persona("p", "P")])
    journey.extend(Kind.CHANNEL, [Channel("c", "Web")])
    journey.extend(Kind.STAGE, [Stage("s1", "גילוי"), Stage("s2", "קנייה")])
    journey.extend(Kind.TRANSITION, [Transition("t", "s1", "s2", probability=0.6)])
    out = tmp_path / "handout.pdf"
    export_pdf(journey, out, kind="handout")
    chars = _chars(out)

    def row_of(char) -> list:
        return [c for c in chars if c[0] == char[0] and abs(c[5] - char[5]) < 2]

    # The list of moves: "source → target — 60 %" (the bottleneck table has no dash).
    arrows = [c for c in chars if c[1] in "→←" and any(o[1] == "—" for o in row_of(c))]
    assert len(arrows) == 1, arrows
    arrow = arrows[0]
    row = row_of(arrow)
    source_x = min(c[3] for c in row if c[1] == "ג")
    target_x = max(c[3] for c in row if c[1] == "ק")
    assert target_x < arrow[3] < source_x
    assert arrow[1] == "←"  # drawn pointing left, from the source to the target
