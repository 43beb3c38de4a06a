"""``cjm-designer room MAP --host HOST --port PORT``: serve the workshop room headless.

For tests, and for a second facilitator machine: prints the participants' URL (with
the room's token) as its first line, then serves until SIGTERM or Ctrl+C. Notes,
votes and ratings go to the journal beside the map (``MAP.cjm.room.jsonl``), which the
editor offers for moderation when it opens the map; the map file itself is not changed.
"""

from __future__ import annotations

import sys

from cjm_designer.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from cjm_designer.messages import localize, reason_of, text
from cjm_designer.messages.os_errors import os_reason

from ._common import load_or_report


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "room",
        help=text("help.room"),
    )
    parser.add_argument("file", metavar="MAP", help=text("help.export.file"))
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help=text("help.room.host"),
    )
    parser.add_argument("--port", type=int, default=8765, help=text("help.room.port"))
    parser.add_argument(
        "--votes", type=int, default=None, metavar="N", help=text("help.room.votes")
    )
    parser.add_argument("--stage", metavar="ID", help=text("help.room.stage"))
    parser.set_defaults(handler=run)


def run(args) -> int:
    if args.host in ("0.0.0.0", "::", ""):
        print(
            f"cjm-designer room: {text('cli.room.any-host')}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not 0 <= args.port <= 65535:
        message = text("cli.room.bad-port", port=str(args.port))
        print(f"cjm-designer room: {message}", file=sys.stderr)
        return EXIT_USAGE
    result = load_or_report(args.file)
    if result is None:
        return EXIT_FAILED
    from cjm_designer.room.journal import JournalBusyError, journal_path_for
    from cjm_designer.room.server import serve_until_signal
    from cjm_designer.room.state import RoomState
    from cjm_designer.room.view import map_view

    journal = journal_path_for(args.file)
    try:
        state, problems = RoomState.open(journal)
    except JournalBusyError as error:
        print(localize(reason_of(error)), file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        message = text(
            "cli.room.journal", journal=str(journal), reason=os_reason(error, writing=True)
        )
        print(message, file=sys.stderr)
        return EXIT_FAILED
    for problem in problems:
        print(localize(problem), file=sys.stderr)
    if args.votes is not None:
        state.set_vote_budget(args.votes)
    state.set_view(map_view(result.map))
    if args.stage:
        if args.stage not in {s.id for s in result.map.stages}:
            print(text("cli.room.no-stage", file=args.file, stage=args.stage), file=sys.stderr)
            return EXIT_USAGE
        state.set_current_stage(args.stage)

    def ready(url: str) -> None:
        print(url, flush=True)
        print(text("cli.room.ready", journal=str(journal)), file=sys.stderr, flush=True)

    try:
        serve_until_signal(state, args.host, args.port, ready)
    except KeyboardInterrupt:  # Ctrl+C where asyncio has no signal handlers (Windows)
        pass
    except OSError as error:
        print(
            "cjm-designer room: "
            + text(
                "cli.room.cannot-listen",
                address=f"{args.host}:{args.port}",
                reason=os_reason(error),
            ),
            file=sys.stderr,
        )
        return EXIT_FAILED
    finally:
        state.close()
    return EXIT_OK
