"""Pick a reader or writer by file extension, so ``convert`` grows with new formats.

Each format registers a reader and/or a writer here; the CLI and File > Import/Export
use the same table.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from cjm_designer.messages import Message, localize
from cjm_designer.model import JourneyMap

from .errors import MapLoadError, MapSaveError
from .yaml_format import MAP_SUFFIX, load_map, save_map

Reader = Callable[[Path], JourneyMap]
Writer = Callable[[JourneyMap, Path], None]

READERS: dict[str, Reader] = {MAP_SUFFIX: load_map, ".yaml": load_map, ".yml": load_map}
WRITERS: dict[str, Writer] = {MAP_SUFFIX: save_map, ".yaml": save_map, ".yml": save_map}


class ConversionError(Exception):
    """A conversion failed; the message is ready for the user (located where possible)."""

    def __init__(self, reason: object) -> None:
        self.reason = reason
        super().__init__(str(reason))

    def localized(self, language: str | None = None) -> str:
        return localize(self.reason, language)


def register_format(
    suffix: str, reader: Reader | None = None, writer: Writer | None = None
) -> None:
    if reader is not None:
        READERS[suffix] = reader
    if writer is not None:
        WRITERS[suffix] = writer


def _load_plugins() -> None:
    """Import the optional format modules so they can register themselves."""
    import importlib

    for name in ("mermaid", "tables"):
        try:
            importlib.import_module(f"cjm_designer.io.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"cjm_designer.io.{name}":
                raise


def suffix_of(path: str | os.PathLike, table: dict) -> str | None:
    name = Path(path).name.lower()
    for suffix in sorted(table, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return None


def read_any(path: str | os.PathLike) -> JourneyMap:
    _load_plugins()
    suffix = suffix_of(path, READERS)
    if suffix is None:
        known = ", ".join(sorted(READERS))
        raise ConversionError(Message("io.cannot-read-kind", path=str(path), known=known))
    try:
        return READERS[suffix](Path(path))
    except MapLoadError as error:
        raise ConversionError(error) from None


def write_any(journey: JourneyMap, path: str | os.PathLike) -> None:
    _load_plugins()
    suffix = suffix_of(path, WRITERS)
    if suffix is None:
        known = ", ".join(sorted(WRITERS))
        raise ConversionError(Message("io.cannot-write-kind", path=str(path), known=known))
    try:
        WRITERS[suffix](journey, Path(path))
    except MapSaveError as error:
        raise ConversionError(error) from None
