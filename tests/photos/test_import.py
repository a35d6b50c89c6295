"""Importing real-sized photographs: storage, thumbnails, orientation, rows and their journal."""

from __future__ import annotations

import hashlib
import io
import threading
from pathlib import Path

from PIL import Image

from sellerdesk.paths import DataDir
from sellerdesk.photos import PhotoLibrary
from sellerdesk.photos.uploads import media_ids_for, record_upload
from tests.photos import pictures


def test_a_12_megapixel_photo_is_stored_by_hash_with_two_thumbnails(
    library: PhotoLibrary, make_product, twelve_mp: bytes, write_files, data_dir: DataDir, rows
) -> None:
    product = make_product("SOFA-001")
    folder = write_files({"SOFA-001.jpg": twelve_mp})

    report = library.import_paths([folder])

    assert [p.name for p in report.imported] == ["SOFA-001.jpg"]
    digest = hashlib.sha256(twelve_mp).hexdigest()
    stored = data_dir.photos / "objects" / digest[:2] / f"{digest}.jpg"
    assert stored.read_bytes() == twelve_mp  # the original, byte for byte
    for size in (256, 1024):
        with Image.open(library.thumbnail(digest, size)) as thumb:
            assert max(thumb.size) == size and thumb.mode == "RGB"
            assert thumb.size[0] / thumb.size[1] == 4 / 3
    assert not list((data_dir.photos / "incoming").iterdir())  # no temporaries left
    [photo] = library.photos(product)
    assert (photo.width, photo.height, photo.is_main, photo.position) == (4000, 3000, True, 0)


def test_each_photo_row_commits_with_its_history_and_outbox_entries(
    library: PhotoLibrary, make_product, write_files, rows
) -> None:
    product = make_product("SOFA-001")
    folder = write_files({f"SOFA-001_{n}.jpg": pictures.photo((1200, 900), seed=n)
                          for n in (1, 2)})

    library.import_paths([folder])

    state = rows()
    photo_ids = [h["entity_id"] for h in state["history"] if h["entity"] == "photo"]
    assert len(photo_ids) == 2
    assert {h["group_id"] for h in state["history"]} == {state["history"][0]["group_id"]}
    uploads = [o for o in state["outbox"] if o["operation"] == "photo_upload"]
    assert [o["entity_id"] for o in uploads] == photo_ids
    hashes = [p[5] for p in state["photos"]]
    assert [o["payload"]["content_hash"] for o in uploads] == hashes
    assert uploads[0]["payload"]["content_type"] == "image/jpeg"
    assert uploads[0]["payload"]["product_id"] == product
    assert uploads[0]["payload"]["path"] == f"objects/{hashes[0][:2]}/{hashes[0]}.jpg"
    [gallery] = [o for o in state["outbox"] if o["operation"] == "set_photos"]
    assert gallery["entity"] == "product" and gallery["entity_id"] == product
    assert [(p["content_hash"], p["position"], p["is_main"]) for p in gallery["payload"]
            ["photos"]] == [(hashes[0], 0, True), (hashes[1], 1, False)]


def test_exif_orientation_is_applied_and_the_original_kept(
    library: PhotoLibrary, make_product, write_files, data_dir: DataDir
) -> None:
    product = make_product("SOFA-001")
    sideways = pictures.photo((1600, 1200), seed=7, orientation=6)  # phone held upright
    folder = write_files({"SOFA-001.jpg": sideways})

    report = library.import_paths([folder])

    [photo] = library.photos(product)
    assert (photo.width, photo.height) == (1200, 1600)
    assert [n.code for n in report.imported[0].notes] == ["rotated"]
    upright = library.file_path(photo.content_hash)
    assert upright is not None
    with Image.open(upright) as image:
        assert image.size == (1200, 1600)
        assert image.getexif().get(0x0112, 1) == 1
    original = hashlib.sha256(sideways).hexdigest()
    assert library.file_path(original).read_bytes() == sideways  # type: ignore[union-attr]
    with Image.open(library.thumbnail(photo.content_hash, 256)) as thumb:
        assert thumb.size == (192, 256)
    assert photo.content_hash != original


def test_folder_import_matches_skus_by_name_and_previews_first(
    library: PhotoLibrary, make_product, write_files, rows
) -> None:
    sofa = make_product("SOFA-001", "Divano")
    bag = make_product(variants=["BAG-RED", "BAG-BLU"], title="Borsa")
    wallet = make_product("WAL-7", "Portafoglio")
    folder = write_files({
        "SOFA-001_2.jpg": pictures.photo((900, 900), seed=12),
        "sofa-001 (3).JPG": pictures.photo((900, 900), seed=13),
        "SOFA-001.jpg": pictures.photo((900, 900), seed=11),
        "BAG-BLU_1.png": pictures.photo((900, 900), seed=14, fmt="PNG"),
        "WAL-7/front.jpg": pictures.photo((900, 900), seed=15),  # matched by its folder
        "UNKNOWN-9_1.jpg": pictures.photo((900, 900), seed=16),
        "notes.txt": b"remember the blue one",
        ".DS_Store": b"\x00",
    })

    plan = library.plan([folder])

    assert [(p.name, p.target.sku if p.target else None, p.number) for p in plan.photos] == [
        ("BAG-BLU_1.png", "BAG-BLU", 1),
        ("SOFA-001.jpg", "SOFA-001", None),
        ("SOFA-001_2.jpg", "SOFA-001", 2),
        ("sofa-001 (3).JPG", "SOFA-001", 3),
        ("front.jpg", "WAL-7", None),
    ]
    assert [p.name for p in plan.unmatched] == ["UNKNOWN-9_1.jpg"]
    assert [s.name for s in plan.skipped] == ["notes.txt"]
    assert rows()["photos"] == []  # the preview wrote nothing

    report = library.import_plan(plan)

    assert len(report.imported) == 5
    assert [r.name for r in report.refused] == ["UNKNOWN-9_1.jpg"]
    assert report.refused[0].message.code == "no_match"
    assert [p.file_name for p in library.photos(sofa)] == [
        "SOFA-001.jpg", "SOFA-001_2.jpg", "sofa-001 (3).JPG"]
    [bag_photo] = library.photos(bag)
    assert bag_photo.variant_id is not None  # a multi-variant product: the variant's photo
    assert library.photos(wallet)[0].variant_id is None


def test_sku_option_sends_every_file_to_one_product(
    library: PhotoLibrary, make_product, write_files
) -> None:
    make_product("SOFA-001")
    chair = make_product("CHAIR-2", "Poltrona")
    folder = write_files({"SOFA-001_1.jpg": pictures.photo((900, 900), seed=21),
                          "IMG_0042.jpg": pictures.photo((900, 900), seed=22)})

    report = library.import_paths([folder], sku="CHAIR-2")

    assert {p.product_id for p in report.imported} == {chair}
    assert [p.file_name for p in library.photos(chair)] == ["SOFA-001_1.jpg", "IMG_0042.jpg"]


def test_the_same_content_is_uploaded_once_and_reuses_its_media_id(
    library: PhotoLibrary, make_product, database, rows
) -> None:
    first, second, third = (make_product(f"P-{n}") for n in range(3))
    data = pictures.photo((1000, 1000), seed=31)

    library.add_bytes(first, data, "a.jpg")
    library.add_bytes(second, data, "a.jpg")
    uploads = [o for o in rows()["outbox"] if o["operation"] == "photo_upload"]
    assert len(uploads) == 1  # two products, one content, one upload

    digest = uploads[0]["payload"]["content_hash"]
    assert library.read_upload(digest).data == data
    assert database.run_write(lambda s: record_upload(s, digest, "med_1")) == 2
    library.add_bytes(third, data, "a.jpg")

    state = rows()
    assert [p[6] for p in state["photos"]] == ["med_1"] * 3
    assert len([o for o in state["outbox"] if o["operation"] == "photo_upload"]) == 1
    with database.read() as session:
        assert media_ids_for(session, [digest, "0" * 64]) == {digest: "med_1"}


def test_adding_the_same_photo_twice_to_a_product_keeps_one(
    library: PhotoLibrary, make_product
) -> None:
    product = make_product()
    data = pictures.photo((900, 900), seed=41)

    first = library.add_bytes(product, data, "a.jpg")
    again = library.add_bytes(product, data, "copy of a.jpg")

    assert again.photo_id == first.photo_id
    assert len(library.photos(product)) == 1


def test_many_photos_keep_their_numbered_order_whatever_the_pool_finishes_first(
    library: PhotoLibrary, make_product, twelve_mp: bytes, write_files
) -> None:
    product = make_product("SOFA-001")
    files = {f"SOFA-001_{n}.jpg": pictures.distinct(twelve_mp, n) for n in range(1, 9)}
    files["SOFA-001_3.jpg"] = pictures.photo((800, 800), seed=3)  # fast one in the middle
    threads: set[str] = set()
    folder = write_files(files)

    report = library.import_paths(
        [folder], progress=lambda p: threads.add(threading.current_thread().name))

    assert len(report.imported) == 8 and not report.refused
    assert [p.file_name for p in library.photos(product)] == [
        f"SOFA-001_{n}.jpg" for n in range(1, 9)]
    assert threading.main_thread().name in threads  # progress comes from the caller's thread


def test_cancelling_keeps_what_was_saved_and_reports_the_rest(
    library: PhotoLibrary, make_product, twelve_mp: bytes, write_files, data_dir: DataDir
) -> None:
    product = make_product("SOFA-001")
    folder = write_files({f"SOFA-001_{n}.jpg": pictures.distinct(twelve_mp, n)
                          for n in range(1, 13)})

    class Token:
        cancelled = False

    token = Token()

    def progress(p) -> None:
        if p.done >= 3:
            token.cancelled = True

    report = library.import_paths([folder], cancel=token, progress=progress)

    assert report.cancelled
    kept = library.photos(product)
    assert 3 <= len(kept) < 12
    assert len(kept) + len(report.refused) == 12
    assert {r.message.code for r in report.refused} == {"cancelled"}
    assert not list((data_dir.photos / "incoming").iterdir())


def test_add_bytes_attaches_a_drawn_demo_photo(library: PhotoLibrary, make_product) -> None:
    from sellerdesk.demo import shop

    product = make_product()
    item = shop.products()[0]

    added = library.add_bytes(product, shop.draw_photo(item), "demo.jpg")

    assert library.photos(product)[0].id == added.photo_id
    assert library.problems(added.content_hash) == []  # 1200 px square JPEG: all rules met


def test_a_process_pool_gives_the_same_result(
    database, data_dir: DataDir, make_product, write_files
) -> None:
    product = make_product("SOFA-001")
    folder = write_files({"SOFA-001_1.jpg": pictures.photo((1200, 900), seed=51),
                          "SOFA-001_2.jpg": b"not a photo"})
    library = PhotoLibrary(database, data_dir.photos, workers=2, pool="process")
    try:
        report = library.import_paths([folder])
    finally:
        library.close()

    assert [p.name for p in report.imported] == ["SOFA-001_1.jpg"]
    assert [r.message.code for r in report.refused] == ["not_image"]
    assert len(library.photos(product)) == 1


def test_a_photo_that_reads_back_identically_from_disk(library: PhotoLibrary,
                                                       make_product) -> None:
    product = make_product()
    data = pictures.photo((1000, 800), seed=61, fmt="WEBP", quality=80)

    added = library.add_bytes(product, data, "photo.webp")

    upload = library.read_upload(added.content_hash)
    assert upload.content_type == "image/webp" and upload.data == data
    with Image.open(io.BytesIO(upload.data)) as image:
        assert image.format == "WEBP"
    assert Path(library.thumbnail(added.content_hash, 256)).exists()
