"""Paper sizes, orientation and fitting a drawing onto a sheet, in PDF points.

Pure geometry shared by PDF export and, later, the print dialog: a size name such as
``A1`` or ``Letter`` or a custom ``420x594mm`` becomes (width, height) in points.
"""

from __future__ import annotations

import math
import re

from cjm_designer.messages import Message
from cjm_designer.model.records import Record, record

MM = 72 / 25.4
INCH = 72.0

PAPER_MM: dict[str, tuple[float, float]] = {
    "A0": (841, 1189),
    "A1": (594, 841),
    "A2": (420, 594),
    "A3": (297, 420),
    "A4": (210, 297),
    "A5": (148, 210),
    "LETTER": (215.9, 279.4),
    "LEGAL": (215.9, 355.6),
    "TABLOID": (279.4, 431.8),
}
ORIENTATIONS = ("auto", "portrait", "landscape")
_CUSTOM = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[x×*]\s*(\d+(?:[.,]\d+)?)\s*(mm|cm|in)?\s*$", re.I)


_CUSTOM_NAME = re.compile(r"(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm|cm|in)")


class PaperError(ValueError):
    """A paper size or orientation the user typed cannot be understood."""


@record
class Paper(Record):
    """A sheet in points, portrait (width <= height) unless oriented."""

    name: str
    width: float
    height: float

    def oriented(self, orientation: str) -> Paper:
        short, long = sorted((self.width, self.height))
        if orientation == "landscape":
            return Paper(self.name, long, short)
        if orientation == "portrait":
            return Paper(self.name, short, long)
        return self

    @property
    def label(self) -> str:
        """The sheet's name in a sentence: "A0" as it is, a size of its own ("500x700mm")
        as a Message, so Russian and Finnish read "500 × 700 мм" / "500 × 700 mm"."""
        match = _CUSTOM_NAME.fullmatch(self.name)
        if match is None:
            return self.name
        return Message(f"paper.custom.{match[3]}", width=float(match[1]), height=float(match[2]))

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def size(self) -> tuple[float, float]:
        return (self.width, self.height)


def paper(spec: str) -> Paper:
    """Read ``A4``, ``letter``, ``Tabloid``, ``420x594mm``, ``42x59.4cm`` or ``11x17in``."""
    key = spec.strip().upper()
    if key in PAPER_MM:
        width, height = PAPER_MM[key]
        name = key if key.startswith("A") else key.capitalize()
        return Paper(name, width * MM, height * MM)
    match = _CUSTOM.match(spec)
    if not match:
        names = ", ".join(n if n.startswith("A") else n.capitalize() for n in PAPER_MM)
        raise PaperError(Message("layout.unknown-paper", spec=spec, names=names))
    width, height = (float(match.group(i).replace(",", ".")) for i in (1, 2))
    unit = (match.group(3) or "mm").lower()
    factor = {"mm": MM, "cm": 10 * MM, "in": INCH}[unit]
    if not (10 <= width * factor / MM <= 10000 and 10 <= height * factor / MM <= 10000):
        raise PaperError(Message("layout.paper-range", spec=spec))
    return Paper(f"{width:g}x{height:g}{unit}", width * factor, height * factor)


def check_orientation(orientation: str) -> str:
    if orientation not in ORIENTATIONS:
        raise PaperError(
            Message("layout.orientation", orientation=orientation, known=", ".join(ORIENTATIONS))
        )
    return orientation


def best_orientation(sheet: Paper, content_width: float, content_height: float) -> Paper:
    """The orientation of ``sheet`` that shows the content at the larger scale."""
    portrait, landscape = sheet.oriented("portrait"), sheet.oriented("landscape")

    def scale(p: Paper) -> float:
        return min(p.width / max(content_width, 1e-9), p.height / max(content_height, 1e-9))

    return landscape if scale(landscape) > scale(portrait) else portrait


def fit_scale(content_width: float, content_height: float, width: float, height: float) -> float:
    """The largest uniform scale that fits the content into width x height."""
    if content_width <= 0 or content_height <= 0:
        return 1.0
    return min(width / content_width, height / content_height)


@record
class TileGrid(Record):
    """How a large poster is cut into sheets that overlap by ``overlap`` points."""

    rows: int
    columns: int
    step_x: float
    step_y: float
    area_width: float
    area_height: float
    overlap: float

    @property
    def count(self) -> int:
        return self.rows * self.columns


def tile_grid(
    poster_width: float,
    poster_height: float,
    area_width: float,
    area_height: float,
    overlap: float,
) -> TileGrid:
    """Tiles whose printable areas (``area_*``) cover the poster with the given overlap."""
    if overlap * 2 >= min(area_width, area_height):
        raise PaperError(Message("layout.overlap"))
    step_x, step_y = area_width - overlap, area_height - overlap
    columns = max(1, math.ceil((poster_width - overlap) / step_x - 1e-9))
    rows = max(1, math.ceil((poster_height - overlap) / step_y - 1e-9))
    return TileGrid(rows, columns, step_x, step_y, area_width, area_height, overlap)
