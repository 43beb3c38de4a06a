"""Screen readers, keyboard-only use, colour-blind safe colours and contrast checks.

Canvas items are QGraphicsItems, which have no accessibility interface of their own, so
the view speaks for them: whenever the selection changes, its accessible description
says what is selected ("Touchpoint “Order” in stage Buy, channel Web site") and an
accessibility event tells the screen reader. Alt+arrow keys move the selection from card
to card (plain arrows move the workshop capture cell, see ``workshop/capture.py``).

The colour helpers (WCAG contrast ratio, colour-blindness simulation after Machado et
al. 2009, CIE Lab distance) are plain Python so tests can check every palette.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from cjm_designer.model import Kind

from .docks.lazy import name_for_screen_readers

if TYPE_CHECKING:
    from .canvas.view import MapView
    from .session import EditingSession

# --- colour maths ---------------------------------------------------------------------------

RGB = tuple[float, float, float]


def hex_to_rgb(color: str) -> RGB:
    text = color.lstrip("#")
    return tuple(int(text[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _gamma(channel: float) -> float:
    channel = min(1.0, max(0.0, channel))
    return channel * 12.92 if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def relative_luminance(color: str) -> float:
    r, g, b = (_linear(c) for c in hex_to_rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio, 1..21; body text needs at least 4.5."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
CVD_MATRICES = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def simulate(color: str, deficiency: str) -> RGB:
    """How ``color`` looks with a colour-vision deficiency (sRGB 0..1)."""
    linear = [_linear(c) for c in hex_to_rgb(color)]
    matrix = CVD_MATRICES[deficiency]
    return tuple(_gamma(sum(m * c for m, c in zip(row, linear, strict=True))) for row in matrix)  # type: ignore[return-value]


def to_lab(rgb: RGB) -> RGB:
    r, g, b = (_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def lab_distance(first: RGB, second: RGB) -> float:
    """CIE76 ΔE: about 2.3 is just noticeable; above ~20 reads as a different colour."""
    return math.dist(to_lab(first), to_lab(second))


def min_distance(palette: list[str], deficiency: str | None = None) -> float:
    """The closest pair of ``palette`` as seen normally or with ``deficiency``."""
    seen = [simulate(c, deficiency) if deficiency else hex_to_rgb(c) for c in palette]
    return min(lab_distance(a, b) for i, a in enumerate(seen) for b in seen[i + 1 :])


# --- telling screen readers what is selected ------------------------------------------------


def describe(journey, entity_id: str) -> str:
    """One line a screen reader can say about a selected map item."""
    kind = journey.kind_of(entity_id)
    entity = journey.get(entity_id) if kind is not None else None
    if entity is None:
        return ""
    if kind is Kind.TOUCHPOINT:
        stage, channel = journey.get(entity.stage), journey.get(entity.channel)
        return QCoreApplication.translate(
            "Accessibility", "Touchpoint “{title}” in stage {stage}, channel {channel}"
        ).format(title=entity.title, stage=stage.name, channel=channel.name)
    if kind is Kind.STAGE:
        return QCoreApplication.translate("Accessibility", "Stage {name}").format(name=entity.name)
    if kind is Kind.CHANNEL:
        return QCoreApplication.translate("Accessibility", "Channel {name}").format(
            name=entity.name
        )
    return QCoreApplication.translate("Accessibility", "Selected: {id}").format(id=entity_id)


class CanvasAccessibility(QObject):
    """Keeps the canvas view's accessible description on the selection; Alt+arrow keys."""

    def __init__(self, session: EditingSession, view: MapView, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.view = view
        self.view.setAccessibleName(
            QCoreApplication.translate("Accessibility", "Journey map canvas")
        )
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        session.controller.selectionChanged.connect(self.announce)
        session.controller.documentReplaced.connect(self.announce)
        self.view.installEventFilter(self)
        self.announce()

    def announce(self, *_args) -> None:
        session = self.session
        selection = list(session.selection)
        if not selection:
            text = QCoreApplication.translate(
                "Accessibility", "Nothing selected. Alt+arrow keys move between cards."
            )
        elif len(selection) == 1:
            text = describe(session.journey, selection[0])
        else:
            text = QCoreApplication.translate("Accessibility", "{count} items selected").format(
                count=len(selection)
            )
        self.view.setAccessibleDescription(text)
        if not self.view.isVisible():
            return  # nothing to tell a screen reader yet; QAccessible's enums wait too
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        if QAccessible.isActive():
            event = QAccessibleEvent(self.view, QAccessible.Event.DescriptionChanged)
            QAccessible.updateAccessibility(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        directions = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if modifiers != Qt.KeyboardModifier.AltModifier or event.key() not in directions:
            return False
        self.step(*directions[Qt.Key(event.key())])
        return True

    def step(self, dx: int, dy: int) -> str | None:
        """Select the nearest card in a direction (the first card if none is selected)."""
        cards = self.view.scene().cards
        if not cards:
            return None
        current = next((i for i in self.session.selection if i in cards), None)
        if current is None:
            target = min(cards, key=lambda i: (cards[i].pos().x(), cards[i].pos().y()))
        else:
            origin = cards[current].sceneBoundingRect().center()
            target = _nearest(origin, dx, dy, cards, current)
            if target is None:
                return current
        self.session.set_selection([target])
        self.view.ensureVisible(cards[target], 40, 40)
        return target


def _nearest(origin: QPointF, dx: int, dy: int, cards: dict, skip: str) -> str | None:
    best, best_score = None, math.inf
    for card_id, item in cards.items():
        if card_id == skip:
            continue
        centre = item.sceneBoundingRect().center()
        along = (centre.x() - origin.x()) * dx + (centre.y() - origin.y()) * dy
        if along <= 1:
            continue
        across = abs((centre.x() - origin.x()) * dy) + abs((centre.y() - origin.y()) * dx)
        score = along + 3 * across
        if score < best_score:
            best, best_score = card_id, score
    return best


def name_widgets(window: QMainWindow, zoom_label: QWidget) -> None:
    """Accessible names on docks and their main widgets, from their (translated) titles."""
    docks = window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    for dock in docks:  # a main window's docks are its direct children
        name_for_screen_readers(dock)  # a LazyDock names its contents when it makes them
    window.statusBar().setAccessibleName(QCoreApplication.translate("Accessibility", "Status"))
    zoom_label.setAccessibleName(QCoreApplication.translate("Accessibility", "Zoom level"))


def attach_accessibility(
    window: QMainWindow, session: EditingSession, view: MapView, zoom_label: QWidget
) -> CanvasAccessibility:
    """Call once a window has its docks: names, canvas announcements, card keys."""
    name_widgets(window, zoom_label)
    return CanvasAccessibility(session, view, window)
