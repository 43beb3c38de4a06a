"""Pictures kept in the map (shop shelf photos, landing page screenshots) for the PDF.

The data is base64 PNG or JPEG inside the file; reportlab reads it straight from
memory. A picture that cannot be decoded is left out rather than failing the print.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from io import BytesIO

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepTogether, Paragraph

from cjm_designer.model.entities import Picture

MAX_WIDTH = 260.0
MAX_HEIGHT = 170.0


def picture_size(
    width: float, height: float, max_width: float, max_height: float
) -> tuple[float, float]:
    """The printed size: as large as fits the box, never enlarged, aspect kept."""
    scale = min(max_width / width, max_height / height, 1.0)
    return width * scale, height * scale


def picture_flowables(
    pictures: Iterable[Picture],
    caption_style,
    markup=lambda text: text,
    max_width: float = MAX_WIDTH,
    max_height: float = MAX_HEIGHT,
) -> list:
    """One image (with its caption under it) per picture that decodes."""
    story: list = []
    for picture in pictures:
        try:
            raw = base64.b64decode(picture.data, validate=False)
            width, height = ImageReader(BytesIO(raw)).getSize()
        except (binascii.Error, ValueError, OSError):
            continue
        if not width or not height:
            continue
        w, h = picture_size(width, height, max_width, max_height)
        block: list = [Image(BytesIO(raw), width=w, height=h, hAlign="LEFT")]
        if picture.caption:
            block.append(Paragraph(markup(picture.caption), caption_style))
        story.append(KeepTogether(block))
    return story
