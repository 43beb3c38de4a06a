"""The room's QR code and address, large enough to scan from the back of the room.

:class:`QrCode` paints the modules of :func:`cjm_designer.room.qr.qr_matrix` as crisp
squares at any size. :class:`ProjectorWindow` is a separate window for the projector:
the code, the short address and how many have joined; it stays above the map in
presentation mode and closes with Esc.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QDialog, QLabel, QSizePolicy, QVBoxLayout, QWidget


class QrCode(QWidget):
    """A square QR code that grows with its widget (always black on white)."""

    def __init__(self, text: str = "", minimum: int = 120, parent: QWidget | None = None):
        super().__init__(parent)
        self.matrix: list[list[bool]] = []
        self.text = ""
        self.setMinimumSize(minimum, minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.text = text
        from cjm_designer.room.qr import qr_matrix  # segno loads only when a room opens

        self.matrix = qr_matrix(text) if text else []
        self.setAccessibleName(
            QCoreApplication.translate("Room", "QR code of {url}").format(url=text)
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor("#ffffff"))
        if not self.matrix:
            return
        count = len(self.matrix)
        module = int(side / count) or 1
        offset_x = left + (side - module * count) / 2
        offset_y = top + (side - module * count) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(
                        QRectF(offset_x + x * module, offset_y + y * module, module, module)
                    )


class ProjectorWindow(QDialog):
    """The big join screen: QR code, short address, number of people in the room."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roomProjector")
        self.setWindowTitle(QCoreApplication.translate("Room", "Join the workshop room"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        # The keyboard stays with the map (F5, arrows): showing this window never takes it.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        layout = QVBoxLayout(self)
        self.heading = QLabel(QCoreApplication.translate("Room", "Scan to join the workshop"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.code = QrCode(minimum=300)
        self.address = QLabel()
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setWordWrap(True)
        address_font = QFont(self.address.font())
        address_font.setPointSizeF(address_font.pointSizeF() * 1.5)
        self.address.setFont(address_font)
        self.joined = QLabel()
        self.joined.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.joined.setFont(address_font)
        layout.addWidget(self.heading)
        layout.addWidget(self.code, 1)
        layout.addWidget(self.address)
        layout.addWidget(self.joined)
        self.resize(560, 660)

    def show_room(self, url: str, joined: int) -> None:
        self.code.set_text(url)
        self.address.setText(url)
        self.set_joined(joined)

    def set_joined(self, joined: int) -> None:
        self.joined.setText(QCoreApplication.translate("Room", "%n joined", None, joined))
