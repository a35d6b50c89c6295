"""The marketplace's rules for photos, checked before upload, and the fixes that are safe.

A failed rule is a `Problem` with a message; an *error* means the marketplace would refuse the
photo (it is not queued for upload until fixed), a *warning* means it would be accepted but look
or behave worse than it should. A fix is offered only where it cannot hurt the photo's content:
recompressing, converting colours, adding white margins. Making a small photo larger is not a
fix (it would only look blurred), so "too small" has none.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from sellerdesk.photos import images
from sellerdesk.photos.images import Facts
from sellerdesk.photos.messages import Message, megabytes

ERROR = "error"
WARNING = "warning"
CONVERT, SHRINK, PAD = "convert", "shrink", "pad"


@dataclass(frozen=True)
class Rules:
    """A marketplace's photo rules (these are the sandbox's and AliExpress's)."""

    formats: tuple[str, ...] = ("JPEG", "PNG", "WEBP")
    min_short_side: int = 800
    max_bytes: int = 3 * 1024 * 1024
    max_aspect: float = 2.0  # long side / short side


DEFAULT_RULES = Rules()


@dataclass(frozen=True)
class Problem:
    code: str
    severity: str
    message: Message
    fix: str | None = None

    @property
    def fix_label(self) -> Message | None:
        return Message(f"fix_{self.fix}") if self.fix else None


def check(facts: Facts, rules: Rules = DEFAULT_RULES) -> list[Problem]:
    """Every rule `facts` break, errors first."""
    found: list[Problem] = []
    if facts.format not in rules.formats:
        found.append(Problem("format", ERROR, Message("format", facts.format), CONVERT))
    short, long = sorted((facts.width, facts.height))
    if short < rules.min_short_side:
        found.append(Problem("too_small", ERROR, Message(
            "too_small", facts.width, facts.height, rules.min_short_side)))
    if facts.size > rules.max_bytes:
        found.append(Problem("too_heavy", ERROR, Message(
            "too_heavy", megabytes(facts.size), megabytes(rules.max_bytes)), SHRINK))
    if short and long / short > rules.max_aspect:
        found.append(Problem("aspect", ERROR, Message(
            "aspect", round(long / short, 1), rules.max_aspect), PAD))
    if facts.mode == "CMYK":
        found.append(Problem("cmyk", WARNING, Message("cmyk"), CONVERT))
    if facts.deep:
        found.append(Problem("deep_colour", WARNING, Message("deep_colour"), CONVERT))
    return found


def blocks_upload(problems: list[Problem]) -> bool:
    return any(problem.severity == ERROR for problem in problems)


# -- fixes ------------------------------------------------------------------------------

def fixed_bytes(path: Path, fix: str, rules: Rules = DEFAULT_RULES) -> bytes:
    """The photo at `path` with `fix` applied, as a JPEG that meets the byte limit.

    Every fix ends as an 8-bit RGB JPEG: it is what every marketplace takes, and it is the only
    format whose size can be brought under the limit by choosing a quality.
    """
    if fix not in (CONVERT, SHRINK, PAD):
        raise ValueError(f"unknown fix {fix!r}")
    with images.open_image(path) as image:  # all inside: `picture` may be `image` itself
        orientation = images.orientation_of(image)
        icc = image.info.get("icc_profile") if image.mode != "CMYK" else None
        picture = images.upright(images.to_rgb(images.full_decode(image)), orientation)
        if fix == PAD:
            picture = _pad(picture, rules.max_aspect)
        return _jpeg_within(picture, rules, icc)


def _pad(picture: Image.Image, max_aspect: float) -> Image.Image:
    """White margins on the short sides, just enough to meet the aspect limit."""
    width, height = picture.size
    if width >= height:
        size = (width, max(height, int(width / max_aspect + 0.999)))
    else:
        size = (max(width, int(height / max_aspect + 0.999)), height)
    if size == picture.size:
        return picture
    canvas = Image.new("RGB", size, (255, 255, 255))
    canvas.paste(picture, ((size[0] - width) // 2, (size[1] - height) // 2))
    return canvas


def _jpeg_within(picture: Image.Image, rules: Rules, icc: bytes | None) -> bytes:
    """The best quality JPEG under the limit; scale down (never below the minimum short side)
    only if no quality down to 70 is small enough."""
    extra = {"icc_profile": icc} if icc else {}
    while True:
        for quality in (92, 88, 84, 80, 75, 70):
            data = images.encode_jpeg(picture, quality=quality, optimize=True, **extra)
            if len(data) <= rules.max_bytes:
                return data
        width, height = picture.size
        short = min(width, height)
        if short <= rules.min_short_side:
            return data  # as small as it may get; the check will still say why
        scale = max(0.8, rules.min_short_side / short)
        picture = picture.resize((max(1, round(width * scale)), max(1, round(height * scale))),
                                 Image.Resampling.LANCZOS)


def facts_of_bytes(data: bytes) -> Facts:
    """Facts of an encoded image in memory (for tests and previews of a fix)."""
    with Image.open(io.BytesIO(data)) as image:
        return Facts(image.format or "", image.width, image.height, len(data), image.mode,
                     images.is_deep(image), images.orientation_of(image))
