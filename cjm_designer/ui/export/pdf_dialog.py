"""File > Export PDF…: the options of ``export_pdf`` and a live preview of page one.

The preview is the real first page: each change of the options exports a PDF of a
copy of the map into a private temporary folder (in a worker thread, debounced) and
PDFium rasterizes its first page (see ``pdf_raster``). So what the dialog shows is
what the file will hold — poster sheet with its scaled map, title block and legend,
the first tile, the handout's cover, or the blank grid. File > Print… uses the same
dialog with a Print button.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cjm_designer.export.pdf import ExportCancelled, PdfOptionError, export_pdf
from cjm_designer.layout import (
    ALL_ROWS,
    ROW_EMOTIONS,
    ROW_GOALS,
    ROW_NOTES,
    ROW_OPPORTUNITIES,
    ROW_PAINS,
    ROW_QUESTIONS,
)
from cjm_designer.messages import LocaleNumber, localize, reason_of
from cjm_designer.model import JourneyMap

from .. import settings as ui_settings
from .pdf_raster import PageImage, render_pages, to_qimage

if TYPE_CHECKING:
    from ..window_parts import WindowParts

PREVIEW_SIDE = 560
DEBOUNCE_MS = 250
POLL_MS = 40
PAGE_SIZES = ("A4", "A3", "A2", "A1", "A0", "Letter", "Tabloid")
MM_PER_INCH = 25.4
POSTER_SIZES = ("A2", "A1", "A0")


def kind_names() -> dict[str, str]:
    return {
        "poster": QCoreApplication.translate(
            "PdfDialog", "Poster (whole map, read from across the room)"
        ),
        "tiles": QCoreApplication.translate(
            "PdfDialog", "Poster in tiles (sheets to glue together)"
        ),
        "handout": QCoreApplication.translate("PdfDialog", "Workshop handout (a page per stage)"),
        "blank": QCoreApplication.translate("PdfDialog", "Blank grid for sticky notes"),
    }


def row_names() -> dict[str, str]:
    return {
        ROW_EMOTIONS: QCoreApplication.translate("PdfDialog", "Emotions"),
        ROW_PAINS: QCoreApplication.translate("PdfDialog", "Pains"),
        ROW_OPPORTUNITIES: QCoreApplication.translate("PdfDialog", "Opportunities"),
        ROW_QUESTIONS: QCoreApplication.translate("PdfDialog", "Questions"),
        ROW_NOTES: QCoreApplication.translate("PdfDialog", "Custom rows"),
        ROW_GOALS: QCoreApplication.translate("PdfDialog", "Stage goals and KPIs"),
    }


@dataclass
class Preview:
    """The first page of the PDF the current options produce."""

    page: PageImage | None = None
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    pixel_ratio: float = 1.0  # device pixels per logical pixel the page was drawn for
    reading: str = ""
    """For posters: the sheet chosen, the card titles' size and the distance they read from."""


def make_preview(
    journey: JourneyMap,
    folder: Path,
    options: dict,
    wanted: Callable[[], bool] = lambda: True,
    pixel_ratio: float = 1.0,
) -> Preview | None:
    """Export to ``folder`` and rasterize page one (runs in the preview thread).

    Returns None as soon as ``wanted()`` turns False (newer options, dialog closed), so
    a slow preview of a big handout never holds up the next one or closing the dialog.
    """
    try:
        result = export_pdf(
            journey, folder / "preview.pdf", progress=lambda _d, _t: wanted(), **options
        )
    except PdfOptionError as error:
        return Preview(error=localize(reason_of(error)))
    except ExportCancelled:
        return None
    # A Retina or 150 % screen shows PREVIEW_SIDE logical pixels with more real ones.
    side = round(PREVIEW_SIDE * max(1.0, pixel_ratio))
    page = next(render_pages(result.path, max_side=side, last=0), None)
    return Preview(
        page,
        result.pages,
        [localize(w) for w in result.warnings],
        pixel_ratio=max(1.0, pixel_ratio),
        reading=reading_text(result),
    )


def reading_text(result) -> str:
    """What the poster export chose, as the CLI says it: the print (a sheet, a tiling or a
    summary), the card title and stage name sizes, the reading distance, the smallest text."""
    if result.kind not in ("poster", "tiles"):
        return ""
    return "\n".join(localize(note) for note in result.notes)


class PdfExportDialog(QDialog):
    """Options on the left, the first page on the right; OK exports (or prints)."""

    def __init__(self, journey: JourneyMap, parent: QWidget | None = None, printing: bool = False):
        super().__init__(parent)
        self.setObjectName("pdfExportDialog")
        self.setWindowTitle(
            QCoreApplication.translate("PdfDialog", "Print Map")
            if printing
            else QCoreApplication.translate("PdfDialog", "Export PDF")
        )
        self.journey = journey.copy()  # read by the preview thread
        self.preview: Preview | None = None
        # What the preview thread may read. It must never hold the dialog itself: when a
        # dialog's last reference went with a finished preview job, the dialog and its
        # running timers were destroyed in the worker thread and the GUI thread later fired
        # a timer of the freed dialog (a segfault in the next processEvents).
        self._state = _PreviewState()
        self._shown_generation = -1
        self._future: Future | None = None
        self._folder = tempfile.TemporaryDirectory(prefix="cjm-preview-")
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cjm-preview")
        # A dialog deleted without done() (never shown, or its parent closed) must still
        # stop the preview thread before its Qt objects go: done() may never run.
        self.destroyed.connect(_stopper(self._state, self._pool, self._folder))
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start_preview)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check_preview)
        self._build(printing)
        self._update_enabled()
        self.schedule_preview(immediately=True)

    # --- widgets --------------------------------------------------------------------

    def _build(self, printing: bool) -> None:
        self.kind = QComboBox(objectName="kind")
        for key, name in kind_names().items():
            self.kind.addItem(name, key)
        self.page = QComboBox(objectName="page")
        self.page.addItem(
            QCoreApplication.translate(
                "PdfDialog", "Default (chosen to read at distance; A4 for sheets)"
            ),
            None,
        )
        for size in PAGE_SIZES:
            self.page.addItem(size, size)
        self.page.setEditable(True)
        self.page.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if ui_settings.has_default_paper():
            paper = ui_settings.default_paper()
            if self.page.findData(paper) < 0:
                self.page.addItem(paper, paper)
            self.page.setCurrentIndex(self.page.findData(paper))
        self.page.setToolTip(
            QCoreApplication.translate(
                "PdfDialog", "A size name or width×height, for example 500x700mm"
            )
        )
        self.poster_size = QComboBox(objectName="posterSize")
        # Automatic: the size the default poster would choose, said under the preview.
        self.poster_size.addItem(
            QCoreApplication.translate("PdfDialog", "Automatic (reads at distance)"), None
        )
        for size in POSTER_SIZES:
            self.poster_size.addItem(size, size)
        self.orientation = QComboBox(objectName="orientation")
        for key, name in (
            ("auto", QCoreApplication.translate("PdfDialog", "Automatic")),
            ("portrait", QCoreApplication.translate("PdfDialog", "Portrait")),
            ("landscape", QCoreApplication.translate("PdfDialog", "Landscape")),
        ):
            self.orientation.addItem(name, key)
        self.persona = QComboBox(objectName="persona")
        self.persona.addItem(QCoreApplication.translate("PdfDialog", "All personas"), None)
        for persona in self.journey.personas:
            self.persona.addItem(persona.name, persona.id)
        self.scenario = QComboBox(objectName="scenario")
        self.scenario.addItem(QCoreApplication.translate("PdfDialog", "All scenarios"), None)
        for scenario in self.journey.scenarios:
            self.scenario.addItem(scenario.name, scenario.id)
        self.grayscale = QCheckBox(
            QCoreApplication.translate("PdfDialog", "Greyscale (for black-and-white printers)")
        )
        self.grayscale.setObjectName("grayscale")
        self.inches = ui_settings.units() == "inch"
        self.margin = QDoubleSpinBox(objectName="margin")
        if self.inches:
            self.margin.setRange(0, 4)
            self.margin.setDecimals(2)
            self.margin.setSingleStep(0.1)
            self.margin.setSuffix(QCoreApplication.translate("PdfDialog", " in"))
            self.margin.setValue(round(10 / MM_PER_INCH, 2))
        else:
            self.margin.setRange(0, 100)
            self.margin.setDecimals(0)
            self.margin.setSuffix(QCoreApplication.translate("PdfDialog", " mm"))
            self.margin.setValue(10)
        self.rows: dict[str, QCheckBox] = {}
        rows_box = QGroupBox(QCoreApplication.translate("PdfDialog", "Rows under the grid"))
        rows_layout = QGridLayout(rows_box)
        for index, (key, name) in enumerate(row_names().items()):
            box = QCheckBox(name, objectName=f"row_{key}")
            box.setChecked(key in ALL_ROWS)  # goals and KPIs: only when asked for
            self.rows[key] = box
            rows_layout.addWidget(box, index // 2, index % 2)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PdfDialog", "&Kind:"), self.kind)
        form.addRow(QCoreApplication.translate("PdfDialog", "&Sheet size:"), self.page)
        form.addRow(QCoreApplication.translate("PdfDialog", "Poster si&ze:"), self.poster_size)
        form.addRow(QCoreApplication.translate("PdfDialog", "&Orientation:"), self.orientation)
        form.addRow(QCoreApplication.translate("PdfDialog", "&Persona:"), self.persona)
        form.addRow(QCoreApplication.translate("PdfDialog", "Sc&enario:"), self.scenario)
        form.addRow(QCoreApplication.translate("PdfDialog", "&Margins:"), self.margin)
        # A print shop asks for bleed (usually 3 mm): adds TrimBox, BleedBox and crop marks.
        self.bleed = QDoubleSpinBox(objectName="bleed")
        self.bleed.setRange(0, 20)
        self.bleed.setDecimals(1)
        self.bleed.setSuffix(QCoreApplication.translate("PdfDialog", " mm"))
        self.bleed.setSpecialValueText(QCoreApplication.translate("PdfDialog", "None"))
        self.bleed.setToolTip(
            QCoreApplication.translate(
                "PdfDialog",
                "For a print shop: bleed around the poster with crop marks (3 mm is usual)",
            )
        )
        form.addRow(QCoreApplication.translate("PdfDialog", "&Bleed:"), self.bleed)
        form.addRow("", self.grayscale)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(rows_box)
        left.addStretch(1)

        self.picture = QLabel(objectName="preview")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(QSize(PREVIEW_SIDE, PREVIEW_SIDE))
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture.setStyleSheet("QLabel#preview { background: #9aa3ad; }")
        self.info = QLabel(objectName="previewInfo")
        self.info.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.picture, 1)
        right.addWidget(self.info)

        columns = QHBoxLayout()
        columns.addLayout(left, 0)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton(
            QCoreApplication.translate("PdfDialog", "&Print…")
            if printing
            else QCoreApplication.translate("PdfDialog", "&Export…")
        )
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        for combo in (self.kind, self.poster_size, self.orientation, self.persona, self.scenario):
            combo.currentIndexChanged.connect(self._changed)
        self.page.currentIndexChanged.connect(self._changed)
        self.page.lineEdit().editingFinished.connect(self._changed)
        self.page.lineEdit().installEventFilter(self)
        self.grayscale.toggled.connect(self._changed)
        self.margin.valueChanged.connect(self._changed)
        self.bleed.valueChanged.connect(self._changed)
        for box in self.rows.values():
            box.toggled.connect(self._changed)

    def eventFilter(self, watched, event) -> bool:
        """Return after typing a sheet size applies it instead of closing the dialog."""
        if (
            watched is self.page.lineEdit()
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._changed()
            return True
        return super().eventFilter(watched, event)

    def _changed(self, *_args) -> None:
        self._update_enabled()
        self.schedule_preview()

    def _update_enabled(self) -> None:
        kind = self.kind.currentData()
        self.poster_size.setEnabled(kind == "tiles")
        self.bleed.setEnabled(kind in ("poster", "blank"))
        for box in self.rows.values():
            box.setEnabled(kind in ("poster", "tiles"))

    # --- options --------------------------------------------------------------------

    def _page_value(self) -> str | None:
        text = self.page.currentText().strip()
        index = self.page.findText(text)
        if index >= 0:
            return self.page.itemData(index)
        return text or None

    def options(self) -> dict:
        """Keyword arguments for ``export_pdf`` as chosen in the dialog."""
        options: dict = {
            "kind": self.kind.currentData(),
            "page": self._page_value(),
            "poster_size": self.poster_size.currentData(),
            "orientation": self.orientation.currentData(),
            "persona": self.persona.currentData(),
            "scenario": self.scenario.currentData(),
            "grayscale": self.grayscale.isChecked(),
            "margin_mm": float(self.margin.value()) * (MM_PER_INCH if self.inches else 1.0),
            "bleed_mm": float(self.bleed.value()) if self.bleed.isEnabled() else 0.0,
        }
        chosen = tuple(key for key, box in self.rows.items() if box.isChecked())
        if set(chosen) != ALL_ROWS:
            options["rows"] = chosen
        return options

    # --- preview --------------------------------------------------------------------

    def schedule_preview(self, immediately: bool = False) -> None:
        self._state.generation += 1
        self.info.setText(QCoreApplication.translate("PdfDialog", "Updating the preview…"))
        if immediately:
            self._start_preview()
        else:
            self._debounce.start()

    def _start_preview(self) -> None:
        if self._future is not None and not self._future.done():
            self._debounce.start()  # one at a time; try again when it is done
            return
        state = self._state
        generation = state.generation
        options = self.options()
        folder = Path(self._folder.name)
        self._future = self._pool.submit(
            make_preview,
            self.journey,
            folder,
            options,
            lambda: state.wants(generation),  # no reference to self (see __init__)
            self.picture.devicePixelRatioF(),
        )
        self._future.generation = generation  # type: ignore[attr-defined]
        self._poll.start()

    def _check_preview(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        self._poll.stop()
        self._future = None
        try:
            preview = future.result()
        except Exception as error:  # a failed preview must not break the dialog
            preview = Preview(error=localize(reason_of(error)))
        generation = future.generation  # type: ignore[attr-defined]
        if preview is not None and generation == self._state.generation:
            self._show(preview, generation)
        elif not self._debounce.isActive():
            self._start_preview()

    def _show(self, preview: Preview, generation: int) -> None:
        self.preview = preview
        self._shown_generation = generation
        self.ok_button.setEnabled(not preview.error)
        if preview.error:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(QCoreApplication.translate("PdfDialog", "No preview"))
            self.info.setText(preview.error)
            return
        if preview.page is not None:
            pixmap = QPixmap.fromImage(to_qimage(preview.page))
            pixmap.setDevicePixelRatio(preview.pixel_ratio)  # sharp, at the same size
            self.picture.setPixmap(pixmap)
        page = preview.page
        size = ""
        if page is not None:
            if self.inches:
                size = QCoreApplication.translate("PdfDialog", "{w:.1f}×{h:.1f} in").format(
                    w=LocaleNumber(page.width_pt / 72), h=LocaleNumber(page.height_pt / 72)
                )
            else:
                size = QCoreApplication.translate("PdfDialog", "{w:.0f}×{h:.0f} mm").format(
                    w=LocaleNumber(page.width_pt / 72 * 25.4),
                    h=LocaleNumber(page.height_pt / 72 * 25.4),
                )
        text = QCoreApplication.translate("PdfDialog", "Page 1 of {pages}, {size}").format(
            pages=preview.pages, size=size
        )
        if preview.reading:
            text += "\n" + preview.reading
        if preview.warnings:
            text += "\n" + "\n".join(preview.warnings)
        self.info.setText(text)

    def preview_is_current(self) -> bool:
        """True once the preview shows the options as they are now (for tests too)."""
        return self._shown_generation == self._state.generation and self._future is None

    def done(self, result: int) -> None:
        self._state.closing = True
        self._debounce.stop()
        self._poll.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._folder.cleanup()
        super().done(result)


class _PreviewState:
    """The options generation and the closing flag, shared with the preview thread."""

    def __init__(self) -> None:
        self.generation = 0
        self.closing = False

    def wants(self, generation: int) -> bool:
        """True while a preview of ``generation`` is still worth finishing."""
        return generation == self.generation and not self.closing


def _stopper(
    state: _PreviewState, pool: ThreadPoolExecutor, folder: tempfile.TemporaryDirectory
) -> Callable:
    """A slot that ends the preview work; it holds no reference to the dialog."""

    def stop(*_args: object) -> None:
        state.closing = True  # the running preview stops at its next page
        pool.shutdown(wait=True, cancel_futures=True)
        folder.cleanup()

    return stop


def ask_pdf_options(parent: QWidget, journey: JourneyMap, printing: bool = False) -> dict | None:
    """Show the dialog over ``parent``; the chosen options, or None when cancelled."""
    dialog = PdfExportDialog(journey, parent, printing)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
    finally:
        dialog.deleteLater()


def run_pdf_export(parts: WindowParts) -> bool:
    """File > Export PDF…: options, file name, then the export behind a progress dialog."""
    from ..dialogs import messages
    from . import files
    from .progress import run_with_progress

    window = parts.window
    options = ask_pdf_options(window, parts.controller.journey)
    if options is None:
        return False
    path = files.ask_export_path(
        window,
        parts.controller,
        QCoreApplication.translate("PdfDialog", "Export PDF"),
        QCoreApplication.translate("PdfDialog", "PDF documents (*.pdf)"),
        ".pdf",
    )
    if not path:
        return False
    journey = parts.controller.journey.copy()
    outcome = run_with_progress(
        window,
        QCoreApplication.translate("PdfDialog", "Writing {name}…").format(name=Path(path).name),
        lambda progress: export_pdf(journey, path, progress=progress, **options),
    )
    if outcome.cancelled:
        window.statusBar().showMessage(
            QCoreApplication.translate("PdfDialog", "PDF export cancelled; no file was written."),
            5000,
        )
        return False
    if outcome.error is not None:
        messages.show_error(
            window,
            QCoreApplication.translate("PdfDialog", "Cannot export PDF"),
            QCoreApplication.translate("PdfDialog", "The PDF was not written: {reason}").format(
                reason=_reason(outcome.error)
            ),
        )
        return False
    result = outcome.value
    window.statusBar().showMessage(
        QCoreApplication.translate("PdfDialog", "Exported {pages} page(s) to {path}").format(
            pages=result.pages, path=path
        ),
        8000,
    )
    if result.warnings:
        messages.show_warnings(
            window,
            QCoreApplication.translate("PdfDialog", "PDF exported with notes"),
            QCoreApplication.translate(
                "PdfDialog", "The PDF was written; please check these notes:"
            ),
            "\n".join(localize(w) for w in result.warnings),
        )
    return True


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError):
        from cjm_designer.io.atomic import describe_os_error

        return localize(describe_os_error(error))
    return localize(reason_of(error))
