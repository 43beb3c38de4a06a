"""Load and save ``.cjm.yaml`` maps: the public entry points of the file format.

``read_map`` returns the map with its warnings; ``load_map``/``save_map`` are the short
forms for scripts. Any bad input raises :class:`MapLoadError` with located messages.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from cjm_designer.gc_pause import cyclic_gc_paused
from cjm_designer.messages import Message, reason_of
from cjm_designer.model import JourneyMap
from cjm_designer.model.records import MutableRecord

from .atomic import write_atomic
from .errors import FileMessage, Location, MapLoadError, MapSaveError, read_input
from .format_v1 import decode_map
from .migrations import FormatVersionError, upgrade
from .yaml_reader import ParsedYaml, parse_yaml, verify_readable
from .yaml_writer import MapWriter, dumps_map

MAP_SUFFIX = ".cjm.yaml"


@dataclass(eq=False, repr=False)
class LoadResult(MutableRecord):
    """A map as read, with the warnings the user should see and the version it was saved in."""

    map: JourneyMap
    warnings: list[FileMessage] = field(default_factory=list)
    original_version: int = 1


def read_map(path: str | os.PathLike) -> LoadResult:
    """Read a map file; MapLoadError says what is wrong and where (file, line, column)."""
    return loads_map(read_input(path), str(path))


def loads_map(raw: bytes | str, file: str = "") -> LoadResult:
    """Parse map text (bytes or str) the same way as a file."""
    with cyclic_gc_paused():
        parsed = parse_yaml(raw.encode("utf-8") if isinstance(raw, str) else raw, file)
        return build_map(parsed)


def build_map(parsed: ParsedYaml) -> LoadResult:
    data = parsed.data
    if not isinstance(data, dict):
        reason = Message("io.not-a-map-empty" if data is None else "io.not-a-map-value")
        raise MapLoadError.single(reason, parsed.file, 1, 1)
    try:
        data, original = upgrade(data)
    except FormatVersionError as error:
        raise MapLoadError([FileMessage(reason_of(error), parsed.locate(("cjm",)))]) from None
    journey, issues = decode_map(data)
    warnings = list(parsed.warnings)
    errors: list[FileMessage] = []
    for issue in issues:
        location = (
            parsed.locate(issue.path, issue.at_key) if original == 1 else Location(parsed.file)
        )
        message = FileMessage(issue.message, location, issue.severity)
        (errors if issue.severity == "error" else warnings).append(message)
    if journey is None or errors:
        raise MapLoadError(errors or [FileMessage(Message("io.not-read"), Location(parsed.file))])
    return LoadResult(journey, warnings, original)


def load_map(path: str | os.PathLike) -> JourneyMap:
    """The map in ``path``; warnings (unknown keys kept) are dropped here, see read_map."""
    return read_map(path).map


def save_map(journey: JourneyMap, path: str | os.PathLike, writer: MapWriter | None = None) -> None:
    """Write the canonical text atomically; MapSaveError leaves the old file as it was.

    The text is parsed again before the file is replaced: a map that could not be read
    back is never written (it would destroy the previous, readable version).
    """
    text = dumps_map(journey, writer)
    problem = verify_readable(text, str(path))
    if problem is not None:
        raise MapSaveError(
            str(path),
            f"the map text would not read back ({problem}); the file was not changed",
        )
    write_atomic(path, text.encode("utf-8"))


__all__ = [
    "MAP_SUFFIX", "LoadResult", "MapLoadError", "MapSaveError", "build_map", "dumps_map",
    "load_map", "loads_map", "read_map", "save_map",
]  # fmt: skip
