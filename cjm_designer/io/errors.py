"""Located errors for files: ``FILE:LINE:COL: message (at field.path)``.

One exception type reaches callers for any bad input, so the CLI and the GUI can show a
clear message instead of a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path

from cjm_designer.messages import Message, localize
from cjm_designer.messages.os_errors import os_reason
from cjm_designer.model.records import Record, record


@record
class Location(Record):
    """1-based line and column; ``field`` is the document path such as ``stages[2].name``."""

    file: str = ""
    line: int | None = None
    column: int | None = None
    field: str = ""

    def prefix(self) -> str:
        parts = [self.file or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


@record
class FileMessage(Record):
    """One error or warning about a file, printable in the compiler-style form."""

    message: str
    location: Location = Location()
    severity: str = "error"

    def __str__(self) -> str:
        where = f" (at {self.location.field})" if self.location.field else ""
        prefix = self.location.prefix()
        label = "" if self.severity == "error" else f"{self.severity}: "
        return f"{prefix}: {label}{self.message}{where}"

    def localized(self, language: str | None = None) -> str:
        """``str(self)`` in ``language``: the reason and its frame translated, the
        location (file, line, column, field path) as it is."""
        return localize(self.framed(), language)

    def framed(self) -> Message:
        """The whole line as one Message (its English is ``str(self)``)."""
        message = self.message
        if self.location.field:
            message = Message("io.at-field", message=message, field=self.location.field)
        code = "io.located" if self.severity == "error" else "io.located-warning"
        return Message(code, where=self.location.prefix(), message=message)


class MapLoadError(Exception):
    """The file cannot be used as a map; ``messages`` says every reason found, located."""

    def __init__(self, messages: list[FileMessage]) -> None:
        self.messages = messages
        super().__init__("\n".join(str(m) for m in messages))

    def localized(self, language: str | None = None) -> str:
        """Every reason, one a line, in ``language`` (the window's or the CLI's)."""
        return "\n".join(m.localized(language) for m in self.messages)

    @classmethod
    def single(cls, message: str, file: str = "", line: int | None = None,
               column: int | None = None, field: str = "") -> MapLoadError:  # fmt: skip
        return cls([FileMessage(message, Location(file, line, column, field))])

    @property
    def first(self) -> FileMessage:
        return self.messages[0]


class MapSaveError(Exception):
    """Saving failed; the old file is untouched. The message says why, in plain words."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: cannot save: {reason}")

    def localized(self, language: str | None = None) -> str:
        return localize(Message("io.cannot-save", path=self.path, reason=self.reason), language)


def read_input(path: str | os.PathLike) -> bytes:
    """The bytes of a file the user chose to open or import; MapLoadError naming the file
    and why it could not be read (missing, a folder, or the system's reason)."""
    name = str(path)
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise MapLoadError.single(Message("io.no-such-file"), name) from None
    except IsADirectoryError:
        raise MapLoadError.single(Message("io.is-folder"), name) from None
    except OSError as error:
        raise MapLoadError.single(
            Message("io.cannot-read", reason=os_reason(error)), name
        ) from None
