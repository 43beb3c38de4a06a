"""Research or assumption on the canvas: a badge on each card, and a "researched only" view.

Source 002 asks the team to tell what it knows from what it guesses. A card backed by
research wears a filled badge with its source's initial (Interview, Analytics, Survey,
Observation); a card the team marked as assumed wears a hollow dashed one; an unmarked
card wears none. "Only researched" dims every card that research does not back, using
the same rule as ``model.filters.researched_only``.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjm_designer.model import Evidence, EvidenceSource, EvidenceStatus
from cjm_designer.model.filters import is_researched

BADGE = 13.0
RESEARCHED = QColor("#0b7285")
ASSUMED = QColor("#8a94a3")
DIMMED = 0.22


def source_names() -> dict[EvidenceSource, str]:
    return {
        EvidenceSource.INTERVIEW: QCoreApplication.translate("Evidence", "interview"),
        EvidenceSource.ANALYTICS: QCoreApplication.translate("Evidence", "analytics"),
        EvidenceSource.SURVEY: QCoreApplication.translate("Evidence", "survey"),
        EvidenceSource.OBSERVATION: QCoreApplication.translate("Evidence", "observation"),
        EvidenceSource.OTHER: QCoreApplication.translate("Evidence", "other"),
    }


def initial(source: EvidenceSource | None) -> str:
    """One letter for the badge, translated with the source's name."""
    if source is None:
        return "✓"
    return source_names()[source][:1].upper()


def describe(evidence: Evidence | None) -> str:
    """A sentence for tooltips: "Researched (interview): 12 calls in May"."""
    if evidence is None:
        return QCoreApplication.translate("Evidence", "Not marked as researched or assumed")
    if evidence.status is EvidenceStatus.RESEARCHED:
        text = QCoreApplication.translate("Evidence", "Researched")
        if evidence.source is not None:
            text += f" ({source_names()[evidence.source]})"
    else:
        text = QCoreApplication.translate("Evidence", "Assumed")
    return text + (f": {evidence.note}" if evidence.note else "")


class EvidenceBadge(QGraphicsItem):
    """A small circle on a card's top-right corner; a child item, so it follows drags."""

    def __init__(self, evidence: Evidence, parent: QGraphicsItem):
        super().__init__(parent)
        self.evidence = evidence
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(1)

    def set_evidence(self, evidence: Evidence) -> None:
        if evidence != self.evidence:
            self.evidence = evidence
            self.update()
        self.setToolTip(describe(evidence))

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, BADGE + 2, BADGE + 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        circle = QRectF(1, 1, BADGE, BADGE)
        font = QFont(painter.font())
        font.setPixelSize(9)
        font.setBold(True)
        painter.setFont(font)
        if self.evidence.status is EvidenceStatus.RESEARCHED:
            painter.setPen(QPen(QColor("#ffffff"), 1.2))
            painter.setBrush(QBrush(RESEARCHED))
            painter.drawEllipse(circle)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initial(self.evidence.source))
        else:
            painter.setPen(QPen(ASSUMED, 1.2, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(QColor("#ffffff")))
            painter.drawEllipse(circle)
            painter.setPen(ASSUMED)
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, "?")


class EvidenceLayer(QObject):
    """Keeps a badge on every marked card of a scene, and dims unbacked cards on request."""

    def __init__(self, scene):
        super().__init__(scene)
        self.scene = scene
        self.visible = True
        self.researched_only = False
        self.badges: dict[str, EvidenceBadge] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.place)
        scene.layoutChanged.connect(self.place)
        scene.controller.mapChanged.connect(lambda *_a: self._timer.start())
        self.place()

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        self.place()

    def set_researched_only(self, on: bool) -> None:
        self.researched_only = on
        self.place()

    def dimmed(self) -> set[str]:
        """Ids of the cards shown faded now."""
        return {card_id for card_id, item in self.scene.cards.items() if item.opacity() < 0.5}

    def place(self) -> None:
        cards = self.scene.cards
        for card_id in list(self.badges):
            badge = self.badges[card_id]
            item = cards.get(card_id)
            alive = shiboken6.isValid(badge)
            evidence = item.touchpoint.evidence if item is not None else None
            if (
                not alive
                or item is None
                or badge.parentItem() is not item
                or evidence is None
                or not self.visible
            ):
                if alive and badge.scene() is not None:
                    badge.scene().removeItem(badge)
                del self.badges[card_id]
        for card_id, item in cards.items():
            evidence = item.touchpoint.evidence
            if self.visible and evidence is not None:
                shown = self.badges.get(card_id)
                if shown is None:
                    shown = self.badges[card_id] = EvidenceBadge(evidence, item)
                shown.set_evidence(evidence)
                shown.setPos(item.width - BADGE - 6, -BADGE / 2)
            backed = is_researched(evidence)
            item.setOpacity(DIMMED if self.researched_only and not backed else 1.0)
