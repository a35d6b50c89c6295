"""A product's gallery: reorder, main photo, removal, variants - each journaled atomically."""

from __future__ import annotations

import pytest

from sellerdesk.catalogue import Catalogue
from sellerdesk.errors import NotFoundError
from sellerdesk.photos import PhotoLibrary
from sellerdesk.store import journal
from tests.photos import pictures


@pytest.fixture
def four(library: PhotoLibrary, make_product) -> tuple[str, list[str]]:
    """A product with four small photos: (product id, photo ids in order)."""
    product = make_product(variants=["SOFA-RED", "SOFA-BLU"])
    ids = [library.add_bytes(product, pictures.photo((900, 900), seed=100 + n), f"p{n}.jpg")
           .photo_id for n in range(4)]
    return product, ids


def _gallery(library: PhotoLibrary, product: str) -> list[tuple[str, int, bool]]:
    return [(p.file_name, p.position, p.is_main) for p in library.photos(product)]


def test_reorder_journals_the_new_gallery(library: PhotoLibrary, four, rows) -> None:
    product, ids = four
    assert library.reorder(product, [ids[2], ids[0], ids[3], ids[1]])

    assert _gallery(library, product) == [
        ("p2.jpg", 0, False), ("p0.jpg", 1, True), ("p3.jpg", 2, False), ("p1.jpg", 3, False)]
    state = rows()
    assert state["history"][-1]["action"] == "photos_reorder"
    last = state["outbox"][-1]
    assert last["operation"] == "set_photos" and last["entity_id"] == product
    assert [p["photo_id"] for p in last["payload"]["photos"]] == [ids[2], ids[0], ids[3], ids[1]]
    assert not library.reorder(product, [ids[2], ids[0], ids[3], ids[1]])  # nothing to do


def test_reordering_a_variant_view_permutes_only_its_photos(library: PhotoLibrary,
                                                            four) -> None:
    product, ids = four
    variant = library.variants(product)[1].id
    library.assign_variant([ids[1], ids[3]], variant)

    library.reorder(product, [ids[3], ids[1]])  # the gallery filtered to that variant

    assert [p.file_name for p in library.photos(product)] == ["p0.jpg", "p3.jpg", "p2.jpg",
                                                              "p1.jpg"]
    assert [p.variant_id for p in library.photos(product)] == [None, variant, None, variant]


def test_one_main_photo_at_a_time(library: PhotoLibrary, four) -> None:
    product, ids = four
    library.set_main(ids[2])
    assert [p.is_main for p in library.photos(product)] == [False, False, True, False]
    assert not library.set_main(ids[2])


def test_removing_the_main_photo_makes_the_first_one_main(
    library: PhotoLibrary, four, rows, catalogue: Catalogue
) -> None:
    product, ids = four
    library.set_main(ids[1])
    gone = library.photos(product)[1]

    library.remove([ids[1]])

    assert _gallery(library, product) == [("p0.jpg", 0, True), ("p2.jpg", 1, False),
                                          ("p3.jpg", 2, False)]
    assert library.file_path(gone.content_hash) is not None  # an undo may want it
    state = rows()
    removed = [h for h in state["history"] if h["action"] == "remove"]
    assert removed[0]["entity_id"] == ids[1] and removed[0]["before"]["file_name"] == "p1.jpg"
    uploads = {o["payload"]["content_hash"] for o in state["outbox"]
               if o["operation"] == "photo_upload"}
    assert gone.content_hash not in uploads  # its waiting upload was dropped, not sent
    assert catalogue.get(product).sync_state == "pending"


def test_a_failed_write_changes_nothing(library: PhotoLibrary, four, rows,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    product, ids = four
    before = rows()

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("disk gone")

    monkeypatch.setattr(journal, "record", failing)
    monkeypatch.setattr("sellerdesk.photos.gallery.record", failing)
    with pytest.raises(OSError):
        library.reorder(product, [ids[3], ids[2], ids[1], ids[0]])
    with pytest.raises(OSError):
        library.remove([ids[0]])

    assert rows() == before


def test_photos_of_another_product_or_gone_are_refused(library: PhotoLibrary, four,
                                                       make_product) -> None:
    product, ids = four
    other = make_product("CHAIR-1")
    extra = library.add_bytes(other, pictures.photo((900, 900), seed=200), "c.jpg").photo_id
    with pytest.raises(Exception, match="different products"):
        library.remove([ids[0], extra])
    library.remove([extra])
    with pytest.raises(NotFoundError):
        library.set_main(extra)
    with pytest.raises(NotFoundError):
        library.reorder(product, [ids[0], extra])
