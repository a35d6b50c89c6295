"""Fixtures for the gallery tests: a photo library, the window's jobs, a product with photos."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.i18n import Formatter
from sellerdesk.paths import DataDir
from sellerdesk.photos import PhotoLibrary, images
from sellerdesk.store import Database
from sellerdesk.ui.jobs import Jobs
from sellerdesk.ui.photos import PhotoGallery, ThumbnailProvider
from tests.photos import pictures


@pytest.fixture
def library(database: Database, data_dir: DataDir) -> Iterator[PhotoLibrary]:
    lib = PhotoLibrary(database, data_dir.photos, workers=2)
    yield lib
    lib.close()


@pytest.fixture
def jobs(run: Callable[..., Any]) -> Iterator[Jobs]:
    pool = Jobs()
    yield pool
    run(pool.shutdown())


@pytest.fixture
def sofa(catalogue: Catalogue, library: PhotoLibrary) -> str:
    """A two-variant sofa with three photos (thumbnail cache cleared, so it is made again)."""
    product = catalogue.create_product(ProductInput(
        texts={"it": {"title": "Divano Chianti"}},
        variants=[VariantInput(sku="SOFA-RED", price_minor=1, options={"Colore": "Rosso"}),
                  VariantInput(sku="SOFA-BLU", price_minor=1, options={"Colore": "Blu"})],
    ))
    for n in range(3):
        library.add_bytes(product, pictures.photo((1200, 900), seed=500 + n), f"sofa-{n}.jpg")
    shutil.rmtree(library.store.thumbs)
    return product


@pytest.fixture
def provider(library: PhotoLibrary, jobs: Jobs) -> ThumbnailProvider:
    return ThumbnailProvider(library, jobs)


@pytest.fixture
def gallery(qtbot: Any, library: PhotoLibrary, jobs: Jobs,
            provider: ThumbnailProvider) -> PhotoGallery:
    widget = PhotoGallery(library, jobs, Formatter("en_GB"), provider)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


@pytest.fixture
def decoding_threads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records, for every photo decode, whether it ran on the UI (main) thread."""
    seen: list[bool] = []
    for name in ("decode_for_thumbnails", "full_decode"):
        real = getattr(images, name)

        def spy(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            seen.append(threading.current_thread() is threading.main_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(images, name, spy)
    return seen
