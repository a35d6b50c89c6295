"""The marketplace's rules before upload: clear messages, and one-click fixes where safe."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from sellerdesk.errors import ValidationError
from sellerdesk.photos import PhotoLibrary
from sellerdesk.photos.checks import Rules, check
from sellerdesk.photos.images import Facts
from tests.photos import pictures

MB = 1024 * 1024


def facts(**changes: object) -> Facts:
    base = {"format": "JPEG", "width": 1200, "height": 1200, "size": MB, "mode": "RGB",
            "deep": False, "orientation": 1}
    base.update(changes)
    return Facts(**base)  # type: ignore[arg-type]


def test_a_good_photo_breaks_no_rule() -> None:
    assert check(facts()) == []


@pytest.mark.parametrize("changes, code, severity, fix, text", [
    ({"width": 600, "height": 600}, "too_small", "error", None,
     "600 × 600 pixels is too small: the marketplace needs at least 800 pixels on the short "
     "side. Use a larger photo."),
    ({"size": int(4.2 * MB)}, "too_heavy", "error", "shrink",
     "The file is 4.2 MB; the marketplace accepts at most 3 MB."),
    ({"width": 3000, "height": 1000}, "aspect", "error", "pad",
     "The photo is too long and narrow (3 : 1); the marketplace accepts up to 2 : 1."),
    ({"format": "TIFF"}, "format", "error", "convert",
     "The marketplace does not accept TIFF files, only JPEG, PNG and WebP."),
    ({"mode": "CMYK"}, "cmyk", "warning", "convert",
     "The photo uses print colours (CMYK): browsers may show them wrongly."),
    ({"format": "PNG", "deep": True}, "deep_colour", "warning", "convert",
     "The photo has 16 bits per colour: the marketplace shows 8, and the file is larger than "
     "it needs to be."),
])
def test_each_rule_has_a_clear_message_and_a_fix_where_one_is_safe(
    changes: dict[str, object], code: str, severity: str, fix: str | None, text: str
) -> None:
    [problem] = check(facts(**changes))
    assert (problem.code, problem.severity, problem.fix) == (code, severity, fix)
    assert str(problem.message) == text


def test_rules_are_per_marketplace() -> None:
    lenient = Rules(min_short_side=500, max_bytes=10 * MB, formats=("JPEG", "TIFF"))
    assert check(facts(width=600, height=600, size=5 * MB, format="TIFF"), lenient) == []


def test_a_heavy_photo_waits_for_its_fix_and_the_fix_queues_the_upload(
    library: PhotoLibrary, make_product, rows
) -> None:
    product = make_product()
    heavy = pictures.photo(pictures.TWELVE_MP, seed=1, quality=97)
    assert len(heavy) > 3 * MB
    added = library.add_bytes(product, heavy, "heavy.jpg")
    assert [p.code for p in library.problems(added.content_hash)] == ["too_heavy"]
    assert not [o for o in rows()["outbox"] if o["operation"] == "photo_upload"]

    fixed = library.fix(added.photo_id, "shrink")

    assert fixed.content_hash != added.content_hash
    assert library.problems(fixed.content_hash) == []
    assert (fixed.width, fixed.height) == (4000, 3000)  # recompressed, not shrunk in pixels
    assert library.file_path(added.content_hash) is not None  # the original is kept
    state = rows()
    [upload] = [o for o in state["outbox"] if o["operation"] == "photo_upload"]
    assert upload["payload"]["content_hash"] == fixed.content_hash
    assert upload["payload"]["size"] <= 3 * MB
    assert [h["action"] for h in state["history"] if h["entity"] == "photo"] == ["add", "fix"]


def test_a_long_narrow_photo_gets_white_margins(library: PhotoLibrary, make_product) -> None:
    product = make_product()
    added = library.add_bytes(product, pictures.photo((2400, 800), seed=5), "panorama.jpg")
    assert [p.code for p in library.problems(added.content_hash)] == ["aspect"]

    fixed = library.fix(added.photo_id, "pad")

    assert (fixed.width, fixed.height) == (2400, 1200)
    path = library.file_path(fixed.content_hash)
    assert path is not None
    with Image.open(path) as image:
        assert image.getpixel((1200, 5)) == pytest.approx((255, 255, 255), abs=3)
    assert library.problems(fixed.content_hash) == []


@pytest.mark.parametrize("data, name", [
    (pictures.photo((1000, 1000), seed=6, fmt="TIFF"), "scan.tif"),
    (pictures.photo((1000, 1000), seed=7, fmt="BMP"), "paint.bmp"),
    (pictures.cmyk_jpeg((1000, 1000)), "print.jpg"),
    (pictures.png16(), "deep.png"),
])
def test_convert_makes_a_plain_rgb_jpeg(library: PhotoLibrary, make_product, data: bytes,
                                        name: str) -> None:
    product = make_product()
    added = library.add_bytes(product, data, name)
    [problem] = library.problems(added.content_hash)
    assert problem.fix == "convert"

    fixed = library.fix(added.photo_id, "convert")

    assert fixed.file_name == name.rsplit(".", 1)[0] + ".jpg"
    path = library.file_path(fixed.content_hash)
    assert path is not None
    with Image.open(io.BytesIO(path.read_bytes())) as image:
        assert (image.format, image.mode) == ("JPEG", "RGB")
    assert library.problems(fixed.content_hash) == []


def test_a_fix_the_photo_does_not_need_is_refused(library: PhotoLibrary,
                                                  make_product) -> None:
    product = make_product()
    added = library.add_bytes(product, pictures.photo((1000, 1000), seed=9), "fine.jpg")
    with pytest.raises(ValidationError, match="nothing that this fix would correct"):
        library.fix(added.photo_id, "shrink")
    assert library.photos(product)[0].content_hash == added.content_hash


def test_a_too_small_photo_has_no_fix_but_stays_in_the_gallery(
    library: PhotoLibrary, make_product, rows
) -> None:
    product = make_product()
    added = library.add_bytes(product, pictures.photo((640, 480), seed=8), "small.jpg")
    [problem] = library.problems(added.content_hash)
    assert (problem.code, problem.fix) == ("too_small", None)
    assert len(library.photos(product)) == 1
    state = rows()
    assert [o["operation"] for o in state["outbox"]] == ["set_photos"]  # no upload queued
