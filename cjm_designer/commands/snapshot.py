"""``cjm-designer snapshot MAP``: save, list, restore, extract or delete named snapshots.

Snapshots live inside the map file (``snapshots:`` at its end), so "As-is, workshop 1"
travels with the map and can be compared with ``cjm-designer diff MAP@NAME MAP``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cjm_designer.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from cjm_designer.io.errors import MapLoadError, MapSaveError
from cjm_designer.io.snapshot_format import open_named_snapshot, take_snapshot
from cjm_designer.io.yaml_format import save_map
from cjm_designer.messages import localize, text
from cjm_designer.model import JourneyMap
from cjm_designer.model.snapshots import (
    SnapshotError,
    add_snapshot,
    delete_snapshot,
    restore_edit,
)

from ._common import load_or_report, refuse_locked


def register(subparsers) -> None:
    parser = subparsers.add_parser("snapshot", help=text("help.snapshot"))
    parser.add_argument("file", metavar="MAP", help=text("help.export.file"))
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--name", metavar="NAME", help=text("help.snapshot.name"))
    action.add_argument("--list", action="store_true", help=text("help.snapshot.list"))
    action.add_argument("--restore", metavar="NAME", help=text("help.snapshot.restore"))
    action.add_argument("--extract", metavar="NAME", help=text("help.snapshot.extract"))
    action.add_argument("--delete", metavar="NAME", help=text("help.snapshot.delete"))
    parser.add_argument("--date", help=text("help.snapshot.date"))
    parser.add_argument("--replace", action="store_true", help=text("help.snapshot.replace"))
    parser.add_argument("-o", "--output", metavar="OUT", help=text("help.snapshot.output"))
    parser.add_argument("--force", action="store_true", help=text("help.snapshot.force"))
    parser.add_argument("--json", action="store_true", help=text("help.snapshot.json"))
    parser.set_defaults(handler=run)


def run(args) -> int:
    result = load_or_report(args.file)
    if result is None:
        return EXIT_FAILED
    journey = result.map
    if args.list:
        return _list(journey, args.json)
    if args.extract and not args.output:
        print(f"cjm-designer snapshot: {text('cli.snapshot.needs-output')}", file=sys.stderr)
        return EXIT_USAGE
    output = Path(args.output or args.file)
    if args.output and output.exists() and not args.force:
        print(text("cli.exists", path=str(output)), file=sys.stderr)
        return EXIT_USAGE
    if refuse_locked(str(output), args.force):
        return EXIT_USAGE
    try:
        if args.name is not None:
            snapshot = take_snapshot(journey, args.name, args.date)
            add_snapshot(journey, snapshot, args.replace).apply(journey)
            done = text("cli.snapshot.saved", name=snapshot.name, date=snapshot.date)
        elif args.delete is not None:
            delete_snapshot(journey, args.delete).apply(journey)
            done = text("cli.snapshot.deleted", name=args.delete)
        elif args.restore is not None:
            restored = open_named_snapshot(journey, args.restore, args.file)
            restore_edit(journey, restored).apply(journey)
            done = text("cli.snapshot.restored", name=args.restore)
        else:
            journey = open_named_snapshot(journey, args.extract, args.file)
            done = text("cli.snapshot.extracted", name=args.extract)
        save_map(journey, output)
    except SnapshotError as error:
        print(f"{args.file}: {localize(error)}", file=sys.stderr)
        return EXIT_FAILED
    except MapLoadError as error:
        for message in error.messages:
            print(localize(message), file=sys.stderr)
        return EXIT_FAILED
    except MapSaveError as error:
        print(localize(error), file=sys.stderr)
        return EXIT_FAILED
    print(f"{output}: {done}")
    return EXIT_OK


def _list(journey: JourneyMap, as_json: bool) -> int:
    rows = [
        {"name": s.name, "date": s.date, "title": str(s.data.get("title", ""))}
        for s in journey.snapshots
    ]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    for row in [] if as_json else rows:
        print(f"{row['date']:<10}  {row['name']}")
    return EXIT_OK
