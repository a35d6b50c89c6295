"""Photos: checked like a marketplace checks them, stored once per content, served by id.

Uploads must be JPEG, PNG or WebP of at most 3 MB (3 × 1024 × 1024 bytes) and must decode
completely: truncated files and decompression bombs are refused here, as real marketplaces do.
Identical bytes give the same media back. Seeded demo photos are drawn after start-up (see
:mod:`.seed`) and on demand, so a demo sandbox serves within its 2 s budget.
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
from functools import cache
from typing import Any

from PIL import Image

from .database import Database, Tx
from .problems import Problem

MAX_MEDIA_BYTES = 3 * 1024 * 1024
MAX_PIXELS = 40_000_000
"""Larger images are refused before decoding: a small file can unpack to gigabytes."""

_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


def _sniff(data: bytes) -> str | None:
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return None


def inspect(data: bytes) -> tuple[str, int, int]:
    """(content type, width, height) of an acceptable image, or the problem with it."""
    if len(data) > MAX_MEDIA_BYTES:
        raise Problem(
            413,
            "payload-too-large",
            f"Photos are limited to {MAX_MEDIA_BYTES} bytes (3 MB).",
        )
    kind = _sniff(data)
    if kind is None:
        raise Problem(415, "unsupported-media-type")
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != kind:
                raise Problem(415, "unsupported-media-type", "The content does not match its type.")
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise Problem(422, "invalid-image", f"{width}×{height} pixels is too many.")
            image.load()
    except Problem:
        raise
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise Problem(422, "invalid-image", f"The image does not decode: {exc}.") from None
    return _FORMATS[kind], width, height


def media_json(row: sqlite3.Row, base_url: str) -> dict[str, Any]:
    return {
        "id": row["id"],
        "url": f"{base_url.rstrip('/')}/media/{row['id']}",
        "content_type": row["content_type"],
        "size": row["size"],
        "width": row["width"],
        "height": row["height"],
        "sha256": row["sha256"],
        "created_at": row["created_at"],
    }


def store(tx: Tx, data: bytes, facts: tuple[str, int, int]) -> tuple[sqlite3.Row, bool]:
    """The media row for these bytes, and whether it is new.

    ``facts`` is what :func:`inspect` found, checked before the write lock is taken: decoding a
    large photo must not hold up every other writer.
    """
    digest = hashlib.sha256(data).hexdigest()
    row = tx.execute(
        "SELECT * FROM media WHERE sha256 = ? ORDER BY created_at, id LIMIT 1", (digest,)
    ).fetchone()
    if row is not None:
        return row, False
    content_type, width, height = facts
    media_id = f"med_{digest[:24]}"
    tx.execute(
        "INSERT INTO media (id, sha256, content_type, size, width, height, data, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (media_id, digest, content_type, len(data), width, height, data, tx.at),
    )
    return tx.execute("SELECT * FROM media WHERE id = ?", (media_id,)).fetchone(), True


def media_row(db: Database, media_id: str) -> sqlite3.Row:
    """The row with its bytes present, drawing a pending seeded photo first if need be."""
    with db.read() as conn:
        row = conn.execute("SELECT * FROM media WHERE id = ?", (media_id,)).fetchone()
    if row is None:
        raise Problem(404, "not-found", f"No media {media_id}.")
    if row["data"] is None:
        draw_pending(db, media_id)
        with db.read() as conn:
            row = conn.execute("SELECT * FROM media WHERE id = ?", (media_id,)).fetchone()
    return row


@cache
def _demo_products() -> dict[str, dict[str, Any]]:
    from sellerdesk.demo import shop

    return {product["key"]: product for product in shop.products()}


def draw_pending(db: Database, media_id: str | None = None, limit: int = 4) -> int:
    """Draws up to ``limit`` pending seeded photos (or just ``media_id``); returns how many.

    Drawing happens outside the write lock; a photo drawn twice by two threads is harmless.
    """
    from sellerdesk.demo import shop

    query = "SELECT id, draw_key FROM media WHERE data IS NULL"
    params: tuple[Any, ...] = ()
    if media_id is not None:
        query += " AND id = ?"
        params = (media_id,)
    with db.read() as conn:
        pending = conn.execute(query + " ORDER BY id LIMIT ?", (*params, limit)).fetchall()
    for row in pending:
        data = shop.draw_photo(_demo_products()[row["draw_key"]])
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
        with db.write() as tx:
            tx.execute(
                "UPDATE media SET data = ?, sha256 = ?, size = ?, width = ?, height = ?"
                " WHERE id = ? AND data IS NULL",
                (data, hashlib.sha256(data).hexdigest(), len(data), width, height, row["id"]),
            )
    return len(pending)
