"""``cjm-designer diff A B``: what changed between two maps or snapshots, by identity.

Exit codes follow diff(1): 0 identical, 1 different, 2 when a map cannot be read.
``FILE@NAME`` names the snapshot NAME kept inside FILE.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cjm_designer.io.errors import MapLoadError
from cjm_designer.io.snapshot_format import open_named_snapshot
from cjm_designer.messages import localize, reason_of, text
from cjm_designer.model import JourneyMap
from cjm_designer.model.diff import diff_maps
from cjm_designer.model.snapshots import SnapshotError

from ._common import load_or_report

EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "diff",
        help=text("help.diff"),
    )
    parser.add_argument("old", metavar="A", help=text("help.diff.old"))
    parser.add_argument("new", metavar="B", help=text("help.diff.new"))
    parser.add_argument("--json", action="store_true", help=text("help.diff.json"))
    parser.set_defaults(handler=run)


def load_map_or_snapshot(spec: str) -> JourneyMap | None:
    """A map file, or ``FILE@NAME`` for a snapshot in it; prints the problem and gives None."""
    if _is_snapshot(spec):
        file, name = spec.rsplit("@", 1)
        if Path(file).exists():
            result = load_or_report(file)
            if result is None:
                return None
            try:
                return open_named_snapshot(result.map, name, file)
            except SnapshotError as error:
                print(f"{file}: {localize(reason_of(error))}", file=sys.stderr)
                return None
            except MapLoadError as error:
                for message in error.messages:
                    print(localize(message), file=sys.stderr)
                return None
    result = load_or_report(spec)
    return None if result is None else result.map


def _is_snapshot(spec: str) -> bool:
    return not Path(spec).exists() and "@" in spec


def run(args) -> int:
    old = load_map_or_snapshot(args.old)
    new = load_map_or_snapshot(args.new)
    if old is None or new is None:
        return EXIT_TROUBLE
    if _is_snapshot(args.old) or _is_snapshot(args.new):
        old.snapshots = new.snapshots = ()  # a snapshot has none; the file's list is noise
    changes = diff_maps(old, new)
    if args.json:
        sys.stdout.write(changes.to_json())
    else:
        for line in changes.summary_lines():
            print(localize(line))
    return EXIT_DIFFERENT if changes else EXIT_SAME
