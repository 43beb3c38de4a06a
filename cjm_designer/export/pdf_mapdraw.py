"""Draw a computed :class:`MapLayout` onto a reportlab canvas, unchanged but for scale.

The layout's y axis points down (screen); PDF's points up. :class:`Placement` maps one
to the other with a single uniform scale, so every box on paper is the canvas's box.
Text lines come pre-wrapped from layout (wrapped with our reportlab measurer), and are
drawn through the recording painter, elided again if a line would still overflow.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from io import BytesIO

from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader

from cjm_designer.layout import MapLayout, Metrics, Rect
from cjm_designer.model import JourneyMap, TransitionKind
from cjm_designer.model.duration_text import format_duration

from .pdf_context import RenderContext
from .pdf_label_place import exit_shifts, free_shift, text_box
from .pdf_shaping import base_rtl
from .pdf_style import CARD_MARKERS, CURVE_DASHES, CURVE_MARKERS, Palette, draw_marker
from .pdf_text import ASCENT, DESCENT, Box, elide

ARROW_DASHES = {
    TransitionKind.BACK: (5, 3),
    TransitionKind.SKIP: (2, 2),
    TransitionKind.EXIT: (1, 2.5),
    TransitionKind.REFERRAL: (10, 2, 2, 2),
}
"""Every kind of move has its own line, so grey print and colour-blind readers tell an
exit (dotted) from a referral (dash-dot, heavier) without the red and the green."""


def arrow_style(pal: Palette, kind: TransitionKind) -> tuple[Color, tuple[float, ...] | None]:
    """The colour and dash pattern of a move of ``kind``: one source for the map's arrows,
    the poster's legend and the summary's list, so the legend keys what the map draws."""
    colors = {
        TransitionKind.BACK: pal.pain,
        TransitionKind.EXIT: pal.pain,
        TransitionKind.SKIP: pal.accent,
        TransitionKind.REFERRAL: pal.opportunity,
    }
    return colors.get(kind, pal.muted), ARROW_DASHES.get(kind)


LABEL_SIZE = Metrics().label_size
"""Text size of a transition's label (layout units, like every size here)."""

CARD_FOOTER_SIZE = Metrics().footer_size


@dataclass
class Placement:
    """Layout units to PDF points: ``pdf = origin + layout * scale`` with y flipped."""

    scale: float
    left: float
    top: float
    drawn: dict[str, Box] = field(default_factory=dict)
    """Every card, header and cell as drawn, by a "kind:id" key (checked by tests)."""

    def box(self, rect: Rect) -> Box:
        s = self.scale
        return Box(self.left + rect.x * s, self.top - (rect.y + rect.h) * s, rect.w * s, rect.h * s)

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.left + x * self.scale, self.top - y * self.scale


class MapDrawer:
    def __init__(self, ctx: RenderContext, layout: MapLayout, metrics: Metrics, place: Placement):
        self.ctx = ctx
        self.layout = layout
        self.m = metrics
        self.p = place
        self.journey: JourneyMap = ctx.journey
        self.palette = ctx.palette

    # --- text ---------------------------------------------------------------------

    def lines(
        self, canvas, lines, rect: Rect, size: float, bold: bool = False, align="left"
    ) -> None:
        """Draw pre-wrapped lines from the top of ``rect``; none leaves the rect."""
        box = self.p.box(rect)
        size_pt = size * self.p.scale
        fonts = self.ctx.fonts
        line_height = fonts.line_height(size_pt)
        top_gap = (line_height - (ASCENT + DESCENT) * size_pt) / 2
        baseline = box.top - top_gap - ASCENT * size_pt
        directions = paragraph_directions(lines)
        for line, rtl in zip(lines, directions, strict=False):
            if baseline - DESCENT * size_pt < box.y - 0.01:
                break
            text = elide(line, box.width, size_pt, bold, fonts)
            width = fonts.width(text, size_pt, bold)
            if align == "center":
                x = box.x + (box.width - width) / 2
            elif rtl:
                x = box.right - width
            else:
                x = box.x
            self.ctx.painter.draw_line(canvas, text, x, baseline, size_pt, bold, box, rtl)
            baseline -= line_height

    def text(
        self, canvas, text: str, rect: Rect, size: float, bold=False, align="start", max_lines=None
    ):
        box = self.p.box(rect)
        self.ctx.painter.draw_box(canvas, text, box, size * self.p.scale, bold, align, max_lines)

    # --- shapes -------------------------------------------------------------------

    def rect(self, canvas, rect: Rect, fill=None, stroke=None, width=0.6, radius=0.0) -> Box:
        box = self.p.box(rect)
        canvas.setLineWidth(width * self.p.scale)
        if fill is not None:
            canvas.setFillColor(fill)
        if stroke is not None:
            canvas.setStrokeColor(stroke)
        if radius:
            canvas.roundRect(
                box.x,
                box.y,
                box.width,
                box.height,
                radius * self.p.scale,
                stroke=int(stroke is not None),
                fill=int(fill is not None),
            )
        else:
            canvas.rect(
                box.x,
                box.y,
                box.width,
                box.height,
                stroke=int(stroke is not None),
                fill=int(fill is not None),
            )
        return box

    def polyline(self, canvas, points, color, width=1.0, dash=None, head=True) -> None:
        if len(points) < 2:
            return
        canvas.saveState()
        canvas.setStrokeColor(color)
        canvas.setFillColor(color)
        canvas.setLineWidth(width * self.p.scale)
        if dash:
            canvas.setDash([d * self.p.scale for d in dash])
        path = canvas.beginPath()
        path.moveTo(*self.p.point(*points[0]))
        for point in points[1:]:
            path.lineTo(*self.p.point(*point))
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setDash()
        if head:
            (x1, y1), (x2, y2) = self.p.point(*points[-2]), self.p.point(*points[-1])
            angle = math.atan2(y2 - y1, x2 - x1)
            size = 6 * self.p.scale
            tip = canvas.beginPath()
            tip.moveTo(x2, y2)
            tip.lineTo(x2 - size * math.cos(angle - 0.4), y2 - size * math.sin(angle - 0.4))
            tip.lineTo(x2 - size * math.cos(angle + 0.4), y2 - size * math.sin(angle + 0.4))
            tip.close()
            canvas.drawPath(tip, stroke=0, fill=1)
        canvas.restoreState()

    # --- the map ------------------------------------------------------------------

    def draw(self, canvas, with_cards: bool = True) -> None:
        canvas.saveState()
        self.draw_lanes(canvas)
        self.draw_stages(canvas)
        self.draw_rows(canvas)
        if with_cards:
            self.draw_flows(canvas)
            self.draw_cards(canvas)
        self.draw_arrows(canvas)
        canvas.restoreState()

    def draw_stages(self, canvas) -> None:
        m, pal = self.m, self.palette
        for box in self.layout.stages:
            stage = self.journey.stage(box.id)
            self.p.drawn[f"stage:{box.id}"] = self.rect(
                canvas,
                box.header,
                fill=pal.tint(box.color, 0.78, "#9FB3C8"),
                stroke=pal.rule,
                radius=4,
            )
            inner = Rect(
                box.header.x + m.header_padding,
                box.header.y + m.header_padding,
                box.header.w - 2 * m.header_padding,
                box.header.h - 2 * m.header_padding,
            )
            canvas.setFillColor(pal.ink)
            self.lines(canvas, box.name_lines, inner, m.header_name_size, bold=True)
            language = self.journey.language
            meta = [format_duration(stage.duration, language)] if stage.duration else []
            meta_h = self.ctx.fonts.line_height(m.header_meta_size)
            meta_rect = Rect(inner.x, inner.bottom - meta_h, inner.w, meta_h)
            canvas.setFillColor(pal.muted)
            self.lines(canvas, [" · ".join(meta)] if meta else [], meta_rect, m.header_meta_size)

    def draw_lanes(self, canvas) -> None:
        m, pal = self.m, self.palette
        grid = self.layout.grid
        for lane in self.layout.lanes:
            color = pal.channel(lane.color, lane.index)
            fill = pal.tint_of(color, 0.94) if lane.order % 2 == 0 else pal.paper
            self.rect(canvas, lane.rect, fill=fill, stroke=pal.rule, width=0.5)
            self.p.drawn[f"lane:{lane.id}"] = self.rect(
                canvas, lane.header, fill=pal.tint_of(color, 0.82), stroke=pal.rule, width=0.5
            )
            stripe = Rect(lane.header.x, lane.header.y, 4, lane.header.h)
            self.rect(canvas, stripe, fill=color)
            inner = Rect(
                lane.header.x + m.cell_padding,
                lane.header.y + m.cell_padding,
                lane.header.w - 2 * m.cell_padding,
                lane.header.h - 2 * m.cell_padding,
            )
            canvas.setFillColor(pal.ink)
            self.lines(canvas, lane.name_lines, inner, m.lane_name_size, bold=True)
        canvas.setStrokeColor(pal.rule)
        canvas.setLineWidth(0.5 * self.p.scale)
        for stage in self.layout.stages:
            for x in (stage.column.x, stage.column.right):
                x1, y1 = self.p.point(x, grid.y)
                _x2, y2 = self.p.point(x, grid.bottom)
                canvas.line(x1, y1, x1, y2)
        if self.layout.visibility_y is not None:
            y = self.layout.visibility_y
            self.polyline(
                canvas, [(grid.x, y), (grid.right, y)], pal.muted, 1.0, dash=(6, 4), head=False
            )
            height = m.label_size * (ASCENT + DESCENT) + 0.6
            label = Rect(grid.x + 6, y - height - 1, m.lane_header_width - 12, height)
            canvas.setFillColor(pal.muted)
            self.text(canvas, self.ctx.t("backstage"), label, m.label_size, max_lines=1)

    def draw_cards(self, canvas) -> None:
        pal, m = self.palette, self.m
        for card in self.layout.cards.values():
            tp = self.journey.touchpoint(card.id)
            channel = self.layout.lane_box(card.channel)
            box = self.rect(canvas, card.rect, fill=pal.card, stroke=pal.rule, width=0.7, radius=4)
            self.p.drawn[f"card:{card.id}"] = box
            stripe = Rect(card.rect.x, card.rect.y + 3, 4, card.rect.h - 6)
            self.rect(
                canvas,
                stripe,
                fill=pal.channel(channel.color, channel.index) if channel else pal.muted,
            )
            canvas.setFillColor(pal.ink)
            self.lines(canvas, card.title_lines, card.title_rect, m.card_title_size)
            self.footer(canvas, tp, card.footer)
            if card.picture is not None and tp.pictures:
                self.picture(canvas, card.id, tp.pictures[0], card.picture)
            if tp.evidence is not None:
                self.evidence_mark(canvas, tp.evidence, card.rect)

    def picture(self, canvas, card_id: str, picture, rect: Rect) -> None:
        """The card's first picture at its own resolution, fitted into ``rect`` (never
        enlarged past it), warned about when it prints under 150 ppi."""
        from .pdf_pictures import decode_picture, placed_size

        decoded = decode_picture(picture, self.ctx.warn)
        if decoded is None:
            return
        box = self.p.box(rect)
        w, h = placed_size(picture, decoded, box.width, box.height, self.ctx.warn)
        canvas.drawImage(ImageReader(BytesIO(decoded[0])), box.x, box.top - h, w, h, mask="auto")
        self.p.drawn[f"picture:{card_id}"] = Box(box.x, box.top - h, w, h)

    def evidence_mark(self, canvas, evidence, rect: Rect) -> None:
        """Researched: a filled dot on the card's top edge; assumed: a dashed ring."""
        draw_evidence_mark(
            canvas,
            self.palette,
            *self.p.point(rect.right - 12, rect.y),
            self.p.scale,
            evidence.status.value == "researched",
        )

    def footer(self, canvas, tp, rect: Rect) -> None:
        """Emotion dot, pain and opportunity counts, votes: the card's markers."""
        pal = self.palette
        x = rect.x
        cy = rect.y + rect.h / 2
        radius = 4.0
        items = []
        if tp.emotion is not None:
            items.append((pal.emotion(tp.emotion), "emotion", str(tp.emotion)))
        if tp.pains:
            items.append((pal.pain, "pain", str(len(tp.pains))))
        if tp.opportunities:
            items.append((pal.opportunity, "opportunity", str(len(tp.opportunities))))
        if tp.votes:
            items.append((pal.accent, "votes", f"+{tp.votes}"))
        for color, kind, label in items:
            if x + 2 * radius + 14 > rect.right:
                break
            canvas.setFillColor(color)
            cx, cyy = self.p.point(x + radius, cy)
            draw_marker(canvas, CARD_MARKERS[kind], cx, cyy, radius * self.p.scale)
            canvas.setFillColor(pal.muted)
            label_rect = Rect(
                x + 2 * radius + 2, rect.y, min(22, rect.right - x - 2 * radius - 2), rect.h
            )
            self.lines(
                canvas,
                [label],
                _centered(label_rect, self.ctx.fonts.line_height(self.m.footer_size)),
                self.m.footer_size,
            )
            x += 2 * radius + 26

    def draw_rows(self, canvas) -> None:
        pal, m = self.palette, self.m
        for row in self.layout.rows:
            self.rect(canvas, row.rect, fill=pal.paper, stroke=pal.rule, width=0.5)
            self.p.drawn[f"row:{row.id}"] = self.rect(
                canvas, row.header, fill=pal.header, stroke=pal.rule, width=0.5
            )
            inner = Rect(
                row.header.x + m.cell_padding,
                row.header.y + m.row_padding,
                row.header.w - 2 * m.cell_padding,
                row.header.h - 2 * m.row_padding,
            )
            canvas.setFillColor(pal.ink)
            self.text(canvas, row.title, inner, m.lane_name_size, bold=True)
            color = {"pains": pal.pain, "opportunities": pal.opportunity}.get(row.kind, pal.ink)
            for cell in row.cells:
                self.rect(canvas, cell.rect, stroke=pal.rule, width=0.4)
                inner = Rect(
                    cell.rect.x + m.row_padding,
                    cell.rect.y + m.row_padding,
                    cell.rect.w - 2 * m.row_padding,
                    cell.rect.h - 2 * m.row_padding,
                )
                canvas.setFillColor(color)
                self.lines(canvas, cell.lines, inner, m.row_text_size)
        scale = self.layout.emotion_scale
        if scale is not None:
            emotion_row = next(r for r in self.layout.rows if r.kind == "emotions")
            left, right = (
                emotion_row.cells[0].rect.x if emotion_row.cells else emotion_row.rect.x,
                emotion_row.rect.right,
            )
            for level in range(1, 6):
                y = scale.y_for(level)
                self.polyline(
                    canvas, [(left, y), (right, y)], pal.rule, 0.5, dash=(2, 3), head=False
                )
                canvas.setFillColor(pal.emotion(level))
                cx, cy = self.p.point(emotion_row.header.right - 8, y)
                canvas.circle(cx, cy, 3.5 * self.p.scale, stroke=0, fill=1)
                # The axis's scale: the number beside its dot, as on the legend.
                size = m.label_size
                number = Rect(emotion_row.header.right - 30, y - size * 0.6, 16, size * 1.25)
                canvas.setFillColor(pal.muted)
                self.text(canvas, str(level), number, size, align="right", max_lines=1)
            self.draw_curves(canvas, emotion_row)

    def draw_curves(self, canvas, row) -> None:
        """One line per persona: its colour, and a dash pattern and marker shape of its
        own (so grey print tells them apart), named at its last point."""
        pal, m = self.palette, self.m
        for number, curve in enumerate(self.layout.curves):
            color = pal.color(curve.color, "#3E7CB1")
            dash = CURVE_DASHES[number % len(CURVE_DASHES)] or None
            shape = CURVE_MARKERS[number % len(CURVE_MARKERS)]
            points = [(pt.x, pt.y) for pt in curve.points]
            self.polyline(canvas, points, color, 2.0, dash=dash, head=False)
            canvas.setFillColor(color)
            for pt in curve.points:
                cx, cy = self.p.point(pt.x, pt.y)
                draw_marker(canvas, shape, cx, cy, 3.6 * self.p.scale)
            if not points:
                continue
            last_x, last_y = points[-1]
            size = m.label_size
            height = size * (ASCENT + DESCENT) + 1
            # Beside the last point, inside the row; moved down when two names would meet.
            y = min(max(last_y - height / 2, row.rect.y + 1), row.rect.bottom - height - 1)
            label = Rect(last_x + 7, y, max(10.0, row.rect.right - last_x - 9), height)
            label = self._free_label(label)
            canvas.setFillColor(color)
            self.text(canvas, curve.name, label, size, bold=True, max_lines=1)

    def _free_label(self, label: Rect) -> Rect:
        """Move a curve's name down until it clears the names placed before it."""
        placed = self.__dict__.setdefault("_curve_labels", [])
        while any(
            abs(label.y - other.y) < label.h and abs(label.x - other.x) < 60 for other in placed
        ):
            label = Rect(label.x, label.y + label.h, label.w, label.h)
        placed.append(label)
        return label

    def draw_arrows(self, canvas) -> None:
        pal = self.palette
        for arrow in self.layout.arrows:
            color, dash = arrow_style(pal, arrow.kind)
            heavy = arrow.kind is TransitionKind.REFERRAL
            self.polyline(canvas, list(arrow.points), color, 1.8 if heavy else 1.1, dash=dash)
        # Labels last, each on a chip of paper, as on the canvas: the line of another
        # arrow never runs through one.
        for arrow in self.layout.arrows:
            # The poster's columns may be narrower and its type larger than the canvas's:
            # measured in canvas units, a label gets the room the canvas gives it.
            canvas_m = Metrics()
            stretch = (canvas_m.stage_width + canvas_m.stage_gap) / (
                self.m.stage_width + self.m.stage_gap
            )
            text, room = _label_text(arrow, stretch)
            # Exits and referrals say what they are, not only by colour.
            if arrow.kind is TransitionKind.EXIT:
                text = " ".join(x for x in (self.ctx.t("arrow_exit"), text) if x)
            elif arrow.kind is TransitionKind.REFERRAL and not arrow.label:
                text = self.ctx.t("arrow_referral")
            if not text:
                continue
            room *= self.m.label_size / LABEL_SIZE
            color, _ = arrow_style(pal, arrow.kind)
            lx, ly = arrow.label_pos
            size = self.m.label_size
            height = size * (ASCENT + DESCENT) + 1
            label = Rect(lx - room / 2, ly - height - 0.5, room, height)
            shown = elide(text, room, size, False, self.ctx.fonts)
            chip_width = self.ctx.fonts.width(shown, size, False) + 4
            chip = Rect(lx - chip_width / 2, label.y - 0.5, chip_width, label.h + 1)
            label, chip = self._clear_of_text(arrow, label, chip, shown)
            self.rect(canvas, chip, fill=pal.paper, stroke=pal.tint_of(color), width=0.4, radius=2)
            canvas.setFillColor(color)
            self.text(canvas, text, label, size, align="center", max_lines=1)

    def _clear_of_text(self, arrow, label: Rect, chip: Rect, shown: str) -> tuple[Rect, Rect]:
        """An exit's label and chip moved off any text already drawn (pdf_label_place)."""
        if arrow.kind is not TransitionKind.EXIT:
            return label, chip
        box, s = self.p.box(chip), self.p.scale
        placed = self.__dict__.setdefault("_label_chips", [])
        taken = [text_box(line) for line in self.ctx.painter.lines] + placed
        dx, dy = free_shift(
            box, exit_shifts(box, self.p.point(*arrow.points[0])[0], box.height), taken
        )
        placed.append(Box(box.x + dx, box.y + dy, box.width, box.height))
        # A centred label on a chip moved left: its text moves with the chip.
        dx_l, dy_l = dx / s, -dy / s
        moved = Rect(chip.x + dx_l, chip.y + dy_l, chip.w, chip.h)
        return Rect(moved.x + (moved.w - label.w) / 2, label.y + dy_l, label.w, label.h), moved

    def draw_flows(self, canvas) -> None:
        for flow in self.layout.flows:
            self.polyline(canvas, list(flow.points), self.palette.accent, 0.9, dash=(3, 2))


def paragraph_directions(lines) -> list[bool]:
    """Right to left (True) or not for each pre-wrapped line: the lines of one paragraph
    share its direction, so a Hebrew title starts at the card's right edge even where a
    line begins with a Latin word. A row cell's items each start with a bullet and are
    paragraphs of their own."""
    directions: list[bool] = []
    start = 0
    for index in range(1, len(lines) + 1):
        if index == len(lines) or lines[index].startswith("• "):
            rtl = base_rtl(" ".join(lines[start:index]))
            directions += [rtl] * (index - start)
            start = index
    return directions


def _label_text(arrow, stretch: float = 1.0) -> tuple[str, float]:
    """What a transition's label says and how wide it may be, as on the canvas: arrows
    in the narrow gap between two stages (and exits) show the percentage only; arcs over
    the headers show the whole label, as wide as the arc."""
    if len(arrow.points) <= 2 or arrow.kind is TransitionKind.EXIT:
        return arrow.short_label, 80.0
    span = abs(arrow.points[-1][0] - arrow.points[0][0]) * stretch
    return arrow.label, max(span - 12, 150.0)  # the canvas elides at the same width


def _centered(rect: Rect, height: float) -> Rect:
    return Rect(rect.x, rect.y + (rect.h - height) / 2, rect.w, height)


EVIDENCE_COLOR = "#0b7285"


def draw_evidence_mark(canvas, palette, x: float, y: float, scale: float, researched: bool) -> None:
    """The evidence marker at (x, y) in PDF points; shared by cards and the legend."""
    radius = 4.5 * scale
    canvas.saveState()
    if researched:
        canvas.setFillColor(palette.color(EVIDENCE_COLOR))
        canvas.setStrokeColor(palette.card)
        canvas.setLineWidth(1.0 * scale)
        canvas.circle(x, y, radius, stroke=1, fill=1)
    else:
        canvas.setFillColor(palette.card)
        canvas.setStrokeColor(palette.muted)
        canvas.setLineWidth(1.0 * scale)
        canvas.setDash([2 * scale, 1.5 * scale])
        canvas.circle(x, y, radius, stroke=1, fill=1)
    canvas.restoreState()
