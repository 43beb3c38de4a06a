"""``cjm-designer export MAP -o OUT.pdf --kind poster|tiles|handout|blank``.

The output's extension picks the exporter from ``EXPORTERS``; PDF is here, other formats
register their own function in that dict. Heavy modules (reportlab) load only when used.
PNG, SVG and PPTX (``_pictures``) are the one exception to "headless commands never load
Qt": their pictures are drawn by the canvas scene, so they import ``cjm_designer.ui``
lazily and start Qt offscreen; the PDF path and every other command stay Qt-free.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from cjm_designer.exit_codes import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from cjm_designer.messages import localize, reason_of, text
from cjm_designer.messages.os_errors import os_reason

from ._common import load_or_report


def _export_pdf(journey, args) -> int:
    from cjm_designer.export.pdf import PdfOptionError, export_pdf

    options = {
        "kind": args.kind,
        "page": args.page,
        "poster_size": args.poster_size,
        "orientation": args.orientation,
        "persona": args.persona,
        "scenario": args.scenario,
        "grayscale": args.grayscale,
        "margin_mm": args.margin,
        "bleed_mm": args.bleed,
    }
    if args.rows is not None:
        options["rows"] = tuple(r.strip() for r in args.rows.split(",") if r.strip())
    try:
        result = export_pdf(journey, args.output, **options)
    except PdfOptionError as error:
        print(f"cjm-designer export: {localize(reason_of(error))}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        reason = os_reason(error, writing=True)
        print(text("cli.cannot-write", path=args.output, reason=reason), file=sys.stderr)
        return EXIT_INVALID
    for note in result.notes:
        print(f"{result.path.name}: {localize(note)}")
    for warning in result.warnings:
        print(text("cli.warning", message=localize(warning)), file=sys.stderr)
    kind = text(f"cli.export.kind.{result.kind}")
    print(text("cli.export.pdf-done", path=str(result.path), kind=kind, count=result.pages))
    return EXIT_OK


def _picture(name: str) -> Callable:
    """PNG, SVG and PPTX are drawn by the canvas scene: Qt loads only when one is asked."""

    def run_picture(journey, args) -> int:
        from . import _pictures

        return getattr(_pictures, name)(journey, args)

    return run_picture


EXPORTERS: dict[str, Callable] = {
    ".pdf": _export_pdf,
    ".png": _picture("export_png"),
    ".svg": _picture("export_svg"),
    ".pptx": _picture("export_pptx"),
}
"""Output extension -> ``function(journey, args) -> exit code``."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help=text("help.export"))
    parser.add_argument("file", metavar="MAP", help=text("help.export.file"))
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help=text("help.export.output")
    )
    parser.add_argument(
        "--kind",
        default="poster",
        choices=["poster", "tiles", "handout", "blank"],
        help=text("help.export.kind"),
    )
    parser.add_argument("--page", help=text("help.export.page"))
    parser.add_argument("--poster-size", default=None, help=text("help.export.poster-size"))
    parser.add_argument(
        "--orientation",
        default="auto",
        choices=["auto", "portrait", "landscape"],
        help=text("help.export.orientation"),
    )
    parser.add_argument("--persona", metavar="ID", help=text("help.export.persona"))
    parser.add_argument("--scenario", metavar="ID", help=text("help.export.scenario"))
    parser.add_argument("--grayscale", action="store_true", help=text("help.export.grayscale"))
    parser.add_argument("--rows", metavar="LIST", help=text("help.export.rows"))
    parser.add_argument(
        "--margin", type=float, default=10.0, metavar="MM", help=text("help.export.margin")
    )
    parser.add_argument(
        "--bleed", type=float, default=0.0, metavar="MM", help=text("help.export.bleed")
    )
    parser.add_argument("--dpi", type=float, metavar="N", help=text("help.export.dpi"))
    parser.set_defaults(handler=run)


def run(args) -> int:
    suffix = Path(args.output).suffix.lower()
    exporter = EXPORTERS.get(suffix)
    if exporter is None:
        known = ", ".join(sorted(EXPORTERS))
        target = suffix or text("cli.export.no-extension")
        message = text("cli.export.unknown-format", target=target, known=known)
        print(f"cjm-designer export: {message}", file=sys.stderr)
        return EXIT_USAGE
    loaded = load_or_report(args.file)
    if loaded is None:
        return EXIT_INVALID
    return exporter(loaded.map, args)
