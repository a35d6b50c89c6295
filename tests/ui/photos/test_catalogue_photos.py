"""Photos in the catalogue window: main-photo thumbnails in the table's photo column, the main
photo in the detail pane, the gallery in the product editor, and files dropped on the detail pane
imported into the product shown. The real window on a real shop, offscreen."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPixmap

from sellerdesk.paths import DataDir
from sellerdesk.photos import PhotoLibrary
from sellerdesk.store import Database
from sellerdesk.ui.catalogue.detail import PHOTO_SIZE
from sellerdesk.ui.catalogue.editor.dialog import PHOTOS
from sellerdesk.ui.catalogue.product_model import PHOTO, SKU, THUMB
from tests.photos import pictures
from tests.ui.catalogue.conftest import fill_shop
from tests.ui.conftest import wait_until

DECORATION = Qt.ItemDataRole.DecorationRole


def add_photos(data: DataDir, sku: str, count: int) -> list[str]:
    """Photos for the product with `sku`, through the library as an import would add them."""
    database = Database.open(data.database)
    library = PhotoLibrary(database, data.photos, workers=1)
    try:
        from sellerdesk.catalogue import Catalogue

        product_id = Catalogue(database).get_by_sku(sku).id
        return [library.add_bytes(product_id, pictures.photo((1000, 800), seed=70 + n),
                                  f"{sku}-{n}.jpg").content_hash for n in range(count)]
    finally:
        library.close()
        database.close()


def row_of_sku(model: Any, sku: str) -> int:
    return next(r for r in range(model.rowCount())
                if model.data(model.index(r, SKU)) == sku)


def test_table_thumbnail_detail_photo_and_editor_gallery(
        data_dir: DataDir, make_window: Any, qtbot: Any, run: Any, tmp_path: Path) -> None:
    fill_shop(data_dir, 3)
    hashes = add_photos(data_dir, "VASO-001", 2)
    window = make_window(data_dir)
    page = window.catalogue
    model = page.model
    library = page.photo_library
    readers: list[threading.Thread] = []
    real_thumbnail, real_mains = library.thumbnail, library.main_photos

    def thumbnail(*args: Any, **kwargs: Any) -> Any:
        readers.append(threading.current_thread())
        return real_thumbnail(*args, **kwargs)

    def main_photos(*args: Any, **kwargs: Any) -> Any:
        readers.append(threading.current_thread())
        return real_mains(*args, **kwargs)

    library.thumbnail = thumbnail  # type: ignore[method-assign]
    library.main_photos = main_photos  # type: ignore[method-assign]

    async def scenario() -> None:
        await wait_until(lambda: model.rowCount() == 3)
        with_photo = row_of_sku(model, "VASO-001")
        without = row_of_sku(model, "VASO-002")

        def decoration(row: int) -> Any:
            return model.data(model.index(row, PHOTO), DECORATION)

        first = decoration(with_photo)
        # At first a placeholder, returned at once: nothing was read on the UI thread.
        assert isinstance(first, QPixmap)
        assert first.cacheKey() == page.thumbnails.placeholder(THUMB).cacheKey()
        await wait_until(lambda: page.thumbnails.cached(hashes[0], THUMB) is not None)
        shown = decoration(with_photo)
        assert shown.cacheKey() == page.thumbnails.cached(hashes[0], THUMB).cacheKey()
        assert max(shown.width(), shown.height()) == round(THUMB * shown.devicePixelRatio())
        decoration(without)
        await wait_until(lambda: decoration(without) is None)  # no photo, no tile

        page.table.selectRow(with_photo)
        await wait_until(lambda: page.detail.product_id is not None
                         and page.thumbnails.cached(hashes[0], PHOTO_SIZE) is not None
                         and page.detail.photo.pixmap().cacheKey()
                         == page.thumbnails.cached(hashes[0], PHOTO_SIZE).cacheKey())
        assert page.detail.photo.text() == ""

        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the editor
        await wait_until(lambda: page.editor is not None and page.editor.isVisible())
        editor = page.editor
        assert editor.gallery is not None and editor.tabs.isTabEnabled(PHOTOS)
        editor.tabs.setCurrentIndex(PHOTOS)
        await wait_until(lambda: editor.gallery.model.rowCount() == 2)

        # A photo imported in the editor's gallery, made the main one: the table follows.
        extra = tmp_path / "nuova.jpg"
        extra.write_bytes(pictures.photo((1000, 800), seed=80))
        await editor.gallery.import_paths([extra])
        await wait_until(lambda: editor.gallery.model.rowCount() == 3)
        [new] = [p for p in library.photos(page.detail.product_id)
                 if p.file_name == "nuova.jpg"]
        await editor.gallery.set_main(new.id)
        await wait_until(lambda: page.thumbnails.cached(new.content_hash, THUMB) is not None
                         and decoration(with_photo).cacheKey()
                         == page.thumbnails.cached(new.content_hash, THUMB).cacheKey())
        editor.reject()

    run(scenario())
    assert readers and threading.main_thread() not in readers  # never on the UI thread


def test_files_dropped_on_the_detail_pane_are_imported(
        data_dir: DataDir, make_window: Any, run: Any, tmp_path: Path) -> None:
    fill_shop(data_dir, 2)
    photo = tmp_path / "scatto.jpg"
    photo.write_bytes(pictures.photo((1000, 800), seed=90))
    window = make_window(data_dir)
    page = window.catalogue
    model = page.model

    async def scenario() -> None:
        await wait_until(lambda: model.rowCount() == 2)
        row = row_of_sku(model, "VASO-000")
        page.table.selectRow(row)
        await wait_until(lambda: page.detail.product_id is not None)
        assert page.detail.photo.text() == "No photo yet"
        product_id = page.detail.product_id

        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(photo))])
        event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        page.detail.dropEvent(event)
        assert event.isAccepted()

        await wait_until(lambda: len(page.photo_library.photos(product_id)) == 1)
        [added] = page.photo_library.photos(product_id)
        await wait_until(lambda: page.detail.photo.pixmap() is not None
                         and page.thumbnails.cached(added.content_hash, PHOTO_SIZE) is not None
                         and page.detail.photo.pixmap().cacheKey()
                         == page.thumbnails.cached(added.content_hash, PHOTO_SIZE).cacheKey())
        model.data(model.index(row, PHOTO), DECORATION)
        await wait_until(lambda: page.thumbnails.cached(added.content_hash, THUMB) is not None)

    run(scenario())
