"""File > Print…: the pages of the PDF export, sent to a printer.

The map is exported to a temporary PDF with the options chosen in the PDF dialog,
then every page is rasterized (PDFium) at the printer's resolution, capped at 300 dpi
and a pixel budget per page, and drawn to fill the chosen paper. Printing the PDF's
pages (rather than drawing the scene again) means the printout matches the PDF file
page for page: title block, tiles with overlap marks, handout pages.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from cjm_designer.export.pdf import export_pdf
from cjm_designer.export.pdf_options import ExportCancelled
from cjm_designer.messages import Message, localize
from cjm_designer.messages.os_errors import os_reason

from .pdf_raster import page_sizes, render_pages, to_qimage

if TYPE_CHECKING:
    from ..window_parts import WindowParts

MAX_PRINT_DPI = 300
MAX_PRINT_PIXELS = 150_000_000


def page_layout_for(width_pt: float, height_pt: float) -> QPageLayout:
    """A full-bleed page layout of the given size in points, oriented like the page."""
    short, long = sorted((width_pt, height_pt))
    size = QPageSize(
        QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    orientation = (
        QPageLayout.Orientation.Landscape
        if width_pt > height_pt
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def prepare_printer(printer: QPrinter, pdf_path: str | Path) -> None:
    """Offer the PDF's first page size and orientation as the printer's paper."""
    width, height = page_sizes(pdf_path)[0]
    printer.setFullPage(True)
    printer.setPageLayout(page_layout_for(width, height))
    printer.setDocName(Path(pdf_path).stem)


def print_pdf(
    pdf_path: str | Path,
    printer: QPrinter,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Draw every page of ``pdf_path`` onto ``printer``; returns the pages printed.

    Each page is scaled to fit the printer's paper, keeping its proportions and centred.
    Raises ExportCancelled (the job is aborted) when ``progress`` returns False.
    """
    total = len(page_sizes(pdf_path))
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(0, Message("export.print.not-started"))
    printed = 0
    try:
        pages = render_pages(pdf_path, dpi=dpi, max_pixels=MAX_PRINT_PIXELS)
        for index, page in enumerate(pages):
            if progress is not None and progress(index, total) is False:
                printer.abort()
                raise ExportCancelled("printing was cancelled")
            if index:
                printer.newPage()
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            image = to_qimage(page)
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF(
                (paper.width() - width) / 2, (paper.height() - height) / 2, width, height
            )
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    if progress is not None:
        progress(total, total)
    return printed


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog; False when the user cancels (tests replace this)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Print", "Print Map"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def run_print(parts: WindowParts) -> bool:
    """File > Print…: choose what to print, the printer, then print with progress."""
    from ..dialogs import messages
    from .pdf_dialog import ask_pdf_options
    from .progress import run_with_progress

    window = parts.window
    options = ask_pdf_options(window, parts.controller.journey, printing=True)
    if options is None:
        return False
    journey = parts.controller.journey.copy()
    with tempfile.TemporaryDirectory(prefix="cjm-print-") as folder:
        pdf_path = Path(folder) / "print.pdf"
        outcome = run_with_progress(
            window,
            QCoreApplication.translate("Print", "Preparing pages…"),
            lambda progress: export_pdf(journey, pdf_path, progress=progress, **options),
        )
        if outcome.cancelled:
            return False
        if outcome.error is not None:
            messages.show_error(
                window, QCoreApplication.translate("Print", "Cannot print"), QCoreApplication.translate("Print", "The pages could not be prepared: {reason}")
                .format(reason=outcome.error),
            )  # fmt: skip
            return False
        assert outcome.value is not None  # neither cancelled nor failed: the pages exist
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, pdf_path)
        if not ask_printer(window, printer):
            return False
        return _print_with_progress(window, pdf_path, printer, outcome.value.pages)


def _print_with_progress(window, pdf_path: Path, printer: QPrinter, total: int) -> bool:
    """Drawing on a printer stays in the GUI thread; the dialog is pumped between pages."""
    from ..dialogs import messages

    dialog = QProgressDialog(
        QCoreApplication.translate("Print", "Printing…"),
        QCoreApplication.translate("Print", "Cancel"),
        0,
        total,
        window,
    )
    dialog.setObjectName("printProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(done: int, pages: int) -> bool:
        dialog.setValue(done)
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        printed = print_pdf(pdf_path, printer, progress)
    except ExportCancelled:
        window.statusBar().showMessage(
            QCoreApplication.translate("Print", "Printing cancelled."), 5000
        )
        return False
    except OSError as error:
        messages.show_error(
            window,
            QCoreApplication.translate("Print", "Cannot print"),
            localize(os_reason(error)),
        )
        return False
    finally:
        dialog.reset()
        dialog.deleteLater()
    window.statusBar().showMessage(
        QCoreApplication.translate("Print", "Sent {pages} page(s) to the printer.").format(
            pages=printed
        ),
        5000,
    )
    return True
