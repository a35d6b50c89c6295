"""Helpers for the catalogue UI tests: the store as it really is after each step (history,
outbox, products read back through SQL, not through the widgets under test)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.store import Database
from sellerdesk.store.models import HistoryEntry, OutboxEntry, Product, Variant


class Store:
    """Reads a shop's database independently of the window under test."""

    def __init__(self, database: Database) -> None:
        self.db = database

    def history(self) -> list[HistoryEntry]:
        with self.db.read() as session:
            return list(session.scalars(select(HistoryEntry).order_by(HistoryEntry.seq)))

    def outbox(self) -> list[OutboxEntry]:
        with self.db.read() as session:
            return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))

    def live_products(self) -> int:
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(Product)
                                  .where(Product.deleted_at.is_(None))) or 0

    def prices(self, skus: list[str]) -> dict[str, int]:
        with self.db.read() as session:
            rows = session.execute(select(Variant.sku, Variant.price_minor)
                                   .where(Variant.sku.in_(skus), Variant.deleted_at.is_(None)))
            return dict(rows.all())

    def groups(self) -> list[str]:
        return list(dict.fromkeys(entry.group_id for entry in self.history()))


@pytest.fixture
def store() -> Callable[[Any], Store]:
    return lambda window: Store(window.ctx.database)


def fill_shop(data: DataDir, count: int, *, price: int = 1000) -> list[str]:
    """`count` one-variant products through the catalogue service, then the outbox emptied and
    the products marked synced, as if the marketplace had them already."""
    from sqlalchemy import delete, update

    from sellerdesk.store.models import SyncState

    database = Database.open(data.database)
    try:
        catalogue = Catalogue(database)

        def make(_session: Any) -> list[str]:
            return [catalogue.create_product(ProductInput(
                texts={"it": {"title": f"Vaso {n:03d}", "description": "Ceramica"}},
                variants=[VariantInput(f"VASO-{n:03d}", price + n, stock=n % 5)],
                status="active" if n % 2 else "draft", category="Ceramiche"))
                for n in range(count)]

        ids = catalogue.run_batch(make)

        def synced(session: Any) -> None:
            session.execute(delete(OutboxEntry))
            session.execute(update(Product).values(sync_state=SyncState.SYNCED))

        database.run_write(synced)
        return ids
    finally:
        database.close()
