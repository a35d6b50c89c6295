"""Photos through the sync engine, over real HTTP against the sandbox on 127.0.0.1.

A photo added offline goes up once when the sync runs; the same content on two products goes up
once; a lost reply retried under the same key does not store it twice; a product's gallery waits
for its create and for its uploads; the marketplace lists the media ids in the gallery's order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from sync_helpers import Client, Server

from sellerdesk.photos import PhotoLibrary
from sellerdesk.store.models import OutboxEntry, OutboxState, Photo, utcnow
from sellerdesk.sync import push_photos
from tests.photos import pictures

SMALL = (1000, 800)  # the marketplace's minimum short side, a few tens of kB


def jpeg(seed: int) -> bytes:
    return pictures.photo(SMALL, seed=seed, quality=80)


@pytest.fixture
def library(client: Client) -> Iterator[PhotoLibrary]:
    lib = PhotoLibrary(client.db, push_photos.photo_folder(client.db), workers=1)
    yield lib
    lib.close()


def uploads(client: Client) -> list[tuple[str, str, int | None, dict[str, str]]]:
    return client.log.matching("POST", "/v1/media")


def media_ids(client: Client, sku: str) -> list[str]:
    with client.db.read() as session:
        product_id = client.product_id(sku)
        rows = session.scalars(select(Photo).where(Photo.product_id == product_id)
                               .order_by(Photo.position)).all()
        assert all(r.media_id for r in rows), "a photo without its media id"
        return [str(r.media_id) for r in rows]


def sandbox_media(server: Server, media_id: str) -> dict[str, object]:
    return server.json("GET", f"/v1/media/{media_id}")


def test_photo_added_offline_uploads_once_and_listing_shows_it(
        client: Client, server: Server, library: PhotoLibrary) -> None:
    client.create("SOFA-1", "Divano Chianti")
    assert client.sync().ok
    data = jpeg(1)
    with client.offline():
        library.add_bytes(client.product_id("SOFA-1"), data, "fronte.jpg")
        report = client.sync()
        assert not report.ok
    ops = [e.operation for e in client.pending()]
    assert ops == ["photo_upload", "set_photos"], ops
    client.log.clear()

    assert client.sync().ok
    assert len(uploads(client)) == 1
    assert client.pending() == []
    [media_id] = media_ids(client, "SOFA-1")
    remote = server.product_by_sku("SOFA-1")
    assert remote is not None and remote["media_ids"] == [media_id]
    assert sandbox_media(server, media_id)["sha256"] == hashlib.sha256(data).hexdigest()

    client.log.clear()
    assert client.sync().ok  # nothing left to send
    assert uploads(client) == []
    assert client.log.matching("PATCH", "/v1/products") == []


def test_same_content_on_two_products_uploads_once(
        client: Client, server: Server, library: PhotoLibrary) -> None:
    client.create("BAG-1", "Borsa Siena")
    client.create("BAG-2", "Borsa Lucca")
    data = jpeg(2)
    library.add_bytes(client.product_id("BAG-1"), data, "borsa.jpg")
    library.add_bytes(client.product_id("BAG-2"), data, "borsa-copia.jpg")
    assert client.sync().ok
    assert len(uploads(client)) == 1
    assert client.pending() == []
    first, second = media_ids(client, "BAG-1"), media_ids(client, "BAG-2")
    assert first == second and len(first) == 1
    for sku in ("BAG-1", "BAG-2"):
        remote = server.product_by_sku(sku)
        assert remote is not None and remote["media_ids"] == first


def test_lost_reply_retried_does_not_duplicate(
        client: Client, server: Server, library: PhotoLibrary) -> None:
    client.create("WAL-1", "Portafoglio Pisa")
    assert client.sync().ok
    library.add_bytes(client.product_id("WAL-1"), jpeg(3), "portafoglio.jpg")
    library.add_bytes(client.product_id("WAL-1"), jpeg(4), "retro.jpg")
    client.log.clear()
    server.faults("reset_after_commit=1.0", seed=4)  # stored there, the reply lost here
    report = client.sync()
    server.heal()
    assert not report.ok
    [lost] = uploads(client)
    assert lost[2] is None, "the upload should have lost its reply"
    assert [e.operation for e in client.pending()] == ["photo_upload", "photo_upload",
                                                       "set_photos"]

    assert client.sync().ok
    assert client.pending() == []
    retry, second = uploads(client)[1:]
    # The retry carries the lost request's key and gets its first answer replayed (201); a
    # second upload of known bytes without the key would have been answered 200.
    assert retry[3]["Idempotency-Key"] == lost[3]["Idempotency-Key"]
    assert retry[2] == 201 and second[2] == 201
    assert second[3]["Idempotency-Key"] != lost[3]["Idempotency-Key"]
    ids = media_ids(client, "WAL-1")
    assert len(set(ids)) == 2
    remote = server.product_by_sku("WAL-1")
    assert remote is not None and remote["media_ids"] == ids


def test_uploads_and_gallery_never_overtake_the_create(
        client: Client, server: Server, library: PhotoLibrary) -> None:
    client.create("ARM-1", "Poltrona Volterra")
    product_id = client.product_id("ARM-1")
    library.add_bytes(product_id, jpeg(5), "a.jpg")
    library.add_bytes(product_id, jpeg(6), "b.jpg")
    server.faults("reset_after_commit=1.0", seed=1)  # the create's reply is lost
    report = client.sync()
    server.heal()
    assert not report.ok
    assert uploads(client) == []
    assert client.log.matching("PATCH", "/v1/products") == []
    assert [e.operation for e in client.pending()] == [
        "create", "photo_upload", "photo_upload", "set_photos"]

    client.log.clear()
    assert client.sync().ok
    assert client.pending() == []
    order = [(e[0], e[1]) for e in client.log.entries
             if e[0] in ("POST", "PATCH") and e[1].startswith("/v1/")]
    assert order[0] == ("POST", "/v1/products")
    assert order[1:3] == [("POST", "/v1/media")] * 2
    assert order[3][0] == "PATCH" and len(order) == 4
    assert len(server.products()) == 1
    remote = server.product_by_sku("ARM-1")
    assert remote is not None and remote["media_ids"] == media_ids(client, "ARM-1")


def test_gallery_waits_while_the_product_is_not_on_the_marketplace(
        client: Client, server: Server, library: PhotoLibrary) -> None:
    client.create("ARM-2", "Poltrona Pienza")
    library.add_bytes(client.product_id("ARM-2"), jpeg(7), "a.jpg")

    def set_create_state(state: OutboxState) -> None:
        def work(session: Session) -> None:
            entry = session.scalar(select(OutboxEntry).where(OutboxEntry.operation == "create"))
            assert entry is not None
            entry.state = state
        client.db.run_write(work)

    set_create_state(OutboxState.REJECTED)  # as if the marketplace had refused the listing
    assert client.sync().ok
    assert len(uploads(client)) == 1  # a photo may go up before its listing exists
    assert client.log.matching("PATCH", "/v1/products") == []
    waiting = [e for e in client.pending() if e.operation == "set_photos"]
    assert len(waiting) == 1 and waiting[0].state == OutboxState.PENDING

    set_create_state(OutboxState.PENDING)  # the owner fixed it and tries again
    client.log.clear()
    assert client.sync().ok
    assert client.pending() == []
    remote = server.product_by_sku("ARM-2")
    assert remote is not None and remote["media_ids"] == media_ids(client, "ARM-2")


def test_media_ids_follow_the_gallery_order_and_main_photo(
        client: Client, server: Server, library: PhotoLibrary) -> None:
    client.create("DIV-1", "Divano Siena")
    product_id = client.product_id("DIV-1")
    added = [library.add_bytes(product_id, jpeg(10 + i), f"{i}.jpg") for i in range(3)]
    assert client.sync().ok
    ids = media_ids(client, "DIV-1")
    assert server.product_by_sku("DIV-1")["media_ids"] == ids  # type: ignore[index]

    library.reorder(product_id, [added[2].photo_id, added[0].photo_id, added[1].photo_id])
    library.set_main(added[2].photo_id)
    client.log.clear()
    assert client.sync().ok
    assert uploads(client) == []  # reordering sends no bytes
    assert len(client.log.matching("PATCH", "/v1/products")) == 1  # one gallery, not two
    assert server.product_by_sku("DIV-1")["media_ids"] == [  # type: ignore[index]
        ids[2], ids[0], ids[1]]


def test_website_edit_meanwhile_is_merged_not_overwritten(
        client: Client, server: Server, library: PhotoLibrary) -> None:
    client.create("BAG-9", "Borsa Arezzo")
    assert client.sync().ok
    remote = server.product_by_sku("BAG-9")
    assert remote is not None
    library.add_bytes(client.product_id("BAG-9"), jpeg(20), "borsa.jpg")
    with client.racing(lambda: server.edit_product(remote["id"], {"brand": "Dal sito"})):
        assert client.sync().ok
    assert client.pending() == []
    after = server.product(remote["id"])
    assert after is not None
    assert after["brand"] == "Dal sito"  # their edit kept
    assert after["media_ids"] == media_ids(client, "BAG-9")  # our gallery sent after the 412
    product = client.local_product("BAG-9")
    assert product is not None and product.brand == "Dal sito"


def test_photos_wait_in_their_products_chain(
        client: Client, server: Server, library: PhotoLibrary) -> None:
    """While the product's create waits its turn (the marketplace said "busy, retry later"),
    its uploads and gallery wait behind it; another product's photos go meanwhile."""
    client.create("BAG-3", "Borsa Cortona")
    client.create("BAG-4", "Borsa Todi")
    library.add_bytes(client.product_id("BAG-3"), jpeg(30), "a.jpg")
    library.add_bytes(client.product_id("BAG-4"), jpeg(31), "b.jpg")
    waiting_for = client.product_id("BAG-3")

    def delay_create(until: datetime | None) -> None:
        def work(session: Session) -> None:
            entry = session.scalar(select(OutboxEntry).where(
                OutboxEntry.operation == "create", OutboxEntry.entity_id == waiting_for))
            assert entry is not None
            entry.next_attempt_at = until
        client.db.run_write(work)

    delay_create(utcnow() + timedelta(hours=1))
    client.sync()
    assert len(uploads(client)) == 1  # BAG-4's only
    assert server.product_by_sku("BAG-3") is None
    assert [e.operation for e in client.pending()] == ["create", "photo_upload", "set_photos"]
    assert server.product_by_sku("BAG-4")["media_ids"] == media_ids(client, "BAG-4")  # type: ignore[index]

    delay_create(None)
    assert client.sync().ok
    assert client.pending() == []
    assert server.product_by_sku("BAG-3")["media_ids"] == media_ids(client, "BAG-3")  # type: ignore[index]


def test_photo_breaking_the_rules_is_refused_in_place_and_blocks_nothing(
        client: Client, server: Server, library: PhotoLibrary) -> None:
    """A photo too small for the marketplace is never uploaded: the gallery change is kept and
    marked refused with the file's name, and the product's later edits still go."""
    client.create("VAS-1", "Vaso Deruta")
    assert client.sync().ok
    product_id = client.product_id("VAS-1")
    library.add_bytes(product_id, pictures.photo((640, 480), seed=40), "piccola.jpg")
    client.catalogue.update_product(product_id, {"brand": "Deruta"})  # after the gallery
    client.sync()
    assert uploads(client) == []
    [refused] = [e for e in client.outbox() if e.state == OutboxState.REJECTED]
    assert refused.operation == "set_photos" and "piccola.jpg" in (refused.last_error or "")
    client.sync()
    remote = server.product_by_sku("VAS-1")
    assert remote is not None and remote["brand"] == "Deruta" and remote["media_ids"] == []

    # The owner replaces it with a good photo: that gallery goes, the refusal is moot.
    [small] = library.photos(product_id)
    library.remove([small.id])
    library.add_bytes(product_id, jpeg(41), "grande.jpg")
    assert client.sync().ok
    assert client.outbox() == []
    product = client.local_product("VAS-1")
    assert product is not None and product.sync_state == "synced"
    assert server.product_by_sku("VAS-1")["media_ids"] == media_ids(client, "VAS-1")  # type: ignore[index]


def test_photos_only_the_marketplace_has_are_kept(
        client: Client, server: Server, library: PhotoLibrary) -> None:
    """A listing made on the website with its own photo: SellerDesk's gallery goes first and
    the website's photo stays; a photo removed here is removed there, theirs still stays."""
    upload = server.call("POST", "/v1/media", files={
        "file": ("sito.jpg", jpeg(50), "image/jpeg")})
    assert upload.status_code == 201, upload.text
    theirs = upload.json()["id"]
    created = server.create_product("WEB-1", "Borsa dal sito")
    server.edit_product(created["id"], {"media_ids": [theirs]})
    assert client.sync().ok  # pulled: the product is here, its photo is not downloaded
    product_id = client.product_id("WEB-1")
    assert library.photos(product_id) == []

    added = library.add_bytes(product_id, jpeg(51), "nostra.jpg")
    assert client.sync().ok
    [ours] = media_ids(client, "WEB-1")
    assert server.product(created["id"])["media_ids"] == [ours, theirs]  # type: ignore[index]

    library.remove([added.photo_id])
    assert client.sync().ok
    assert server.product(created["id"])["media_ids"] == [theirs]  # type: ignore[index]
