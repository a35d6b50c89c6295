"""Fixtures for the photo tests: a photo library on a fresh shop, products, photographs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.photos import PhotoLibrary
from sellerdesk.store import Database
from sellerdesk.store.models import HistoryEntry, OutboxEntry, Photo
from tests.photos import pictures

MakeProduct = Callable[..., str]


@pytest.fixture(scope="session")
def twelve_mp() -> bytes:
    """One 12 MP camera-like JPEG (made once per session: about a second)."""
    return pictures.photo(pictures.TWELVE_MP, seed=1)


@pytest.fixture
def library(database: Database, data_dir: DataDir) -> Iterator[PhotoLibrary]:
    lib = PhotoLibrary(database, data_dir.photos, workers=2)
    yield lib
    lib.close()


@pytest.fixture
def make_product(catalogue: Catalogue) -> MakeProduct:
    """`make_product("SOFA-001")` or with `variants=["BAG-RED", "BAG-BLUE"]`."""

    def make(sku: str = "SOFA-001", title: str = "Divano Chianti", *,
             variants: list[str] | None = None) -> str:
        skus = variants or [sku]
        return catalogue.create_product(ProductInput(
            texts={"it": {"title": title}},
            variants=[VariantInput(sku=s, price_minor=1000, options={"Colore": s.split("-")[-1]})
                      for s in skus],
        ))

    return make


@pytest.fixture
def write_files(tmp_path: Path) -> Callable[[dict[str, bytes], str], Path]:
    """Write {relative name: bytes} under a fresh folder outside the data folder."""

    def write(files: dict[str, bytes], folder: str = "camera") -> Path:
        root = tmp_path / folder
        for name, data in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        return root

    return write


@pytest.fixture
def rows(database: Database) -> Callable[..., dict[str, list[Any]]]:
    """Photo rows, history and outbox entries as plain tuples/dicts, in order."""

    def read() -> dict[str, list[Any]]:
        with database.read() as session:
            return {
                "photos": [
                    (p.product_id, p.variant_id, p.position, p.is_main, p.file_name,
                     p.content_hash, p.media_id)
                    for p in session.scalars(select(Photo).order_by(Photo.product_id,
                                                                    Photo.position))
                ],
                "history": [
                    {"entity": h.entity, "entity_id": h.entity_id, "action": h.action,
                     "group_id": h.group_id, "after": h.after, "before": h.before}
                    for h in session.scalars(select(HistoryEntry).order_by(HistoryEntry.seq))
                    if h.entity == "photo" or h.action.startswith("photos")
                ],
                "outbox": [
                    {"entity": o.entity, "entity_id": o.entity_id, "operation": o.operation,
                     "payload": o.payload}
                    for o in session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
                    if o.operation in ("photo_upload", "set_photos")
                ],
            }

    return read
