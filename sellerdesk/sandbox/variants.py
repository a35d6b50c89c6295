"""Variant changes: add, edit (SKU, options, price), delete; each under its product's audit rule.

A variant's ``version`` covers its SKU, options and price; stock is a counter without a version
(see :mod:`.inventory`), so a sale never makes a pending price edit stale.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from . import changefeed, preconditions
from .catalogue import check_price, check_sku_free, editable_row, insert_variant, variant_json
from .database import Tx
from .problems import Problem, field_error
from .schemas import VariantIn, VariantPatch


def variant_row(conn: sqlite3.Connection, product_id: str, variant_id: str) -> sqlite3.Row:
    row = conn.execute(
        "SELECT * FROM variants WHERE id = ? AND product_id = ?", (variant_id, product_id)
    ).fetchone()
    if row is None:
        raise Problem(404, "not-found", f"No variant {variant_id} in product {product_id}.")
    return row


def add_variant(tx: Tx, product_id: str, body: VariantIn, *, currency: str) -> dict[str, Any]:
    editable_row(tx, product_id)
    check_sku_free(tx.conn, body.sku, "sku")
    check_price(body.price, currency, "price.currency")
    position = tx.execute(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM variants WHERE product_id = ?", (product_id,)
    ).fetchone()[0]
    variant_id = insert_variant(tx, product_id, position, body)
    variant = variant_json(variant_row(tx.conn, product_id, variant_id))
    changefeed.record(tx, "variant", variant_id, "create", 1, variant)
    return variant


def patch_variant(
    tx: Tx,
    product_id: str,
    variant_id: str,
    accepted: set[int] | None,
    patch: VariantPatch,
    *,
    currency: str,
) -> dict[str, Any]:
    editable_row(tx, product_id)
    row = variant_row(tx.conn, product_id, variant_id)
    current = variant_json(row)
    preconditions.check(accepted, row["version"], current)
    given = patch.model_fields_set
    updates: dict[str, Any] = {}
    if "sku" in given and patch.sku is not None and patch.sku != row["sku"]:
        check_sku_free(tx.conn, patch.sku, "sku")
        updates["sku"] = patch.sku
    if "options" in given and patch.options is not None and patch.options != current["options"]:
        updates["options"] = json.dumps(patch.options, ensure_ascii=False)
    if "price" in given and patch.price is not None:
        check_price(patch.price, currency, "price.currency")
        if patch.price.amount_minor != row["price_minor"]:
            updates["price_minor"] = patch.price.amount_minor
    if not updates:
        return current
    return update_variant(tx, variant_id, updates)


def update_variant(tx: Tx, variant_id: str, updates: dict[str, Any]) -> dict[str, Any]:
    """Writes already-checked column values, bumps the version and records the change."""
    assignments = ", ".join(f"{name} = :{name}" for name in updates)
    tx.execute(
        f"UPDATE variants SET {assignments}, version = version + 1, updated_at = :at"
        " WHERE id = :id",
        {**updates, "at": tx.at, "id": variant_id},
    )
    row = tx.execute("SELECT * FROM variants WHERE id = ?", (variant_id,)).fetchone()
    variant = variant_json(row)
    changefeed.record(tx, "variant", variant_id, "update", variant["version"], variant)
    return variant


def delete_variant(tx: Tx, product_id: str, variant_id: str, accepted: set[int] | None) -> None:
    editable_row(tx, product_id)
    row = variant_row(tx.conn, product_id, variant_id)
    preconditions.check(accepted, row["version"], variant_json(row))
    count = tx.execute(
        "SELECT COUNT(*) FROM variants WHERE product_id = ?", (product_id,)
    ).fetchone()[0]
    if count <= 1:
        raise Problem(
            422,
            "validation",
            "A product keeps at least one variant; delete the product instead.",
            errors=[field_error("variant_id", "last variant")],
        )
    tx.execute("DELETE FROM variants WHERE id = ?", (variant_id,))
    changefeed.record(tx, "variant", variant_id, "delete", row["version"], None)
