"""A small shop for the order tests: two products (three variants), and orders in every state
written as the marketplace reports them, with nothing waiting in the outbox."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.orders.records import upsert_order
from sellerdesk.orders.service import Orders
from sellerdesk.store import Database
from sellerdesk.store.models import OutboxEntry

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
AddOrder = Callable[..., str]


@pytest.fixture
def shop(database: Database) -> Database:
    catalogue = Catalogue(database)
    catalogue.create_product(ProductInput(
        texts={"it": {"title": "Divano Chianti"}, "en": {"title": "Chianti sofa"}},
        variants=[
            VariantInput(sku="DIV-VEL-BLU", price_minor=189000, stock=4,
                         options={"Tessuto": "Velluto", "Colore": "Blu notte"}),
            VariantInput(sku="DIV-LIN-SAB", price_minor=169000, stock=2,
                         options={"Tessuto": "Lino", "Colore": "Sabbia"}),
        ], status="active"))
    catalogue.create_product(ProductInput(
        texts={"it": {"title": "Portafoglio Arno"}},
        variants=[VariantInput(sku="POR-ARN-CUO", price_minor=7500, stock=12,
                               options={"Colore": "Cuoio"})], status="active"))
    database.run_write(lambda s: s.execute(delete(OutboxEntry)))  # the marketplace's already
    return database


@pytest.fixture
def add_order(shop: Database) -> AddOrder:
    """`add_order("BR-1", [("DIV-VEL-BLU", 1)], status="awaiting_shipment", hours_left=30)`."""
    counter = iter(range(1, 10_000))

    def add(number: str, lines: list[tuple[str, int]], *, status: str = "awaiting_shipment",
            hours_left: float = 48, buyer: str = "Anna Müller", country: str = "DE",
            **extra: Any) -> str:
        placed = NOW - timedelta(hours=next(counter))
        data = {
            "number": number, "status": status,
            "buyer": {"name": buyer, "email": "anna@example.com", "country": country},
            "shipping_address": {"name": buyer, "street": "Bergmannstraße 5", "city": "Berlin",
                                 "postal_code": "10961", "region": "", "country": country},
            "currency": "EUR",
            "lines": [{"sku": sku, "title": f"Titolo {sku}", "quantity": quantity,
                       "unit_price_minor": 1000} for sku, quantity in lines],
            "placed_at": placed.isoformat(),
            "ship_by": (NOW + timedelta(hours=hours_left)).isoformat(),
            "remote_id": f"ord_{number}", **extra,
        }
        return shop.run_write(lambda s: upsert_order(s, data))

    return add


@pytest.fixture
def orders(shop: Database) -> Orders:
    return Orders(shop)
