"""A PowerPoint deck of a map for the consultant's report (python-pptx, no Qt).

Title slide, the whole map as one picture, then one slide per stage listing its
touchpoints and their actions (who, owner, tools, instructions) as editable text, so
the consultant can rewrite them in PowerPoint. The map picture arrives as PNG bytes
from the caller: rendering stays in the Qt layer, this module only builds slides.
Headings follow the map's language, like the PDF handout. The deck is written beside
the target and renamed into place, so a cancelled or failed export leaves no file.
"""

from __future__ import annotations

import contextlib
import io
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pptx import Presentation
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.util import Emu, Inches, Pt

from cjm_designer.io.atomic import fsync_and_publish
from cjm_designer.messages import Message, date_text
from cjm_designer.model import JourneyMap, Stage, Touchpoint
from cjm_designer.model.duration_text import format_duration
from cjm_designer.model.records import Record, record

from .pdf_labels import labels, message_language
from .pdf_options import ExportCancelled

__all__ = ["DeckResult", "ExportCancelled", "build_deck", "stage_lines"]

SLIDE_WIDTH = Inches(13.333)  # 16:9
SLIDE_HEIGHT = Inches(7.5)
MARGIN = Inches(0.5)
TITLE_HEIGHT = Inches(0.9)

Progress = Callable[[int, int], bool]


@dataclass
class DeckResult:
    path: Path
    slides: int
    warnings: list[str] = field(default_factory=list)


@record(slots=False)
class Line(Record):
    """One paragraph of a slide's text box: its text, outline level and emphasis."""

    text: str
    level: int = 0
    bold: bool = False


def paragraphs(text: str) -> list[str]:
    """Hard-wrapped text (YAML block scalars) as paragraphs: blank lines separate them."""
    blocks = [" ".join(block.split()) for block in text.replace("\r", "").split("\n\n")]
    return [block for block in blocks if block]


def _flat(text: str) -> str:
    return " ".join(text.split())


def stage_lines(journey: JourneyMap, stage: Stage) -> tuple[list[Line], list[Line]]:
    """(about the stage, its touchpoints with actions) as outline lines for a slide."""
    t = labels(journey.language)
    about: list[Line] = []
    about += [Line(paragraph) for paragraph in paragraphs(stage.description)]
    if stage.goal:
        about.append(Line(t("goal"), bold=True))
        about.append(Line(_flat(stage.goal), 1))
    if stage.questions:
        about.append(Line(t("questions"), bold=True))
        about += [Line(_flat(q), 1) for q in stage.questions]
    if stage.duration is not None:
        duration = format_duration(stage.duration, journey.language)
        about.append(Line(f"{t('duration')}: {duration}", bold=True))
    if stage.kpis:
        about.append(Line(t("kpis"), bold=True))
        for kpi in stage.kpis:
            target = f" → {kpi.target}" if kpi.target else ""
            about.append(Line(f"{kpi.name}{target}", 1))
    cards: list[Line] = []
    channels = {c.id: c.name for c in journey.channels}
    for touchpoint in journey.touchpoints_in(stage.id):
        channel = channels.get(touchpoint.channel, touchpoint.channel)
        cards.append(Line(f"{_flat(touchpoint.title)} — {channel}", bold=True))
        cards += _action_lines(touchpoint, t)
    if not cards:
        cards.append(Line(labels(journey.language)("no_touchpoints")))
    return about, cards


def _action_lines(touchpoint: Touchpoint, t) -> list[Line]:
    lines: list[Line] = []
    for action in touchpoint.actions:
        who = f"{action.actor}: " if action.actor else ""
        lines.append(Line(f"{who}{_flat(action.text)}", 1))
        details = []
        if action.owner:
            details.append(f"{t('owner')}: {action.owner}")
        if action.tools:
            details.append(f"{t('tools')}: {', '.join(action.tools)}")
        if details:
            lines.append(Line("; ".join(details), 2))
        if action.instructions:
            lines.append(Line(f"{t('instructions')}: {_flat(action.instructions)}", 2))
    return lines


def build_deck(
    journey: JourneyMap,
    path: str | os.PathLike,
    map_png: bytes | None,
    progress: Progress | None = None,
) -> DeckResult:
    """Write the deck to ``path``; raises ExportCancelled when ``progress`` returns False."""
    target = Path(path)
    t = labels(journey.language)
    stages = journey.stages
    total = len(stages) + 2

    def tick(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise ExportCancelled("the PowerPoint export was cancelled")

    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
    deck.core_properties.title = journey.title or labels(journey.language)("untitled")
    deck.core_properties.author = journey.author or ""
    deck.core_properties.subject = labels(journey.language)("untitled")
    deck.core_properties.language = journey.language or ""
    result = DeckResult(target, 0)
    tick(0)
    _title_slide(deck, journey, t)
    tick(1)
    if map_png is None:
        result.warnings.append(Message("export.no-picture"))
    _map_slide(deck, journey, map_png)
    for number, stage in enumerate(stages, start=2):
        tick(number)
        _stage_slide(deck, journey, stage, t)
    tick(total)
    partial = target.with_name(f".{target.name}.part")
    try:
        deck.save(str(partial))
        fsync_and_publish(partial, target)  # retried while PowerPoint holds it
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    result.slides = len(deck.slides)
    return result


def _title_slide(deck, journey: JourneyMap, t) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[0])  # "Title Slide"
    title, subtitle = slide.placeholders[0], slide.placeholders[1]
    title.text = journey.title or labels(journey.language)("untitled")
    # The default template's placeholders are placed for 4:3; put them on the 16:9 slide.
    title.left, title.top = MARGIN, Inches(1.6)
    title.width, title.height = SLIDE_WIDTH - 2 * MARGIN, Inches(2.6)
    subtitle.left, subtitle.top = MARGIN, Inches(4.4)
    subtitle.width, subtitle.height = SLIDE_WIDTH - 2 * MARGIN, Inches(1.8)
    title.text_frame.word_wrap = True
    for paragraph in title.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(40)
    parts = []
    if journey.author:
        parts.append(journey.author)
    parts.append(date_text(date.today().isoformat(), message_language(journey.language)))
    names = ", ".join(p.name for p in journey.personas)
    lines = [" · ".join(parts)]
    if names:
        lines.append(f"{t('personas')}: {names}")
    subtitle.text = "\n".join(lines)


def _title_only(deck, text: str):
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # "Title Only"
    title = slide.shapes.title
    title.left, title.top = MARGIN, Inches(0.25)
    title.width, title.height = SLIDE_WIDTH - 2 * MARGIN, TITLE_HEIGHT
    title.text = text
    for paragraph in title.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(30)
    return slide


def _map_slide(deck, journey: JourneyMap, map_png: bytes | None) -> None:
    slide = _title_only(deck, journey.title or labels(journey.language)("untitled"))
    if map_png is None:
        return
    top = Inches(0.25) + TITLE_HEIGHT + Inches(0.1)
    box_w, box_h = SLIDE_WIDTH - 2 * MARGIN, SLIDE_HEIGHT - top - Inches(0.3)
    width, height = png_size(map_png)
    scale = min(box_w / width, box_h / height)
    pic_w, pic_h = int(width * scale), int(height * scale)
    left = int(MARGIN + (box_w - pic_w) / 2)
    slide.shapes.add_picture(io.BytesIO(map_png), left, top, Emu(pic_w), Emu(pic_h))


def _stage_slide(deck, journey: JourneyMap, stage: Stage, t) -> None:
    slide = _title_only(deck, stage.name)
    about, cards = stage_lines(journey, stage)
    top = Inches(0.25) + TITLE_HEIGHT + Inches(0.15)
    height = SLIDE_HEIGHT - top - Inches(0.35)
    inner = SLIDE_WIDTH - 2 * MARGIN
    gap = Inches(0.3)
    if about:
        left_w = int(inner * 0.34)
        _text_box(slide, about, MARGIN, top, left_w, height, "about")
        _text_box(
            slide, cards, MARGIN + left_w + gap, top, inner - left_w - gap, height, "touchpoints"
        )
    else:
        _text_box(slide, cards, MARGIN, top, inner, height, "touchpoints")


def _font_size(lines: list[Line], width_in: float) -> float:
    """Shrink long lists so they fit; PowerPoint's autofit refines it when opened."""
    chars_per_line = max(20.0, width_in * 9.0)  # at 16 pt
    rows = sum(1 + len(line.text) // chars_per_line for line in lines)
    for size in (18, 16, 14, 12, 11, 10):
        if rows * size * 1.25 * (size / 16) <= 400:
            return size
    return 9


def _text_box(slide, lines: list[Line], left, top, width, height, name: str) -> None:
    shape = slide.shapes.add_textbox(left, top, width, height)
    shape.name = name
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    size = Pt(_font_size(lines, Emu(width).inches))
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.level = line.level
        bullet = "" if line.level == 0 else ("• " if line.level == 1 else "– ")
        run = paragraph.add_run()
        run.text = bullet + line.text
        run.font.size = size if line.level < 2 else Pt(size.pt * 0.88)
        run.font.bold = line.bold
        if line.level:
            paragraph.space_before = Pt(0)
        elif index:
            paragraph.space_before = Pt(size.pt * 0.5)
        _indent(paragraph, line.level)


def _indent(paragraph, level: int) -> None:
    """Hanging indent per level (text boxes have no bullet styles of their own)."""
    if level:
        p_pr = paragraph._p.get_or_add_pPr()
        p_pr.set("marL", str(int(Inches(0.3 * level))))
        p_pr.set("indent", str(int(-Inches(0.2))))


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG header (no image library needed)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError(Message("export.not-png"))
    width, height = struct.unpack(">II", data[16:24])
    if not width or not height:
        raise ValueError(Message("export.empty-picture"))
    return width, height
