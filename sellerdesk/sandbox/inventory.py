"""Stock as a counter: every change is a delta with a reason, recorded in the change feed.

Stock changes do not bump the variant's version, so a sale never invalidates a seller's pending
price edit; the feed's ``stock`` entries carry the new level and the delta instead.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Literal

from . import changefeed
from .database import Tx
from .problems import Problem

Reason = Literal["adjust", "set", "order", "cancel", "seed"]


def variant_by_sku(conn: sqlite3.Connection, sku: str) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM variants WHERE sku = ?", (sku,)).fetchone()
    if row is None:
        raise Problem(404, "not-found", f"No SKU {sku} in this shop.")
    return row


def apply_delta(
    tx: Tx, variant: sqlite3.Row, delta: int, reason: Reason, ref: str | None = None
) -> dict[str, Any]:
    """Moves the stock of ``variant`` (a fresh row) by ``delta``; never below zero."""
    stock = int(variant["stock"]) + delta
    if stock < 0:
        raise Problem(
            409,
            "insufficient-stock",
            f"SKU {variant['sku']} has {variant['stock']} in stock; cannot take {-delta}.",
        )
    tx.execute(
        "UPDATE variants SET stock = ?, updated_at = ? WHERE id = ?", (stock, tx.at, variant["id"])
    )
    entry = {
        "product_id": variant["product_id"],
        "variant_id": variant["id"],
        "sku": variant["sku"],
        "stock": stock,
        "delta": delta,
        "reason": reason,
        "ref": ref,
    }
    changefeed.record(tx, "stock", variant["id"], "update", None, entry)
    return entry
