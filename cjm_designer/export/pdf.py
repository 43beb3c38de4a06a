"""``export_pdf(map, path, **options)``: posters, tiled posters, handouts and blank grids.

The one entry point for the CLI, the Python API and (later) the GUI's export dialog.
It checks the options, narrows the map to the chosen persona and scenario, draws into
a temporary file beside the target and renames it into place, so a cancelled or failed
export never leaves half a PDF behind.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from cjm_designer.io.atomic import fsync_and_publish
from cjm_designer.model import JourneyMap

from .pdf_finish import finish_pdf  # pikepdf loaded with this module, not mid-export
from .pdf_options import (
    ExportCancelled,
    PdfOptionError,
    PdfOptions,
    filtered,
    metadata,
    temporary_path,
)

__all__ = ["ExportCancelled", "PdfOptionError", "PdfResult", "export_pdf"]


@dataclass
class PdfResult:
    """What was written, and what the user should know about it."""

    path: Path
    kind: str
    pages: int
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What the export chose (e.g. the poster's sheet and title size); not a problem."""
    drawn_lines: list = field(default_factory=list, repr=False)
    """Every text line drawn by the poster-like kinds, with its box (for checks)."""
    geometry: object = field(default=None, repr=False)
    """The layout the poster was drawn from (poster, tiles, blank)."""


def export_pdf(journey: JourneyMap, path: str | os.PathLike, **options) -> PdfResult:
    """Write a PDF of ``journey``; see :class:`PdfOptions` for the options.

    Raises PdfOptionError for bad options (nothing written), ExportCancelled when the
    ``progress`` callback returns False, and OSError when the file cannot be written.
    """
    from .pdf_context import RenderContext
    from .pdf_fonts import load_fonts

    opts = PdfOptions.from_kwargs(**options)
    target = Path(path)
    narrowed = filtered(journey, opts)
    ctx = RenderContext(narrowed, opts, load_fonts())
    info = metadata(narrowed, opts, ctx.t(f"kind.{opts.kind}"))
    partial = temporary_path(target)
    result = PdfResult(target, opts.kind, 0)
    try:
        result.pages = _draw(ctx, partial, info, result)
        finish_pdf(partial, info, narrowed.language or None)
        fsync_and_publish(partial, target)  # retried while a PDF viewer holds it
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    missing = ctx.fonts.missing_warning()
    if missing:
        ctx.warn(missing)
    result.warnings = list(ctx.warnings)
    result.notes = list(ctx.notes)
    result.drawn_lines = list(ctx.painter.lines)
    return result


def _draw(ctx, partial: Path, info: dict[str, str], result: PdfResult) -> int:
    kind = ctx.options.kind
    if kind == "handout":
        from .pdf_handout import build_handout

        return build_handout(ctx, partial, info)
    if kind == "poster":
        from .pdf_poster import build_poster

        pages, result.geometry = build_poster(ctx, partial, info)
        return pages
    if kind == "tiles":
        from .pdf_tiles import build_tiles

        pages, result.geometry = build_tiles(ctx, partial, info)
        return pages
    from .pdf_blank import build_blank

    pages, result.geometry = build_blank(ctx, partial, info)
    return pages
