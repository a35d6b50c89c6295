"""The gallery widget on a real store, driven on the qasync loop as the window drives it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from sellerdesk.photos import PhotoLibrary
from sellerdesk.ui.photos import PhotoGallery
from tests.photos import pictures
from tests.ui.conftest import wait_until


def _names(library: PhotoLibrary, product: str) -> list[str]:
    return [p.file_name for p in library.photos(product)]


def test_thumbnails_load_off_the_ui_thread(run: Any, gallery: PhotoGallery, sofa: str,
                                           decoding_threads: list[bool]) -> None:
    async def scenario() -> None:
        await gallery.set_product(sofa)  # type: ignore[misc]
        assert gallery.model.rowCount() == 3
        await wait_until(lambda: all(gallery.thumbnails.cached(p.content_hash, 144)
                                     for p in gallery.model.photos()))
        await wait_until(lambda: gallery.preview.picture.pixmap() is not None
                         and not gallery.preview.picture.pixmap().isNull())

    run(scenario())
    assert decoding_threads and not any(decoding_threads)  # made again, never on the UI thread
    assert gallery.title.text() == "Divano Chianti"
    assert gallery.filter.count() == 3  # all photos, and each of the two variants


def test_dragging_a_tile_reorders_and_saves(run: Any, gallery: PhotoGallery, sofa: str,
                                            library: PhotoLibrary) -> None:
    async def scenario() -> None:
        await gallery.set_product(sofa)  # type: ignore[misc]
        # What QListView does on an internal drop: moveRows on the model.
        assert gallery.model.move_photo(0, 2)
        assert [p.file_name for p in gallery.model.photos()] == ["sofa-1.jpg", "sofa-2.jpg",
                                                                 "sofa-0.jpg"]
        await wait_until(lambda: _names(library, sofa)[0] == "sofa-1.jpg")

    run(scenario())
    assert _names(library, sofa) == ["sofa-1.jpg", "sofa-2.jpg", "sofa-0.jpg"]


def test_keyboard_moves_set_main_and_remove(run: Any, gallery: PhotoGallery, sofa: str,
                                            library: PhotoLibrary) -> None:
    async def scenario() -> None:
        await gallery.set_product(sofa)  # type: ignore[misc]
        gallery.strip.setCurrentIndex(gallery.model.index(2))
        gallery.main_action.trigger()
        await wait_until(lambda: library.photos(sofa)[2].is_main)
        await wait_until(lambda: gallery.model.photos()[2].is_main)
        gallery.strip.setCurrentIndex(gallery.model.index(2))
        gallery.earlier_action.trigger()
        await wait_until(lambda: _names(library, sofa) == ["sofa-0.jpg", "sofa-2.jpg",
                                                           "sofa-1.jpg"])
        gallery.strip.setCurrentIndex(gallery.model.index(0))
        gallery.remove_action.trigger()
        await wait_until(lambda: len(library.photos(sofa)) == 2)
        await wait_until(lambda: gallery.model.rowCount() == 2)

    run(scenario())
    assert gallery.status.text() == "1 photo(s) removed."
    assert [p.is_main for p in library.photos(sofa)] == [True, False]


def test_dropping_files_imports_them_with_progress(
    run: Any, qtbot: Any, gallery: PhotoGallery, sofa: str, library: PhotoLibrary,
    tmp_path: Path, decoding_threads: list[bool]
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    for n in range(3):
        (folder / f"new-{n}.jpg").write_bytes(pictures.photo((1600, 1200), seed=600 + n))
    (folder / "broken.jpg").write_bytes(b"GIF? no.")
    changed: list[str] = []
    gallery.photos_changed.connect(changed.append)

    async def scenario() -> None:
        await gallery.set_product(sofa)  # type: ignore[misc]
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(folder))])
        viewport = gallery.strip.viewport()
        buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, keys)
        QApplication.sendEvent(viewport, enter)  # Qt delivers a drop to whoever took the enter
        assert enter.isAccepted()
        drop = QDropEvent(QPoint(20, 20).toPointF(), Qt.DropAction.CopyAction, mime, buttons,
                          keys)
        QApplication.sendEvent(viewport, drop)
        await wait_until(lambda: len(library.photos(sofa)) == 6)
        await wait_until(lambda: gallery.model.rowCount() == 6)

    run(scenario())
    assert changed == [sofa]
    assert gallery.status.text().startswith("3 photo(s) added. 1 file(s) not added: broken.jpg")
    assert not any(decoding_threads)


def test_cancel_stops_a_running_import(run: Any, gallery: PhotoGallery, sofa: str,
                                       library: PhotoLibrary, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    base = pictures.photo(pictures.TWELVE_MP, seed=9)
    for n in range(12):
        (folder / f"shot-{n:02}.jpg").write_bytes(pictures.distinct(base, n))
    reports: list[Any] = []
    gallery.progress.finished.connect(reports.append)

    async def scenario() -> None:
        await gallery.set_product(sofa)  # type: ignore[misc]
        gallery.import_paths([folder])
        await wait_until(lambda: gallery.progress.bar.value() >= 1)
        gallery.progress.cancel_button.click()
        await wait_until(lambda: bool(reports))
        await wait_until(lambda: not gallery.progress.running)

    run(scenario())
    [report] = reports
    assert report.cancelled
    assert 1 <= len(report.imported) < 12
    assert len(library.photos(sofa)) == 3 + len(report.imported)
    assert "The import was cancelled." in gallery.status.text()


def test_the_preview_offers_a_fix_that_clears_the_problem(
    run: Any, gallery: PhotoGallery, library: PhotoLibrary, catalogue: Any
) -> None:
    from sellerdesk.catalogue import ProductInput, VariantInput

    product = catalogue.create_product(ProductInput(
        texts={"it": {"title": "Panca"}}, variants=[VariantInput(sku="BENCH-1", price_minor=1)]))
    library.add_bytes(product, pictures.photo((2400, 800), seed=700), "panca.jpg")

    async def scenario() -> None:
        await gallery.set_product(product)  # type: ignore[misc]
        await wait_until(lambda: gallery.preview.findChild(QPushButton, "fix_pad") is not None)
        gallery.preview.findChild(QPushButton, "fix_pad").click()
        await wait_until(lambda: gallery.status.text() == "Photo fixed; the original is kept.")
        await wait_until(lambda: gallery.preview.findChild(QPushButton, "fix_pad") is None)

    run(scenario())
    [photo] = library.photos(product)
    assert (photo.width, photo.height) == (2400, 1200)
    texts = [label.text() for label in gallery.preview.findChildren(QLabel)]
    assert any("Meets the marketplace's rules." in t for t in texts)


def test_the_variant_filter_shows_what_a_buyer_of_that_variant_sees(
    run: Any, gallery: PhotoGallery, sofa: str, library: PhotoLibrary
) -> None:
    red = library.variants(sofa)[0]
    first = library.photos(sofa)[0].id
    blue = library.variants(sofa)[1]
    library.assign_variant([first], blue.id)

    async def scenario() -> None:
        await gallery.set_product(sofa)  # type: ignore[misc]
        gallery.filter.setCurrentIndex(gallery.filter.findData(red.id))
        assert [p.file_name for p in gallery.model.photos()] == ["sofa-1.jpg", "sofa-2.jpg"]
        gallery.filter.setCurrentIndex(gallery.filter.findData(blue.id))
        assert gallery.model.rowCount() == 3

    run(scenario())
