"""The room's QR code as a grid of dark modules (segno; drawn by the editor with Qt)."""

from __future__ import annotations

import segno


def qr_matrix(text: str) -> list[list[bool]]:
    """Modules of the QR code of ``text``, with the quiet zone; True is dark.

    Error correction M survives a projector's glare and a phone held at an angle while
    keeping the modules of a ~70-character URL large enough to read from the back row.
    """
    code = segno.make_qr(text, error="m", boost_error=False)
    return [[bool(module) for module in row] for row in code.matrix_iter(scale=1, border=2)]
