"""The workshop handout: cover, contents, emotional curve, a page per stage, analysis.

Built with reportlab's Platypus, so long text flows onto the next page instead of
being cut: the handout is where the full text of every card lives. Every user string
goes through :func:`pdf_text.markup` (escaped, fallback fonts). Each stage gets a PDF
bookmark and a clickable line in the table of contents.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from cjm_designer.messages import Message, localize, reason_of
from cjm_designer.model import Channel, Duration, DurationUnit, JourneyMap, Stage, Touchpoint
from cjm_designer.model.duration_text import format_duration, format_number

from .pdf_chart import EmotionChart, MapPicture
from .pdf_context import RenderContext
from .pdf_labels import counted, emotion_word, message_language
from .pdf_paragraph import ScriptParagraph, Spans, needs_script_layout
from .pdf_pictures import picture_flowables
from .pdf_plan import actual_section, plan_section
from .pdf_shaping import move_text
from .pdf_text import Box, clean, markup, one_line

WRITING_STEPS = 20
"""Progress units for writing the pages, after one unit per prepared part."""


class _Doc(BaseDocTemplate):
    known_total = 0

    def build(self, flowables, *args, **kwargs) -> None:
        super().build(flowables, *args, **kwargs)
        self.known_total = self.page  # multiBuild's next pass prints "n / total"

    def afterFlowable(self, flowable) -> None:  # noqa: N802 (reportlab override)
        if getattr(flowable, "toc_key", None) is not None:
            self.canv.bookmarkPage(flowable.toc_key)
            self.canv.addOutlineEntry(flowable.toc_text, flowable.toc_key, flowable.toc_level)
            self.notify(
                "TOCEntry", (flowable.toc_level, flowable.toc_markup, self.page, flowable.toc_key)
            )


def _footer_painter(ctx: RenderContext, footer_title: str):
    """Draws "title · date · 3 / 12" on each page; the total comes from the previous pass."""

    def footer(canvas: Canvas, doc: _Doc) -> None:
        width, _height = doc.pagesize
        margin = ctx.options.margin
        painter, palette = ctx.painter, ctx.palette
        y = max(4.0, margin / 2 - 5)
        third = (width - 2 * margin) / 3
        total = doc.known_total or doc.page
        canvas.saveState()
        canvas.setStrokeColor(palette.rule)
        canvas.setLineWidth(0.5)
        canvas.line(margin, y + 12, width - margin, y + 12)
        canvas.setFillColor(palette.muted)
        painter.draw_box(canvas, footer_title, Box(margin, y, third * 1.6, 10), 7.5, max_lines=1)
        painter.draw_box(
            canvas,
            ctx.today(),
            Box(margin + third * 1.6, y, third * 0.8, 10),
            7.5,
            align="center",
            max_lines=1,
        )
        painter.draw_box(
            canvas,
            f"{doc.page} / {total}",
            Box(width - margin - third * 0.6, y, third * 0.6, 10),
            7.5,
            align="right",
            max_lines=1,
        )
        canvas.restoreState()

    return footer


class _Styles:
    def __init__(self, ctx: RenderContext) -> None:
        regular, bold = ctx.fonts.regular, ctx.fonts.bold
        ink, muted, accent = ctx.palette.ink, ctx.palette.muted, ctx.palette.accent
        base = dict(
            fontName=regular, bulletFontName=regular, textColor=ink, splitLongWords=1, wordWrap=None
        )
        self.title = ParagraphStyle(
            "title", fontSize=26, leading=32, fontName=bold, textColor=ink, spaceAfter=8
        )
        self.h1 = ParagraphStyle(
            "h1",
            fontSize=18,
            leading=23,
            fontName=bold,
            textColor=ink,
            spaceAfter=6,
            keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "h2",
            fontSize=12.5,
            leading=16,
            fontName=bold,
            textColor=accent,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.h3 = ParagraphStyle(
            "h3",
            fontSize=10.5,
            leading=13.5,
            fontName=bold,
            textColor=ink,
            spaceBefore=6,
            spaceAfter=2,
        )
        self.body = ParagraphStyle("body", fontSize=9.5, leading=12.5, spaceAfter=3, **base)
        self.small = ParagraphStyle(
            "small", fontSize=8.5, leading=11, textColor=muted, fontName=regular, splitLongWords=1
        )
        self.label = ParagraphStyle("label", parent=self.small, keepWithNext=1)
        """A small heading over a list (Pains, Goals): never left alone at a page's foot."""
        self.bullet = ParagraphStyle(
            "bullet", parent=self.body, leftIndent=12, bulletIndent=2, spaceAfter=1.5
        )
        self.deep = ParagraphStyle(
            "deep",
            parent=self.body,
            leftIndent=24,
            bulletIndent=14,
            fontSize=9,
            leading=11.5,
            spaceAfter=1,
        )
        self.toc = [
            ParagraphStyle(
                "toc0", fontName=bold, fontSize=11, leading=16, leftIndent=0, textColor=ink
            ),
            ParagraphStyle(
                "toc1", fontName=regular, fontSize=10, leading=14, leftIndent=14, textColor=ink
            ),
        ]


class HandoutBuilder:
    def __init__(self, ctx: RenderContext) -> None:
        self.ctx = ctx
        self.s = _Styles(ctx)
        self.t = ctx.t
        self.journey: JourneyMap = ctx.journey

    # --- small pieces -------------------------------------------------------------

    def m(self, text: object, bold: bool = False) -> str:
        """Escaped Paragraph markup of ``text``, or of a list of (text, bold) spans."""
        if isinstance(text, list):
            return "".join(
                f'<font name="{self.ctx.fonts.bold}">{self.m(part, True)}</font>'
                if part_bold
                else self.m(part)
                for part, part_bold in text
            )
        return markup(text, self.ctx.fonts, bold)

    def p(self, spans: Spans, style: ParagraphStyle, bullet: str | None = None) -> Flowable:
        """A paragraph of (text, bold) spans: reportlab's Paragraph for scripts it lays
        out right, else a :class:`ScriptParagraph` (bidi wrapped in reading order,
        HarfBuzz positions)."""
        spans = [(clean(text), bold) for text, bold in spans]
        if needs_script_layout(spans):
            return ScriptParagraph(spans, style, self.ctx.fonts, bullet)
        return Paragraph(self.m(spans), style, bulletText=bullet)

    def para(self, text: object, style: ParagraphStyle | None = None) -> Flowable:
        return self.p([(str(text or ""), False)], style or self.s.body)

    def bold(self, text: object, style: ParagraphStyle) -> Flowable:
        return self.p([(str(text or ""), True)], style)

    def labelled(self, label: str, text: object, style: ParagraphStyle | None = None) -> Flowable:
        return self.p([(f"{label}:", True), (f" {text}", False)], style or self.s.body)

    def bullets(self, items, style: ParagraphStyle | None = None) -> list[Flowable]:
        return [
            self.p([(str(item), False)], style or self.s.bullet, bullet="•")
            for item in items
            if str(item).strip()
        ]

    def heading(self, text: str, level: int, key: str) -> Flowable:
        """A paragraph that becomes a bookmark and a contents entry when placed."""
        style = self.s.h1 if level == 0 else self.s.h2
        plain = one_line(text) or "—"
        flowable = self.bold(text, style)
        flowable.toc_level = level
        flowable.toc_key = key
        flowable.toc_text = plain  # the PDF outline takes plain text
        flowable.toc_markup = self.m(plain)  # the contents page parses markup: escaped
        return flowable

    # --- sections -----------------------------------------------------------------

    def cover(self) -> list:
        j, s, t = self.journey, self.s, self.t
        story: list = [self.bold(j.title or t("untitled"), s.title)]
        if j.description:
            story.append(self.para(j.description))
        facts = [f"{t('date')}: {self.ctx.today()}"]
        if j.author:
            facts.append(j.author)
        story.append(self.para(" · ".join(facts), s.small))
        return story

    def people(self) -> list:
        """Personas and scenarios, after the overview picture on the first page."""
        j, s, t = self.journey, self.s, self.t
        story: list = []
        if j.personas:
            story.append(self.bold(t("personas"), s.h2))
            for persona in j.personas:
                block = [self.bold(persona.name, s.h3)]
                if persona.description:
                    block.append(self.para(persona.description))
                if persona.goals:
                    block.append(self.para(t("goals"), s.label))
                    block += self.bullets(persona.goals)
                story.append(KeepTogether(block) if len(persona.description) < 1500 else block[0])
                if len(persona.description) >= 1500:
                    story += block[1:]
        if j.scenarios:
            story.append(self.bold(t("scenarios"), s.h2))
            for scenario in j.scenarios:
                story.append(self.bold(scenario.name, s.h3))
                if scenario.description:
                    story.append(self.para(scenario.description))
        return story

    def contents(self) -> list:
        toc = TableOfContents(
            tableStyle=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.ctx.fonts.regular, 10),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        toc.levelStyles = self.s.toc
        toc.dotsMinLevel = 0
        # On the cover's page when there is room: a cover of three lines and a contents
        # page of twelve each used to take a sheet of their own.
        return [
            CondPageBreak(220),
            Spacer(1, 10),
            self.bold(self.t("contents"), self.s.h1),
            toc,
        ]

    def overview(self, frame_width: float, frame_height: float) -> list:
        """The whole map as one picture (the poster's drawing, scaled to the page)."""
        if not self.journey.stages:
            return []
        picture = MapPicture(self.ctx, frame_width, frame_height * 0.62)
        return [
            CondPageBreak(picture.height + 60),
            Spacer(1, 12),
            self.heading(self.t("overview"), 0, "overview"),
            picture,
        ]

    def curve(self, frame_width: float) -> list:
        chart = EmotionChart(self.ctx, frame_width, 240)
        if not chart.series:
            return []
        story: list = [
            CondPageBreak(300),
            self.heading(self.t("emotional_curve"), 0, "curve"),
            chart,
            Spacer(1, 8),
        ]
        # The stages the x axis numbers, in one paragraph: a list of twelve lines used
        # to spill onto a page of its own.
        names = "   ".join(
            f"{index}. {one_line(stage.name)}"
            for index, stage in enumerate(self.journey.stages, start=1)
        )
        story.append(self.para(names, self.s.small))
        return [KeepTogether(story)] if len(self.journey.stages) <= 60 else story

    def stage(self, index: int, stage: Stage) -> list:
        s, t = self.s, self.t
        story: list = [
            self.heading(f"{index}. {one_line(stage.name)}", 0, f"stage-{index}"),
        ]
        if stage.description:
            story.append(self.para(stage.description))
        if stage.goal:
            story.append(self.labelled(t("goal"), stage.goal))
        if stage.duration is not None:
            story.append(
                self.labelled(t("duration"), format_duration(stage.duration, self.journey.language))
            )
        emotions = [
            f"{p.name}: {stage.emotions[p.id]} ({emotion_word(t, stage.emotions[p.id])})"
            for p in self.journey.personas
            if p.id in stage.emotions
        ]
        if emotions:
            story.append(self.labelled(t("emotion"), "; ".join(emotions)))
        if stage.questions:
            story.append(self.bold(t("questions"), s.h3))
            story += self.bullets(stage.questions)
        if stage.kpis:
            story.append(self.bold(t("kpis"), s.h3))
            story += self.bullets(
                " — ".join(x for x in (k.name, k.target, k.value) if x) for k in stage.kpis
            )
        for row in self.journey.rows:
            note = stage.notes.get(row.id)
            if note:
                story.append(self.labelled(row.name, note))
        if not stage.swot.is_empty():
            story.append(self.bold(t("swot"), s.h3))
            for name, items in (
                ("S", stage.swot.strengths),
                ("W", stage.swot.weaknesses),
                ("O", stage.swot.opportunities),
                ("T", stage.swot.threats),
            ):
                if items:
                    story.append(self.labelled(name, "; ".join(items)))
        cards = self.journey.touchpoints_in(stage.id)
        order = {c.id: i for i, c in enumerate(self.journey.channels)}
        cards.sort(key=lambda tp: order.get(tp.channel, len(order)))
        if cards:
            story.append(self.bold(t("touchpoints"), s.h2))
            for card in cards:
                story += self.touchpoint(card)
        top = self.top_votes(cards)
        if top:
            story.append(self.bold(t("top_votes"), s.h2))
            story += self.bullets(top)
        story += picture_flowables(stage.pictures, s.small, self.m, warn=self.ctx.warn)
        for comment in stage.comments:
            story.append(
                self.labelled(
                    f"{comment.author} {self.ctx.date(comment.date)}".strip(), comment.text, s.small
                )
            )
        return story

    def kept(self, story: list, width: float, height: float) -> list:
        """A stage together on one page when it fits one, else starting on a fresh page
        only when less than a third of this one is left: no nearly empty pages."""
        from io import BytesIO

        scratch = Canvas(BytesIO())  # measuring only: wrapOn needs a canvas
        total = 0.0
        for flowable in story:
            total += flowable.wrapOn(scratch, width, height)[1] + flowable.getSpaceBefore()
            total += flowable.getSpaceAfter()
            if total > height * 0.9:
                return [CondPageBreak(height / 3), *story]
        return [KeepTogether(story)]

    def transitions(self) -> list:
        """Every move between stages in words: from, to, its label and probability."""
        moves = self.journey.transitions
        if not moves:
            return []
        language = self.journey.language
        lines = []
        for move in moves:
            target = self._name(move.target) if move.target else self.t("journey_end")
            parts = [move_text(self._name(move.source), target)]
            if move.label:
                parts.append(one_line(move.label))
            if move.probability is not None:
                parts.append(format_number(round(move.probability * 100), language) + "\u00a0%")
            lines.append(" — ".join(parts))
        return [
            CondPageBreak(120),
            self.heading(self.t("transitions"), 0, "transitions"),
            *self.bullets(lines),
        ]

    def touchpoint(self, card: Touchpoint) -> list:
        s, t = self.s, self.t
        channel = self.journey.get(card.channel)
        channel_name = channel.name if isinstance(channel, Channel) else card.channel
        head = f"{one_line(card.title)} · {one_line(channel_name)}"
        block: list = [CondPageBreak(60), self.bold(head, s.h3)]
        if card.description:
            block.append(self.para(card.description))
        facts = []
        if card.emotion is not None:
            facts.append(f"{t('emotion')}: {card.emotion} ({emotion_word(t, card.emotion)})")
        if card.votes:
            facts.append(counted(self.journey.language, "votes", card.votes))
        if facts:
            block.append(self.para(" · ".join(facts), s.small))
        for action in card.actions:
            block += self.bullets([action.text])
            action_channel = self.journey.get(action.channel) if action.channel else None
            details = [
                (t("channels"), action_channel.name if isinstance(action_channel, Channel) else ""),
                (t("actor"), action.actor),
                (t("owner"), action.owner),
                (t("tools"), ", ".join(action.tools)),
                (t("instructions"), action.instructions),
            ]
            block += [self.labelled(label, value, s.deep) for label, value in details if value]
        for label, items in ((t("pains"), card.pains), (t("opportunities"), card.opportunities)):
            if items:
                block.append(self.para(label, s.label))
                block += self.bullets(
                    f"{i.text} ({counted(self.journey.language, 'votes', i.votes)})"
                    if i.votes
                    else i.text
                    for i in items
                )
        block += picture_flowables(card.pictures, s.small, self.m, warn=self.ctx.warn)
        for comment in card.comments:
            block.append(
                self.labelled(
                    f"{comment.author} {self.ctx.date(comment.date)}".strip(), comment.text, s.small
                )
            )
        return block

    def top_votes(self, cards: list[Touchpoint]) -> list[str]:
        ranked: list[tuple[int, str]] = []
        for card in cards:
            if card.votes:
                ranked.append((card.votes, one_line(card.title)))
            for insight in (*card.pains, *card.opportunities):
                if insight.votes:
                    ranked.append((insight.votes, one_line(insight.text)))
        ranked.sort(key=lambda item: -item[0])
        language = self.journey.language
        return [f"{text} — {counted(language, 'votes', votes)}" for votes, text in ranked[:5]]

    def changes(self) -> list:
        """The "Changes" page of a comparison: one sentence per change, by identity."""
        before = self.ctx.options.compare_with
        if before is None:
            return []
        from cjm_designer.model.diff import diff_maps

        language = message_language(self.journey.language)
        lines = [
            localize(line, language) for line in diff_maps(before, self.journey).summary_lines()
        ]
        story: list = [CondPageBreak(200), self.heading(self.t("changes"), 0, "changes")]
        name = self.ctx.options.compare_name
        if name:
            story.append(self.para(self.t("changes_since", name=name), self.s.small))
        story += self.bullets(lines) if lines else [self.para(self.t("no_changes"))]
        return story

    def analysis(self) -> list:
        try:
            from cjm_designer.analysis.report import analyze
        except ImportError:
            return []
        try:
            report = analyze(self.journey, scenario=self.ctx.options.scenario)
        except Exception as error:  # analysis is optional: the handout must still print
            self.ctx.warn(Message("export.no-analysis", error=reason_of(error)))
            return []
        story: list = [CondPageBreak(300), self.heading(self.t("analysis"), 0, "analysis")]
        story += self._funnel(report.funnel)
        story += self._bottlenecks(report.bottlenecks[:5])
        story += actual_section(self, report)
        return story

    # A participant reads names and round percentages, never ids or 15-digit floats.

    def _name(self, entity_id: str | None) -> str:
        entity = self.journey.get(entity_id or "")
        return one_line(getattr(entity, "name", None) or entity_id or "—")

    def _percent(self, share: float | None) -> str:
        if share is None:
            return "—"
        value = round(share * 100, 1 if share < 0.1 else 0)
        return f"{format_number(value, self.journey.language)}\u00a0%"

    def _funnel(self, funnel) -> list:
        t = self.t
        story: list = [self.bold(t("funnel"), self.s.h3)]
        if funnel.status != "ok" or funnel.reach is None:
            key = "funnel_missing" if funnel.status == "missing-probabilities" else "funnel_none"
            return [*story, self.para(t(key), self.s.small)]
        story.append(self.labelled(t("conversion"), self._percent(funnel.conversion)))
        if funnel.expected_days is not None:
            days = Duration(round(funnel.expected_days), DurationUnit.DAYS)
            story.append(
                self.labelled(t("expected_days"), format_duration(days, self.journey.language))
            )
        rows = [[t("stage"), t("reach"), t("visits")]]
        for stage in self.journey.stages:
            if stage.id in funnel.reach:
                visits = (funnel.visits or {}).get(stage.id)
                rows.append(
                    [
                        self._name(stage.id),
                        self._percent(funnel.reach[stage.id]),
                        "—"
                        if visits is None
                        else format_number(round(visits, 2), self.journey.language),
                    ]
                )
        story.append(self._table(rows, (0.56, 0.22, 0.22)))
        return story

    def _bottlenecks(self, bottlenecks) -> list:
        if not bottlenecks:
            return []
        t = self.t
        rows = [[t("transition"), t("probability"), t("gain")]]
        for item in bottlenecks:
            rows.append(
                [
                    move_text(self._name(item.source), self._name(item.target)),
                    f"{self._percent(item.probability)} → {self._percent(item.improved)}",
                    f"+{self._percent(item.gain)}",
                ]
            )
        return [
            self.bold(t("bottlenecks"), self.s.h3),
            self._table(rows, (0.5, 0.3, 0.2)),
        ]

    def _table(self, rows: list[list[str]], widths: tuple[float, ...]) -> Table:
        width = self.ctx.options.sheet().width - 2 * self.ctx.options.margin
        cells = [
            [self.p([(text, index == 0)], self.s.small) for text in row]
            for index, row in enumerate(rows)
        ]
        table = Table(cells, colWidths=[width * share for share in widths], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.ctx.fonts.regular, 9),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, self.ctx.palette.rule),
                    (
                        "ROWBACKGROUNDS",
                        (0, 1),
                        (-1, -1),
                        [self.ctx.palette.paper, self.ctx.palette.header],
                    ),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table


def build_handout(ctx: RenderContext, path: Path, info: dict[str, str]) -> int:
    """Write the handout to ``path``; returns the number of pages."""
    options = ctx.options
    sheet = options.sheet().oriented(
        "portrait" if options.orientation == "auto" else options.orientation
    )
    margin = options.margin
    builder = HandoutBuilder(ctx)
    frame = Frame(
        margin,
        margin + 10,
        sheet.width - 2 * margin,
        sheet.height - 2 * margin - 10,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = _Doc(
        str(path),
        pagesize=sheet.size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=info["title"],
        author=info["author"],
        subject=info["subject"],
        keywords=info["keywords"],
        creator=info["creator"],
        lang=ctx.journey.language or None,
        trimBox=(0, 0, *sheet.size),
        bleedBox=(0, 0, *sheet.size),
        initialFontName=ctx.fonts.regular,
    )
    stages = ctx.journey.stages
    prepared = len(stages) + 3
    total = prepared + WRITING_STEPS
    estimate = 2 * len(stages) + 4

    def footer_and_progress(canvas: Canvas, page_doc: _Doc) -> None:
        # Writing pages is most of the time: report it, so Cancel answers page by page.
        footer(canvas, page_doc)
        pages = max(page_doc.known_total or estimate, page_doc.page)
        ctx.tick(prepared + min(WRITING_STEPS - 1, page_doc.page * WRITING_STEPS // pages), total)

    footer = _footer_painter(ctx, info["title"])
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer_and_progress)])
    ctx.tick(0, total)
    # The picture of the whole map first, under the title; then who and what it is for.
    story = builder.cover() + builder.overview(frame._width, frame._height)
    story += builder.people() + builder.contents() + builder.curve(frame._width)
    ctx.tick(1, total)
    # The stages follow on the same page when a third of it is left (each stage is kept
    # together by ``kept``), instead of leaving a contents page nearly empty.
    story.append(CondPageBreak(frame._height / 3))
    for index, stage in enumerate(stages, start=1):
        story += builder.kept(builder.stage(index, stage), frame._width, frame._height)
        ctx.tick(1 + index, total)
    story += builder.transitions()
    story += builder.changes()
    story += builder.analysis()
    story += plan_section(builder)
    doc.multiBuild(story)
    ctx.tick(total, total)
    return doc.page
