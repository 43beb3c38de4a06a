"""The window's finishing touches, made with palettes and widgets instead of a style sheet.

An application-wide style sheet puts Qt's style-sheet style in front of Fusion for every
widget: each one is polished and painted through it, which cost the first window about
45 ms. The few things the sheet did are done here directly and follow the palette, so
the light and dark themes both work:

- dock title bars with a calm band and room to breathe (:class:`DockTitleBar`);
- a visible focus ring on lists, trees, tables and the canvas (:class:`FocusRing`);
- heading and hint labels (:func:`set_role`), alert text (:func:`show_alert`);
- fields whose text is not valid (:func:`show_invalid`);
- boxes floating over the canvas: find, quick add, capture (:class:`FloatingPanel`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)
from shiboken6 import Shiboken

INVALID_TINT = QColor("#d9553f")
"""Mixed into a field's base colour (a fifth of it) when its text is not valid."""
ALERT_ON_LIGHT, ALERT_ON_DARK = QColor("#b8372a"), QColor("#ff8f80")
"""Alert text (time is up) on a light and on a dark window: both at least 4.5:1."""

APP_TITLE = "CJM Designer"
"""The product name in window titles (main window, read-only snapshot windows)."""


class DockTitleBar(QWidget):
    """A dock's title on the AlternateBase band, with its float and close buttons.

    Mouse presses on the band are left to the dock (drag to move, double-click to float),
    as Qt expects of custom title bars.
    """

    def __init__(self, dock: QDockWidget):
        super().__init__(dock)
        self.dock = dock
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(2)
        self.label = QLabel(dock.windowTitle().replace("&", ""))
        layout.addWidget(self.label, 1)
        self.float_button = self._button(QCoreApplication.translate("DockTitleBar", "Float"))
        self.float_button.clicked.connect(lambda: dock.setFloating(not dock.isFloating()))
        self.close_button = self._button(QCoreApplication.translate("DockTitleBar", "Close"))
        self._draw_icons()
        self.close_button.clicked.connect(dock.close)
        layout.addWidget(self.float_button)
        layout.addWidget(self.close_button)
        dock.windowTitleChanged.connect(lambda title: self.label.setText(title.replace("&", "")))
        dock.featuresChanged.connect(self._show_buttons)
        self._show_buttons(dock.features())

    def _draw_icons(self) -> None:
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        self.float_button.setIcon(title_bar_icon("float", ink))
        self.close_button.setIcon(title_bar_icon("close", ink))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "close_button"):
            self._draw_icons()  # a dark theme: light marks

    def _button(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setIconSize(QSize(12, 12))
        button.setAutoRaise(True)
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def _show_buttons(self, features) -> None:
        feature = QDockWidget.DockWidgetFeature
        self.float_button.setVisible(bool(features & feature.DockWidgetFloatable))
        self.close_button.setVisible(bool(features & feature.DockWidgetClosable))


def title_bar_icon(kind: str, ink: QColor) -> QIcon:
    """A dock's float mark (two windows) or close mark (a cross), 12 px, in ``ink``.

    Drawn rather than taken from the style: QStyle's icons follow no dark palette, and
    touching QStyle makes PySide build its enums, 10 ms before the first frame.
    """
    ratio = 3  # sharp at up to 300% screen scaling
    pixmap = QPixmap(12 * ratio, 12 * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink, 1.25))
    if kind == "close":
        painter.drawLine(QPointF(2.5, 2.5), QPointF(9.5, 9.5))
        painter.drawLine(QPointF(9.5, 2.5), QPointF(2.5, 9.5))
    else:
        behind = [QPointF(4.5, 4.5), QPointF(4.5, 1.5), QPointF(10.5, 1.5)]
        behind += [QPointF(10.5, 7.5), QPointF(7.5, 7.5)]  # the part the front one leaves
        painter.drawPolyline(behind)
        painter.drawRect(QRectF(1.5, 4.5, 6, 6))
    painter.end()
    return QIcon(pixmap)


def install_title_bars(window: QWidget) -> None:
    """Give every dock of ``window`` that has none yet a :class:`DockTitleBar`.

    A dock that is closed gets its bar when it first shows: most panels are closed on a
    first run, and building their bars at start-up cost 15-45 ms before the first paint.
    (Not when polished: showing the window polishes its hidden docks too.)
    """
    # A main window's docks are its direct children; searching the whole tree made a
    # Python wrapper for each of its hundreds of objects before the first paint.
    for dock in window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if dock.titleBarWidget() is not None:
            continue
        if dock.isVisibleTo(window) or not window.isHidden():
            dock.setTitleBarWidget(DockTitleBar(dock))
        else:
            dock.installEventFilter(_LATE_BARS)


class _LateTitleBars(QObject):
    """Builds a closed dock's title bar when it is first shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDockWidget):
            watched.removeEventFilter(self)
            if watched.titleBarWidget() is None:
                watched.setTitleBarWidget(DockTitleBar(watched))
        return False


_LATE_BARS = _LateTitleBars()


class _Ring(QWidget):
    """Drawn over the focused view, inside its edges (a ring outside would be clipped by
    the dock the view fills); transparent to the mouse."""

    WIDTH = 2

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        color = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(color, self.WIDTH))
        half = self.WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))


class FocusRing(QObject):
    """A 2-pixel ring in the highlight colour around the focused list, tree, table or
    canvas: keyboard users must see where they are (Fusion frames fields and buttons
    itself)."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.ring: _Ring | None = None
        self.widget: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = new if isinstance(new, (QAbstractItemView, QGraphicsView)) else None
        if self.widget is not None and Shiboken.isValid(self.widget):
            self.widget.removeEventFilter(self)
        self.widget = target
        if target is None:
            if self.ring is not None and Shiboken.isValid(self.ring):
                self.ring.hide()
            return
        if self.ring is None or not Shiboken.isValid(self.ring):
            self.ring = _Ring()
        self.ring.setParent(target)
        self.ring.setGeometry(target.rect())
        self.ring.show()
        self.ring.raise_()
        target.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Resize and self.ring:
            self.ring.setGeometry(watched.rect())
        return False


_ring: FocusRing | None = None


def install_focus_ring(app: QApplication) -> FocusRing:
    global _ring
    if _ring is None:
        _ring = FocusRing(app)
        app.destroyed.connect(_forget_ring)
    return _ring


def _forget_ring(*_args: object) -> None:
    global _ring
    _ring = None


class FloatingPanel(QFrame):
    """A rounded box floating over the canvas, in the theme's window colour.

    ``accent`` boxes (quick add, capture) take typing into the map and say so with a
    border in the highlight colour; the find bar has a quiet one.
    """

    RADIUS = 7.0

    def __init__(self, parent: QWidget, accent: bool = False):
        super().__init__(parent)
        self.accent = accent

    def paintEvent(self, event) -> None:
        palette = self.palette()
        role = QPalette.ColorRole.Highlight if self.accent else QPalette.ColorRole.Mid
        width = 2.0 if self.accent else 1.0
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(role), width))
        painter.setBrush(palette.color(QPalette.ColorRole.Window))
        inset = width / 2
        box = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        painter.drawRoundedRect(box, self.RADIUS, self.RADIUS)


def set_role(label: QLabel, role: str) -> None:
    """``heading``: a semibold line a little larger than the text; ``hint``: muted text;
    ``accent``: semibold text in the highlight colour."""
    label.setProperty("role", role)
    if role == "heading":
        font = QFont(label.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() + 1)
        label.setFont(font)
        label.setContentsMargins(0, 4, 0, 2)
    elif role == "hint":
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    elif role == "accent":
        font = QFont(label.font())
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        label.setForegroundRole(QPalette.ColorRole.Highlight)


def show_alert(label: QLabel, alert: bool) -> None:
    """Bold red text that reads on the current theme's window colour, or normal text again.

    Call it again when the application palette changes: the red is picked for the window
    colour of the moment.
    """
    palette = QPalette()  # sets nothing: the label follows the theme again
    if alert:
        background = QApplication.palette(label).color(QPalette.ColorRole.Window)
        red = ALERT_ON_DARK if background.lightnessF() < 0.5 else ALERT_ON_LIGHT
        palette.setColor(QPalette.ColorRole.WindowText, red)
    label.setPalette(palette)
    font = QFont(label.font())
    font.setBold(alert)
    label.setFont(font)


def show_invalid(widget: QWidget, invalid: bool) -> None:
    """Tint the field's background when its text is not valid (its tooltip says why)."""
    widget.setProperty("invalid", invalid)
    palette = QPalette()  # sets nothing: the widget follows the theme again
    if invalid:
        base = QApplication.palette(widget).color(QPalette.ColorRole.Base)
        tint = QColor(
            *(
                round(b * 0.8 + t * 0.2)
                for b, t in zip(base.getRgb()[:3], INVALID_TINT.getRgb()[:3], strict=True)
            )
        )
        palette.setColor(QPalette.ColorRole.Base, tint)  # only the base is its own
    widget.setPalette(palette)
