"""What every PDF kind draws with: fonts, palette, labels, options and the warnings so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from cjm_designer.messages import date_text
from cjm_designer.model import JourneyMap

from .pdf_fonts import FontSet
from .pdf_labels import labels, message_language
from .pdf_options import ExportCancelled, PdfOptions
from .pdf_style import Palette
from .pdf_text import TextPainter


@dataclass
class RenderContext:
    journey: JourneyMap
    options: PdfOptions
    fonts: FontSet
    palette: Palette = field(init=False)
    painter: TextPainter = field(init=False)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What the export chose for the user (sheet, sizes): said, not warned."""

    def __post_init__(self) -> None:
        self.palette = Palette(self.options.grayscale)
        self.painter = TextPainter(self.fonts)
        self.t = labels(self.journey.language)

    def today(self) -> str:
        """The print date as the map's language writes it (ISO in English)."""
        return self.date(self.options.today())

    def date(self, text: str) -> str:
        # CLDR writes "3 декабря 2026 г." with a narrow no-break space, which the
        # bundled Fira Sans maps but prints as a box: a no-break space keeps the meaning.
        return date_text(text, message_language(self.journey.language)).replace("\u202f", "\u00a0")

    def tick(self, done: int, total: int) -> None:
        """Report progress; raise ExportCancelled when the callback says stop."""
        callback = self.options.progress
        if callback is not None and callback(done, total) is False:
            raise ExportCancelled("the PDF export was cancelled")

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def note(self, message: str) -> None:
        if message not in self.notes:
            self.notes.append(message)
