"""Pictures kept in the map (shop shelf photos, landing page screenshots) for the PDF.

The data is base64 PNG or JPEG inside the file; reportlab reads it straight from
memory. A picture that cannot be decoded, or whose header declares more pixels than
the budget, is left out with a warning rather than failing the print: only the header
is read before that check (Pillow opens lazily), so a 0.5 MB PNG that declares 144
million pixels costs nothing instead of 2.2 GB.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from io import BytesIO

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepTogether, Paragraph

from cjm_designer.messages import Message
from cjm_designer.model.entities import Picture

from .pdf_text import one_line

MAX_WIDTH = 260.0
MAX_HEIGHT = 170.0
MIN_PPI = 150.0
"""Below this many pixels per inch on paper a picture looks soft; the export warns."""
SCREEN_PPI = 96.0
"""The resolution assumed for a picture that does not say its own (a screenshot)."""
MAX_PICTURE_PIXELS = 25_000_000
"""Pixels decoded for one picture (100 MB as RGBA); pictures added in the editor are at
most 1600 x 1600."""


def picture_size(
    width: float, height: float, max_width: float, max_height: float, ppi: float = 72.0
) -> tuple[float, float]:
    """The printed size in points: the picture's own size at ``ppi`` pixels per inch,
    made smaller to fit the box (never larger), aspect kept."""
    natural_w, natural_h = width * 72 / ppi, height * 72 / ppi
    scale = min(max_width / natural_w, max_height / natural_h, 1.0)
    return natural_w * scale, natural_h * scale


def picture_ppi(raw: bytes) -> float:
    """The resolution the picture file declares (PNG pHYs, JPEG JFIF), else SCREEN_PPI."""
    try:
        from PIL import Image as PilImage

        with PilImage.open(BytesIO(raw)) as image:
            dpi = image.info.get("dpi")
    except Exception:  # unreadable metadata: the decoder below decides whether it prints
        return SCREEN_PPI
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if 20 <= value <= 2400 else SCREEN_PPI


def decode_picture(picture: Picture, warn=lambda message: None) -> tuple[bytes, int, int] | None:
    """(file bytes, pixel width, pixel height) of a picture that decodes within the
    budget; None, with a warning, for one that is left out."""
    label = one_line(picture.caption)[:60] or picture.mime
    try:
        raw = base64.b64decode(picture.data, validate=False)
        reader = ImageReader(BytesIO(raw))
        width, height = reader.getSize()  # Pillow reads only the header here
    except Exception as error:
        warn(Message("export.picture.undecodable", label=label, error=type(error).__name__))
        return None
    if not width or not height:
        warn(Message("export.picture.empty", label=label))
        return None
    if width * height > MAX_PICTURE_PIXELS:
        warn(
            Message(
                "export.picture.too-large",
                label=label,
                width=width,
                height=height,
                limit=MAX_PICTURE_PIXELS // 1_000_000,
            )
        )
        return None
    try:
        # Decode now, within the budget: a good header over broken data would
        # otherwise fail while the whole PDF is being written.
        reader.getRGBData()
    except Exception as error:
        warn(Message("export.picture.broken", label=label, error=type(error).__name__))
        return None
    return raw, width, height


def placed_size(
    picture: Picture,
    decoded: tuple[bytes, int, int],
    max_width: float,
    max_height: float,
    warn=lambda message: None,
) -> tuple[float, float]:
    """The printed size (points) at the picture's own resolution, fitted into the box;
    warns when that prints under MIN_PPI."""
    raw, width, height = decoded
    w, h = picture_size(width, height, max_width, max_height, picture_ppi(raw))
    printed_ppi = width / (w / 72)
    if printed_ppi < MIN_PPI - 0.5:
        name = picture.caption or f"{width}×{height} px"
        warn(
            Message(
                "export.picture.soft",
                name=name,
                ppi=printed_ppi,
                limit=MIN_PPI,
                width=w / 72 * MIN_PPI,
            )
        )
    return w, h


def picture_flowables(
    pictures: Iterable[Picture],
    caption_style,
    markup=lambda text: text,
    max_width: float = MAX_WIDTH,
    max_height: float = MAX_HEIGHT,
    warn=lambda message: None,
) -> list:
    """One image (with its caption under it) per picture that decodes within the budget,
    at its own resolution; ``warn`` hears of each one left out or printing under MIN_PPI."""
    story: list = []
    for picture in pictures:
        decoded = decode_picture(picture, warn)
        if decoded is None:
            continue
        w, h = placed_size(picture, decoded, max_width, max_height, warn)
        block: list = [Image(BytesIO(decoded[0]), width=w, height=h, hAlign="LEFT")]
        if picture.caption:
            block.append(Paragraph(markup(picture.caption), caption_style))
        story.append(KeepTogether(block))
    return story
