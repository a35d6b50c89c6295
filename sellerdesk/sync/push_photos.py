"""Pushing photos: each distinct content uploaded once, then the listing's media ids in order.

Two outbox operations (described in `sellerdesk.photos.uploads`) travel in their product's chain
(`push._chain_of`), so a product's create goes first, then its uploads, then its gallery:

- `photo_upload` POSTs the stored bytes with the entry's idempotency key: a retry after a lost
  reply replays the marketplace's first answer instead of storing the photo twice. The media id
  is recorded for every photo with those contents (`uploads.record_upload`), so the same
  content on another product never goes up again: its entry finds the id already known.
- `set_photos` waits (stays pending, the rest of the outbox goes on) while the product is not
  yet on the marketplace or one of its photos has no media id yet, then PATCHes `media_ids` with
  `If-Match`. A 412 is merged like any product update (the marketplace's one-sided changes are
  taken, true conflicts surfaced) and the PATCH repeated on the new version: the gallery itself
  is SellerDesk's, so the local order wins.

Photos only the marketplace has (added on its website, or there before the shop was connected)
are not downloaded, and a gallery sent from here must not silently delete them: before the
PATCH the listing is read, and its media ids SellerDesk never sent (no photo row has them, no
removed photo had them) are kept, after the local ones.

Handlers are functions of the `Pusher` (its outcomes, attempt counting and crash points), kept
here so `push.py` only registers them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sellerdesk.errors import NotFoundError
from sellerdesk.marketplaces.base import ErrorKind, MarketplaceError, RemoteProduct
from sellerdesk.photos import uploads
from sellerdesk.photos.storage import ContentStore
from sellerdesk.store import Database
from sellerdesk.store.models import HistoryEntry, OutboxEntry, OutboxState, Photo, Product

if TYPE_CHECKING:
    from sellerdesk.sync.push import Pusher

MAX_CONFLICT_ROUNDS = 3


def photo_folder(database: Database) -> Path:
    """The shop's photo folder: `DataDir.photos`, beside the database file (`DataDir.database`).
    Derived here so the engine needs no extra argument from every place that builds one."""
    return database.path.parent / "photos"


def chain_of(entry: OutboxEntry) -> str:
    """An upload goes in the chain of the product it was queued for: before its gallery."""
    return f"product:{entry.payload.get('product_id')}"


# -- photo_upload -------------------------------------------------------------------------------


def upload_photo(pusher: Pusher, group: list[int]) -> bool:
    with pusher.db.read() as session:
        entry = session.get(OutboxEntry, group[0])
        if entry is None:
            return True
        content_hash = str(entry.payload["content_hash"])
        key = entry.idempotency_key
        known = uploads.known_media_id(session, content_hash)
        used = session.scalar(select(Photo.id).where(Photo.content_hash == content_hash)
                              .limit(1)) is not None
    if known is not None or not used:
        # Uploaded already (these bytes, for another photo), or removed before it was sent.
        # (A deleted product's photos still go: a restore may bring them back.)
        pusher._acknowledge(group, lambda s: None)
        return True
    send = getattr(pusher.market, "upload_media", None)
    if send is None:  # an adapter written before photos travelled (the protocol has it now)
        pusher._reject(group, "SellerDesk cannot send photos to this marketplace yet.")
        return False
    try:
        upload = uploads.read_upload(ContentStore(photo_folder(pusher.db)), content_hash)
    except NotFoundError as error:
        pusher._reject(group, error.message)
        return False
    pusher._count_attempt(group)
    # The name is part of the request's fingerprint: the same on every retry of this key.
    extension = {"image/png": "png", "image/webp": "webp"}.get(upload.content_type, "jpg")
    media = send(upload.data, f"{content_hash[:16]}.{extension}", upload.content_type, key)
    if media.sha256 and media.sha256 != content_hash:
        pusher._reject(group, "The marketplace stored different bytes than were sent; the "
                              "photo will be sent again after it is imported again.")
        return False
    pusher._acknowledge(group, lambda s: uploads.record_upload(s, content_hash, media.id))
    return True


# -- set_photos ---------------------------------------------------------------------------------


def _ordered_hashes(payload: dict[str, object]) -> list[str]:
    """The gallery's contents as the listing shows them: the main photo first (marketplaces
    show the first as the main one), then the others by position; each content once."""
    photos = list(payload.get("photos") or [])  # type: ignore[call-overload]
    photos.sort(key=lambda p: (not p.get("is_main"), int(p.get("position") or 0)))
    seen: dict[str, None] = {}
    for photo in photos:
        seen.setdefault(str(photo["content_hash"]), None)
    return list(seen)


def _waiting_for(session: Session, hashes: list[str]) -> tuple[list[str], list[str]]:
    """(hashes with an upload still to go, hashes that will never get a media id as things are:
    their upload was refused or never queued because the photo breaks a marketplace rule)."""
    known = uploads.media_ids_for(session, hashes)
    missing = [h for h in hashes if h not in known]
    pending: set[str] = set()
    if missing:
        pending = set(session.scalars(
            select(uploads._payload_hash()).where(  # type: ignore[arg-type]
                OutboxEntry.operation == uploads.UPLOAD,
                OutboxEntry.state == OutboxState.PENDING,
                uploads._payload_hash().in_(missing))))  # type: ignore[attr-defined]
    return [h for h in missing if h in pending], [h for h in missing if h not in pending]


def _theirs_only(session: Session, media_ids: list[str]) -> list[str]:
    """The ids among `media_ids` that no photo of this shop has or had: the marketplace's own."""
    if not media_ids:
        return []
    ours = set(session.scalars(select(Photo.media_id).where(Photo.media_id.in_(media_ids))))
    removed = func.json_extract(HistoryEntry.before, "$.media_id")
    ours.update(session.scalars(select(removed).where(
        HistoryEntry.entity == "photo", HistoryEntry.action.in_(("remove", "fix")),
        removed.in_(media_ids))))
    return [m for m in media_ids if m not in ours]


def set_photos(pusher: Pusher, group: list[int]) -> bool:
    for _round in range(MAX_CONFLICT_ROUNDS):
        with pusher.db.read() as session:
            entry = session.get(OutboxEntry, group[0])
            if entry is None:
                return True
            product = session.get(Product, entry.entity_id)
            if product is None or product.deleted_at is not None:
                pusher._acknowledge(group, lambda s: None)  # its delete says it all
                return True
            newer = session.scalar(select(OutboxEntry.seq).where(
                OutboxEntry.entity == "product", OutboxEntry.entity_id == product.id,
                OutboxEntry.operation == uploads.SET_PHOTOS, OutboxEntry.seq > entry.seq,
                OutboxEntry.state == OutboxState.PENDING).limit(1))
            if newer is not None:
                pusher._acknowledge(group, lambda s: None)  # a later gallery supersedes it
                return True
            if product.remote_id is None:
                pusher.report.waiting += 1
                return False  # its create goes first (or waits for the marketplace)
            hashes = _ordered_hashes(entry.payload)
            uploading, lost = _waiting_for(session, hashes)
            if uploading:
                pusher.report.waiting += 1
                return False
            if lost:
                names = ", ".join(sorted(session.scalars(select(Photo.file_name).where(
                    Photo.content_hash.in_(lost), Photo.product_id == product.id))))
                message = (f"Photos not on the marketplace yet ({names or len(lost)}): fix "
                           "them in the gallery, then the gallery is sent again.")
                ordered: list[str] = []
            else:
                message = ""
                media_ids = uploads.media_ids_for(session, hashes)
                ordered = [media_ids[h] for h in hashes]
            product_id, remote_id = product.id, product.remote_id
            version = product.remote_version or "0"
        if message:
            pusher._reject(group, message)
            return False
        listed = pusher.market.get_product(remote_id).media_ids
        with pusher.db.read() as session:
            theirs = _theirs_only(session, [m for m in listed if m not in ordered])
        try:
            remote = pusher.market.update_product(remote_id, {"media_ids": ordered + theirs},
                                                  version)
        except MarketplaceError as error:
            if error.kind != ErrorKind.CONFLICT:
                raise
            current = (error.current if isinstance(error.current, RemoteProduct)
                       else pusher.market.get_product(remote_id))
            pusher.db.run_write(lambda s, c=current, p=product_id: pusher._merge_product(
                s, p, c, set()))
            pusher.report.conflicts += 1
            continue

        def settle(session: Session, r: RemoteProduct = remote, p: str = product_id) -> None:
            pusher._settle_product(session, p, r)
            # The whole gallery just went: older galleries refused earlier are moot now.
            session.execute(delete(OutboxEntry).where(
                OutboxEntry.entity == "product", OutboxEntry.entity_id == p,
                OutboxEntry.operation == uploads.SET_PHOTOS,
                OutboxEntry.state == OutboxState.REJECTED, OutboxEntry.seq < group[0]),
                execution_options={"synchronize_session": False})

        pusher._acknowledge(group, settle)
        return True
    return False
