"""Foldable sections of the Properties form: a header per section that opens and folds it.

A card's form (title, description, stage, channel, evidence, actions, pains,
opportunities) is taller than the panel on a 1280x720 projector, so it scrolled and the
consultant lost the title while typing a pain. Each section has a header that folds its
rows with a click, Enter or Space; what the user opened or folded is remembered per
section in QSettings (``properties/open/<kind>/<section>``), and the rarely used
sections (evidence, actions, SWOT) start folded.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import QAbstractButton, QSizePolicy

SETTINGS_GROUP = "properties/open"
ARROW_GAP = 6
PAD_V = 4


def settings_key(kind: str, section: str) -> str:
    """The QSettings key that remembers whether ``section`` of ``kind``'s form is open."""
    return f"{SETTINGS_GROUP}/{kind}/{section}"


def remembered_open(kind: str, section: str, default: bool) -> bool:
    """Whether the section was left open (``default`` when never toggled or unreadable)."""
    value = QSettings().value(settings_key(kind, section), default)
    if isinstance(value, str):  # INI files give strings back
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def remember_open(kind: str, section: str, is_open: bool) -> None:
    QSettings().setValue(settings_key(kind, section), is_open)


class SectionHeader(QAbstractButton):
    """A section's title with an arrow: checked means open. Click, Enter or Space toggles.

    ``foldable`` False makes it a plain heading (a form with one section has nothing to
    fold): no arrow, no focus, clicks do nothing.
    """

    def __init__(self, title: str, foldable: bool = True, is_open: bool = True, parent=None):
        super().__init__(parent)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.setFont(font)
        self.setText(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggled.connect(self._describe)
        self.set_foldable(foldable, is_open)

    def set_foldable(self, foldable: bool, is_open: bool = True) -> None:
        """A section header (``foldable``) or a plain heading; ``is_open`` without signals."""
        self.setCheckable(foldable)
        blocked = self.blockSignals(True)
        self.setChecked(foldable and is_open)
        self.blockSignals(blocked)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if foldable else Qt.FocusPolicy.NoFocus)
        if foldable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        self._describe(is_open)
        self.updateGeometry()
        self.update()

    @property
    def foldable(self) -> bool:
        return self.isCheckable()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def _describe(self, is_open: bool) -> None:
        if not self.foldable:
            self.setAccessibleDescription("")
            self.setToolTip("")
            return
        text = (
            self.tr("Open section: Enter or Space folds it")
            if is_open
            else self.tr("Folded section: Enter or Space opens it")
        )
        self.setAccessibleDescription(text)
        self.setToolTip(
            self.tr("Click to fold this section")
            if is_open
            else self.tr("Click to open this section")
        )

    def _arrow_size(self) -> int:
        return max(8, round(self.fontMetrics().height() * 0.55))

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        arrow = self._arrow_size() + ARROW_GAP if self.foldable else 0
        return QSize(
            arrow + metrics.horizontalAdvance(self.text()) + 4,
            metrics.height() + 2 * PAD_V + 2,
        )

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(hint.width(), 80), hint.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.foldable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        if not self.foldable:
            event.ignore()
            return
        super().mousePressEvent(event)

    def paintEvent(self, _event) -> None:
        # QStyle here, not at import: its enums cost the first window 10 ms (this panel
        # is closed then).
        from PySide6.QtWidgets import QStyle, QStyleOption

        painter = QPainter(self)
        style = self.style()
        rect = self.rect()
        x = 0
        if self.foldable:
            if self.underMouse() or self.hasFocus():
                shade = self.palette().color(QPalette.ColorRole.Highlight)
                shade.setAlpha(28)
                painter.fillRect(rect, shade)
            size = self._arrow_size()
            option = QStyleOption()
            option.initFrom(self)
            option.rect = QRect(0, (rect.height() - size) // 2, size, size)
            arrow = (
                QStyle.PrimitiveElement.PE_IndicatorArrowDown
                if self.isChecked()
                else QStyle.PrimitiveElement.PE_IndicatorArrowRight
            )
            style.drawPrimitive(arrow, option, painter, self)
            x = size + ARROW_GAP
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        text_rect = rect.adjusted(x, 0, 0, 0)
        text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )
        if self.hasFocus():
            option = QStyleOption()
            option.initFrom(self)
            option.rect = rect
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
        painter.end()

    def enterEvent(self, event) -> None:
        super().enterEvent(event)
        self.update()

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        self.update()
