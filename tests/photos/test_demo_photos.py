"""The demo shop's photos: the very bytes its marketplace listing shows, under the listing's
media id, with nothing left in the outbox (the demo's first sync must send nothing)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest
import requests
from PIL import Image
from sqlalchemy import func, select

from sellerdesk.demo import photos as demo_photos
from sellerdesk.demo.seed import seed_demo
from sellerdesk.photos import PhotoLibrary
from sellerdesk.sandbox.embedded import start_sandbox
from sellerdesk.store import Database
from sellerdesk.store.models import OutboxEntry, Photo, Product, SyncState


@pytest.fixture
def demo_library(database: Database, library: PhotoLibrary) -> Iterator[PhotoLibrary]:
    seed_demo(database)
    yield library


def test_demo_photos_match_the_marketplace_and_queue_nothing(
        demo_library: PhotoLibrary) -> None:
    todo = demo_photos.pending_products(demo_library)
    assert len(todo) == 60
    done = demo_photos.seed_some(demo_library, todo[:3])
    assert done == [product_id for product_id, _item in todo[:3]]
    with demo_library.db.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        states = set(session.scalars(select(Product.sync_state)))
        photos = list(session.scalars(select(Photo).order_by(Photo.created_at)))
    assert states == {SyncState.SYNCED}
    assert [p.product_id for p in photos] == done and all(p.is_main for p in photos)
    for photo in photos:
        path = demo_library.file_path(photo.content_hash)
        assert path is not None
        with Image.open(path) as image:
            assert min(image.size) >= 800

    sandbox = start_sandbox(seed="demo", audit_delay=0.0)
    try:
        for photo in photos:
            served = requests.get(f"{sandbox.url}/media/{photo.media_id}", timeout=10)
            assert served.status_code == 200
            assert hashlib.sha256(served.content).hexdigest() == photo.content_hash
    finally:
        sandbox.stop()

    # The rest later (the window does it in batches); what has photos is left alone.
    assert len(demo_photos.pending_products(demo_library)) == 57
