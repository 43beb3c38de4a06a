"""Reading distance and sheet fitting for printed maps: pure geometry, no drawing.

A poster is read standing: the rule of thumb used here (see docs/printing.md) is that
text of ``S`` points reads comfortably from about ``S / 7`` metres, so 18 pt card titles
read from 2.6 m, 36 pt stage names from 5 m and 10 pt (the floor) from 1.4 m. The poster's column width is chosen so
the map's shape matches the sheet's, which makes the map as large as the sheet allows
instead of leaving blank bands at its sides or above the legend.
"""

from __future__ import annotations

from collections.abc import Callable

from cjm_designer.model.records import Record, record

from .paper import MM, Paper, paper

POINTS_PER_METRE = 7.0
TITLE_TARGET_PT = 18.0
"""Card titles reach this size on the default poster (a sheet, a tiling or a summary)."""
STAGE_TARGET_PT = 36.0
"""Stage names reach this size on the default poster."""
FLOOR_PT = 10.0
"""No poster text should be smaller; the export warns with the true minimum when it is."""
POSTER_SHEETS = ("A2", "A1", "A0")
"""Sheets the default poster chooses from, smallest first."""
LARGE_SHEETS = (("A0", 1.0), ("2A0", 2**0.5), ("4A0", 2.0))
"""A0 and its ISO doubles (as tiled poster sizes), with their linear factor over A0."""


def reading_distance_m(size_pt: float) -> float:
    """About how far away text of ``size_pt`` points still reads comfortably."""
    return size_pt / POINTS_PER_METRE


@record
class SheetFit(Record):
    """How a layout of ``size`` (layout units) sits on a sheet: scale and free space."""

    scale: float
    stage_width: float
    size: tuple[float, float]


def fit_scale_with_bands(
    size: tuple[float, float], area: tuple[float, float], band: float
) -> float:
    """The scale that fits a map of ``size`` plus ``band`` layout units of title and legend
    (which grow with the map) into ``area`` points."""
    width, height = size
    area_w, area_h = area
    if width <= 0 or height <= 0:
        return 1.0
    return max(1e-6, min(area_w / width, area_h / (height + band)))


def best_stage_width(
    size_for: Callable[[float], tuple[float, float]],
    area: tuple[float, float],
    band: float,
    low: float,
    high: float,
    steps: int = 9,
    tolerance: float = 1.0,
) -> SheetFit:
    """The column width whose layout fills ``area`` best (largest scale).

    Wider columns make a wider, flatter map; the best width is where the map stops being
    limited by the sheet's width and starts being limited by its height. Each try lays
    out the whole map, so the crossing is found by false position (the map's width grows
    linearly with the columns, its height nearly so), which needs about half the tries of
    a bisection; a bisection step is taken whenever false position stalls.
    """
    area_w, area_h = area
    best: SheetFit | None = None

    def excess(width: float) -> float:
        """Above 0 when the width limits the scale: the columns should get narrower."""
        nonlocal best
        size = size_for(width)
        scale = fit_scale_with_bands(size, area, band)
        if best is None or scale > best.scale + 1e-9:
            best = SheetFit(scale, width, size)
        return size[0] / area_w - (size[1] + band) / area_h

    f_low = excess(low)
    if f_low >= 0:
        return best  # type: ignore[return-value]
    f_high = excess(high)
    if f_high < 0:
        return best  # type: ignore[return-value]
    side = 0
    for _ in range(steps):
        if high - low <= tolerance:
            break
        middle = low + (high - low) * (-f_low) / (f_high - f_low)
        # Keep clear of the ends, so each try shrinks the bracket by a useful amount.
        edge = min(tolerance / 2, (high - low) / 4)
        middle = min(max(middle, low + edge), high - edge)
        f_middle = excess(middle)
        if f_middle >= 0:
            high, f_high = middle, f_middle
            if side == 1:  # the same end twice running: Illinois step
                f_low /= 2
            side = 1
        else:
            low, f_low = middle, f_middle
            if side == -1:
                f_high /= 2
            side = -1
    return best  # type: ignore[return-value]


def large_sheet(name: str) -> Paper:
    """A0, 2A0 (1189 x 1682 mm) or 4A0 (1682 x 2378 mm), as tiled poster sizes."""
    if name == "A0":
        return paper("A0")
    width, height = {"2A0": (1189, 1682), "4A0": (1682, 2378)}[name]
    return Paper(f"{width}x{height}mm", width * MM, height * MM)


TILE_LABEL_ROOM = 28.0
"""Points under each tile's picture for its row/column label and the glue hint: two
lines of 10 pt text (the floor), so a narrow sheet can break the hint."""
TILINGS = ((2, 1), (3, 1), (2, 2))
"""Grids of sheets (columns x rows, either way round) the default poster may be cut into
when one sheet up to A0 cannot hold the map at reading size: two to four A0 sheets (a
wall of up to about 2.3 x 1.6 m, or a 3.5 m strip); anything larger becomes a summary
poster instead. A0 rather than A1 sheets: half the seams to glue."""
TILE_PAPER = "A0"


def tiled_poster(tile: Paper, columns: int, rows: int, margin: float, overlap: float) -> Paper:
    """The poster exactly ``columns`` x ``rows`` tiles of ``tile`` cover (see pdf_tiles:
    each tile prints its window inside ``margin`` and above the label room)."""
    area_w = tile.width - 2 * margin
    area_h = tile.height - 2 * margin - TILE_LABEL_ROOM
    width = columns * (area_w - overlap) + overlap
    height = rows * (area_h - overlap) + overlap
    return Paper(f"{width / MM:.0f}x{height / MM:.0f}mm", width, height)
