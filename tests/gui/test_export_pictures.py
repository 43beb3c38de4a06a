"""PNG, SVG and PowerPoint exports of the example map, from the API, the menus and the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from pptx import Presentation
from pptx.util import Inches
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from cjm_designer import cli
from cjm_designer.io.yaml_format import load_map
from cjm_designer.ui.export import files, image_export
from cjm_designer.ui.export.pptx_export import export_pptx
from tests.gui.conftest import EXAMPLE, REPO
from tests.gui.export_support import non_ascii_map, when_shown

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def example():
    return load_map(EXAMPLE)


def distinct_colors(image: QImage, step: int = 7) -> set[int]:
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def test_png_size_follows_the_dpi_and_shows_the_map(qapp, example, tmp_path):
    low, high = tmp_path / "72.png", tmp_path / "144.png"
    small = image_export.export_png(example, low, 72)
    big = image_export.export_png(example, high, 144)
    scene_rect = image_export.offscreen_scene(example).sceneRect()
    assert small.width() == pytest.approx(scene_rect.width(), abs=1)  # 1 pt = 1 px at 72 dpi
    assert big.width() == pytest.approx(2 * small.width(), abs=2)
    assert big.height() == pytest.approx(2 * small.height(), abs=2)
    image = QImage(str(high))
    assert (image.width(), image.height()) == (big.width(), big.height())
    assert round(image.dotsPerMeterX() * 0.0254) == 144
    assert image.text("Title") == example.title
    colors = distinct_colors(image)
    assert len(colors) > 50  # cards, lanes, curves and text, not an empty canvas
    background = QColor("#f6f7f9").rgb()
    assert sum(c != background for c in colors) > len(colors) // 2


def test_png_refuses_a_resolution_beyond_print(qapp, example, tmp_path):
    with pytest.raises(ValueError, match="between 36 and 300"):
        image_export.export_png(example, tmp_path / "x.png", 301)
    assert not (tmp_path / "x.png").exists()


def svg_texts(path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(node.itertext()).strip() for node in root.iter(f"{SVG}text")]


def test_svg_keeps_cyrillic_stage_names_and_card_titles_as_text(qapp, example, tmp_path):
    target = image_export.export_svg(example, tmp_path / "map.svg")
    root = ET.parse(target).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text == example.title
    joined = " ".join(svg_texts(target))
    for stage in example.stages:
        assert stage.name in joined
    assert "Протеиновые" in joined


def test_svg_of_a_finnish_map_keeps_umlauts(qapp, tmp_path):
    target = image_export.export_svg(non_ascii_map(), tmp_path / "fi.svg")
    texts = " ".join(svg_texts(target))
    assert "Päätösvaihe" in texts and "Harkintavaihe" in texts
    assert "Maistiainen" in texts


def all_text(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_pptx_has_title_map_and_one_editable_slide_per_stage(qapp, example, tmp_path):
    result = export_pptx(example, tmp_path / "deck.pptx")
    deck = Presentation(str(tmp_path / "deck.pptx"))
    assert len(deck.slides) == result.slides == 2 + len(example.stages)
    assert deck.slide_width == Inches(13.333) and deck.slide_height == Inches(7.5)
    assert example.title in all_text(deck.slides[0])
    assert "Аристарх" in all_text(deck.slides[0])
    pictures = [s for s in deck.slides[1].shapes if s.shape_type == 13]  # PICTURE
    assert len(pictures) == 1
    assert pictures[0].image.content_type == "image/png"
    assert pictures[0].width <= deck.slide_width
    for stage, slide in zip(example.stages, list(deck.slides)[2:], strict=True):
        text = all_text(slide)
        assert slide.shapes.title.text == stage.name
        for touchpoint in example.touchpoints_in(stage.id):
            assert " ".join(touchpoint.title.split()) in text
            for action in touchpoint.actions:
                assert " ".join(action.text.split()) in text
                if action.owner:
                    assert action.owner in text
    assert deck.core_properties.title == example.title


def test_pptx_of_a_finnish_map_lists_actions_with_owner_tools_and_instructions(qapp, tmp_path):
    journey = non_ascii_map()
    export_pptx(journey, tmp_path / "fi.pptx")
    deck = Presentation(str(tmp_path / "fi.pptx"))
    first_stage = all_text(deck.slides[2])
    assert "Блогер советует батончик — Sosiaalinen media" in first_stage
    assert "Markkinoija: Julkaisee videon" in first_stage
    assert "Vastuuhenkilö: Сергей Ёлкин" in first_stage  # Finnish headings from the map
    assert "Työkalut: Instagram, ВКонтакте" in first_stage
    assert "Ohjeet: Kaksi julkaisua viikossa" in first_stage
    assert "Tavoite" in first_stage and "Herätä huomio" in first_stage


def test_pptx_cancel_leaves_no_file(qapp, example, tmp_path):
    from cjm_designer.export.pptx_deck import ExportCancelled, build_deck

    with pytest.raises(ExportCancelled):
        build_deck(example, tmp_path / "x.pptx", None, lambda done, _total: done < 3)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", ["png", "svg", "pptx"])
def test_cli_exports_pictures_and_slides(qapp, tmp_path, capsys, suffix):
    target = tmp_path / f"карта.{suffix}"
    assert cli.main(["export", str(EXAMPLE), "-o", str(target), "--dpi", "60"]) == 0
    assert target.stat().st_size > 1000
    assert str(target) in capsys.readouterr().out
    if suffix == "png":
        assert QImage(str(target)).width() == pytest.approx(3050 * 60 / 72, abs=2)


def test_cli_png_runs_without_a_display_and_the_pdf_path_stays_qt_free(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    target = tmp_path / "map.png"
    done = subprocess.run(
        [sys.executable, "-m", "cjm_designer", "export", str(EXAMPLE), "-o", str(target),
         "--dpi", "40"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert QImage(str(target)).width() == pytest.approx(3050 * 40 / 72, abs=2)
    probe = (
        "import sys; from cjm_designer import cli; "
        f"rc = cli.main(['export', {str(EXAMPLE)!r}, '-o', {str(tmp_path / 'p.pdf')!r}]); "
        "print(rc, any(m.startswith('PySide6') for m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.stdout.split()[-2:] == ["0", "False"], done.stderr


def test_cli_reports_a_bad_persona_for_pictures(qapp, tmp_path, capsys):
    code = cli.main(["export", str(EXAMPLE), "-o", str(tmp_path / "x.svg"), "--persona", "нет"])
    assert code == 2
    assert "no persona 'нет'" in capsys.readouterr().err
    assert not (tmp_path / "x.svg").exists()


# --- through the window's menus --------------------------------------------------------


def test_file_export_png_asks_the_dpi_and_writes_the_picture(
    main_window, qtbot, tmp_path, monkeypatch
):
    from cjm_designer.ui.export.image_dialog import PngOptionsDialog

    target = tmp_path / "kartta"
    monkeypatch.setattr(
        files, "ask_export_path", lambda *_a: files.with_suffix(str(target), ".png")
    )

    def answer(dialog):
        dialog.dpi.selectAll()
        qtbot.keyClicks(dialog.dpi, "96")
        assert "4067 × " in dialog.size_label.text()
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    seen = when_shown(PngOptionsDialog, answer)
    main_window.import_export.exports["png"].trigger()
    assert seen
    image = QImage(str(tmp_path / "kartta.png"))
    assert image.width() == 4067
    assert "kartta.png" in main_window.statusBar().currentMessage()


def test_file_export_svg_and_pptx_from_the_menu(main_window, tmp_path, monkeypatch):
    answers = iter([str(tmp_path / "map.svg"), str(tmp_path / "deck.pptx")])
    monkeypatch.setattr(files, "ask_export_path", lambda *_a: next(answers))
    main_window.import_export.exports["svg"].trigger()
    main_window.import_export.exports["pptx"].trigger()
    assert "Осознание" in " ".join(svg_texts(tmp_path / "map.svg"))
    deck = Presentation(str(tmp_path / "deck.pptx"))
    assert len(deck.slides) == 2 + len(main_window.controller.journey.stages)


def test_copy_as_image_copies_the_selection_or_the_whole_map(main_window):
    clipboard = QGuiApplication.clipboard()
    main_window.controller.set_selection([])
    main_window.import_export.copy_image.trigger()
    whole = clipboard.image()
    assert whole.width() == pytest.approx(3050 * 2, abs=3)  # 144 dpi
    main_window.controller.set_selection(["stati-zozh"])
    main_window.import_export.copy_image.trigger()
    part = clipboard.image()
    assert 0 < part.width() < whole.width() / 5
    assert 0 < part.height() < whole.height() / 5
    assert len(distinct_colors(part, 3)) > 10
