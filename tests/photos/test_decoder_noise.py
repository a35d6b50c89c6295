"""Pillow's and libtiff's complaints about damaged files go to the log, never to the terminal
(issue #16, item 6): `photos import` of damaged scans prints one worded line per refused file
and nothing else on stderr; `photos list` of the photos that did import prints no warnings; the
log names each file with what Pillow or libtiff said. Real child processes, real files."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
from pathlib import Path

from PIL import Image, TiffImagePlugin

NOISE = ("UserWarning", "warnings.warn", "Tag data larger", "Corrupt EXIF", "libtiff",
         "Using code not yet", "TIFF", "Traceback")


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                            "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "sellerdesk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def damaged_files(folder: Path) -> list[Path]:
    """Scans as a failing card reader leaves them: spoiled strips, spoiled tags, spoiled EXIF."""
    picture = Image.linear_gradient("L").resize((1200, 1000)).convert("RGB")
    made = []
    # A compressed TIFF whose strip is spoiled: libtiff (in C) decodes it and complains.
    extra = TiffImagePlugin.ImageFileDirectory_v2()
    extra[65000] = "private tag"
    lzw = folder / "PH-1_lzw.tif"
    picture.save(lzw, compression="tiff_lzw", tiffinfo=extra)
    data = bytearray(lzw.read_bytes())
    for index in range(60, 420, 7):
        data[index] ^= 0x5A
    lzw.write_bytes(bytes(data))
    made.append(lzw)
    # TIFFs spoiled all through (Pillow warns about every tag it skips).
    for number, compression in enumerate(("tiff_adobe_deflate", "jpeg")):
        buffer = io.BytesIO()
        picture.save(buffer, "TIFF", compression=compression)
        data = bytearray(buffer.getvalue())
        rnd = random.Random(number)
        for index in range(200, len(data) - 200, 37):
            data[index] = rnd.randrange(256)
        path = folder / f"PH-1_{compression}.tif"
        path.write_bytes(bytes(data))
        made.append(path)
    # A JPEG whose EXIF block is spoiled: it imports, with a warning from Pillow.
    exif = Image.Exif()
    exif[0x0112] = 1
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", exif=exif.tobytes())
    data = bytearray(buffer.getvalue())
    at = data.find(b"Exif")
    data[at + 10:at + 30] = b"\xff" * 20
    jpeg = folder / "PH-1_exif.jpg"
    jpeg.write_bytes(bytes(data))
    made.append(jpeg)
    return made


def test_damaged_photos_are_said_in_words_and_the_decoders_noise_is_logged(
        tmp_path: Path) -> None:
    shop, folder = tmp_path / "shop", tmp_path / "card"
    folder.mkdir()
    files = damaged_files(folder)
    added = run(shop, "products", "add", "--sku", "PH-1", "--title", "it=Vaso",
                "--price", "10")
    assert added.returncode == 0, added.stderr

    imported = run(shop, "photos", "import", *map(str, files), "--sku", "PH-1")
    noise = [line for line in imported.stderr.splitlines()
             if any(word in line for word in NOISE) and "damaged" not in line]
    assert noise == [], imported.stderr
    refused = [line for line in imported.stderr.splitlines() if "damaged" in line]
    assert any("PH-1_lzw.tif" in line for line in refused), imported.stderr
    assert imported.stdout.startswith("Imported 1 photo(s)"), imported.stdout

    listed = run(shop, "photos", "list", "PH-1")
    assert listed.returncode == 0 and listed.stderr == "", listed.stderr
    assert "PH-1_exif.jpg" in listed.stdout

    log = "\n".join(p.read_text() for p in (shop / "logs").glob("sellerdesk.log*"))
    assert f"{folder / 'PH-1_lzw.tif'}: libtiff: " in log, log
    assert f"{folder / 'PH-1_exif.jpg'}: Pillow: Corrupt EXIF data" in log, log
