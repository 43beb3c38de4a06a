"""Helpers shared by the subcommands: loading with located errors, printing."""

from __future__ import annotations

import sys
from typing import TextIO

from cjm_designer.io.errors import MapLoadError
from cjm_designer.io.yaml_format import LoadResult, read_map
from cjm_designer.messages import localize, text


def load_or_report(path: str, stderr: TextIO | None = None) -> LoadResult | None:
    """Load a map; on failure print ``FILE:LINE:COL: message`` lines and return None."""
    err = stderr or sys.stderr
    try:
        result = read_map(path)
    except MapLoadError as error:
        for message in error.messages:
            print(localize(message), file=err)
        return None
    for warning in result.warnings:
        print(localize(warning), file=err)
    return result


def refuse_locked(path: str, force: bool, stderr: TextIO | None = None) -> bool:
    """True (and a message) when the editor has ``path`` open and ``--force`` was not given."""
    from cjm_designer.io.edit_lock import edit_lock_holder

    holder = edit_lock_holder(path)
    if holder is None or force:
        return False
    print(text("cli.locked", path=path, holder=holder), file=stderr or sys.stderr)
    return True


def unknown_scenario(journey, scenario: str | None, path: str) -> bool:
    """True (after saying which scenarios exist) when ``--scenario`` names none of the map's."""
    known = [item.id for item in journey.scenarios]
    if scenario is None or scenario in known:
        return False
    choices = ", ".join(known) if known else text("cli.analyze.no-scenarios")
    message = text("cli.analyze.unknown-scenario", file=path, scenario=scenario, choices=choices)
    print(message, file=sys.stderr)
    return True
