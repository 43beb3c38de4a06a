"""Render the app icon's PNG, ICO and ICNS sizes from resources/icons/cjm-designer.svg.

Run after changing the SVG: ``.venv/bin/python installer/make_icons.py``. The outputs are
committed, so building an installer needs no image tools.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "cjm-designer.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    out = ROOT / "resources" / "icons"
    for size in PNG_SIZES:
        render(size).save(str(out / f"cjm-designer-{size}.png"))
    biggest = Image.open(out / "cjm-designer-512.png")
    biggest.save(
        ROOT / "installer" / "icons" / "cjm-designer.ico",
        sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)],
    )
    biggest.save(ROOT / "installer" / "icons" / "cjm-designer.icns")
    print(f"icons written to {out} and installer/icons/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
