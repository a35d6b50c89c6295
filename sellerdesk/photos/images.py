"""Opening untrusted image files safely with Pillow, and drawing thumbnails cheaply.

- The format is decided by the file's first bytes, never by its name.
- Pixel counts are checked from the header *before* decoding, against Pillow's own limit
  (`Image.MAX_IMAGE_PIXELS`), and refused as an error. `Image.open` would only warn below twice
  the limit, and the usual cure - a `warnings` filter - is process-wide state that is not safe to
  change from worker threads; so the format's plugin is instantiated directly (what `Image.open`
  does, minus the warning) and the limit is applied here.
- JPEGs are decoded with `draft()`: libjpeg-turbo scales by 1/2, 1/4 or 1/8 while decoding, which
  makes a 1024 px thumbnail of a 12 MP photo several times cheaper than a full decode, and still
  reads every byte of the file, so a truncated photo is caught here too.
- Whatever the colours (CMYK, 16-bit, palette, transparency), thumbnails come out as 8-bit RGB.
- What Pillow and libtiff say about a damaged file goes to the log (`decoder_noise`), named
  after the file being read: the owner gets one worded refusal, not pages of warnings.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from PIL import (  # the readers used, registered up front: see `_instantiate`
    BmpImagePlugin,  # noqa: F401
    GifImagePlugin,  # noqa: F401
    Image,
    JpegImagePlugin,  # noqa: F401
    PngImagePlugin,  # noqa: F401
    TiffImagePlugin,  # noqa: F401
    WebPImagePlugin,  # noqa: F401
    features,
)

from sellerdesk.photos import decoder_noise
from sellerdesk.photos.errors import PhotoRefused

DEFAULT_PIXEL_LIMIT = 89_478_485  # Pillow's default, used if an embedding app switched it off
THUMB_QUALITY = 85
MAX_READ = 128 * 1024 * 1024  # a read bound for one decoder call, above any accepted file
EXIF_ORIENTATION = 0x0112
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
# format -> (extension, content type)
FORMATS: dict[str, tuple[str, str]] = {
    "JPEG": ("jpg", "image/jpeg"),
    "PNG": ("png", "image/png"),
    "WEBP": ("webp", "image/webp"),
    "GIF": ("gif", "image/gif"),
    "BMP": ("bmp", "image/bmp"),
    "TIFF": ("tif", "image/tiff"),
}
decoder_noise.install()
if features.check("avif"):
    FORMATS["AVIF"] = ("avif", "image/avif")
_FACTORY_NAME = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WEBP", "GIF": "GIF", "BMP": "BMP",
                 "TIFF": "TIFF", "AVIF": "AVIF"}


def pixel_limit() -> int:
    return Image.MAX_IMAGE_PIXELS or DEFAULT_PIXEL_LIMIT


def sniff(head: bytes) -> str | None:
    """The image format the first bytes announce, among those SellerDesk reads."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:2] == b"BM" and len(head) >= 26:
        return "BMP"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis") and "AVIF" in FORMATS:
        return "AVIF"
    return None


def describe_other(head: bytes) -> str | None:
    """A name for well-known files that are not photos SellerDesk reads, for the message."""
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1"):
            return "HEIC"
        if brand in (b"avif", b"avis"):
            return "AVIF"
        return "MP4/MOV"
    signatures = {
        b"%PDF": "PDF", b"PK\x03\x04": "ZIP", b"8BPS": "Photoshop (PSD)",
        b"\x00\x00\x01\x00": "ICO", b"qoif": "QOI",
    }
    for prefix, name in signatures.items():
        if head.startswith(prefix):
            return name
    text = head.lstrip().lower()
    if text.startswith((b"<svg", b"<?xml")) and b"svg" in head.lower():
        return "SVG"
    return None


@dataclass(frozen=True)
class Facts:
    """What the marketplace's rules look at, read from a file's header (no decoding)."""

    format: str
    width: int  # as shown, after EXIF orientation
    height: int
    size: int  # bytes
    mode: str  # Pillow's mode, e.g. RGB, CMYK, P, I;16
    deep: bool  # 16 bits per channel
    orientation: int  # EXIF orientation as stored (1 = upright)

    @property
    def content_type(self) -> str:
        return FORMATS[self.format][1]

    @property
    def extension(self) -> str:
        return FORMATS[self.format][0]


@contextmanager
def open_image(path: Path | bytes, kind: str | None = None) -> Iterator[Image.Image]:
    """The image in the file `path` (or in these bytes), header read, pixel count checked;
    decoding is left to the caller.

    Raises PhotoRefused for anything that is not a readable image within the pixel limit.
    """
    with (io.BytesIO(path) if isinstance(path, bytes) else open(path, "rb")) as fp, \
            decoder_noise.reading(None if isinstance(path, bytes) else str(path)):
        head = fp.read(32)
        found = sniff(head)
        if kind is None:
            kind = found
        if kind is None or found != kind:
            other = describe_other(head)
            if other == "HEIC":
                raise PhotoRefused("heic")
            if other is not None:
                raise PhotoRefused("unsupported", other)
            raise PhotoRefused("empty" if not head else "not_image")
        fp.seek(0)
        image = _instantiate(kind, fp, path)
        try:
            width, height = image.size
            if width <= 0 or height <= 0:
                raise PhotoRefused("damaged")
            limit = pixel_limit()
            if width * height > limit:
                raise PhotoRefused("bomb", width, height, round(limit / 1_000_000))
            yield image
        finally:
            image.close()


def _instantiate(kind: str, fp: IO[bytes], path: Path | bytes) -> Image.Image:
    """The format's reader, without `Image.open`'s warning-only pixel check. The readers are
    imported with this module: `Image.init()` would import all forty of Pillow's plugins on
    first use, holding the import lock and the GIL for a tenth of a second in a worker, which
    the window feels as a stall."""
    if _FACTORY_NAME[kind] not in Image.OPEN:
        Image.init()  # AVIF only: its plugin loads on demand
    factory = Image.OPEN[_FACTORY_NAME[kind]][0]
    try:
        return factory(fp, "" if isinstance(path, bytes) else str(path))  # type: ignore[no-any-return]
    except (SyntaxError, ValueError, IndexError, TypeError, EOFError, OSError) as exc:
        raise PhotoRefused("damaged") from exc


def orientation_of(image: Image.Image) -> int:
    try:
        value = image.getexif().get(EXIF_ORIENTATION, 1)
    except Exception:  # a broken EXIF block must not cost the photo
        return 1
    return value if value in _TRANSPOSE else 1


def is_deep(image: Image.Image) -> bool:
    """16 bits per channel: Pillow shows 16-bit RGB PNGs as RGB, so look at the raw mode too."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        return True
    return any(";16" in str(tile.args) for tile in getattr(image, "tile", ()) or ())


def facts_of(path: Path) -> Facts:
    """The rules' view of a stored file (header only, cheap enough for a gallery)."""
    with open_image(path) as image:
        orientation = orientation_of(image)
        width, height = image.size
        if orientation >= 5:
            width, height = height, width
        assert image.format is not None
        return Facts(
            format=image.format if image.format != "MPO" else "JPEG",
            width=width,
            height=height,
            size=path.stat().st_size,
            mode=image.mode,
            deep=is_deep(image),
            orientation=orientation,
        )


def to_rgb(image: Image.Image) -> Image.Image:
    """8-bit RGB for thumbnails and JPEGs: transparency over white, 16-bit scaled (not clipped,
    which is what a plain `convert` does), CMYK through Pillow's conversion."""
    mode = image.mode
    if mode == "RGB":
        return image
    if mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    elif mode == "F":
        image = image.point(lambda value: value * 255).convert("L")
    if image.mode in ("P", "PA"):
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "RGBa", "La"):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def upright(image: Image.Image, orientation: int) -> Image.Image:
    method = _TRANSPOSE.get(orientation)
    return image.transpose(method) if method is not None else image


def fit(width: int, height: int, box: int) -> tuple[int, int]:
    """(w, h) scaled to fit in a `box` square, never enlarged."""
    scale = min(1.0, box / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def decode_for_thumbnails(image: Image.Image, largest: int) -> Image.Image:
    """Decode just enough pixels for a `largest`-px thumbnail; raises PhotoRefused if the data
    is damaged or truncated. Only the first frame of animations is used."""
    if image.format in ("JPEG", "MPO"):
        image.draft("RGB", fit(*image.size, largest))
    _whole_reads(image)
    try:
        image.load()
    except MemoryError as exc:
        raise PhotoRefused("out_of_memory") from exc
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError) as exc:
        raise PhotoRefused("damaged") from exc
    except Image.DecompressionBombError as exc:  # pragma: no cover - caught at open
        raise PhotoRefused("bomb", *image.size, round(pixel_limit() / 1e6)) from exc
    return image


def _whole_reads(image: Image.Image) -> None:
    """Feed the decoder the whole file in one call instead of 64 KB at a time. Pillow releases
    the GIL inside each call and takes it back between them; 60 round trips per photo on each
    worker made the window's thread queue for the GIL (stalls of 40-90 ms were measured)."""
    if hasattr(image, "decodermaxblock"):
        image.decodermaxblock = MAX_READ


def thumbnails(image: Image.Image, sizes: Sequence[int], orientation: int) -> dict[int, bytes]:
    """JPEG thumbnails that fit in each of `sizes`, largest first, each made from the previous
    one (one decode for all sizes). Shrinks `image` in place: callers are done with it."""
    current = upright(to_rgb(image), orientation)
    made: dict[int, bytes] = {}
    for size in sorted(sizes, reverse=True):
        current.thumbnail((size, size), Image.Resampling.BICUBIC, reducing_gap=2.0)
        made[size] = encode_jpeg(current, quality=THUMB_QUALITY)
    return made


def encode_jpeg(image: Image.Image, *, quality: int, **options: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, **options)
    return buffer.getvalue()


def full_decode(image: Image.Image) -> Image.Image:
    _whole_reads(image)
    try:
        image.load()
    except MemoryError as exc:
        raise PhotoRefused("out_of_memory") from exc
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError) as exc:
        raise PhotoRefused("damaged") from exc
    return image


def upright_copy(image: Image.Image, orientation: int) -> tuple[bytes, str]:
    """The whole photo turned upright, in its own format where that is lossless to keep
    (JPEG keeps its quantisation tables, so the copy is as sharp and about as large).
    Returns (bytes, format)."""
    full_decode(image)
    turned = upright(image, orientation)
    exif = image.getexif()
    exif[EXIF_ORIENTATION] = 1
    icc = image.info.get("icc_profile")
    extra: dict[str, Any] = {"exif": exif.tobytes()}
    if icc:
        extra["icc_profile"] = icc
    buffer = io.BytesIO()
    if image.format in ("JPEG", "MPO") and turned.mode in ("RGB", "L", "CMYK"):
        quantization = getattr(image, "quantization", None)
        if quantization:
            extra["qtables"] = quantization
        turned.save(buffer, "JPEG", quality=92, **extra)
        return buffer.getvalue(), "JPEG"
    if image.format == "WEBP":
        turned.save(buffer, "WEBP", quality=92, **extra)
        return buffer.getvalue(), "WEBP"
    turned.save(buffer, "PNG", **extra)
    return buffer.getvalue(), "PNG"
