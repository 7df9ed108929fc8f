"""Render resources/icon.svg to icon.png (256 px), icon.ico (Windows) and icon.icns (macOS) with Qt.

Run `python packaging/make_icons.py`. Both containers are written here rather than by Qt's image
writers: Qt's 'ico' writer stores one size only and Qt has no 'icns' writer, while each OS picks the
size it needs from a multi-size icon (16 px in a list, 256 px or more in a file browser or the Dock).
"""

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # rendering needs no display, so it runs on CI too

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
SOURCE = RESOURCES / "icon.svg"
OUTPUTS = tuple(RESOURCES / name for name in ("icon.png", "icon.ico", "icon.icns"))
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS element types that hold a PNG, with their pixel size (the @2x types are Retina variants).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)  # fmt: skip


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon as PNG bytes, size × size pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode the {size} px icon as PNG.")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file with one PNG entry per size (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the one-byte width and height fields
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icns(images: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns', total length, then (type, length including its 8-byte header, PNG) elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(source: Path = SOURCE) -> list[Path]:
    """Write icon.png, icon.ico and icon.icns beside `source`; return their paths."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter wants a GUI application
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise RuntimeError(f"Qt could not read {source}.")
    sizes = set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    images = {size: render_png(renderer, size) for size in sorted(sizes)}
    png, ico_file, icns_file = (source.with_name(path.name) for path in OUTPUTS)
    png.write_bytes(images[256])
    ico_file.write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    icns_file.write_bytes(icns(images))
    del app
    return [png, ico_file, icns_file]


if __name__ == "__main__":
    try:
        for path in make_icons():
            print(f"Wrote {path} ({path.stat().st_size // 1024} KB)")
    except (OSError, RuntimeError) as error:
        sys.exit(f"The icons could not be made: {error}")
