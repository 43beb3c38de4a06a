"""File > Export PDF… and File > Print…: options by real clicks, the live preview of page
one, progress with cancel (no file left), and pages sent to a (PDF) printer."""

from __future__ import annotations

import threading
import weakref

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from benchmarks.generate import generate_map
from cjm_designer.export.pdf import export_pdf
from cjm_designer.io.yaml_format import load_map
from cjm_designer.ui.export import files, pdf_dialog, progress
from cjm_designer.ui.export import print as printing
from cjm_designer.ui.export.pdf_dialog import PdfExportDialog
from tests.gui.conftest import EXAMPLE
from tests.gui.export_support import non_ascii_map, wait_until, when_shown


def choose(qtbot, combo, data) -> None:
    """Pick an item of a combo box with the keyboard, as a user would."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        QTest.keyClick(combo, key)


def preview_colors(dialog) -> tuple[int, int]:
    """(pixels sampled, how many are coloured rather than grey) of the preview."""
    image = dialog.picture.pixmap().toImage()
    total = coloured = 0
    for x in range(0, image.width(), 4):
        for y in range(0, image.height(), 4):
            color = QColor(image.pixel(x, y))
            total += 1
            if (
                max(color.red(), color.green(), color.blue())
                - min(color.red(), color.green(), color.blue())
                > 12
            ):
                coloured += 1
    return total, coloured


@pytest.fixture
def dialog(qtbot):
    widget = PdfExportDialog(load_map(EXAMPLE))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(widget.preview_is_current, timeout=20000)
    yield widget
    widget.reject()


def test_preview_shows_the_real_first_page(dialog):
    preview = dialog.preview
    # The example reads at distance on two A0 sheets glued together: page one is the
    # assembly guide (A0, turned like the poster).
    assert preview.error == "" and preview.pages == 3
    page = preview.page
    assert (round(page.width_pt), round(page.height_pt)) == (3370, 2384)
    assert max(page.width, page.height) == pdf_dialog.PREVIEW_SIDE
    pixmap = dialog.picture.pixmap()
    assert pixmap.width() == page.width and pixmap.height() == page.height
    total, coloured = preview_colors(dialog)
    assert coloured > total // 50  # stage headers, lanes, emotion curves
    assert "Page 1 of 3" in dialog.info.text() and "1189" in dialog.info.text()
    # The print was chosen for reading distance, and the dialog says what that gives.
    info = dialog.info.text()
    assert "2 A0 sheets" in info and "card titles 18" in info and "stage names 3" in info


def test_clicking_options_updates_the_preview(dialog, qtbot):
    qtbot.mouseClick(dialog.grayscale, Qt.MouseButton.LeftButton)
    assert dialog.grayscale.isChecked()
    qtbot.waitUntil(dialog.preview_is_current, timeout=20000)
    total, coloured = preview_colors(dialog)
    assert coloured == 0 and total > 1000

    # Bleed for a print shop, typed into the field: the preview page grows by it.
    width_before = dialog.preview.page.width_pt
    dialog.bleed.setFocus()
    dialog.bleed.selectAll()
    qtbot.keyClicks(dialog.bleed, "3")
    QTest.keyClick(dialog.bleed, Qt.Key.Key_Tab)
    qtbot.waitUntil(dialog.preview_is_current, timeout=20000)
    assert dialog.options()["bleed_mm"] == 3
    assert dialog.preview.page.width_pt > width_before + 30  # 2 x (3 mm bleed + marks)

    choose(qtbot, dialog.kind, "tiles")
    assert dialog.poster_size.isEnabled() and not dialog.bleed.isEnabled()
    choose(qtbot, dialog.page, "A3")
    choose(qtbot, dialog.orientation, "portrait")
    qtbot.waitUntil(dialog.preview_is_current, timeout=20000)
    page = dialog.preview.page
    # Page one is the assembly guide on an A3 sheet, turned like the poster it chose.
    assert sorted((round(page.width_pt), round(page.height_pt))) == [842, 1191]
    assert dialog.preview.pages > 4

    choose(qtbot, dialog.kind, "handout")
    choose(qtbot, dialog.persona, "lyuda")
    qtbot.mouseClick(dialog.rows["pains"], Qt.MouseButton.LeftButton)
    assert not dialog.poster_size.isEnabled() and not dialog.rows["pains"].isEnabled()
    dialog.margin.selectAll()
    qtbot.keyClicks(dialog.margin, "15")
    qtbot.waitUntil(dialog.preview_is_current, timeout=20000)
    options = dialog.options()
    assert options["kind"] == "handout" and options["persona"] == "lyuda"
    assert options["margin_mm"] == 15 and options["grayscale"] is True
    assert options["page"] == "A3" and options["orientation"] == "portrait"
    assert dialog.preview.pages > 1


def test_a_bad_sheet_size_disables_export_with_the_reason(dialog, qtbot):
    dialog.page.setFocus()
    dialog.page.lineEdit().selectAll()
    qtbot.keyClicks(dialog.page.lineEdit(), "5x5mm")
    QTest.keyClick(dialog.page.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.preview_is_current, timeout=20000)
    assert "between 10 mm and 10 m" in dialog.info.text()
    assert not dialog.ok_button.isEnabled()


def test_file_export_pdf_runs_the_dialog_and_writes_the_file(
    main_window, qtbot, tmp_path, monkeypatch
):
    target = tmp_path / "плакат.pdf"
    monkeypatch.setattr(files, "ask_export_path", lambda *_a: str(target))

    def answer(dialog):
        choose(qtbot, dialog.kind, "blank")
        wait_until(dialog.preview_is_current)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = when_shown(PdfExportDialog, answer)
    main_window.import_export.exports["pdf"].trigger()
    assert seen
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) > 2  # 12 stages at sticky-note size: tiles and their guide
    assert "Пустая сетка карты пути клиента" in reader.metadata.subject  # the map is Russian
    assert "Протеиновые" in reader.metadata.title
    assert f"{len(reader.pages)} page(s)" in main_window.statusBar().currentMessage()


def test_cancelling_a_long_export_leaves_no_file(main_window, qtbot, tmp_path, monkeypatch):
    main_window.controller.set_document(generate_map(16, 6, 250), None)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "long.pdf"
    monkeypatch.setattr(pdf_dialog, "ask_pdf_options", lambda *_a: {"kind": "handout"})
    monkeypatch.setattr(files, "ask_export_path", lambda *_a: str(target))
    monkeypatch.setattr(progress, "SHOW_AFTER_MS", 0)
    clicked: list[int] = []
    real_export = pdf_dialog.export_pdf
    dialog_on_screen = threading.Event()

    def export_once_the_dialog_shows(journey, path, progress, **options):
        """The real export; its first tick waits until the progress dialog is on screen,
        so the click lands mid-export however fast or slow this machine is."""
        first = [True]

        def tick(done, total):
            if first[0]:
                first[0] = False
                dialog_on_screen.wait(timeout=20)
            return progress(done, total)

        return real_export(journey, path, progress=tick, **options)

    monkeypatch.setattr(pdf_dialog, "export_pdf", export_once_the_dialog_shows)

    def cancel(dialog: QProgressDialog):
        dialog_on_screen.set()
        wait_until(lambda: dialog.maximum() > 0)  # the export is running and reporting
        clicked.append(dialog.value())
        button = dialog.findChild(QPushButton)
        assert button.text() == "Cancel"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    seen = when_shown(QProgressDialog, cancel)
    assert main_window.import_export.exports["pdf"].trigger() is None
    assert seen and clicked
    assert not target.exists()
    assert list(target.parent.iterdir()) == []  # no half-written .part file either
    assert "cancelled" in main_window.statusBar().currentMessage()


def test_print_pdf_draws_every_page_at_its_size(qapp, tmp_path):
    pdf = export_pdf(non_ascii_map(), tmp_path / "tiles.pdf", kind="tiles", poster_size="A2")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printing.prepare_printer(printer, pdf.path)
    ticks: list[int] = []
    assert printing.print_pdf(pdf.path, printer, lambda d, _t: ticks.append(d) or True) == pdf.pages
    printed = pypdf.PdfReader(tmp_path / "printed.pdf")
    source = pypdf.PdfReader(pdf.path)
    assert len(printed.pages) == len(source.pages) > 1
    for ours, theirs in zip(printed.pages, source.pages, strict=True):
        assert float(ours.mediabox.width) == pytest.approx(float(theirs.mediabox.width), abs=1.5)
        assert float(ours.mediabox.height) == pytest.approx(float(theirs.mediabox.height), abs=1.5)
        assert "/XObject" in ours["/Resources"]  # the page picture is really there
    assert ticks[-1] == pdf.pages


def test_file_print_prints_the_chosen_pages(main_window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "printer.pdf"

    def fake_printer(_parent, printer):
        printer.setResolution(72)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(printing, "ask_printer", fake_printer)

    def answer(dialog):
        assert dialog.ok_button.text() == "&Print…"
        choose(qtbot, dialog.kind, "tiles")
        choose(qtbot, dialog.page, "A4")
        wait_until(dialog.preview_is_current)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = when_shown(PdfExportDialog, answer)
    main_window.import_export.print.trigger()
    assert seen
    expected = export_pdf(main_window.controller.journey, tmp_path / "ref.pdf", kind="tiles")
    assert len(pypdf.PdfReader(target).pages) == expected.pages > 1
    assert "page(s)" in main_window.statusBar().currentMessage()


def test_settings_choose_the_proposed_paper_and_the_units(qtbot):
    """Settings > default paper and units (inch) show up in a new export dialog."""
    from PySide6.QtCore import QSettings

    from cjm_designer.ui import settings as ui_settings

    store = QSettings()
    store.setValue(ui_settings.PAPER_KEY, "Legal")
    store.setValue(ui_settings.UNITS_KEY, "inch")
    widget = PdfExportDialog(load_map(EXAMPLE))
    qtbot.addWidget(widget)
    assert widget.page.currentData() == "Legal"
    assert widget.margin.suffix().strip() == "in"
    widget.margin.selectAll()
    QTest.keyClicks(widget.margin, "1")
    assert widget.options()["margin_mm"] == 25.4
    assert widget.options()["page"] == "Legal"


def test_a_dialog_dropped_while_its_preview_runs_dies_on_the_gui_thread(qapp):
    """The preview thread never holds the dialog. It once did (through its "still wanted?"
    callback): the finished job dropped the last reference, the dialog and its running
    poll timer were destroyed in the worker thread, and the GUI thread's next event
    processing fired the freed timer (a segfault in the following test's setup)."""
    widget = PdfExportDialog(load_map(EXAMPLE))  # the preview starts at once
    assert widget._future is not None and not widget._future.done()
    destroyed_on: list[str] = []
    widget.destroyed.connect(lambda *_a: destroyed_on.append(threading.current_thread().name))
    alive = weakref.ref(widget)
    del widget
    assert alive() is None
    assert destroyed_on == [threading.main_thread().name]
    # Deleting it stopped the preview thread (the running export was told to stop).
    assert not [t for t in threading.enumerate() if t.name.startswith("cjm-preview")]


def test_tiles_choose_their_poster_size_and_say_so_under_the_preview(dialog, qtbot):
    """Poster in tiles: the poster size is automatic by default, like the default poster
    (titles 18 pt, stage names 36 pt), and the line under the preview says the print it
    chose; a size picked by hand is used, with the warning that it reads less far."""
    choose(qtbot, dialog.kind, "tiles")
    qtbot.waitUntil(dialog.preview_is_current, timeout=60000)
    assert dialog.poster_size.currentData() is None
    assert dialog.options()["poster_size"] is None
    text = dialog.info.text()
    assert "poster on 49 A4 sheets (7 × 7)" in text and "card titles 18.3 pt" in text, text
    choose(qtbot, dialog.poster_size, "A0")
    qtbot.waitUntil(dialog.preview_is_current, timeout=60000)
    text = dialog.info.text()
    assert "1189 × 841 mm poster on" in text and "card titles 15.3 pt" in text, text
    assert "below the 18 and 36 pt that read at distance" in text, text
