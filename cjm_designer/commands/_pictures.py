"""``export MAP -o OUT.png|OUT.svg|OUT.pptx``: pictures and slides from the command line.

Layer rule: this is the one headless path into ``cjm_designer.ui`` (and so Qt), through
the single module ``cjm_designer.ui.headless``, lazily and only for these formats,
because PNG, SVG and the deck's map picture are drawn by the canvas scene itself (an
import-linter contract allows exactly that import). Without a display it starts Qt on
the ``offscreen`` platform, so it works on servers and in CI. Every other command, and
``export -o OUT.pdf``, never loads PySide6 (tests check that). Bad ``--persona`` /
``--scenario`` values are reported before Qt starts.
"""

from __future__ import annotations

import sys

from cjm_designer.exit_codes import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from cjm_designer.messages import localize, reason_of, text


def _view(journey, args):
    from cjm_designer.layout.filters import view_for

    return view_for(
        journey,
        getattr(args, "persona", None),
        getattr(args, "scenario", None),
        getattr(args, "rows", None),
    )


def _report_failure(args, error: Exception) -> int:
    from cjm_designer.io.errors import MapSaveError

    if isinstance(error, MapSaveError):
        reason = localize(error.reason)
        print(text("cli.cannot-write", path=args.output, reason=reason), file=sys.stderr)
        return EXIT_INVALID
    if isinstance(error, OSError):
        from cjm_designer.messages.os_errors import os_reason

        reason = os_reason(error, writing=True)
        print(text("cli.cannot-write", path=args.output, reason=reason), file=sys.stderr)
        return EXIT_INVALID
    print(f"cjm-designer export: {localize(reason_of(error))}", file=sys.stderr)
    return EXIT_USAGE


def export_png(journey, args) -> int:
    from cjm_designer.io.errors import MapSaveError
    from cjm_designer.ui import headless

    dpi = args.dpi or 150
    try:
        view = _view(journey, args)
        app = headless.ensure_qt_application()  # noqa: F841 (kept alive while drawing)
        width, height = headless.write_png(journey, args.output, dpi, view)
    except (MapSaveError, OSError, ValueError) as error:
        return _report_failure(args, error)
    message = text(
        "cli.export.png-done", path=args.output, width=width, height=height, dpi=f"{dpi:g}"
    )
    print(message)
    return EXIT_OK


def export_svg(journey, args) -> int:
    from cjm_designer.io.errors import MapSaveError
    from cjm_designer.ui import headless

    try:
        view = _view(journey, args)
        app = headless.ensure_qt_application()  # noqa: F841
        headless.write_svg(journey, args.output, view)
    except (MapSaveError, OSError, ValueError) as error:
        return _report_failure(args, error)
    print(f"{args.output}: SVG")
    return EXIT_OK


def export_pptx(journey, args) -> int:
    from cjm_designer.ui import headless

    try:
        view = _view(journey, args)
        app = headless.ensure_qt_application()  # noqa: F841
        result = headless.write_pptx(journey, args.output, view)
    except (OSError, ValueError) as error:
        return _report_failure(args, error)
    for warning in result.warnings:
        print(text("cli.warning", message=localize(warning)), file=sys.stderr)
    print(text("cli.export.pptx-done", path=args.output, count=result.slides))
    return EXIT_OK
