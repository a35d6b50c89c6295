"""Which photo shows an ordered variant: for the order detail and the pick list.

Only the content hash is looked up here (the photo files and their thumbnails belong to
`sellerdesk.photos`); a variant's own main photo wins, then its product's main photo, then the
product's first photo.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from sellerdesk.store.models import Photo, Variant


def main_photos(session: Session, variant_ids: Sequence[str]) -> dict[str, str]:
    """variant id → content hash of the photo that best shows it (variants without any are
    left out)."""
    wanted = sorted(set(variant_ids))
    if not wanted:
        return {}
    product_of = dict(session.execute(
        select(Variant.id, Variant.product_id).where(Variant.id.in_(wanted))).all())
    photos = session.execute(
        select(Photo.product_id, Photo.variant_id, Photo.is_main, Photo.position,
               Photo.content_hash)
        .where(Photo.product_id.in_(set(product_of.values())))).all()
    best: dict[str, str] = {}
    for variant_id, product_id in product_of.items():
        ranked = sorted(
            (p for p in photos if p.product_id == product_id
             and p.variant_id in (None, variant_id)),
            key=lambda p: (p.variant_id != variant_id, not p.is_main, p.position))
        if ranked:
            best[variant_id] = ranked[0].content_hash
    return best
