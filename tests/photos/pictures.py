"""Photographs and broken files for the photo tests and the benchmark, made with Pillow.

The photos look like a camera's to a JPEG encoder: smooth light, sharp-edged objects and
sensor noise, so they compress like real 12 MP photos (4-6 MB at quality 90) and decode at the
speed real ones do. Everything is seeded: the same call gives the same bytes on every run.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter

TWELVE_MP = (4000, 3000)


@lru_cache(maxsize=8)
def scene(width: int, height: int, seed: int = 0) -> Image.Image:
    """An RGB picture: a lit backdrop, a sofa-like object, a few props, and sensor noise."""
    rng = random.Random(seed)
    light = Image.radial_gradient("L").resize((width, height), Image.Resampling.BILINEAR)
    ramp = Image.linear_gradient("L").resize((width, height), Image.Resampling.BILINEAR)
    tint = [rng.randint(150, 230) for _ in range(3)]
    channels = [Image.blend(light.point(lambda v, t=t: t - v // 4), ramp, 0.25) for t in tint]
    picture = Image.merge("RGB", channels)
    draw = ImageDraw.Draw(picture)
    s = min(width, height) / 100
    for _ in range(6):
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        r = rng.uniform(4, 16) * s
        draw.ellipse([x - r, y - r, x + r, y + r], fill=tuple(rng.randint(0, 255) for _ in "rgb"))
    colour = tuple(rng.randint(30, 200) for _ in "rgb")
    cx, cy = width / 2, height * 0.55
    draw.rounded_rectangle([cx - 38 * s, cy - 16 * s, cx + 38 * s, cy + 4 * s], 4 * s,
                           fill=tuple(max(0, c - 40) for c in colour))
    draw.rounded_rectangle([cx - 38 * s, cy, cx + 38 * s, cy + 18 * s], 3 * s, fill=colour)
    picture = picture.filter(ImageFilter.BoxBlur(1))
    noise = Image.frombytes("L", (width, height), rng.randbytes(width * height))
    grain = Image.merge("RGB", [noise, noise, noise])
    return Image.blend(picture, grain, 0.10)


def photo(size: tuple[int, int] = TWELVE_MP, *, seed: int = 0, quality: int = 90,
          orientation: int = 1, fmt: str = "JPEG", mode: str = "RGB", **options: object) -> bytes:
    """An encoded photo; `orientation` is written as the EXIF tag (the pixels are not turned)."""
    picture = scene(size[0], size[1], seed)
    if mode != "RGB":
        picture = picture.convert(mode)
    extra: dict[str, object] = dict(options)
    if orientation != 1:
        exif = Image.Exif()
        exif[0x0112] = orientation
        extra["exif"] = exif.tobytes()
    if fmt == "JPEG":
        extra.setdefault("quality", quality)
    buffer = io.BytesIO()
    picture.save(buffer, fmt, **extra)
    return buffer.getvalue()


def distinct(jpeg: bytes, n: int) -> bytes:
    """The same JPEG with a comment segment saying `n`: other bytes, other hash, same pixels
    (a cheap way to make many different files of one 12 MP photo)."""
    text = f"copy {n}".encode()
    return jpeg[:2] + b"\xff\xfe" + struct.pack(">H", len(text) + 2) + text + jpeg[2:]


# -- the broken-file corpus ---------------------------------------------------------------

def truncated_jpeg(size: tuple[int, int] = (1600, 1200)) -> bytes:
    """A JPEG cut off halfway, as an interrupted copy leaves it."""
    data = photo(size, seed=3)
    return data[: len(data) // 2]


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png_bomb(width: int = 10_000, height: int = 10_000) -> bytes:
    """A small file that claims 100 megapixels: a 1-bit PNG of zeros. Above Pillow's limit
    (89 MP) but below twice it, where `Image.open` only warns."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", body)
            + _png_chunk(b"IEND", b""))


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small JPEG whose frame header claims `width` × `height` (a bomb by its header)."""
    data = bytearray(photo((64, 48), seed=4))
    marker = data.find(b"\xff\xc0")
    struct.pack_into(">HH", data, marker + 5, height, width)
    return bytes(data)


def big_png(size: tuple[int, int] = (6000, 4000)) -> bytes:
    """A 24 MP PNG of flat colour: large in pixels, small on disk, slow to decode fully."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 180, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def cmyk_jpeg(size: tuple[int, int] = (1200, 900)) -> bytes:
    return photo(size, seed=5, mode="CMYK")


def png16(size: tuple[int, int] = (1000, 1000)) -> bytes:
    """A 16-bit greyscale PNG (values up to 65535): a plain convert would clip it to white."""
    gradient = Image.linear_gradient("L").resize(size).convert("I").point(lambda v: v * 257)
    buffer = io.BytesIO()
    gradient.convert("I;16").save(buffer, "PNG")
    return buffer.getvalue()


def palette_png(size: tuple[int, int] = (1000, 1000)) -> bytes:
    """A palette PNG with a transparent background, as logos and cut-outs come."""
    picture = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(picture).ellipse([100, 100, size[0] - 100, size[1] - 100],
                                    fill=(180, 30, 40, 255))
    paletted = picture.convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    buffer = io.BytesIO()
    paletted.save(buffer, "PNG", transparency=paletted.getpixel((0, 0)))
    return buffer.getvalue()
