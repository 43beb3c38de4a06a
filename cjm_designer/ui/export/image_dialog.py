"""File > Export > PNG…/SVG… and Edit > Copy as Image, from the window's current map.

Pictures follow the canvas' persona/scenario filter and rows, so what is exported is
what the user is looking at. PNG asks for a resolution (screen 96 dpi .. print 300 dpi)
and shows the pixel size it will produce before writing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cjm_designer.io.atomic import describe_os_error
from cjm_designer.io.errors import MapSaveError
from cjm_designer.messages import LocaleNumber, localize, number, reason_of

from .image_export import (
    DEFAULT_DPI,
    MAX_DPI,
    MIN_DPI,
    PictureTooLargeError,
    View,
    export_png,
    export_svg,
    map_image,
    max_dpi_for,
    pixel_size,
)

if TYPE_CHECKING:
    from ..window_parts import WindowParts

CLIPBOARD_DPI = 144
"""Twice the screen's points: crisp when pasted into a slide, small enough to paste fast."""


def current_view(parts: WindowParts) -> View:
    options = parts.scene.options
    return View(options.persona, options.scenario, options.rows)


class PngOptionsDialog(QDialog):
    """Choose the resolution; the label tells the pixel size it gives."""

    def __init__(self, map_rect: QRectF, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pngOptionsDialog")
        self.setWindowTitle(QCoreApplication.translate("ImageExport", "Export PNG"))
        self.map_rect = QRectF(map_rect)
        self.dpi = QSpinBox()
        self.dpi.setObjectName("dpi")
        self.dpi.setRange(MIN_DPI, min(MAX_DPI, max_dpi_for(self.map_rect)))
        self.dpi.setSuffix(QCoreApplication.translate("ImageExport", " dpi"))
        self.dpi.setValue(min(DEFAULT_DPI, self.dpi.maximum()))
        self.dpi.setToolTip(
            QCoreApplication.translate(
                "ImageExport", "96 dpi for screens and slides, 300 dpi for print"
            )
        )
        self.size_label = QLabel()
        self.size_label.setObjectName("pixelSize")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ImageExport", "&Resolution:"), self.dpi)
        form.addRow(QCoreApplication.translate("ImageExport", "Picture size:"), self.size_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("ImageExport", "&Export…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.dpi.valueChanged.connect(self._show_size)
        self._show_size()

    def _show_size(self, *_args) -> None:
        size = pixel_size(self.map_rect, self.dpi.value())
        inches = self.map_rect.width() / 72, self.map_rect.height() / 72
        self.size_label.setText(
            QCoreApplication.translate(
                "ImageExport",
                "{w} × {h} pixels ({cw:.0f} × {ch:.0f} cm printed at this resolution)",
            ).format(
                w=number(size.width()),
                h=number(size.height()),
                cw=LocaleNumber(inches[0] * 2.54),
                ch=LocaleNumber(inches[1] * 2.54),
            )
        )


def ask_png_dpi(parts: WindowParts) -> int | None:
    dialog = PngOptionsDialog(parts.scene.sceneRect(), parts.window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.dpi.value()
    finally:
        dialog.deleteLater()


def run_png_export(parts: WindowParts) -> bool:
    from ..dialogs import messages
    from . import files

    window = parts.window
    dpi = ask_png_dpi(parts)
    if dpi is None:
        return False
    path = files.ask_export_path(
        window,
        parts.controller,
        QCoreApplication.translate("ImageExport", "Export PNG"),
        QCoreApplication.translate("ImageExport", "PNG pictures (*.png)"),
        ".png",
    )
    if not path:
        return False
    try:
        size = export_png(parts.controller.journey, path, dpi, current_view(parts))
    except (MapSaveError, OSError, ValueError) as error:
        messages.show_error(
            window, QCoreApplication.translate("ImageExport", "Cannot export PNG"), QCoreApplication.translate("ImageExport", "The picture was not written: {reason}").format(
                reason=_reason(error)
            ),
        )  # fmt: skip
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate("ImageExport", "Exported a {w}×{h} picture to {path}").format(
            w=size.width(), h=size.height(), path=path
        ),
        8000,
    )
    return True


def run_svg_export(parts: WindowParts) -> bool:
    from ..dialogs import messages
    from . import files

    window = parts.window
    path = files.ask_export_path(
        window,
        parts.controller,
        QCoreApplication.translate("ImageExport", "Export SVG"),
        QCoreApplication.translate("ImageExport", "SVG pictures (*.svg)"),
        ".svg",
    )
    if not path:
        return False
    try:
        export_svg(parts.controller.journey, path, current_view(parts))
    except (MapSaveError, OSError) as error:
        messages.show_error(
            window, QCoreApplication.translate("ImageExport", "Cannot export SVG"), QCoreApplication.translate("ImageExport", "The picture was not written: {reason}").format(
                reason=_reason(error)
            ),
        )  # fmt: skip
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate("ImageExport", "Exported {name}").format(name=Path(path).name),
        8000,
    )
    return True


def copy_as_image(parts: WindowParts) -> bool:
    """The selection (or the whole map when nothing is selected) to the clipboard."""
    journey = parts.controller.journey
    ids = parts.controller.selection
    try:
        image = map_image(journey, CLIPBOARD_DPI, current_view(parts), ids or None)
    except PictureTooLargeError:
        rect = parts.scene.sceneRect()
        image = map_image(journey, max_dpi_for(rect), current_view(parts), ids or None)
    QGuiApplication.clipboard().setImage(image)
    what = (
        QCoreApplication.translate("ImageExport", "the selection")
        if ids
        else QCoreApplication.translate("ImageExport", "the map")
    )
    parts.show_status(
        QCoreApplication.translate("ImageExport", "Copied {what} as a {w}×{h} picture.").format(
            what=what, w=image.width(), h=image.height()
        ),
        5000,
    )
    return True


def _reason(error: BaseException) -> str:
    if isinstance(error, MapSaveError):
        return localize(error.reason)
    if isinstance(error, OSError):
        return localize(describe_os_error(error))
    return localize(reason_of(error))
