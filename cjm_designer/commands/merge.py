"""``cjm-designer merge BASE OURS THEIRS -o OUT``: the git merge driver for maps.

Register it with ``git config merge.cjm.driver "cjm-designer merge %O %A %B -o %A"``
and ``*.cjm.yaml merge=cjm`` in ``.gitattributes`` (docs/git-merge.md). Exit 0 when
the merge is clean; 1 when conflicts were recorded in the file (git then marks it
conflicted); 2 when an input cannot be read, leaving OUT untouched.
"""

from __future__ import annotations

import sys

from cjm_designer.io.errors import MapSaveError
from cjm_designer.io.yaml_format import save_map
from cjm_designer.messages import localize, text
from cjm_designer.model import check_map, path_text
from cjm_designer.model.merge import CONFLICTS_KEY, merge_maps

from ._common import load_or_report, refuse_locked

EXIT_CLEAN, EXIT_CONFLICTS, EXIT_TROUBLE = 0, 1, 2


def register(subparsers) -> None:
    parser = subparsers.add_parser("merge", help=text("help.merge"))
    parser.add_argument("base", metavar="BASE", help=text("help.merge.base"))
    parser.add_argument("ours", metavar="OURS", help=text("help.merge.ours"))
    parser.add_argument("theirs", metavar="THEIRS", help=text("help.merge.theirs"))
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help=text("help.merge.output")
    )
    parser.add_argument("--label", metavar="NAME", help=text("help.merge.label"))
    parser.add_argument("--force", action="store_true", help=text("help.merge.force"))
    parser.set_defaults(handler=run)


def run(args) -> int:
    if refuse_locked(args.output, args.force):
        print("cjm-designer merge: nothing written", file=sys.stderr)
        return EXIT_TROUBLE
    results = [load_or_report(name) for name in (args.base, args.ours, args.theirs)]
    if any(result is None for result in results):
        print(f"cjm-designer merge: {text('cli.merge.nothing')}", file=sys.stderr)
        return EXIT_TROUBLE
    base, ours, theirs = (result.map for result in results)  # type: ignore[union-attr]
    merged = merge_maps(base, ours, theirs)
    label = args.label or args.output
    problems = check_map(merged.map)
    if problems:
        print(text("cli.merge.invalid", label=label), file=sys.stderr)
        for problem in problems:
            where = path_text(problem.path) or problem.ref or ""
            print(f"  {where}: {localize(problem.message)}", file=sys.stderr)
        return EXIT_CONFLICTS
    try:
        save_map(merged.map, args.output)
    except MapSaveError as error:
        print(localize(error), file=sys.stderr)
        return EXIT_TROUBLE
    if merged.clean:
        return EXIT_CLEAN
    count = len(merged.conflicts)
    print(text("cli.merge.conflicts", label=label, count=count, key=CONFLICTS_KEY), file=sys.stderr)
    for conflict in merged.conflicts:
        print(f"  - {localize(conflict.describe())}", file=sys.stderr)
    print(text("cli.merge.resolve", key=CONFLICTS_KEY), file=sys.stderr)
    return EXIT_CONFLICTS
