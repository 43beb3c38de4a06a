"""``cjm-designer analyze MAP``: the funnel, bottlenecks and findings of a map."""

from __future__ import annotations

import json
import sys

from cjm_designer.messages import text

from ._common import load_or_report

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="funnel, bottlenecks, coverage and findings of a map",
        description="Analyze a journey map: exact funnel (reach, visits, conversion, time, "
        "referral multiplier), bottlenecks, scenarios, coverage, emotions and problems. "
        "Exit status: 0 analyzed (whatever was found), 1 the file could not be read, "
        "2 unknown scenario.",
    )
    parser.add_argument("file", metavar="MAP", help="a .cjm.yaml map")
    parser.add_argument(
        "--json", action="store_true", help="output as documented in docs/analysis-json.md"
    )
    parser.add_argument(
        "--scenario", metavar="ID", help="count only this scenario's transitions and cards"
    )
    parser.set_defaults(handler=run)


def run(args) -> int:
    from cjm_designer.analysis.report import analyze
    from cjm_designer.analysis.text import render_text

    loaded = load_or_report(args.file)
    if loaded is None:
        return EXIT_INVALID
    journey = loaded.map
    known = [scenario.id for scenario in journey.scenarios]
    if args.scenario is not None and args.scenario not in known:
        choices = ", ".join(known) if known else text("cli.analyze.no-scenarios")
        message = text("cli.analyze.unknown-scenario", file=args.file, scenario=args.scenario,
                       choices=choices)  # fmt: skip
        print(message, file=sys.stderr)
        return EXIT_USAGE
    report = analyze(journey, args.scenario)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render_text(report, journey))
    return EXIT_OK
