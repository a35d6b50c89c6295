"""Broken and hostile files: each gets a clear message, the rest of the batch imports, nothing
is written outside the data folder, nothing crashes or hangs."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from sellerdesk.paths import DataDir
from sellerdesk.photos import PhotoLibrary, PhotoRefused
from tests.photos import pictures

GOOD = "SOFA-001_1.jpg"


def _tree(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_size
            for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def test_a_batch_of_bad_files_refuses_each_with_its_reason_and_imports_the_rest(
    library: PhotoLibrary, make_product, tmp_path: Path, data_dir: DataDir
) -> None:
    product = make_product("SOFA-001")
    folder = tmp_path / "camera"
    folder.mkdir()
    corpus = {
        GOOD: pictures.photo((1600, 1200), seed=1),
        "truncated.jpg": pictures.truncated_jpeg(),
        "bomb.png": pictures.png_bomb(),  # 100 MP: Pillow would only warn
        "claims.jpg": pictures.jpeg_claiming(65_000, 65_000),  # 4 gigapixels by its header
        "text.jpg": b"This is a shopping list, not a photo.\n",
        "empty.jpg": b"",
        "document.jpg": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        "iphone.jpg": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64,
        "big.png": pictures.big_png(),  # 24 MP of flat colour: large but allowed
        "cmyk.jpg": pictures.cmyk_jpeg(),
        "deep.png": pictures.png16(),
        "palette.png": pictures.palette_png(),
        "CON.jpg": pictures.photo((900, 900), seed=2),  # a Windows device name
        "..\\..\\evil.jpg": pictures.photo((900, 900), seed=3),  # legal on Linux
    }
    for name, data in corpus.items():
        (folder / name).write_bytes(data)
    (folder / "folder.jpg").mkdir()  # a folder is walked, whatever its name: empty here
    os.mkfifo(folder / "pipe.jpg")  # reading it would block forever
    paths = [folder / name for name in corpus] + [
        folder / "folder.jpg", folder / "pipe.jpg", Path("/dev/zero"), folder / "gone.jpg"]
    before = _tree(tmp_path)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = library.import_paths(paths, sku="SOFA-001")

    refused = {r.name: r.message.code for r in report.refused}
    assert refused == {
        "truncated.jpg": "damaged",
        "bomb.png": "bomb",
        "claims.jpg": "bomb",
        "text.jpg": "not_image",
        "empty.jpg": "empty",
        "document.jpg": "unsupported",
        "iphone.jpg": "heic",
        "pipe.jpg": "not_a_file",
        "zero": "not_a_file",
        "gone.jpg": "missing",
    }
    imported = {p.name: [n.code for n in p.notes] for p in report.imported}
    assert imported == {
        GOOD: [], "big.png": [], "cmyk.jpg": [], "deep.png": [], "palette.png": [],
        "_CON.jpg": ["unsafe_name"], "evil.jpg": ["unsafe_name"],
    }
    assert not [w for w in caught if issubclass(w.category, Image.DecompressionBombWarning)]
    assert len(library.photos(product)) == 7
    messages = {r.name: str(r.message) for r in report.refused}
    assert messages["bomb.png"].startswith("The image claims 10000 × 10000 pixels, more than "
                                           "the 89 megapixels")
    assert "cut off while copying" in messages["truncated.jpg"]
    assert "HEIC" in messages["iphone.jpg"] and "PDF" in messages["document.jpg"]

    after = _tree(tmp_path)
    outside = {k: v for k, v in after.items() if not k.startswith("shop/")}
    assert outside == {k: v for k, v in before.items() if not k.startswith("shop/")}
    assert not list((data_dir.photos / "incoming").iterdir())


def test_odd_colours_make_proper_thumbnails(library: PhotoLibrary, make_product) -> None:
    product = make_product()
    cmyk = library.add_bytes(product, pictures.cmyk_jpeg(), "cmyk.jpg")
    deep = library.add_bytes(product, pictures.png16(), "deep.png")
    palette = library.add_bytes(product, pictures.palette_png(), "logo.png")

    with Image.open(library.thumbnail(deep.content_hash, 256)) as thumb:
        assert thumb.mode == "RGB"
        assert 90 < ImageStat.Stat(thumb).mean[0] < 165  # a grey ramp, not clipped to white
    with Image.open(library.thumbnail(palette.content_hash, 256)) as thumb:
        assert thumb.getpixel((2, 2)) == (255, 255, 255)  # transparency over white
        centre = thumb.getpixel((128, 128))
        assert centre[0] > 150 and centre[1] < 80  # the red disc
    with Image.open(library.thumbnail(cmyk.content_hash, 256)) as thumb:
        assert thumb.mode == "RGB"
    codes = {p.code for p in library.problems(cmyk.content_hash)}
    assert "cmyk" in codes
    assert "deep_colour" in {p.code for p in library.problems(deep.content_hash)}


@pytest.mark.parametrize("name, kept", [
    ("../../etc/evil.jpg", "evil.jpg"),
    ("..\\..\\Windows\\evil.jpg", "evil.jpg"),
    ("CON", "_CON"),
    ("nul.png", "_nul.png"),
    ("LPT1.tar.jpg", "_LPT1.tar.jpg"),
    ("com¹.jpg", "_com¹.jpg"),
    ("a\x00b\r\n.jpg", "a_b__.jpg"),
    ("photo. . .", "photo"),
    ("..", "photo"),
    ("x" * 300 + ".jpg", "x" * 116 + ".jpg"),
])
def test_unsafe_names_are_made_safe_and_reported(
    library: PhotoLibrary, make_product, tmp_path: Path, name: str, kept: str
) -> None:
    product = make_product()
    before = _tree(tmp_path)
    added = library.add_bytes(product, pictures.photo((400, 300), seed=9), name)
    assert added.name == kept
    assert [n.code for n in added.notes] == ["unsafe_name"]
    assert kept in str(added.notes[0])
    changed = {k for k in _tree(tmp_path).keys() ^ before.keys()}
    assert all(k.startswith("shop/photos/") or k.startswith("shop/sellerdesk.db")
               for k in changed)


def test_add_bytes_refuses_bad_bytes_with_a_message(library: PhotoLibrary,
                                                    make_product) -> None:
    product = make_product()
    with pytest.raises(PhotoRefused, match="damaged or incomplete") as refused:
        library.add_bytes(product, pictures.truncated_jpeg(), "cut.jpg")
    assert refused.value.message.code == "damaged"
    with pytest.raises(PhotoRefused, match="empty"):
        library.add_bytes(product, b"", "nothing.jpg")
    assert library.photos(product) == []


def test_a_bug_on_one_file_loses_only_that_file(
    library: PhotoLibrary, make_product, write_files, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sellerdesk.photos import images

    product = make_product("SOFA-001")
    folder = write_files({f"SOFA-001_{n}.jpg": pictures.photo((900, 700), seed=70 + n)
                          for n in (1, 2, 3)})
    real = images.thumbnails

    def flaky(image, sizes, orientation):  # type: ignore[no-untyped-def]
        if image.size[0] == 900 and image.getpixel((0, 0)) == flaky.victim:
            raise RuntimeError("decoder surprise")
        return real(image, sizes, orientation)

    with Image.open(folder / "SOFA-001_2.jpg") as probe:
        flaky.victim = probe.convert("RGB").getpixel((0, 0))  # type: ignore[attr-defined]
    monkeypatch.setattr(images, "thumbnails", flaky)

    report = library.import_paths([folder])

    assert [r.name for r in report.refused] == ["SOFA-001_2.jpg"]
    assert report.refused[0].message.code == "failed"
    assert [p.file_name for p in library.photos(product)] == ["SOFA-001_1.jpg",
                                                              "SOFA-001_3.jpg"]


def test_an_unreadable_file_is_refused(library: PhotoLibrary, make_product, write_files,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied (simulated: the tests may run as root, who reads anything)."""
    from sellerdesk.photos import prepare

    make_product("SOFA-001")
    folder = write_files({"SOFA-001_1.jpg": pictures.photo((900, 700), seed=80),
                          "SOFA-001_2.jpg": pictures.photo((900, 700), seed=81)})
    locked = str(folder / "SOFA-001_1.jpg")

    def guarded_open(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return open(path, *args, **kwargs)

    monkeypatch.setattr(prepare, "open", guarded_open, raising=False)
    report = library.import_paths([folder])
    assert [(r.name, r.message.code) for r in report.refused] == [
        ("SOFA-001_1.jpg", "no_permission")]
    assert [p.name for p in report.imported] == ["SOFA-001_2.jpg"]
