"""Helpers for the catalogue tests: making products and reading what a write recorded."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.store import Database
from sellerdesk.store.models import HistoryEntry, OutboxEntry

MakeProduct = Callable[..., str]
Entries = Callable[..., list[dict[str, Any]]]


@pytest.fixture
def make_product(catalogue: Catalogue) -> MakeProduct:
    """Create a product: `make_product("DIV3-CH", "Divano", price=129900, stock=3, ...)`."""

    def make(
        sku: str = "DIV3-CH",
        title: str = "Divano tre posti",
        *,
        price: int = 129900,
        stock: int = 3,
        description: str = "",
        texts: dict[str, dict[str, str]] | None = None,
        variants: list[VariantInput] | None = None,
        **fields: Any,
    ) -> str:
        all_texts = {"it": {"title": title, "description": description}}
        all_texts.update(texts or {})
        return catalogue.create_product(
            ProductInput(
                texts=all_texts,
                variants=variants or [VariantInput(sku=sku, price_minor=price, stock=stock)],
                **fields,
            )
        )

    return make


@pytest.fixture
def history(database: Database) -> Entries:
    """`history(entity_id=None)`: history entries as dicts, oldest first."""

    def read(entity_id: str | None = None) -> list[dict[str, Any]]:
        query = select(HistoryEntry).order_by(HistoryEntry.seq)
        if entity_id is not None:
            query = query.where(HistoryEntry.entity_id == entity_id)
        with database.read() as session:
            return [
                {
                    "group_id": e.group_id,
                    "entity": e.entity,
                    "entity_id": e.entity_id,
                    "action": e.action,
                    "origin": e.origin,
                    "summary": e.summary,
                    "before": e.before,
                    "after": e.after,
                }
                for e in session.scalars(query)
            ]

    return read


@pytest.fixture
def outbox(database: Database) -> Entries:
    """`outbox(entity_id=None)`: outbox entries as dicts, in push order."""

    def read(entity_id: str | None = None) -> list[dict[str, Any]]:
        query = select(OutboxEntry).order_by(OutboxEntry.seq)
        if entity_id is not None:
            query = query.where(OutboxEntry.entity_id == entity_id)
        with database.read() as session:
            return [
                {
                    "entity": e.entity,
                    "entity_id": e.entity_id,
                    "operation": e.operation,
                    "payload": e.payload,
                    "idempotency_key": e.idempotency_key,
                    "state": e.state,
                    "attempts": e.attempts,
                }
                for e in session.scalars(query)
            ]

    return read
