"""Upgrades of older file formats, one function per format change.

A file of version N is passed through ``MIGRATIONS[N]``, ``MIGRATIONS[N+1]``... until
it reaches ``FORMAT_VERSION``. Format 1 is the first published format, so the table is
empty today; the next format change adds ``MIGRATIONS[1]`` with its own test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cjm_designer.messages import Message

from .format_v1 import FORMAT_KEY, FORMAT_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


class FormatVersionError(ValueError):
    """The file's format version cannot be read by this program."""


def file_version(data: dict[str, Any]) -> int:
    version = data.get(FORMAT_KEY)
    if version is None:
        raise FormatVersionError(
            Message("io.no-format-key", key=FORMAT_KEY, version=FORMAT_VERSION)
        )
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FormatVersionError(Message("io.bad-format-key", key=FORMAT_KEY, value=version))
    return version


def upgrade(data: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """Bring plain data up to the current format; returns it with the original version."""
    original = file_version(data)
    if original > FORMAT_VERSION:
        raise FormatVersionError(Message("io.newer-format", found=original, version=FORMAT_VERSION))
    version = original
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise FormatVersionError(Message("io.no-upgrade", version=version))
        data = step(data)
        version += 1
        data[FORMAT_KEY] = version
    return data, original
