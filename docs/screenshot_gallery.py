"""A screenshot of a product's photo gallery, for the docs.

Run under a real X server so fonts and styles are the platform's:
    Xvfb :99 -screen 0 1600x1000x24 & DISPLAY=:99 QT_QPA_PLATFORM=xcb \
        python docs/screenshot_gallery.py --lang it [--qm path/to/sellerdesk_it.qm]

The product is a demo sofa with its drawn studio photos, a camera photo (12 MP, turned upright
from its EXIF orientation) and one photo too small for the marketplace, so the checks show.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import random
import sys
import tempfile
from pathlib import Path

import qasync
from PIL import Image, ImageDraw, ImageFilter

from sellerdesk.app import create_context, make_application
from sellerdesk.demo import shop
from sellerdesk.paths import DataDir
from sellerdesk.photos import PhotoLibrary
from sellerdesk.ui.photos import PhotoGallery, ThumbnailProvider
from sellerdesk.ui.translators import install_translators

OUT = Path(__file__).resolve().parent / "screenshots"


def camera_photo(colour: tuple[int, int, int], *, size: tuple[int, int], turned: bool,
                 seed: int = 1) -> bytes:
    """A photo-like JPEG: a lit sofa shape on a gradient with sensor noise (deterministic)."""
    width, height = size
    light = Image.radial_gradient("L").resize((width, height)).point(lambda v: 255 - v // 3)
    noise = Image.frombytes("L", size, random.Random(seed).randbytes(width * height))
    base = Image.merge("RGB", [Image.blend(light, noise, 0.12)] * 3)
    draw = ImageDraw.Draw(base)
    s = min(width, height) / 100
    cx, cy = width / 2, height / 2
    shade = tuple(max(0, c - 40) for c in colour)
    draw.rounded_rectangle([cx - 40 * s, cy - 18 * s, cx + 40 * s, cy + 6 * s], 4 * s, fill=shade)
    draw.rounded_rectangle([cx - 40 * s, cy, cx + 40 * s, cy + 20 * s], 3 * s, fill=colour)
    draw.rounded_rectangle([cx - 46 * s, cy - 8 * s, cx - 36 * s, cy + 22 * s], 3 * s, fill=shade)
    draw.rounded_rectangle([cx + 36 * s, cy - 8 * s, cx + 46 * s, cy + 22 * s], 3 * s, fill=shade)
    image = base.filter(ImageFilter.SMOOTH)
    exif = Image.Exif()
    if turned:  # stored sideways, as phones do, with the orientation tag to turn it back
        image = image.transpose(Image.Transpose.ROTATE_90)
        exif[0x0112] = 6
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95, exif=exif.tobytes())
    return buffer.getvalue()


def fill(library: PhotoLibrary, product_id: str, item: dict[str, object]) -> None:
    library.add_bytes(product_id, shop.draw_photo(item), "divano-fronte.jpg")
    library.add_bytes(product_id, camera_photo((142, 64, 52), size=(4000, 3000), turned=True),
                      "IMG_2041.jpg")
    for n, colour in enumerate([(88, 110, 140), (150, 128, 96), (70, 98, 72)], start=2):
        variant = dict(item)
        variant["photo"] = {"kind": "sofa2" if n % 2 else "armchair", "color": list(colour)}
        library.add_bytes(product_id, shop.draw_photo(variant), f"divano-{n}.jpg")
    library.add_bytes(product_id, camera_photo((160, 150, 140), size=(640, 480), turned=False),
                      "dettaglio-cucitura.jpg")


async def shoot(gallery: PhotoGallery, product_id: str, out: Path) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 20
    await gallery.set_product(product_id)  # type: ignore[misc]
    while loop.time() < deadline:
        photos = gallery.model.photos()
        if photos and all(gallery.thumbnails.cached(p.content_hash, 144) for p in photos):
            break
        await asyncio.sleep(0.05)
    gallery.strip.setCurrentIndex(gallery.model.index(1))
    preview_hash = gallery.model.photos()[1].content_hash
    while loop.time() < deadline and not gallery.thumbnails.cached(preview_hash, 1024):
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)
    gallery.grab().save(str(out))
    print(out)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="it")
    parser.add_argument("--qm", type=Path, help="a translation file to load on top")
    args = parser.parse_args()
    app = make_application(sys.argv[:1])
    install_translators(app, args.lang)
    if args.qm:
        from PySide6.QtCore import QTranslator

        extra = QTranslator(app)
        if extra.load(str(args.qm)):
            app.installTranslator(extra)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as folder:
        ctx = create_context(DataDir(Path(folder)).ensure(), lang=args.lang, demo=True)
        library = PhotoLibrary(ctx.database, ctx.data.photos)
        item = next(p for p in shop.products() if p["photo"]["kind"] == "sofa3")
        product = ctx.catalogue.get_by_sku(item["variants"][0]["sku"])
        fill(library, product.id, item)
        thumbnails = ThumbnailProvider(library, ctx.jobs)
        gallery = PhotoGallery(library, ctx.jobs, ctx.formatter, thumbnails)
        gallery.resize(1280, 760)
        gallery.setWindowTitle("SellerDesk")
        gallery.show()
        OUT.mkdir(exist_ok=True)
        with loop:
            loop.run_until_complete(shoot(gallery, product.id, OUT / f"gallery-{args.lang}.png"))
            loop.run_until_complete(ctx.jobs.shutdown())
        library.close()
        ctx.database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
