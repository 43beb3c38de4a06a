"""One sanitiser for everything the command line prints.

Map text is user text: a stage name may hold ``ESC ] 52`` (write the clipboard),
``ESC [ 2 J`` (clear the screen), OSC 8 hyperlinks or bidi overrides that reorder what
the reader sees. Every write to stdout and stderr goes through :func:`terminal_safe`,
which shows such characters as ``\\uXXXX`` instead of sending them. The same spelling
is a JSON escape, so ``--json`` output stays valid JSON with the same content.
"""

from __future__ import annotations

import re
from typing import TextIO

# C0 controls but tab and line feed, DEL, C1 controls, bidi embeddings/overrides/isolates
# and marks, line and paragraph separators.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with every terminal control character spelled out as ``\\uXXXX``."""
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group(0)):04x}", text)


class SafeStream:
    """A text stream that writes through :func:`terminal_safe` (wraps stdout/stderr)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(terminal_safe(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self.stream, name)
