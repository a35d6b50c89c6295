"""Media: formats, the 3 MB limit, damaged files, and one media per content."""

from __future__ import annotations

import io
import random

import requests
from PIL import Image
from sandbox_client import Api, problem_type


def _image(fmt: str, size: tuple[int, int] = (64, 48), noise: bool = False) -> bytes:
    image = Image.new("RGB", size, (160, 82, 38))
    if noise:
        rng = random.Random(3)
        image = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    buffer = io.BytesIO()
    image.save(buffer, fmt, **({"quality": 100} if fmt == "JPEG" else {}))
    return buffer.getvalue()


def _upload(api: Api, data: bytes, name: str = "photo.jpg", mime: str = "image/jpeg"):
    return api.post("/v1/media", files={"file": (name, data, mime)})


def test_upload_returns_id_and_url_and_the_bytes_are_served(api: Api):
    data = _image("JPEG")
    answer = _upload(api, data)
    assert answer.status_code == 201, answer.text
    media = answer.json()
    assert media["id"].startswith("med_") and media["content_type"] == "image/jpeg"
    assert (media["width"], media["height"], media["size"]) == (64, 48, len(data))
    served = requests.get(media["url"], timeout=10)
    assert served.status_code == 200 and served.content == data
    assert served.headers["content-type"] == "image/jpeg"
    assert api.get(f"/v1/media/{media['id']}").json() == media


def test_identical_bytes_give_the_same_media(api: Api):
    data = _image("PNG")
    first = _upload(api, data, "a.png", "image/png")
    second = _upload(api, data, "other-name.png", "image/png")  # new key, new boundary
    assert first.status_code == 201 and second.status_code == 200
    assert second.json()["id"] == first.json()["id"]


def test_png_and_webp_are_accepted(api: Api):
    assert _upload(api, _image("PNG"), "a.png", "image/png").json()["content_type"] == "image/png"
    webp = _upload(api, _image("WEBP"), "a.webp", "image/webp")
    assert webp.status_code == 201 and webp.json()["content_type"] == "image/webp"


def test_more_than_3_mb_is_413(api: Api):
    big = _image("PNG", (1100, 1000), noise=True)
    assert 3 * 1024 * 1024 < len(big) < 4 * 1024 * 1024
    answer = _upload(api, big, "big.png", "image/png")
    assert answer.status_code == 413 and problem_type(answer) == "payload-too-large"
    huge = _upload(api, big + big, "huge.png", "image/png")  # refused before it is even read
    assert huge.status_code == 413 and problem_type(huge) == "payload-too-large"


def test_other_formats_are_415(api: Api):
    answer = _upload(api, b"GIF89a" + b"\x00" * 100, "a.gif", "image/gif")
    assert answer.status_code == 415 and problem_type(answer) == "unsupported-media-type"
    text = _upload(api, b"hello", "a.txt", "text/plain")
    assert text.status_code == 415


def test_truncated_images_are_refused(api: Api):
    data = _image("JPEG", (400, 300), noise=True)
    answer = _upload(api, data[: len(data) // 2])
    assert answer.status_code == 422 and problem_type(answer) == "invalid-image"


def test_photos_are_referenced_by_media_id(api: Api):
    media_id = _upload(api, _image("JPEG")).json()["id"]
    product = api.create_product("PHOTO", media_ids=[media_id])
    assert product["media_ids"] == [media_id]
    assert api.get("/v1/media/med_unknown").status_code == 404
