"""Helpers for the store tests: raw looks at a database file and a quick way to make products."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput

RawRows = Callable[..., list[tuple[Any, ...]]]
MakeProduct = Callable[..., str]


def _raw_rows(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


@pytest.fixture
def raw() -> RawRows:
    """`raw(path, sql, params)`: rows read with plain sqlite3, outside SellerDesk's engines."""
    return _raw_rows


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
