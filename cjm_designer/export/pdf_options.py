"""What a PDF export was asked for, checked once, and the map narrowed to it.

``export_pdf(map, path, **options)`` turns its keyword arguments into one
:class:`PdfOptions`; unknown keywords and bad values fail here with a plain message,
before any page is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field, fields
from datetime import date
from pathlib import Path

from cjm_designer.layout.paper import MM, Paper, PaperError, check_orientation, paper
from cjm_designer.layout.reading import FLOOR_PT
from cjm_designer.messages import Message, reason_of
from cjm_designer.model import JourneyMap, Kind
from cjm_designer.model.records import Record, record

from .pdf_labels import labels

KINDS = ("poster", "tiles", "handout", "blank")
Progress = Callable[[int, int], bool]
"""Called as ``progress(done, total)``; returning False cancels the export."""


class PdfOptionError(ValueError):
    """An option of the export is unknown or has a value that cannot be used."""


class ExportCancelled(Exception):  # noqa: N818 (the name the GUI expects)
    """The progress callback asked to stop; no file was written."""


@record(slots=False)
class PdfOptions(Record):
    kind: str = "poster"
    page: str | None = None
    """Sheet size: poster and blank print on it; tiles and handout use it per sheet."""
    poster_size: str | None = None
    """For tiles: the size of the whole poster that is cut into sheets; None chooses it
    like the default poster does, for reading at distance."""
    orientation: str = "auto"
    persona: str | None = None
    scenario: str | None = None
    grayscale: bool = False
    rows: tuple[str, ...] | None = None
    """Rows under the grid to include (e.g. emotions, pains); None means all."""
    margin_mm: float = 10.0
    overlap_mm: float = 15.0
    bleed_mm: float = 0.0
    """Posters and blank grids for a print shop: bleed around the trimmed sheet, with crop
    marks outside it (3 mm is the usual request)."""
    min_font_size: float = FLOOR_PT
    """Posters warn when any text prints smaller (points)."""
    title: str | None = None
    author: str | None = None
    subject: str | None = None
    keywords: tuple[str, ...] = ()
    date: str | None = None
    progress: Progress | None = field(default=None, compare=False)
    compare_with: JourneyMap | None = field(default=None, compare=False)
    """Handout only: an earlier map (or snapshot); adds a "Changes" page listing the diff."""
    compare_name: str = ""
    """How the handout names ``compare_with`` (a file or snapshot name)."""

    @classmethod
    def from_kwargs(cls, **options) -> PdfOptions:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise PdfOptionError(
                Message(
                    "export.unknown-options",
                    unknown=", ".join(unknown),
                    known=", ".join(sorted(known)),
                )
            )
        if isinstance(options.get("rows"), list):
            options["rows"] = tuple(options["rows"])
        if isinstance(options.get("keywords"), str):
            options["keywords"] = tuple(
                k.strip() for k in options["keywords"].split(",") if k.strip()
            )
        result = cls(**options)
        result.validate()
        return result

    def validate(self) -> None:
        if self.kind not in KINDS:
            raise PdfOptionError(
                Message("export.unknown-kind", kind=self.kind, known=", ".join(KINDS))
            )
        try:
            check_orientation(self.orientation)
            self.sheet()
            if self.poster_size is not None:
                paper(self.poster_size)
        except PaperError as error:
            raise PdfOptionError(reason_of(error)) from error
        if not 0 <= self.margin_mm <= 100:
            raise PdfOptionError(Message("export.margins"))
        if not 0 <= self.bleed_mm <= 20:
            raise PdfOptionError(Message("export.bleed"))
        if not 0 <= self.overlap_mm <= 50:
            raise PdfOptionError(Message("export.overlap"))
        if not 1 <= self.min_font_size <= 20:
            raise PdfOptionError(Message("export.min-font"))

    def default_page(self) -> str:
        """Posters choose among A2..A0 themselves (pdf_poster.plan_poster); A1 is where a
        poster fit is measured when asked for ``sheet()`` alone."""
        return {"poster": "A1", "blank": "A1"}.get(self.kind, "A4")

    def chooses_size(self) -> bool:
        """True when the export chooses the poster's size for reading at distance: a
        poster without a sheet asked for, tiles without a poster size asked for."""
        if self.kind == "tiles":
            return self.poster_size is None
        return self.kind == "poster" and not self.page

    def sheet(self) -> Paper:
        return paper(self.page or self.default_page())

    @property
    def margin(self) -> float:
        return self.margin_mm * MM

    @property
    def bleed(self) -> float:
        return self.bleed_mm * MM

    @property
    def overlap(self) -> float:
        return self.overlap_mm * MM

    def today(self) -> str:
        return self.date or date.today().isoformat()


def check_filters(journey: JourneyMap, options: PdfOptions) -> None:
    if options.persona and journey.kind_of(options.persona) is not Kind.PERSONA:
        known = ", ".join(p.id for p in journey.personas) or Message("io.none")
        raise PdfOptionError(Message("export.no-persona", id=options.persona, known=known))
    if options.scenario and journey.kind_of(options.scenario) is not Kind.SCENARIO:
        known = ", ".join(s.id for s in journey.scenarios) or Message("io.none")
        raise PdfOptionError(Message("export.no-scenario", id=options.scenario, known=known))


def filtered(journey: JourneyMap, options: PdfOptions) -> JourneyMap:
    """A copy holding only what the chosen persona and scenario see; the map is untouched."""
    check_filters(journey, options)
    if not options.persona and not options.scenario:
        return journey
    persona, scenario = options.persona, options.scenario
    keep = {
        Kind.PERSONA: lambda p: persona is None or p.id == persona,
        Kind.SCENARIO: lambda s: scenario is None or s.id == scenario,
        Kind.TOUCHPOINT: lambda t: (
            t.applies_to_persona(persona) and t.applies_to_scenario(scenario)
        ),
        Kind.TRANSITION: lambda t: t.applies_to_scenario(scenario),
    }
    return journey.subset(lambda kind, entity: keep.get(kind, lambda _e: True)(entity))


def metadata(journey: JourneyMap, options: PdfOptions, kind_label: str) -> dict[str, str]:
    """PDF document information: title, author, subject, keywords, creator."""
    from cjm_designer.version import __version__

    title = options.title or journey.title or labels(journey.language)("untitled")
    words = list(options.keywords) or ["customer journey map", "CJM", options.kind]
    words += [p.name for p in journey.personas][:5]
    return {
        "title": title,
        "author": options.author or journey.author or "",
        "subject": options.subject or f"{kind_label}: {title}",
        "keywords": ", ".join(dict.fromkeys(w for w in words if w)),
        "creator": f"CJM Designer {__version__}",
    }


def temporary_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")
