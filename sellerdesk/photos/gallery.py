"""A product's gallery in the store: add, reorder, set the main photo, remove, assign variants.

Each function runs inside the caller's write transaction and journals what it did: the photo
rows, a history entry per change (undo and audit) and the outbox entries that carry it to the
marketplace (`uploads` describes them) commit together or not at all. Positions are kept dense
(0…n-1) and a product with photos has exactly one main photo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sellerdesk.errors import NotFoundError, ValidationError
from sellerdesk.photos import checks, uploads
from sellerdesk.photos.prepare import Prepared
from sellerdesk.photos.storage import ContentStore
from sellerdesk.store.journal import record
from sellerdesk.store.models import Photo, Product, SyncState, Variant, new_id, utcnow


@dataclass(frozen=True)
class PhotoView:
    """A photo row, safe to hand to other threads and the UI."""

    id: str
    product_id: str
    variant_id: str | None
    content_hash: str
    position: int
    is_main: bool
    width: int | None
    height: int | None
    file_name: str
    media_id: str | None
    created_at: datetime

    @classmethod
    def of(cls, photo: Photo) -> PhotoView:
        return cls(photo.id, photo.product_id, photo.variant_id, photo.content_hash,
                   photo.position, photo.is_main, photo.width, photo.height, photo.file_name,
                   photo.media_id, photo.created_at)


def snapshot(photo: Photo) -> dict[str, Any]:
    return {
        "product_id": photo.product_id,
        "variant_id": photo.variant_id,
        "content_hash": photo.content_hash,
        "position": photo.position,
        "is_main": photo.is_main,
        "width": photo.width,
        "height": photo.height,
        "file_name": photo.file_name,
        # The marketplace's id at the time: a removed photo's id tells the sync that the
        # listing photo is one SellerDesk sent (and may take away), not the website's own.
        "media_id": photo.media_id,
    }


def gallery_payload(photos: Sequence[Photo]) -> list[dict[str, Any]]:
    return [
        {"photo_id": p.id, "content_hash": p.content_hash, "variant_id": p.variant_id,
         "position": p.position, "is_main": p.is_main}
        for p in photos
    ]


def load_product(session: Session, product_id: str) -> Product:
    product = session.get(Product, product_id)
    if product is None or product.deleted_at is not None:
        raise NotFoundError(f"No product with id {product_id}.")
    return product


def product_photos(session: Session, product_id: str) -> list[Photo]:
    return list(session.scalars(
        select(Photo).where(Photo.product_id == product_id)
        .order_by(Photo.position, Photo.created_at, Photo.id)
    ))


def _normalise(photos: list[Photo]) -> None:
    """Dense positions in list order; one main photo (the first, if none or several)."""
    for position, photo in enumerate(photos):
        photo.position = position
    mains = [p for p in photos if p.is_main]
    if photos and len(mains) != 1:
        keep = mains[0] if mains else photos[0]
        for photo in photos:
            photo.is_main = photo is keep


def _journal_gallery(session: Session, product: Product, before: list[dict[str, Any]],
                     photos: list[Photo], group_id: str, action: str) -> None:
    """The product's gallery changed: mark it pending and queue the new gallery for sync."""
    if product.sync_state != SyncState.CONFLICT:
        product.sync_state = SyncState.PENDING
    product.updated_at = utcnow()
    after = gallery_payload(photos)
    uploads.drop_superseded_gallery(session, product.id)
    record(
        session, entity="product", entity_id=product.id, action=action,
        before={"photos": before}, after={"photos": after}, group_id=group_id,
        summary=product.title_for(product.main_language),
        outbox=(uploads.SET_PHOTOS, {"photos": after}),
    )


@dataclass(frozen=True)
class NewPhoto:
    prepared: Prepared
    product_id: str
    variant_id: str | None


def add_photos(session: Session, store: ContentStore, items: Sequence[NewPhoto],
               group_id: str) -> list[tuple[NewPhoto, Photo | None, str | None]]:
    """Insert photo rows for stored files, appended to their products' galleries.

    Returns (item, row or None, refusal code or None): a photo whose product vanished is
    refused; one already in its product's gallery is not added twice (code "duplicate").
    """
    results: list[tuple[NewPhoto, Photo | None, str | None]] = []
    galleries: dict[str, tuple[Product, list[dict[str, Any]], list[Photo]]] = {}
    hashes = {item.prepared.content_hash for item in items}
    media_ids = uploads.media_ids_for(session, hashes)  # two queries for the whole batch
    queued = uploads.waiting_uploads(session, hashes)
    for item in items:
        product = session.get(Product, item.product_id)
        if product is None or product.deleted_at is not None:
            results.append((item, None, "product_gone"))
            continue
        if item.product_id not in galleries:
            current = product_photos(session, item.product_id)
            galleries[item.product_id] = (product, gallery_payload(current), current)
        _product, _before, photos = galleries[item.product_id]
        prepared = item.prepared
        if any(p.content_hash == prepared.content_hash for p in photos):
            results.append((item, None, "duplicate"))
            continue
        variant_id = item.variant_id
        if variant_id is not None:
            variant = session.get(Variant, variant_id)
            if variant is None or variant.product_id != item.product_id or variant.deleted_at:
                variant_id = None
        facts = prepared.facts
        photo = Photo(
            id=new_id(), product_id=item.product_id, variant_id=variant_id,
            content_hash=prepared.content_hash, position=len(photos),
            is_main=not photos, width=facts.width, height=facts.height,
            file_name=prepared.name, media_id=media_ids.get(prepared.content_hash),
        )
        session.add(photo)
        photos.append(photo)
        outbox = None
        if (photo.media_id is None and photo.content_hash not in queued
                and not checks.blocks_upload(checks.check(facts))):
            queued.add(photo.content_hash)
            path = store.object_path(prepared.content_hash, facts.extension)
            outbox = (uploads.UPLOAD, uploads.upload_payload(
                prepared.content_hash, facts.content_type, facts.size, path, store.root,
                photo.product_id))
        after = snapshot(photo)
        if prepared.original_hash != prepared.content_hash:
            after["original_hash"] = prepared.original_hash
        record(session, entity="photo", entity_id=photo.id, action="add", before=None,
               after=after, group_id=group_id, summary=prepared.name, outbox=outbox)
        results.append((item, photo, None))
    for product, before, photos in galleries.values():
        if gallery_payload(photos) != before:
            _normalise(photos)
            _journal_gallery(session, product, before, photos, group_id, "photos_add")
    return results


def _photos_of(session: Session, photo_ids: Sequence[str]) -> tuple[Product, list[Photo]]:
    """The product that owns all of `photo_ids`, and its gallery."""
    rows = list(session.scalars(select(Photo).where(Photo.id.in_(list(photo_ids)))))
    if len(rows) != len(set(photo_ids)):
        raise NotFoundError("Some of these photos no longer exist; the gallery was reloaded.")
    owners = {row.product_id for row in rows}
    if len(owners) != 1:
        raise ValidationError("Photos of different products cannot be changed together.")
    product = load_product(session, owners.pop())
    return product, product_photos(session, product.id)


def reorder(session: Session, product_id: str, ordered_ids: Sequence[str], group_id: str
            ) -> bool:
    """Put `ordered_ids` in this order. They may be a subset (the gallery filtered to one
    variant): they are permuted among the places they already hold, the others stay put."""
    product = load_product(session, product_id)
    photos = product_photos(session, product_id)
    by_id = {p.id: p for p in photos}
    if len(set(ordered_ids)) != len(ordered_ids) or any(i not in by_id for i in ordered_ids):
        raise NotFoundError("Some of these photos no longer exist; the gallery was reloaded.")
    before = gallery_payload(photos)
    slots = sorted(n for n, p in enumerate(photos) if p.id in set(ordered_ids))
    arranged = list(photos)
    for slot, photo_id in zip(slots, ordered_ids, strict=True):
        arranged[slot] = by_id[photo_id]
    _normalise(arranged)
    if gallery_payload(arranged) == before:
        return False
    _journal_gallery(session, product, before, arranged, group_id, "photos_reorder")
    return True


def set_main(session: Session, photo_id: str, group_id: str) -> bool:
    product, photos = _photos_of(session, [photo_id])
    before = gallery_payload(photos)
    for photo in photos:
        photo.is_main = photo.id == photo_id
    if gallery_payload(photos) == before:
        return False
    _journal_gallery(session, product, before, photos, group_id, "photos_main")
    return True


def remove(session: Session, photo_ids: Sequence[str], group_id: str) -> list[str]:
    """Remove photos from the gallery; their files stay (other photos or an undo may need
    them). Returns the content hashes no photo uses any more."""
    product, photos = _photos_of(session, photo_ids)
    before = gallery_payload(photos)
    gone = [p for p in photos if p.id in set(photo_ids)]
    kept = [p for p in photos if p.id not in set(photo_ids)]
    for photo in gone:
        record(session, entity="photo", entity_id=photo.id, action="remove",
               before=snapshot(photo), after=None, group_id=group_id,
               summary=photo.file_name)
        session.delete(photo)
    session.flush()
    _normalise(kept)
    _journal_gallery(session, product, before, kept, group_id, "photos_remove")
    hashes = {p.content_hash for p in gone}
    uploads.drop_unneeded_uploads(session, hashes)
    return [h for h in hashes if session.scalar(
        select(Photo.id).where(Photo.content_hash == h).limit(1)) is None]


def assign_variant(session: Session, photo_ids: Sequence[str], variant_id: str | None,
                   group_id: str) -> bool:
    """Show these photos for one variant only, or (None) for the whole product."""
    product, photos = _photos_of(session, photo_ids)
    if variant_id is not None:
        variant = session.get(Variant, variant_id)
        if variant is None or variant.product_id != product.id or variant.deleted_at:
            raise NotFoundError("This variant no longer exists.")
    before = gallery_payload(photos)
    for photo in photos:
        if photo.id in set(photo_ids):
            photo.variant_id = variant_id
    if gallery_payload(photos) == before:
        return False
    _journal_gallery(session, product, before, photos, group_id, "photos_variant")
    return True


def replace_content(session: Session, store: ContentStore, photo_id: str, prepared: Prepared,
                    group_id: str) -> Photo:
    """The photo now shows `prepared` (a fixed copy); the old contents stay on disk."""
    product, photos = _photos_of(session, [photo_id])
    photo = next(p for p in photos if p.id == photo_id)
    before_gallery = gallery_payload(photos)
    before = snapshot(photo)
    old_hash = photo.content_hash
    facts = prepared.facts
    photo.content_hash = prepared.content_hash
    photo.file_name = prepared.name
    photo.width, photo.height = facts.width, facts.height
    photo.media_id = uploads.known_media_id(session, prepared.content_hash)
    outbox = None
    if (photo.media_id is None and not checks.blocks_upload(checks.check(facts))
            and not uploads.upload_waiting(session, prepared.content_hash)):
        path = store.object_path(prepared.content_hash, facts.extension)
        outbox = (uploads.UPLOAD, uploads.upload_payload(
            prepared.content_hash, facts.content_type, facts.size, path, store.root,
            photo.product_id))
    session.flush()
    record(session, entity="photo", entity_id=photo.id, action="fix", before=before,
           after=snapshot(photo), group_id=group_id, summary=photo.file_name, outbox=outbox)
    _journal_gallery(session, product, before_gallery, photos, group_id, "photos_fix")
    uploads.drop_unneeded_uploads(session, [old_hash])
    return photo
