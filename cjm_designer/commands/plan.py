"""``cjm-designer plan MAP``: opportunities by worth and the action plan, for the terminal."""

from __future__ import annotations

import json
import sys

from cjm_designer.exit_codes import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from cjm_designer.messages import localize, text

from ._common import load_or_report, unknown_scenario


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "plan",
        help=text("help.plan"),
        description=text("help.plan.description"),
    )
    parser.add_argument("file", metavar="MAP", help=text("help.plan.file"))
    parser.add_argument("--json", action="store_true", help=text("help.plan.json"))
    parser.add_argument("--csv", metavar="OUT.csv", help=text("help.plan.csv"))
    parser.add_argument("--scenario", metavar="ID", help=text("help.plan.scenario"))
    parser.set_defaults(handler=run)


def run(args) -> int:
    from cjm_designer.analysis.actual import plan_vs_actual
    from cjm_designer.analysis.funnel import compute_funnel
    from cjm_designer.analysis.plan_text import render_plan
    from cjm_designer.analysis.report import analyze
    from cjm_designer.analysis.worth import valued_items

    loaded = load_or_report(args.file)
    if loaded is None:
        return EXIT_INVALID
    journey = loaded.map
    if unknown_scenario(journey, args.scenario, args.file):
        return EXIT_USAGE
    if args.csv:
        from cjm_designer.io.atomic import write_atomic
        from cjm_designer.io.errors import MapSaveError
        from cjm_designer.io.plan_table import plan_rows
        from cjm_designer.io.tables import csv_bytes

        try:
            write_atomic(args.csv, csv_bytes(plan_rows(journey)))
        except MapSaveError as error:
            reason = localize(error.reason)
            print(text("cli.cannot-write", path=args.csv, reason=reason), file=sys.stderr)
            return EXIT_INVALID
    if args.json:
        data = analyze(journey, args.scenario).to_json()
        keys = ("title", "scenario", "traffic", "opportunities", "plan", "actual")
        print(json.dumps({key: data[key] for key in keys}, ensure_ascii=False, indent=2))
        return EXIT_OK
    funnel = compute_funnel(journey, args.scenario)
    print(
        render_plan(journey, valued_items(journey, args.scenario), plan_vs_actual(journey, funnel))
    )
    return EXIT_OK
