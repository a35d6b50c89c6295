"""What the sync engine needs to upload photos once per content, and to use their media ids
(the engine's side is `sellerdesk.sync.push_photos`).

Two outbox operations carry photos to the marketplace:

`photo_upload` (entity "photo", entity_id: the first photo row with these contents), payload
    {"content_hash": "<sha256>", "product_id": "<product of that photo>",
     "content_type": "image/jpeg", "size": 1234567,
     "path": "objects/ab/<sha256>.jpg"}            path relative to the photo folder
    `product_id` lets the engine push it in that product's chain, before its `set_photos`.
    Queued once per distinct content: not when a photo row already knows the content's media id,
    not when an upload of that content is already waiting, and not while the photo breaks one of
    the marketplace's rules (its fix queues the fixed contents instead). The engine reads the
    bytes with `read_upload` (which re-checks the hash), POSTs them to `/v1/media` with the
    entry's idempotency key, then calls `record_upload` in the transaction that removes the entry.

`set_photos` (entity "product", entity_id: the product), payload
    {"photos": [{"photo_id", "content_hash", "variant_id", "position", "is_main"}, ...]}
    The product's whole gallery after a change, in order. The newest one supersedes older ones:
    a waiting, never-tried older entry is dropped when a newer one is written.
    The listing references photos by media id: the engine maps hashes with `media_ids_for` and
    pushes it once every hash has a media id (pending `photo_upload` entries go first).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from sellerdesk.errors import NotFoundError
from sellerdesk.photos.storage import ContentStore, check_hash
from sellerdesk.store.models import OutboxEntry, OutboxState, Photo

UPLOAD = "photo_upload"
SET_PHOTOS = "set_photos"


@dataclass(frozen=True)
class Upload:
    """Bytes ready for `POST /v1/media`."""

    content_hash: str
    content_type: str
    data: bytes


def _payload_hash() -> object:
    return func.json_extract(OutboxEntry.payload, "$.content_hash")


def known_media_id(session: Session, content_hash: str) -> str | None:
    return session.scalar(
        select(Photo.media_id)
        .where(Photo.content_hash == content_hash, Photo.media_id.is_not(None))
        .limit(1)
    )


def upload_waiting(session: Session, content_hash: str) -> bool:
    return session.scalar(
        select(OutboxEntry.seq)
        .where(OutboxEntry.operation == UPLOAD, _payload_hash() == content_hash)
        .limit(1)
    ) is not None


def waiting_uploads(session: Session, hashes: Iterable[str]) -> set[str]:
    """Which of `hashes` already have an upload queued (one query for a whole batch)."""
    wanted = list(set(hashes))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        found.update(session.scalars(
            select(_payload_hash())
            .where(OutboxEntry.operation == UPLOAD, _payload_hash().in_(wanted[start:start + 500]))
        ))
    return found


def drop_superseded_gallery(session: Session, product_id: str) -> None:
    """Remove the product's waiting, never-tried `set_photos` entries: a newer one follows in
    this transaction and carries the whole gallery."""
    session.execute(
        delete(OutboxEntry).where(
            OutboxEntry.entity == "product", OutboxEntry.entity_id == product_id,
            OutboxEntry.operation == SET_PHOTOS, OutboxEntry.state == OutboxState.PENDING,
            OutboxEntry.attempts == 0),
        execution_options={"synchronize_session": False},  # no loaded entries to update
    )


def upload_payload(content_hash: str, content_type: str, size: int, path: Path,
                   root: Path, product_id: str) -> dict[str, object]:
    return {
        "content_hash": content_hash,
        "product_id": product_id,
        "content_type": content_type,
        "size": size,
        "path": path.relative_to(root).as_posix(),
    }


def record_upload(session: Session, content_hash: str, media_id: str) -> int:
    """The marketplace stored `content_hash` as `media_id`: every photo with those contents now
    references it (and photos added later take it instead of uploading again). Call it in the
    transaction that removes the `photo_upload` entry. Returns the number of photo rows."""
    check_hash(content_hash)
    result = session.execute(
        update(Photo).where(Photo.content_hash == content_hash).values(media_id=media_id),
        execution_options={"synchronize_session": "fetch"},  # loaded rows see the new id
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def media_ids_for(session: Session, hashes: Iterable[str]) -> dict[str, str]:
    """Known media ids by content hash (hashes not yet uploaded are absent)."""
    wanted = list(set(hashes))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(Photo.content_hash, Photo.media_id)
            .where(Photo.content_hash.in_(wanted[start : start + 500]),
                   Photo.media_id.is_not(None))
        ).all()
        found.update({content_hash: media_id for content_hash, media_id in rows})
    return found


def drop_unneeded_uploads(session: Session, hashes: Iterable[str]) -> int:
    """Remove waiting uploads of contents no photo uses any more (removed before they synced).
    Entries that were tried already are left to the engine, which may be sending them now."""
    removed = 0
    for content_hash in set(hashes):
        if session.scalar(select(Photo.id).where(Photo.content_hash == content_hash).limit(1)):
            continue
        result = session.execute(
            delete(OutboxEntry).where(
                OutboxEntry.operation == UPLOAD,
                _payload_hash() == content_hash,
                OutboxEntry.state == OutboxState.PENDING,
                OutboxEntry.attempts == 0,
            ),
            execution_options={"synchronize_session": False},
        )
        removed += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return removed


def read_upload(store: ContentStore, content_hash: str) -> Upload:
    """The stored bytes of `content_hash`, verified: a damaged file is never uploaded."""
    from sellerdesk.photos.images import FORMATS

    path = store.find(content_hash)
    if path is None:
        raise NotFoundError(f"The photo file {content_hash[:12]}… is missing from the data "
                            "folder; import the photo again.")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != content_hash:
        raise NotFoundError(f"The photo file {path.name} is damaged on disk; import the photo "
                            "again.")
    extension = path.suffix.lstrip(".")
    content_type = next(t for ext, t in FORMATS.values() if ext == extension)
    return Upload(content_hash, content_type, data)
