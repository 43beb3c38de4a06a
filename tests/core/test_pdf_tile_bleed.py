"""--bleed on tiled prints (tryout defect 7), measured with pypdf and pdfminer."""

from __future__ import annotations

import pytest
from pdfminer.high_level import extract_pages

from cjm_designer import export_pdf, load_map
from cjm_designer.resources import example_map_path


@pytest.fixture(scope="module")
def example():
    return load_map(example_map_path())


MM_PT = 72 / 25.4


def _boxes(path) -> list[tuple[list[float], list[float], list[float]]]:
    import pypdf

    reader = pypdf.PdfReader(str(path))
    return [
        (
            [float(v) for v in page.mediabox],
            [float(v) for v in page.trimbox],
            [float(v) for v in page.bleedbox],
        )
        for page in reader.pages
    ]


def _crop_marks(path, page_number: int, trim: list[float], bleed: float) -> int:
    """Lines drawn wholly outside the bleed area: the crop marks."""
    from pdfminer.layout import LTLine

    page = next(p for n, p in enumerate(extract_pages(str(path)), 1) if n == page_number)
    x0, y0, x1, y1 = trim
    outside = 0
    for item in page:
        if isinstance(item, LTLine):
            left = item.x1 < x0 - bleed + 0.1
            right = item.x0 > x1 + bleed - 0.1
            below = item.y1 < y0 - bleed + 0.1
            above = item.y0 > y1 + bleed - 0.1
            outside += left or right or below or above
    return outside


@pytest.mark.parametrize("kind", ["tiles", "blank"])
def test_bleed_applies_to_every_tile_sheet(example, tmp_path, kind):
    """Defect 7: --bleed 3 was silently ignored for tiles and tiled blank grids (TrimBox
    = BleedBox = MediaBox); now every sheet has its bleed, boxes and crop marks."""
    out = tmp_path / f"{kind}.pdf"
    plain = export_pdf(example, tmp_path / "plain.pdf", kind=kind, page="A3")
    result = export_pdf(example, out, kind=kind, page="A3", bleed_mm=3)
    assert result.pages == plain.pages > 2
    bleed = 3 * MM_PT
    for media, trim, bleed_box in _boxes(out):
        sheet = sorted((trim[2] - trim[0], trim[3] - trim[1]))
        assert sheet == pytest.approx(sorted((297 * MM_PT, 420 * MM_PT)), abs=0.5)
        assert bleed_box == pytest.approx(
            [trim[0] - bleed, trim[1] - bleed, trim[2] + bleed, trim[3] + bleed], abs=0.01
        )
        assert media[0] < bleed_box[0] and media[2] > bleed_box[2]
        assert media[1] < bleed_box[1] and media[3] > bleed_box[3]
    first_tile = _boxes(out)[1]
    assert _crop_marks(out, 2, first_tile[1], bleed) == 8  # two lines at each corner


def test_bleed_help_names_tiles(capsys, monkeypatch):
    from cjm_designer.cli import main

    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "400")
    with pytest.raises(SystemExit):
        main(["--lang", "en", "export", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "each sheet of tiles" in out and "poster/blank for a print shop" not in out
