"""The impact x effort matrix: pains and opportunities dragged between quadrants.

A 5 x 5 grid (effort left to right, impact bottom to top) tinted in four quadrants:
quick wins, big bets, fill-ins and money pits. Items without scores wait in the tray
below the grid; dragging one onto a cell scores it, dragging it back to the tray clears
its scores, and every drop is one undo step. Arrow keys move the chosen item a cell
(Delete sends it back to the tray), so the matrix works without a mouse too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from cjm_designer.model.plan import (
    BIG_BET,
    FILL_IN,
    MIDPOINT,
    MONEY_PIT,
    PAIN,
    QUICK_WIN,
    SCORE_HIGH,
    SCORE_LOW,
    ItemRef,
    PlanItem,
    quadrant,
    set_scores,
)

AXIS = 22.0
LABELS = 18.0
"""Room above the grid for the names of the two high-impact quadrants."""
TRAY_HEIGHT = 56.0
CHIP_HEIGHT = 17.0
CHIP_GAP = 2.0
DRAG_DISTANCE = 4.0

QUADRANT_TINT = {
    QUICK_WIN: QColor(46, 125, 50, 46),
    BIG_BET: QColor(21, 101, 192, 40),
    FILL_IN: QColor(120, 120, 120, 28),
    MONEY_PIT: QColor(198, 40, 40, 36),
}
PAIN_COLOR = QColor("#C62828")
OPPORTUNITY_COLOR = QColor("#2E7D32")


def quadrant_name(key: str) -> str:
    names = {
        QUICK_WIN: QCoreApplication.translate("Plan", "Quick wins"),
        BIG_BET: QCoreApplication.translate("Plan", "Big bets"),
        FILL_IN: QCoreApplication.translate("Plan", "Fill-ins"),
        MONEY_PIT: QCoreApplication.translate("Plan", "Money pits"),
    }
    return names[key]


@dataclass
class Chip:
    item: PlanItem
    rect: QRectF


class MatrixWidget(QWidget):
    """Paints the grid and the chips; a drop pushes a :func:`set_scores` edit."""

    chosenChanged = Signal(object)  # ItemRef | None
    cardRequested = Signal(str)  # double-click or Enter on a chip: show its card

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.items: list[PlanItem] = []
        self.chips: list[Chip] = []
        self.chosen: ItemRef | None = None
        self.hidden = 0
        self._press: QPointF | None = None
        self._dragging: Chip | None = None
        self._drag_pos = QPointF()
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(260, 200)
        self.setAccessibleName(QCoreApplication.translate("Plan", "Impact and effort matrix"))

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    # --- geometry ---------------------------------------------------------------------

    def grid_rect(self) -> QRectF:
        return QRectF(AXIS, LABELS, max(10, self.width() - AXIS - 4), self._grid_height())

    def _grid_height(self) -> float:
        return max(10.0, self.height() - TRAY_HEIGHT - AXIS - LABELS - 4)

    def tray_rect(self) -> QRectF:
        grid = self.grid_rect()
        return QRectF(grid.left(), grid.bottom() + AXIS, grid.width(), TRAY_HEIGHT)

    def cell_rect(self, impact: int, effort: int) -> QRectF:
        grid = self.grid_rect()
        size = SCORE_HIGH - SCORE_LOW + 1
        w, h = grid.width() / size, grid.height() / size
        return QRectF(
            grid.left() + (effort - SCORE_LOW) * w, grid.top() + (SCORE_HIGH - impact) * h, w, h
        )

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(impact, effort) under ``pos``, or None outside the grid."""
        grid = self.grid_rect()
        if not grid.contains(pos):
            return None
        size = SCORE_HIGH - SCORE_LOW + 1
        effort = SCORE_LOW + min(size - 1, int((pos.x() - grid.left()) / (grid.width() / size)))
        impact = SCORE_HIGH - min(size - 1, int((pos.y() - grid.top()) / (grid.height() / size)))
        return impact, effort

    # --- content ----------------------------------------------------------------------

    def set_items(self, items: list[PlanItem]) -> None:
        self.items = items
        if self.chosen is not None and all(i.ref != self.chosen for i in items):
            self.chosen = None
        self._layout_chips()
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layout_chips()

    def _layout_chips(self) -> None:
        self.chips = []
        by_cell: dict[tuple[int, int], list[PlanItem]] = {}
        tray: list[PlanItem] = []
        for item in self.items:
            if item.scored:
                by_cell.setdefault((item.insight.impact, item.insight.effort), []).append(item)
            else:
                tray.append(item)
        for (impact, effort), items in by_cell.items():
            cell = self.cell_rect(impact, effort).adjusted(2, 2, -2, -2)
            rows = max(1, int((cell.height() + CHIP_GAP) / (CHIP_HEIGHT + CHIP_GAP)))
            for index, item in enumerate(items):
                row = index % rows
                column, columns = index // rows, (len(items) + rows - 1) // rows
                width = cell.width() / columns
                rect = QRectF(
                    cell.left() + column * width,
                    cell.top() + row * (CHIP_HEIGHT + CHIP_GAP),
                    width - CHIP_GAP,
                    CHIP_HEIGHT,
                )
                self.chips.append(Chip(item, rect))
        tray_rect = self.tray_rect().adjusted(2, 2, -2, -2)
        x, y = tray_rect.left(), tray_rect.top() + 12
        metrics = QFontMetricsF(self._chip_font())
        self.hidden = 0
        for count, item in enumerate(tray):
            width = min(140.0, metrics.horizontalAdvance(item.insight.text) + 14)
            if x + width > tray_rect.right() and x > tray_rect.left():
                x, y = tray_rect.left(), y + CHIP_HEIGHT + CHIP_GAP
            if y + CHIP_HEIGHT > tray_rect.bottom() + 2:
                self.hidden = len(tray) - count  # the tray shows what fits; filters narrow it
                break
            self.chips.append(Chip(item, QRectF(x, y, width, CHIP_HEIGHT)))
            x += width + CHIP_GAP

    def chip_for(self, ref: ItemRef) -> Chip | None:
        return next((chip for chip in self.chips if chip.item.ref == ref), None)

    def chip_at(self, pos: QPointF) -> Chip | None:
        for chip in reversed(self.chips):
            if chip.rect.contains(pos):
                return chip
        return None

    # --- painting ---------------------------------------------------------------------

    def _chip_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        grid = self.grid_rect()
        for impact in range(SCORE_LOW, SCORE_HIGH + 1):
            for effort in range(SCORE_LOW, SCORE_HIGH + 1):
                painter.fillRect(
                    self.cell_rect(impact, effort), QUADRANT_TINT[quadrant(impact, effort)]
                )
        pen = QPen(palette.color(QPalette.ColorRole.Mid))
        pen.setWidthF(0.5)
        painter.setPen(pen)
        for step in range(SCORE_HIGH - SCORE_LOW + 2):
            x = grid.left() + step * grid.width() / 5
            y = grid.top() + step * grid.height() / 5
            painter.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()))
            painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
        split = QPen(text_color)
        split.setWidthF(1.5)
        painter.setPen(split)
        middle = self.cell_rect(MIDPOINT, MIDPOINT)
        painter.drawLine(
            QPointF(middle.right(), grid.top()), QPointF(middle.right(), grid.bottom())
        )
        painter.drawLine(QPointF(grid.left(), middle.top()), QPointF(grid.right(), middle.top()))
        label_font = QFont(self.font())
        label_font.setBold(True)
        painter.setFont(label_font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        middle_x = middle.right()
        top = QRectF(grid.left(), 0, grid.width(), LABELS)
        bottom = QRectF(grid.left(), grid.bottom(), grid.width(), AXIS)
        for key, rect, align in (
            (QUICK_WIN, QRectF(top.left(), 0, middle_x - top.left(), LABELS), left),
            (BIG_BET, QRectF(middle_x, 0, top.right() - middle_x, LABELS), right),
            (FILL_IN, QRectF(bottom.left(), bottom.top(), middle_x - bottom.left(), AXIS), left),
            (MONEY_PIT, QRectF(middle_x, bottom.top(), bottom.right() - middle_x, AXIS), right),
        ):
            painter.drawText(
                rect.adjusted(3, 0, -3, 0),
                align | Qt.AlignmentFlag.AlignVCenter,
                quadrant_name(key),
            )
        painter.setFont(self.font())
        painter.setPen(text_color)
        painter.save()
        painter.translate(2, grid.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-grid.height() / 2, 0, grid.height(), AXIS - 4),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("Plan", "Impact →"),
        )
        painter.restore()
        painter.drawText(
            QRectF(grid.left(), grid.bottom(), grid.width(), AXIS),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("Plan", "Effort →"),
        )
        tray = self.tray_rect()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(tray, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            tray.adjusted(4, 0, -4, 0),
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
            QCoreApplication.translate("Plan", "Not placed yet: drag onto the grid"),
        )
        if self.hidden:
            painter.drawText(
                tray.adjusted(4, 0, -4, 0),
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
                QCoreApplication.translate("Plan", "+%1 more (filter by stage)").replace(
                    "%1", str(self.hidden)
                ),
            )
        painter.setFont(self._chip_font())
        for chip in self.chips:
            if chip is self._dragging:
                continue
            self._paint_chip(painter, chip.item, chip.rect, chip.item.ref == self.chosen)
        if self._dragging is not None:
            rect = QRectF(self._dragging.rect)
            rect.moveCenter(self._drag_pos)
            painter.setOpacity(0.85)
            self._paint_chip(painter, self._dragging.item, rect, True)
        painter.end()

    def _paint_chip(self, painter: QPainter, item: PlanItem, rect: QRectF, chosen: bool) -> None:
        color = PAIN_COLOR if item.ref.part == PAIN else OPPORTUNITY_COLOR
        path = QPainterPath()
        path.addRoundedRect(rect, 3, 3)
        fill = QColor(color)
        fill.setAlpha(235 if chosen else 200)
        painter.fillPath(path, fill)
        if chosen:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawPath(path)
        painter.setPen(QColor("white"))
        text = QFontMetricsF(painter.font()).elidedText(
            item.insight.text, Qt.TextElideMode.ElideRight, rect.width() - 6
        )
        painter.drawText(rect.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, text)

    # --- mouse and keys ---------------------------------------------------------------

    def choose(self, ref: ItemRef | None) -> None:
        if ref != self.chosen:
            self.chosen = ref
            self.chosenChanged.emit(ref)
            self.update()

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        chip = self.chip_at(pos)
        self.choose(chip.item.ref if chip else None)
        self._press = pos if chip else None
        self._drag_pos = pos
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        chip = self.chip_at(event.position())
        if chip is not None:
            self.cardRequested.emit(chip.item.ref.card)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if self._dragging is None:
                if (pos - self._press).manhattanLength() < DRAG_DISTANCE:
                    return
                self._dragging = self.chip_for(self.chosen) if self.chosen else None
                if self._dragging is not None:
                    self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self._drag_pos = pos
            self.update()
            return
        chip = self.chip_at(pos)
        if chip is not None:
            self._show_tip(event.globalPosition().toPoint(), chip.item)
        else:
            QToolTip.hideText()

    def _show_tip(self, global_pos, item: PlanItem) -> None:
        kind = (
            QCoreApplication.translate("Plan", "Pain")
            if item.ref.part == PAIN
            else QCoreApplication.translate("Plan", "Opportunity")
        )
        journey = self.controller.journey
        stage = journey.get(item.card.stage)
        tip = f"{kind}: {item.insight.text}\n{item.card.title} · {stage.name if stage else ''}"
        if item.scored:
            tip += "\n" + QCoreApplication.translate("Plan", "Impact %1, effort %2").replace(
                "%1", str(item.insight.impact)
            ).replace("%2", str(item.insight.effort))
        QToolTip.showText(global_pos, tip, self)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        dragged, self._dragging, self._press = self._dragging, None, None
        self.unsetCursor()
        if dragged is None:
            return
        pos = event.position()
        cell = self.cell_at(pos)
        if cell is not None:
            self.place(dragged.item.ref, *cell)
        elif self.tray_rect().contains(pos):
            self.place(dragged.item.ref, None, None)
        self.update()

    def place(self, ref: ItemRef, impact: int | None, effort: int | None) -> bool:
        """Score an item (None, None: back to the tray) as one undo step."""
        insight = getattr(self.controller.journey.touchpoint(ref.card), ref.part)[ref.index]
        if (insight.impact, insight.effort) == (impact, effort):
            return False
        text = (
            QCoreApplication.translate("Plan", "Place in matrix")
            if impact is not None
            else QCoreApplication.translate("Plan", "Take out of matrix")
        )
        return self.controller.push(set_scores(self.controller.journey, ref, impact, effort), text)

    def keyPressEvent(self, event) -> None:
        if self.chosen is None:
            return super().keyPressEvent(event)
        chip = self.chip_for(self.chosen)
        if chip is None:
            return super().keyPressEvent(event)
        insight = chip.item.insight
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.place(self.chosen, None, None)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.cardRequested.emit(self.chosen.card)
            return
        moves = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Left: (0, -1),
        }
        if key not in moves:
            return super().keyPressEvent(event)
        impact, effort = insight.impact or MIDPOINT, insight.effort or MIDPOINT
        if insight.impact is not None:
            impact = max(SCORE_LOW, min(SCORE_HIGH, impact + moves[key][0]))
            effort = max(SCORE_LOW, min(SCORE_HIGH, effort + moves[key][1]))
        self.place(self.chosen, impact, effort)
