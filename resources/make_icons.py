"""Render the app icon from its SVG sources into PNGs, a Windows .ico and a macOS .icns.

    .venv/bin/python resources/make_icons.py [--check]

Qt's SVG renderer (the one the app itself uses) draws each size, so the icon looks the same
in the window and in the installers; Pillow writes the .ico and .icns from those renditions
(no ImageMagick, no macOS tools needed). Sizes up to 32 px come from sellerdesk-small.svg, a
simplified drawing, because scaling the detailed one down gives a blur. `--check` renders to a
temporary folder and fails when the committed files are missing or differ in size.
The outputs are committed (a few hundred KB); run this after changing either SVG.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent / "icons"
LARGE, SMALL = HERE / "sellerdesk.svg", HERE / "sellerdesk-small.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(svg: Path, size: int) -> Image.Image:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def build(out: Path) -> list[Path]:
    png_dir = out / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    images = {size: render(SMALL if size <= 32 else LARGE, size) for size in PNG_SIZES}
    written = []
    for size, image in images.items():
        path = png_dir / f"sellerdesk-{size}.png"
        image.save(path, optimize=True)
        written.append(path)
    ico = out / "sellerdesk.ico"
    images[256].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    icns = out / "sellerdesk.icns"
    images[1024].save(icns, format="ICNS",
                      append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    return [*written, ico, icns]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify the committed files")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    if not args.check:
        for path in build(HERE):
            print(f"{path.relative_to(HERE.parent)}  {path.stat().st_size:>8} bytes")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        problems = []
        for fresh in build(Path(folder)):
            committed = HERE / fresh.relative_to(folder)
            if not committed.exists():
                problems.append(f"missing {committed}")
            elif committed.suffix == ".png" and Image.open(committed).size != Image.open(
                    fresh).size:
                problems.append(f"wrong size {committed}")
        for ico_size in Image.open(HERE / "sellerdesk.ico").info.get("sizes", set()):
            if ico_size[0] not in ICO_SIZES:
                problems.append(f"unexpected .ico size {ico_size}")
    print("\n".join(problems) or "icons ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
