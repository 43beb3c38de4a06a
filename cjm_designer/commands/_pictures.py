"""``export MAP -o OUT.png|OUT.svg|OUT.pptx``: pictures and slides from the command line.

Layer rule: this is the one headless path that imports ``cjm_designer.ui`` (and so
Qt), lazily and only for these formats, because PNG, SVG and the deck's map picture
are drawn by the canvas scene itself. Without a display it starts Qt on the
``offscreen`` platform, so it works on servers and in CI. Every other command, and
``export -o OUT.pdf``, never loads PySide6 (tests check that).
"""

from __future__ import annotations

import sys

from cjm_designer.messages import Message, localize, reason_of, text

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def ensure_qt_application():
    """Start Qt (offscreen without a display) through the ui layer, only when needed."""
    from cjm_designer.ui.export.headless import ensure_qt_application as start

    return start()


def _view(journey, args):
    from cjm_designer.layout import ALL_ROWS
    from cjm_designer.ui.export.image_export import View

    rows = ALL_ROWS
    if getattr(args, "rows", None) is not None:
        rows = frozenset(r.strip() for r in args.rows.split(",") if r.strip())
    for option, kind in (("persona", "personas"), ("scenario", "scenarios")):
        wanted = getattr(args, option, None)
        if wanted and wanted not in {e.id for e in getattr(journey, kind)}:
            known = ", ".join(e.id for e in getattr(journey, kind)) or Message("io.none")
            raise ValueError(Message(f"export.no-{option}", id=wanted, known=known))
    return View(getattr(args, "persona", None), getattr(args, "scenario", None), rows)


def _report_failure(args, error: Exception) -> int:
    from cjm_designer.io.errors import MapSaveError

    if isinstance(error, MapSaveError):
        reason = localize(error.reason)
        print(text("cli.cannot-write", path=args.output, reason=reason), file=sys.stderr)
        return EXIT_INVALID
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        print(text("cli.cannot-write", path=args.output, reason=reason), file=sys.stderr)
        return EXIT_INVALID
    print(f"cjm-designer export: {localize(reason_of(error))}", file=sys.stderr)
    return EXIT_USAGE


def export_png(journey, args) -> int:
    app = ensure_qt_application()  # noqa: F841 (kept alive while drawing)
    from cjm_designer.io.errors import MapSaveError
    from cjm_designer.ui.export.image_export import export_png as write_png

    dpi = args.dpi or 150
    try:
        size = write_png(journey, args.output, dpi, _view(journey, args))
    except (MapSaveError, OSError, ValueError) as error:
        return _report_failure(args, error)
    print(
        text(
            "cli.export.png-done",
            path=args.output,
            width=size.width(),
            height=size.height(),
            dpi=f"{dpi:g}",
        )
    )
    return EXIT_OK


def export_svg(journey, args) -> int:
    app = ensure_qt_application()  # noqa: F841
    from cjm_designer.io.errors import MapSaveError
    from cjm_designer.ui.export.image_export import export_svg as write_svg

    try:
        write_svg(journey, args.output, _view(journey, args))
    except (MapSaveError, OSError, ValueError) as error:
        return _report_failure(args, error)
    print(f"{args.output}: SVG")
    return EXIT_OK


def export_pptx(journey, args) -> int:
    app = ensure_qt_application()  # noqa: F841
    from cjm_designer.ui.export.pptx_export import export_pptx as write_pptx

    try:
        result = write_pptx(journey, args.output, view=_view(journey, args))
    except (OSError, ValueError) as error:
        return _report_failure(args, error)
    for warning in result.warnings:
        print(text("cli.warning", message=localize(warning)), file=sys.stderr)
    print(text("cli.export.pptx-done", path=args.output, count=result.slides))
    return EXIT_OK
