#!/usr/bin/env python3
"""Draw the app icon and write it for each platform: packaging/icons/ipv-guide.{png,ico,icns}.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

The icon is drawn with QPainter (shapes only, no fonts, so it looks the same wherever it
is made): a white "i" for "information" in a speech bubble on a deep teal rounded square.
The ICO (Windows) and ICNS (macOS) containers are written here from PNG images of several
sizes (both formats accept PNG entries: Windows Vista and later, macOS 10.7 and later).
The results are committed; run this again only to change the design. The spec uses them
for the executables and the macOS .app.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath

OUT = Path(__file__).resolve().parent / "icons"
TEAL = QColor("#1d5c6e")
WHITE = QColor("#ffffff")
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024))


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 1024.0
    p.scale(s, s)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(TEAL)
    p.drawRoundedRect(QRectF(48, 48, 928, 928), 200, 200)
    # speech bubble
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(200, 200, 624, 520), 150, 150)
    tail = QPainterPath()
    tail.moveTo(QPointF(330, 680))
    tail.lineTo(QPointF(270, 850))
    tail.lineTo(QPointF(480, 700))
    tail.closeSubpath()
    p.setBrush(WHITE)
    p.drawPath(bubble.united(tail))
    # the "i": a dot and a stem, in teal
    p.setBrush(TEAL)
    p.drawEllipse(QRectF(462, 262, 100, 100))
    p.drawRoundedRect(QRectF(467, 400, 90, 250), 40, 40)
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRYs + PNG data."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = [], []
    for n in sizes:
        data = images[n]
        dim = 0 if n >= 256 else n  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(t + struct.pack(">I", 8 + len(images[n])) + images[n]
                    for t, n in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    OUT.mkdir(exist_ok=True)
    sizes = sorted(set(ICO_SIZES) | {n for _t, n in ICNS_TYPES})
    images = {n: png_bytes(draw(n)) for n in sizes}
    (OUT / "ipv-guide.png").write_bytes(images[256])
    (OUT / "ipv-guide.ico").write_bytes(ico({n: images[n] for n in ICO_SIZES}))
    (OUT / "ipv-guide.icns").write_bytes(icns(images))
    for name in ("ipv-guide.png", "ipv-guide.ico", "ipv-guide.icns"):
        print(OUT / name, (OUT / name).stat().st_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
