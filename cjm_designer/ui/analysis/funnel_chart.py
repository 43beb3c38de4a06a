"""The funnel as a bar chart: how many of the customers who enter reach each stage.

The chart draws a :class:`FunnelView`, plain data built from a map and its funnel, so
the Analysis dock and the Compare view draw the same picture of different maps. When
the funnel cannot be computed the chart says why and which transitions to fix.
"""

from __future__ import annotations

from dataclasses import field

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from cjm_designer import messages
from cjm_designer.model import JourneyMap, Transition
from cjm_designer.model.records import Record, record

from .palette import BAR, BAR_FINAL, chart_colors

ROW_HEIGHT = 22.0
FIGURE_HEIGHT = 46.0


@record
class FunnelRow(Record):
    stage: str
    label: str
    reach: float | None
    final: bool = False


@record
class FunnelView(Record):
    """What the chart shows: figures on top, one bar per stage, or a message why not."""

    title: str = ""
    figures: tuple[tuple[str, str], ...] = ()
    rows: tuple[FunnelRow, ...] = ()
    message: str = ""
    problems: tuple[str, ...] = field(default_factory=tuple)


def percent(value: float | None, digits: int = 1) -> str:
    """A share in the window's language: "2.3%" in English, "2,3 %" in Russian and Finnish."""
    return messages.percent(value, digits)


def days_text(days: float | None) -> str:
    if days is None:
        return "—"
    if days >= 60:
        return QCoreApplication.translate("Analysis", "{value} months").format(
            value=messages.number(days / 30, ".1f")
        )
    if days >= 1:
        return QCoreApplication.translate("Analysis", "{value} days").format(
            value=messages.number(days, ".1f")
        )
    return QCoreApplication.translate("Analysis", "{value} hours").format(
        value=messages.number(days * 24, ".1f")
    )


def entity_label(journey: JourneyMap, entity_id: str) -> str:
    """A stage's name, or "From → To" for a transition; the id when unknown."""
    entity = journey.get(entity_id)
    if isinstance(entity, Transition):
        source = journey.get(entity.source)
        target = journey.get(entity.target) if entity.target else None
        return f"{getattr(source, 'name', entity.source)} → " + (
            getattr(target, "name", entity.target)
            if entity.target
            else QCoreApplication.translate("Analysis", "(leaves)")
        )
    return getattr(entity, "name", None) or getattr(entity, "title", None) or entity_id


def funnel_view(journey: JourneyMap, funnel, title: str = "") -> FunnelView:
    """Turn a ``FunnelResult`` of ``journey`` into what the chart draws."""
    names = {stage.id: stage.name for stage in journey.stages}
    status = funnel.status
    if status == "ok":
        finals = set(funnel.finals or {})
        rows = tuple(
            FunnelRow(stage.id, stage.name, (funnel.reach or {}).get(stage.id), stage.id in finals)
            for stage in journey.stages
        )
        referral = funnel.referral
        multiplier = (
            QCoreApplication.translate("Analysis", "none")
            if referral.status == "none"
            else (
                "×" + messages.number(referral.multiplier, ".2f")
                if referral.multiplier is not None
                else "—"
            )
        )
        figures = (
            (QCoreApplication.translate("Analysis", "Conversion"), percent(funnel.conversion, 2)),
            (
                QCoreApplication.translate("Analysis", "Expected time"),
                days_text(funnel.expected_days),
            ),
            (QCoreApplication.translate("Analysis", "Referral multiplier"), multiplier),
        )
        problems = ()
        if funnel.missing_durations:
            problems = (
                QCoreApplication.translate("Analysis", "No duration at: {stages}").format(
                    stages=", ".join(names.get(s, s) for s in funnel.missing_durations)
                ),
            )
        if referral.status == "missing-probabilities":
            problems += (
                QCoreApplication.translate(
                    "Analysis", "Referrals without a probability: {items}"
                ).format(items=", ".join(entity_label(journey, t) for t in referral.missing)),
            )
        elif referral.status == "diverges":
            problems += (
                QCoreApplication.translate(
                    "Analysis", "Referrals grow without limit: check their probabilities."
                ),
            )
        return FunnelView(title, figures, rows, "", problems)
    return FunnelView(title, (), (), _status_message(journey, funnel))


def _status_message(journey: JourneyMap, funnel) -> str:
    status = funnel.status
    if status == "no-stages":
        return QCoreApplication.translate("Analysis", "Add stages to see the funnel.")
    if status == "missing-probabilities":
        if funnel.implicit or not funnel.missing:
            return QCoreApplication.translate(
                "Analysis",
                "The stages have no transitions yet: draw them between stages and give each "
                "a probability to compute the funnel.",
            )
        items = ", ".join(entity_label(journey, t) for t in funnel.missing)
        return QCoreApplication.translate(
            "Analysis", "Give these transitions a probability to compute the funnel: {items}"
        ).format(items=items)
    if status == "invalid-probabilities":
        items = ", ".join(entity_label(journey, t) for t in funnel.invalid)
        return QCoreApplication.translate(
            "Analysis", "Probabilities are outside 0–100% or add up to more than 100% at: {items}"
        ).format(items=items)
    if status == "endless-loop":
        items = ", ".join(entity_label(journey, s) for s in funnel.trapped)
        return QCoreApplication.translate(
            "Analysis",
            "Customers who reach {items} can never leave nor finish: some way out must have "
            "a probability below 100%.",
        ).format(items=items)
    return QCoreApplication.translate(
        "Analysis", "The funnel cannot be computed ({status})."
    ).format(status=status)


class FunnelChart(QWidget):
    """Figures (conversion, time, referral multiplier) above one bar per stage."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = FunnelView()
        self.colors = chart_colors(self.palette())  # taken again at each paint: the theme
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(260)

    def set_view(self, view: FunnelView) -> None:
        self.view = view
        self.updateGeometry()
        self.update()

    def figure(self, label: str) -> str:
        """The shown value of one figure (e.g. "Conversion"), for tests and accessibility."""
        return dict(self.view.figures).get(label, "")

    def sizeHint(self) -> QSize:
        return QSize(420, int(self._content_height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, int(min(self._content_height(), 160)))

    def _content_height(self) -> float:
        view = self.view
        height = 8.0 + (24 if view.title else 0)
        if view.message:
            return height + 80
        height += FIGURE_HEIGHT + 10 + ROW_HEIGHT * len(view.rows) + 8
        return height + 18 * len(view.problems)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.colors = chart_colors(self.palette())
        painter.fillRect(self.rect(), self.colors.paper)
        width = float(self.width())
        y = 8.0
        base = QFont(self.font())
        if self.view.title:
            bold = QFont(base)
            bold.setBold(True)
            bold.setPointSizeF(base.pointSizeF() + 1)
            painter.setFont(bold)
            painter.setPen(self.colors.ink)
            painter.drawText(
                QRectF(10, y, width - 20, 22), Qt.AlignmentFlag.AlignVCenter, self.view.title
            )
            y += 24
        if self.view.message:
            painter.setFont(base)
            painter.setPen(self.colors.muted)
            painter.drawText(
                QRectF(10, y, width - 20, self.height() - y - 8),
                Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop,
                self.view.message,
            )
            return
        y = self._paint_figures(painter, base, y, width)
        y = self._paint_bars(painter, base, y + 10, width)
        painter.setFont(base)
        painter.setPen(self.colors.muted)
        for line in self.view.problems:
            painter.drawText(QRectF(10, y, width - 20, 18), Qt.AlignmentFlag.AlignVCenter, line)
            y += 18

    def _paint_figures(self, painter: QPainter, base: QFont, y: float, width: float) -> float:
        figures = self.view.figures
        if not figures:
            return y
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        big = QFont(base)
        big.setBold(True)
        big.setPointSizeF(base.pointSizeF() + 4)
        cell = (width - 20) / len(figures)
        for index, (label, value) in enumerate(figures):
            x = 10 + index * cell
            painter.setFont(small)
            painter.setPen(self.colors.muted)
            painter.drawText(QRectF(x, y, cell - 6, 16), Qt.AlignmentFlag.AlignVCenter, label)
            painter.setFont(big)
            painter.setPen(self.colors.ink)
            painter.drawText(QRectF(x, y + 16, cell - 6, 28), Qt.AlignmentFlag.AlignVCenter, value)
        painter.setPen(self.colors.rule)
        painter.drawLine(
            10, int(y + FIGURE_HEIGHT + 4), int(width - 10), int(y + FIGURE_HEIGHT + 4)
        )
        return y + FIGURE_HEIGHT

    def _paint_bars(self, painter: QPainter, base: QFont, y: float, width: float) -> float:
        rows = self.view.rows
        painter.setFont(base)
        metrics = QFontMetricsF(base)
        label_w = min(
            max((metrics.horizontalAdvance(r.label) for r in rows), default=60) + 12, width * 0.4
        )
        value_w = metrics.horizontalAdvance("100.0%") + 10
        bar_x = 10 + label_w
        bar_w = max(20.0, width - bar_x - value_w - 10)
        for row in rows:
            rect = QRectF(10, y, label_w - 8, ROW_HEIGHT)
            painter.setPen(self.colors.ink)
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label
            )
            painter.fillRect(QRectF(bar_x, y + 4, bar_w, ROW_HEIGHT - 8), self.colors.track)
            reach = max(0.0, min(1.0, row.reach or 0.0))
            painter.fillRect(
                QRectF(bar_x, y + 4, bar_w * reach, ROW_HEIGHT - 8), BAR_FINAL if row.final else BAR
            )
            painter.setPen(self.colors.ink)
            painter.drawText(
                QRectF(bar_x + bar_w + 6, y, value_w, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                percent(row.reach),
            )
            y += ROW_HEIGHT
        return y + 8
