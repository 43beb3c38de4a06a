"""``cjm-designer analyze MAP``: the funnel, bottlenecks and findings of a map."""

from __future__ import annotations

import json

from cjm_designer.exit_codes import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from cjm_designer.messages import text

from ._common import load_or_report, unknown_scenario


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help=text("help.analyze"),
        description=text("help.analyze.description"),
    )
    parser.add_argument("file", metavar="MAP", help=text("help.analyze.file"))
    parser.add_argument("--json", action="store_true", help=text("help.analyze.json"))
    parser.add_argument("--scenario", metavar="ID", help=text("help.analyze.scenario"))
    parser.set_defaults(handler=run)


def run(args) -> int:
    from cjm_designer.analysis.report import analyze
    from cjm_designer.analysis.text import render_text

    loaded = load_or_report(args.file)
    if loaded is None:
        return EXIT_INVALID
    journey = loaded.map
    if unknown_scenario(journey, args.scenario, args.file):
        return EXIT_USAGE
    report = analyze(journey, args.scenario)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render_text(report, journey))
    return EXIT_OK
