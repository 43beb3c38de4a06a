"""File > Import (Mermaid, CSV, Excel) opens a new untitled document with unsaved changes;
File > Export's text formats write files that read back; errors show the located message."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from cjm_designer.io.converters import read_any, write_any
from cjm_designer.model import Kind
from cjm_designer.model.edits import update
from cjm_designer.ui.dialogs.messages import UnsavedChoice
from cjm_designer.ui.export import files
from tests.gui.export_support import non_ascii_map

MERMAID = """journey
  title Путь клиента — Asiakaspolku
  section Осознание
    Увидел рекламу у блогера: 3: Аристарх
    Kuuli ystävältä: 4: Liisa
  section Päätösvaihe
    Купил батончик: 5: Аристарх
"""


@pytest.fixture
def import_path(monkeypatch):
    """Answer the import file chooser with the path a test sets; records the filter."""
    asked: dict = {"path": "", "filters": []}

    def ask(_parent, _title, name_filter, _directory=""):
        asked["filters"].append(name_filter)
        return asked["path"]

    monkeypatch.setattr(files, "ask_import_path", ask)
    return asked


def test_importing_mermaid_opens_an_untitled_unsaved_document(main_window, tmp_path, import_path):
    source = tmp_path / "путь.mmd"
    source.write_text(MERMAID, encoding="utf-8")
    import_path["path"] = str(source)
    menu = main_window.import_export.import_menu
    assert [a.text() for a in menu.actions()] == [
        "&Mermaid Journey…", "&CSV Table…", "E&xcel Workbook…",
    ]  # fmt: skip
    main_window.import_export.imports["mermaid"].trigger()
    journey = main_window.controller.journey
    assert journey.title == "Путь клиента — Asiakaspolku"
    assert [s.name for s in journey.stages] == ["Осознание", "Päätösvaihe"]
    assert [t.title for t in journey.touchpoints][1] == "Kuuli ystävältä"
    assert {p.name for p in journey.personas} == {"Аристарх", "Liisa"}
    assert "*.mmd" in import_path["filters"][0]
    assert main_window.controller.path is None
    assert main_window.controller.dirty and main_window.isWindowModified()
    assert set(main_window.scene.stage_headers) == {s.id for s in journey.stages}
    assert "путь.mmd" in main_window.statusBar().currentMessage()


def test_import_asks_to_save_first_and_cancel_keeps_the_map(main_window, dialogs, import_path):
    controller = main_window.controller
    before = controller.journey
    controller.push(update(before, Kind.STAGE, "interes", name="Интерес!"), "rename")
    dialogs.unsaved = UnsavedChoice.CANCEL
    main_window.import_export.imports["csv"].trigger()
    assert dialogs.asked_unsaved and import_path["filters"] == []  # never got to the chooser
    assert controller.journey is before


def test_a_broken_mermaid_file_shows_the_located_error(main_window, tmp_path, import_path, dialogs):
    source = tmp_path / "сломано.mmd"
    source.write_text(MERMAID + "    Задача без оценки\n", encoding="utf-8")
    import_path["path"] = str(source)
    before = main_window.controller.journey
    main_window.import_export.imports["mermaid"].trigger()
    title, text = dialogs.errors[-1]
    assert title == "Cannot import"
    assert "сломано.mmd" in text and ":8:5:" in text and "Задача без оценки" in text
    assert main_window.controller.journey is before


@pytest.mark.parametrize("key,suffix", [("csv", ".csv"), ("xlsx", ".xlsx")])
def test_importing_tables(main_window, tmp_path, import_path, key, suffix):
    source = tmp_path / f"kartta{suffix}"
    write_any(non_ascii_map(), source)
    import_path["path"] = str(source)
    main_window.import_export.imports[key].trigger()
    journey = main_window.controller.journey
    assert [s.name for s in journey.stages] == ["Tietoisuusvaihe", "Harkintavaihe", "Päätösvaihe"]
    titles = [t.title for t in journey.touchpoints]
    assert "Блогер советует батончик" in titles and "Ostos kassalla — покупка" in titles
    assert main_window.controller.dirty and main_window.controller.path is None


@pytest.mark.parametrize("key,suffix", [("mermaid", ".mmd"), ("csv", ".csv"), ("xlsx", ".xlsx")])
def test_export_text_formats_read_back(main_window, tmp_path, monkeypatch, key, suffix):
    chosen: list[str] = []

    def save_dialog(_parent, _title, suggested, name_filter):
        chosen.append(suggested)
        return str(tmp_path / "экспорт"), name_filter  # typed without the suffix

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    main_window.import_export.exports[key].trigger()
    assert chosen[0].endswith(f"protein-bars{suffix}")  # beside the map, named after it
    back = read_any(tmp_path / f"экспорт{suffix}")
    original = main_window.controller.journey
    assert [s.name for s in back.stages] == [s.name for s in original.stages]
    assert {t.title for t in back.touchpoints} == {t.title for t in original.touchpoints}
    assert not main_window.controller.dirty  # exporting is not saving, and changes nothing


def test_export_to_a_missing_folder_reports_why(main_window, tmp_path, monkeypatch, dialogs):
    monkeypatch.setattr(files, "ask_export_path", lambda *_a: str(tmp_path / "нет" / "x.csv"))
    main_window.import_export.exports["csv"].trigger()
    title, text = dialogs.errors[-1]
    assert title == "Cannot export" and "x.csv" in text
