"""File names from outside: made safe to show and store, and read for SKUs and order.

A photo's bytes are stored under their SHA-256 (see `storage`), so a name never becomes a path
inside the data folder. Names are still kept for the owner and may one day be written out (an
export, a marketplace that wants file names), so they are cleaned once on the way in: only the last
path component, no characters or names that Windows refuses (`CON`, `NUL`, `COM1`…), no control
characters, a bounded length. A name that had to change is reported, not silently altered.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME = 120
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{device}{n}" for device in ("COM", "LPT") for n in "123456789¹²³"
}
_FORBIDDEN = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
# `SOFA-001_2`, `SOFA-001 (2)`, `SOFA-001-02`: a SKU followed by a photo number.
_NUMBERED = re.compile(
    r"^(?P<base>.+?)(?:[ _.\-]*\((?P<paren>\d{1,4})\)|[ _.\-]+(?P<plain>\d{1,4}))$"
)


def safe_name(raw: str) -> str:
    """A name fit for any file system, close to `raw`."""
    name = unicodedata.normalize("NFC", raw)
    name = re.split(r"[/\\]", name)[-1]  # `../../x.jpg` and `..\x.jpg` alike keep `x.jpg`
    name = _FORBIDDEN.sub("_", name).strip()
    name = name.rstrip(". ")  # Windows drops trailing dots and spaces
    name = name.lstrip(".")  # no hidden files, no `..`
    if not name:
        return "photo"
    stem = name.partition(".")[0]
    if stem.rstrip(" ").upper() in _RESERVED:  # `CON.jpg` and `con.tar.gz` are devices too
        name = f"_{name}"
    if len(name) > MAX_NAME:
        suffix = name.rsplit(".", 1)[1] if "." in name else ""
        keep = MAX_NAME - len(suffix) - 1 if suffix else MAX_NAME
        name = name[:keep].rstrip(". ") + (f".{suffix}" if suffix else "")
    return name


def shown(raw: str) -> str:
    """`raw` as it may be quoted in a message: control characters visible, length bounded."""
    text = raw.encode("unicode_escape").decode("ascii") if not raw.isprintable() else raw
    return text if len(text) <= 80 else text[:77] + "…"


def needs_renaming(raw: str) -> bool:
    return safe_name(raw) != unicodedata.normalize("NFC", raw)


def stem_of(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name


def sku_candidates(stem: str) -> list[tuple[str, int | None]]:
    """What a file stem may say: (SKU, photo number), the longest reading first.

    `SOFA-001_2` may be the SKU `SOFA-001_2` itself or photo 2 of `SOFA-001`; `SOFA-001` may be
    the SKU or photo 1 of `SOFA`. The caller keeps the first candidate that is a real SKU.
    """
    stem = stem.strip()
    found: list[tuple[str, int | None]] = [(stem, None)] if stem else []
    match = _NUMBERED.match(stem)
    if match:
        base = match["base"].rstrip(" _.-")
        number = int(match["paren"] or match["plain"])
        if base:
            found.append((base, number))
    return found


def photo_number(stem: str) -> int | None:
    """The number a file name gives a photo (`3.jpg`, `IMG_0003`, `front (3)`), if any."""
    if stem.isdigit() and len(stem) <= 4:
        return int(stem)
    match = _NUMBERED.match(stem)
    return int(match["paren"] or match["plain"]) if match else None
