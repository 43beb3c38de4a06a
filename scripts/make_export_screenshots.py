"""Render the exports, the export and new-map dialogs and the window in other languages
and themes into docs/screenshots/ (offscreen).

    .venv/bin/python scripts/make_export_screenshots.py

PDF pages and the PNG come from the real command line (``cjm-designer export``), drawn
to pictures with PDFium like the export dialog's preview; the dialogs and the Russian
and Finnish windows are the real widgets, grabbed once they have settled.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"
EXAMPLE = REPO / "resources" / "examples" / "protein-bars.cjm.yaml"
POSTER_WIDTH = 1325  # pixels across a landscape sheet
SHEET_WIDTH = 819
HANDOUT_WIDTH = 579
WINDOW_SIZE = (1440, 929)


def cli(*args: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-m", "cjm_designer", *args], check=True, env=env)


def page_picture(pdf: Path, index: int, width: int, target: Path) -> None:
    """Page ``index`` of ``pdf`` as a PNG ``width`` pixels across (portrait pages are
    scaled to the same height a landscape sheet of that width would have)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[index]
        page_width, page_height = page.get_size()
        across = width if page_width >= page_height else width * page_height / page_width
        scale = across / max(page_width, page_height)
        page.render(scale=scale).to_pil().save(target)
    finally:
        document.close()


def pdf_pages(folder: Path) -> None:
    poster, tiles, handout, blank = (folder / f"{n}.pdf" for n in ("p", "t", "h", "b"))
    # The example reads at distance on two A0 sheets: page one of the default export is
    # their assembly guide; with bleed (for a print shop) it is the poster in one piece.
    cli("export", str(EXAMPLE), "-o", str(poster))
    page_picture(poster, 0, SHEET_WIDTH, OUT / "pdf-poster-assembly.png")
    cli("export", str(EXAMPLE), "-o", str(poster), "--bleed", "3")
    page_picture(poster, 0, POSTER_WIDTH, OUT / "pdf-poster.png")
    big, summary = folder / "big.cjm.yaml", folder / "summary.pdf"
    subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "generate.py"),
            "50",
            "20",
            "5000",
            "-o",
            str(big),
        ],
        check=True,
    )
    cli("export", str(big), "-o", str(summary), "--bleed", "3")
    page_picture(summary, 0, POSTER_WIDTH, OUT / "pdf-poster-summary.png")
    # Tiles without a poster size: the reading size of the default poster, on A3 sheets.
    cli("export", str(EXAMPLE), "-o", str(tiles), "--kind", "tiles", "--page", "A3")
    page_picture(tiles, 0, SHEET_WIDTH, OUT / "pdf-tiles-overview.png")
    page_picture(tiles, 6, SHEET_WIDTH, OUT / "pdf-tiles-sheet.png")
    cli("export", str(EXAMPLE), "-o", str(handout), "--kind", "handout")
    page_picture(handout, 0, HANDOUT_WIDTH, OUT / "pdf-handout-overview.png")
    page_picture(handout, 1, HANDOUT_WIDTH, OUT / "pdf-handout-curve.png")
    page_picture(handout, 3, HANDOUT_WIDTH, OUT / "pdf-handout-stage.png")
    cli("export", str(EXAMPLE), "-o", str(blank), "--kind", "blank")
    page_picture(blank, 0, POSTER_WIDTH, OUT / "pdf-blank.png")
    finnish, finnish_pdf = folder / "fi.cjm.yaml", folder / "fi.pdf"
    cli("new", "--template", "buyers-journey", "--lang", "fi", "-o", str(finnish))
    cli("export", str(finnish), "-o", str(finnish_pdf))
    page_picture(finnish_pdf, 0, 702, OUT / "pdf-poster-fi.png")
    cli("export", str(EXAMPLE), "-o", str(OUT / "export-map.png"), "--dpi", "60")


def widget_pictures() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CJM_DESIGNER_DATA_DIR", tempfile.mkdtemp(prefix="cjm-shots-"))
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QRectF
    from PySide6.QtWidgets import QApplication

    from cjm_designer.io.templates import available_templates
    from cjm_designer.io.yaml_format import load_map
    from cjm_designer.ui import themes
    from cjm_designer.ui.app import install_translations, show_settled
    from cjm_designer.ui.dialogs.new_map import NewMapDialog
    from cjm_designer.ui.dialogs.settings_dialog import SettingsDialog
    from cjm_designer.ui.export.image_dialog import PngOptionsDialog
    from cjm_designer.ui.export.pdf_dialog import PdfExportDialog
    from cjm_designer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])

    def settle(until=lambda: True, seconds: float = 20) -> None:
        deadline = QDeadlineTimer(int(seconds * 1000))
        app.processEvents()
        while not until() and not deadline.hasExpired():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        for _ in range(3):
            app.processEvents()

    themes.apply(app, "light")
    install_translations(app, "en")
    dialog = PdfExportDialog(load_map(EXAMPLE))
    dialog.resize(1100, 720)
    dialog.show()
    settle(dialog.preview_is_current)
    dialog.grab().save(str(OUT / "export-pdf-dialog.png"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("tiles"))
    dialog.page.setCurrentIndex(dialog.page.findData("A3"))
    dialog.poster_size.setCurrentIndex(dialog.poster_size.findData("A0"))
    dialog.schedule_preview(immediately=True)
    settle(dialog.preview_is_current)
    dialog.grab().save(str(OUT / "export-pdf-dialog-tiles.png"))
    dialog.reject()
    png = PngOptionsDialog(QRectF(0, 0, 3061, 1588))
    png.show()
    settle()
    png.grab().save(str(OUT / "export-png-dialog.png"))
    png.reject()
    chooser = NewMapDialog(available_templates(), "en")
    chooser.show()
    twelve = next(
        row
        for row, template in enumerate(chooser.templates)
        if (template.name, template.language) == ("twelve-stages", "en")
    )
    chooser.list.setCurrentRow(twelve)
    settle()
    chooser.grab().save(str(OUT / "new-map-dialog.png"))
    chooser.reject()

    for language in ("ru", "fi"):
        install_translations(app, language)
        for theme in ("light", "dark"):
            themes.apply(app, theme)
            window = MainWindow(language=language, restore_layout=False)
            window.load(EXAMPLE)
            window.resize(*WINDOW_SIZE)
            show_settled(app, window)
            settle()
            window.grab().save(str(OUT / f"window-{language}-{theme}.png"))
            if (language, theme) == ("ru", "dark"):
                settings = SettingsDialog(window)
                settings.show()
                settle()
                settings.grab().save(str(OUT / "settings-ru-dark.png"))
                settings.reject()
            window.controller.undo_stack.setClean()
            window.close()
            window.deleteLater()
            settle()
    themes.apply(app, "light")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cjm-export-shots-") as folder:
        pdf_pages(Path(folder))
    widget_pictures()
    for name in sorted(OUT.glob("*.png")):
        print(name.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
