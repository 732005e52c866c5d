"""Build app.ico (16-256 px) from app.svg: `python resources/icons/make_ico.py`.

A development tool (not shipped in the bundle): Qt renders the SVG at each size, so small
sizes are drawn for their size rather than scaled down from one bitmap; Pillow writes the ICO.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256)
HERE = Path(__file__).resolve().parent


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "app.svg"))
    images = [render(renderer, s) for s in SIZES]
    largest = images[-1]
    largest.save(HERE / "app.ico", format="ICO", sizes=[(s, s) for s in SIZES],
                 append_images=images[:-1])
    print(HERE / "app.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
