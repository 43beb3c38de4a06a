"""Pictures pasted or dropped onto stages and cards, kept inside the file as base64.

A photo of the shop shelf or a screenshot of the landing page goes into the map
itself, so the map stays one file that travels by mail or git. Images are scaled to
at most 1600 px on the long side and stored as JPEG (photos) or PNG (screenshots and
anything with transparency), whichever is smaller.

Every decode goes through :func:`read_image` with a pixel budget checked on the header
first: a small file that declares a gigantic image is refused (a null image) before any
pixel is allocated, and a large photo is decoded straight to 1600 px where the format
allows it (JPEG), so a picture never costs more than the budget.
"""

from __future__ import annotations

import base64
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QSize, Qt

from cjm_designer.model import JourneyMap, Kind
from cjm_designer.model.edits import ReplaceEntity, update
from cjm_designer.model.entities import Picture

MAX_SIDE = 1600
JPEG_QUALITY = 85
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp")

# QImage and QIODevice are imported where a picture is read or written: the first window
# reads none, and their classes' enums cost start-up time.
if TYPE_CHECKING:
    from PySide6.QtGui import QImage

_CACHE: OrderedDict[tuple[int, int], QImage] = OrderedDict()
_CACHE_SIZE = 64
MAX_DECODE_PIXELS = 50_000_000
"""Pixels a picture may declare (200 MB as RGBA, under Qt's own 256 MB allocation limit)."""


def read_image(source: str | bytes, fit: int | None = None) -> QImage:
    """Decode a file path or image bytes within the pixel budget; a null image if it is
    broken or declares more than MAX_DECODE_PIXELS. ``fit`` decodes straight to at most
    that many pixels on the long side where the format can (JPEG scales while decoding)."""
    # Imported here: their classes' enums cost start-up time, and no picture is read then.
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QImageReader

    buffer = None
    if isinstance(source, bytes | bytearray):
        buffer = QBuffer()
        buffer.setData(QByteArray(bytes(source)))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
    else:
        reader = QImageReader(source)
    reader.setAutoTransform(True)
    size = reader.size()  # from the header
    if not size.isValid() or size.width() * size.height() > MAX_DECODE_PIXELS:
        return QImage()
    if fit and max(size.width(), size.height()) > fit:
        scaled = size.scaled(QSize(fit, fit), Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(scaled)
    image = reader.read()
    if buffer is not None:
        buffer.close()
    return image


def ask_image_file(parent, title: str) -> str:
    """The picture file the user chose in an Open dialog, or "" when cancelled."""
    pattern = " ".join(f"*{suffix}" for suffix in IMAGE_SUFFIXES)
    images = QCoreApplication.translate("Workshop", "Images ({patterns})").format(patterns=pattern)
    from PySide6.QtWidgets import QFileDialog  # here: its enums cost start-up time

    path, _ = QFileDialog.getOpenFileName(parent, title, "", images)
    return path


def _encode(image: QImage, fmt: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, JPEG_QUALITY if fmt == "JPEG" else -1)
    buffer.close()
    return bytes(data.data())


def picture_from_image(image: QImage, caption: str = "") -> Picture | None:
    """A Picture for the file from any image; None for an empty image."""
    if image.isNull():
        return None
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE,
            MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    from PySide6.QtGui import QImage

    png = _encode(image, "PNG")
    mime, raw = "image/png", png
    if not image.hasAlphaChannel():
        jpeg = _encode(image.convertToFormat(QImage.Format.Format_RGB32), "JPEG")
        if len(jpeg) < len(png):
            mime, raw = "image/jpeg", jpeg
    return Picture(mime, base64.b64encode(raw).decode("ascii"), caption)


def image_of(picture: Picture) -> QImage:
    """The decoded image (cached: cards repaint often); a null image if the data is bad."""
    key = (len(picture.data), hash(picture.data))
    image = _CACHE.get(key)
    if image is None:
        try:
            raw = base64.b64decode(picture.data, validate=False)
        except ValueError:
            raw = b""
        image = read_image(raw)
        _CACHE[key] = image
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    return image


def images_in(mime: QMimeData | None) -> list[tuple[QImage, str]]:
    """Images carried by a paste or a drop: raw image data, or local image files."""
    if mime is None:
        return []
    found: list[tuple[QImage, str]] = []
    for url in mime.urls():
        path = url.toLocalFile() if url.isLocalFile() else ""
        if path.lower().endswith(IMAGE_SUFFIXES):
            image = read_image(path, MAX_SIDE)
            if not image.isNull():
                found.append((image, Path(path).stem))
    if not found and mime.hasImage():
        from PySide6.QtGui import QImage

        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            found.append((image, ""))
    return found


def add_pictures(journey: JourneyMap, entity_id: str, pictures: list[Picture]) -> ReplaceEntity:
    """The edit that appends pictures to a stage or a card."""
    kind = journey.kind_of(entity_id)
    if kind not in (Kind.STAGE, Kind.TOUCHPOINT):
        raise ValueError(f"{entity_id!r} is not a stage or a touchpoint")
    entity = journey.get(entity_id)
    return update(journey, kind, entity_id, pictures=(*entity.pictures, *pictures))


def remove_picture(journey: JourneyMap, entity_id: str, index: int) -> ReplaceEntity:
    kind = journey.kind_of(entity_id)
    entity = journey.get(entity_id)
    pictures = tuple(p for i, p in enumerate(entity.pictures) if i != index)
    return update(journey, kind, entity_id, pictures=pictures)
