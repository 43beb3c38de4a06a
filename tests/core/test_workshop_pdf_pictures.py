"""Pictures on stages and cards are printed in the handout; bad data is skipped."""

from __future__ import annotations

import base64
import struct
import zlib
from dataclasses import replace

import pypdf
import pytest

from cjm_designer import export_pdf, load_map
from cjm_designer.export.pdf_pictures import picture_size
from cjm_designer.model import Kind
from cjm_designer.model.edits import update
from cjm_designer.model.entities import Picture
from cjm_designer.resources import example_map_path


def png(width: int, height: int, rgb=(200, 50, 50)) -> bytes:
    """A tiny valid PNG without any imaging library."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _images(path) -> int:
    return sum(len(page.images) for page in pypdf.PdfReader(str(path)).pages)


def _encoded_png(width: int, height: int, dpi: int | None) -> str:
    """A base64 PNG of one colour, with a pixel density when ``dpi`` is given."""
    from io import BytesIO

    from PIL import Image as PilImage

    buffer = BytesIO()
    image = PilImage.new("RGB", (width, height), (30, 120, 200))
    image.save(buffer, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    return base64.b64encode(buffer.getvalue()).decode()


def _pdf_images(item):
    """Every image pdfminer found below ``item`` (a page)."""
    from pdfminer.layout import LTImage

    if isinstance(item, LTImage):
        yield item
    for child in getattr(item, "_objs", []):
        yield from _pdf_images(child)


def test_pictures_are_printed_in_the_handout(tmp_path):
    journey = load_map(example_map_path())
    plain = tmp_path / "plain.pdf"
    export_pdf(journey, plain, kind="handout")
    shelf = Picture("image/png", base64.b64encode(png(40, 30)).decode(), "Полка у кассы")
    broken = Picture("image/png", "not base64 at all!", "broken")
    stage, card = journey.stages[0], journey.touchpoints[0]
    update(journey, Kind.STAGE, stage.id, pictures=(shelf,)).apply(journey)
    update(
        journey, Kind.TOUCHPOINT, card.id, pictures=(replace(shelf, caption="Лендинг"), broken)
    ).apply(journey)
    with_pictures = tmp_path / "pictures.pdf"
    export_pdf(journey, with_pictures, kind="handout")
    # The stage's and the card's pictures, and the card's again on the overview picture
    # of the map (drawn as the poster draws it).
    assert _images(with_pictures) == _images(plain) + 3
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(with_pictures)).pages)
    assert "Полка у кассы" in text and "Лендинг" in text


def test_picture_size_fits_the_box_without_enlarging():
    assert picture_size(1600, 800, 260, 170) == (260, 130)
    assert picture_size(100, 400, 260, 170) == (42.5, 170)
    assert picture_size(50, 40, 260, 170) == (50, 40)
    # At its own resolution: a 300 ppi photo of 600 px is two inches, not 600 points.
    assert picture_size(600, 300, 260, 170, ppi=300) == (144, 72)


def test_pictures_print_at_their_resolution_and_soft_ones_are_named(tmp_path):
    journey = load_map(example_map_path())
    sharp = Picture("image/png", _encoded_png(600, 300, 300), "Витрина")
    soft = Picture("image/png", _encoded_png(80, 60, None), "Скриншот")
    stage = journey.stages[0]
    update(journey, Kind.STAGE, stage.id, pictures=(sharp, soft)).apply(journey)
    out = tmp_path / "pictures.pdf"
    result = export_pdf(journey, out, kind="handout")
    soft_warnings = [w for w in result.warnings if "ppi" in w]
    assert len(soft_warnings) == 1 and "Скриншот" in soft_warnings[0]
    assert "96 ppi" in soft_warnings[0]
    # The sharp photo is drawn two inches wide (144 pt), not 600 pt squeezed into the box.
    from pdfminer.high_level import extract_pages

    widths = [round(i.width) for page in extract_pages(str(out)) for i in _pdf_images(page)]
    assert 144 in widths, widths  # 600 px at 300 ppi = 2 in
    assert 60 in widths, widths  # 80 px at 96 ppi


def test_cards_with_a_picture_show_it_on_the_poster_at_its_resolution(tmp_path):
    """The poster draws a card's first picture under its title, at the picture's own
    resolution (never enlarged past it) and warns when that prints under 150 ppi."""
    from pdfminer.high_level import extract_pages

    journey = load_map(example_map_path())
    sharp = Picture("image/png", _encoded_png(600, 400, 300), "Полка")
    soft = Picture("image/png", _encoded_png(80, 60, None), "Скриншот")
    first, second = journey.touchpoints[0], journey.touchpoints[5]
    update(journey, Kind.TOUCHPOINT, first.id, pictures=(sharp,)).apply(journey)
    update(journey, Kind.TOUCHPOINT, second.id, pictures=(soft,)).apply(journey)
    out = tmp_path / "poster.pdf"
    result = export_pdf(journey, out, page="A0")
    place = result.geometry.placement
    card = result.geometry.layout.cards[first.id]
    assert card.picture is not None  # room was made under the title
    assert card.picture.y >= card.title_rect.y + card.title_rect.h
    drawn = place.drawn[f"picture:{first.id}"]
    room = place.box(card.picture)
    assert drawn.width <= room.width + 0.01 and drawn.height <= room.height + 0.01
    assert 600 / (drawn.width / 72) >= 150  # sharp enough, so no warning for it
    soft_drawn = place.drawn[f"picture:{second.id}"]
    assert soft_drawn.width == pytest.approx(60, abs=0.1)  # 80 px at 96 ppi, not enlarged
    warnings = [w for w in result.warnings if "ppi" in w]
    assert len(warnings) == 1 and "Скриншот" in warnings[0]

    found = [i for page in extract_pages(str(out)) for i in _pdf_images(page)]
    assert any(abs(i.width - drawn.width) < 0.5 for i in found)
    assert any(abs(i.width - soft_drawn.width) < 0.5 for i in found)
    # The canvas (default metrics) makes no room for pictures: the editor is unchanged.
    from cjm_designer.layout import compute_layout

    assert compute_layout(journey).cards[first.id].picture is None
