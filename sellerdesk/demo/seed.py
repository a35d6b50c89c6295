"""Fill an empty local database with the demo shop, as if it had been downloaded already.

The window then opens on a full shop at once, before the embedded marketplace has even started.
Products go through the catalogue service (validation, search, history) but leave nothing in
the outbox: they are the marketplace's, not new listings. The first sync links them to the
marketplace's copies by SKU (and orders by number) instead of creating anything twice.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.demo import shop
from sellerdesk.orders.records import upsert_order
from sellerdesk.store import Database
from sellerdesk.store.models import Order, OutboxEntry, Product, SyncState


def seed_demo(database: Database, *, now: datetime | None = None) -> int:
    """Seed when the shop has no products yet; returns how many products were added."""
    catalogue = Catalogue(database)
    if catalogue.count():
        return 0
    added = 0
    for item in shop.products():
        length, width, height = item["dimensions_mm"]
        catalogue.create_product(
            ProductInput(
                texts=item["texts"],
                variants=[
                    VariantInput(
                        sku=v["sku"],
                        price_minor=v["price_minor"],
                        currency=v["currency"],
                        stock=v["stock"],
                        options=v["options"],
                    )
                    for v in item["variants"]
                ],
                status=item["status"],
                main_language=item["main_language"],
                category=item["category"],
                brand=item["brand"],
                tags=item["tags"],
                weight_grams=item["weight_grams"],
                length_mm=length,
                width_mm=width,
                height_mm=height,
            )
        )
        added += 1

    moment = now or datetime.now(UTC)

    def add_orders(session: Session) -> None:
        for data in shop.orders(now=moment):
            order_id = upsert_order(session, data)
            placed = datetime.fromisoformat(data["placed_at"])
            if moment - placed > timedelta(days=1):  # staff have seen all but the latest ones
                order = session.get(Order, order_id)
                if order is not None:
                    order.seen_at = placed + timedelta(hours=2)

    database.run_write(add_orders)

    def downloaded(session: Session) -> None:
        session.execute(delete(OutboxEntry))
        session.execute(update(Product).values(sync_state=SyncState.SYNCED))

    database.run_write(downloaded)
    return added
