"""Products: reading them (variants included), creating, editing, deleting, and their audit.

Versions: a product's ``version`` covers its own fields; each variant has its own; stock has none
(it is a counter, see :mod:`.inventory`). So a sale never makes a seller's price edit stale.
A new product is *auditing* until ``audit_ends_at`` and refuses edits meanwhile, as on AliExpress.
"""

from __future__ import annotations

import json
import math
import sqlite3
from typing import Any

from . import changefeed, clock, preconditions
from .database import Tx
from .ids import new_id
from .problems import Problem, field_error
from .schemas import Money, ProductIn, ProductPatch, VariantIn

MAX_PAGE = 200


def variant_json(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "product_id": row["product_id"],
        "sku": row["sku"],
        "options": json.loads(row["options"]),
        "price": {"amount_minor": row["price_minor"], "currency": row["currency"]},
        "stock": row["stock"],
        "version": row["version"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def _product_json(row: sqlite3.Row, variants: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "status": row["status"],
        "audit_ends_at": None if row["audit_ends_at"] is None else clock.iso(row["audit_ends_at"]),
        "main_language": row["main_language"],
        "texts": json.loads(row["texts"]),
        "category": row["category"],
        "brand": row["brand"],
        "tags": json.loads(row["tags"]),
        "weight_grams": row["weight_grams"],
        "dimensions_mm": None if row["dimensions_mm"] is None else json.loads(row["dimensions_mm"]),
        "media_ids": json.loads(row["media_ids"]),
        "variants": variants,
        "version": row["version"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def products_from_rows(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    """Products with their variants, in two queries whatever the page size."""
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    marks = ",".join("?" * len(ids))
    by_product: dict[str, list[dict[str, Any]]] = {pid: [] for pid in ids}
    for variant in conn.execute(
        f"SELECT * FROM variants WHERE product_id IN ({marks}) ORDER BY product_id, position",
        ids,
    ):
        by_product[variant["product_id"]].append(variant_json(variant))
    return [_product_json(row, by_product[row["id"]]) for row in rows]


def product_row(conn: sqlite3.Connection, product_id: str) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM products WHERE id = ?", (product_id,)).fetchone()
    if row is None:
        raise Problem(404, "not-found", f"No product {product_id}.")
    return row


def get_product(conn: sqlite3.Connection, product_id: str) -> dict[str, Any]:
    return products_from_rows(conn, [product_row(conn, product_id)])[0]


def list_products(
    conn: sqlite3.Connection, *, status: str | None, sku: str | None, cursor: str | None, limit: int
) -> dict[str, Any]:
    """A page in id order; ``next_cursor`` is the last id, opaque to clients."""
    where, params = ["id > ?"], [cursor or ""]
    if status:
        where.append("status = ?")
        params.append(status)
    if sku:
        where.append("id IN (SELECT product_id FROM variants WHERE sku = ?)")
        params.append(sku)
    rows = conn.execute(
        f"SELECT * FROM products WHERE {' AND '.join(where)} ORDER BY id LIMIT ?",
        [*params, limit + 1],
    ).fetchall()
    items = products_from_rows(conn, rows[:limit])
    has_more = len(rows) > limit
    return {
        "items": items,
        "next_cursor": items[-1]["id"] if has_more else None,
        "has_more": has_more,
    }


def check_price(price: Money, currency: str, field: str) -> None:
    if price.currency != currency:
        raise Problem(
            422,
            "currency-mismatch",
            f"The shop sells in {currency}.",
            errors=[field_error(field, f"must be {currency}")],
        )


def _check_media(conn: sqlite3.Connection, media_ids: list[str]) -> None:
    if not media_ids:
        return
    marks = ",".join("?" * len(media_ids))
    known = {r[0] for r in conn.execute(f"SELECT id FROM media WHERE id IN ({marks})", media_ids)}
    missing = [media_id for media_id in media_ids if media_id not in known]
    if missing:
        raise Problem(
            422,
            "unknown-media",
            errors=[field_error("media_ids", f"unknown media {m}") for m in missing],
        )


def check_sku_free(conn: sqlite3.Connection, sku: str, field: str) -> None:
    if conn.execute("SELECT 1 FROM variants WHERE sku = ?", (sku,)).fetchone():
        raise Problem(
            409,
            "duplicate-sku",
            f"SKU {sku} already exists in this shop.",
            errors=[field_error(field, "already used")],
        )


def insert_variant(tx: Tx, product_id: str, position: int, variant: VariantIn) -> str:
    variant_id = new_id("var")
    tx.execute(
        "INSERT INTO variants (id, product_id, position, sku, options, price_minor, currency,"
        " stock, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
        (
            variant_id,
            product_id,
            position,
            variant.sku,
            json.dumps(variant.options, ensure_ascii=False),
            variant.price.amount_minor,
            variant.price.currency,
            variant.stock,
            tx.at,
            tx.at,
        ),
    )
    return variant_id


def create_product(tx: Tx, body: ProductIn, *, audit_delay: float, currency: str) -> dict[str, Any]:
    if body.main_language not in body.texts:
        raise Problem(
            422,
            "validation",
            errors=[field_error("texts", f"needs the main language {body.main_language!r}")],
        )
    _check_media(tx.conn, body.media_ids)
    seen: set[str] = set()
    for index, variant in enumerate(body.variants):
        field = f"variants.{index}.sku"
        if variant.sku in seen:
            raise Problem(409, "duplicate-sku", errors=[field_error(field, "repeated in request")])
        seen.add(variant.sku)
        check_sku_free(tx.conn, variant.sku, field)
        check_price(variant.price, currency, f"variants.{index}.price.currency")
    product_id = new_id("prd")
    auditing = audit_delay > 0
    tx.execute(
        "INSERT INTO products (id, status, target_status, audit_ends_at, main_language, texts,"
        " category, brand, tags, weight_grams, dimensions_mm, media_ids, version, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
        (
            product_id,
            "auditing" if auditing else body.status,
            body.status,
            tx.now + audit_delay if auditing else None,
            body.main_language,
            json.dumps({k: v.model_dump() for k, v in body.texts.items()}, ensure_ascii=False),
            body.category,
            body.brand,
            json.dumps(body.tags, ensure_ascii=False),
            body.weight_grams,
            None if body.dimensions_mm is None else json.dumps(body.dimensions_mm),
            json.dumps(body.media_ids),
            tx.at,
            tx.at,
        ),
    )
    for position, variant in enumerate(body.variants):
        insert_variant(tx, product_id, position, variant)
    product = get_product(tx.conn, product_id)
    changefeed.record(tx, "product", product_id, "create", 1, product)
    for variant_data in product["variants"]:
        changefeed.record(tx, "variant", variant_data["id"], "create", 1, variant_data)
    return product


def finish_audit(tx: Tx, product_id: str) -> None:
    tx.execute(
        "UPDATE products SET status = target_status, audit_ends_at = NULL,"
        " version = version + 1, updated_at = ? WHERE id = ? AND status = 'auditing'",
        (tx.at, product_id),
    )
    product = get_product(tx.conn, product_id)
    changefeed.record(tx, "product", product_id, "update", product["version"], product)


def settle_audits(tx: Tx) -> int:
    """Ends every audit that is due; returns how many ended."""
    due = tx.execute(
        "SELECT id FROM products WHERE status = 'auditing' AND audit_ends_at <= ? ORDER BY id",
        (tx.now,),
    ).fetchall()
    for row in due:
        finish_audit(tx, row["id"])
    return len(due)


def next_audit_due(conn: sqlite3.Connection) -> float | None:
    row = conn.execute(
        "SELECT MIN(audit_ends_at) FROM products WHERE status = 'auditing'"
    ).fetchone()
    return None if row[0] is None else float(row[0])


def audit_problem(row: sqlite3.Row, now: float) -> Problem:
    wait = max(1, math.ceil(row["audit_ends_at"] - now))
    return Problem(
        409,
        "product-auditing",
        f"Product {row['id']} is being audited for about {wait} more second(s).",
        retryable=True,
        headers={"Retry-After": str(wait)},
    )


def editable_row(tx: Tx, product_id: str) -> sqlite3.Row:
    """The product's row, refusing while its audit runs and closing an audit that is due."""
    row = product_row(tx.conn, product_id)
    if row["status"] == "auditing":
        if row["audit_ends_at"] > tx.now:
            raise audit_problem(row, tx.now)
        finish_audit(tx, product_id)
        row = product_row(tx.conn, product_id)
    return row


def patch_product(
    tx: Tx, product_id: str, accepted: set[int] | None, patch: ProductPatch
) -> dict[str, Any]:
    row = editable_row(tx, product_id)
    current = get_product(tx.conn, product_id)
    preconditions.check(accepted, row["version"], current)
    given = patch.model_fields_set
    if "main_language" in given and patch.main_language != row["main_language"]:
        raise Problem(422, "main-language-fixed", errors=[field_error("main_language", "fixed")])
    updates: dict[str, Any] = {}
    if "texts" in given and patch.texts is not None:
        updates["texts"] = _merged_texts(current["texts"], patch, row["main_language"])
    for name in ("status", "category", "brand", "tags", "weight_grams", "dimensions_mm"):
        if name in given:
            value = getattr(patch, name)
            if name == "status" and value is None:
                raise Problem(422, "validation", errors=[field_error("status", "cannot be null")])
            updates[name] = value
    if "media_ids" in given:
        _check_media(tx.conn, patch.media_ids or [])
        updates["media_ids"] = patch.media_ids or []
    updates = {name: value for name, value in updates.items() if current[name] != value}
    if not updates:
        return current
    encoded = {
        name: json.dumps(value, ensure_ascii=False)
        if name in ("texts", "tags", "media_ids") or (name == "dimensions_mm" and value is not None)
        else value
        for name, value in updates.items()
    }
    if "status" in encoded:
        encoded["target_status"] = encoded["status"]
    assignments = ", ".join(f"{name} = :{name}" for name in encoded)
    tx.execute(
        f"UPDATE products SET {assignments}, version = version + 1, updated_at = :at"
        " WHERE id = :id",
        {**encoded, "at": tx.at, "id": product_id},
    )
    product = get_product(tx.conn, product_id)
    changefeed.record(tx, "product", product_id, "update", product["version"], product)
    return product


def _merged_texts(
    texts: dict[str, dict[str, str]], patch: ProductPatch, main_language: str
) -> dict[str, dict[str, str]]:
    merged = {lang: dict(text) for lang, text in texts.items()}
    for lang, text in (patch.texts or {}).items():
        field = f"texts.{lang}"
        if text is None:
            if lang == main_language:
                raise Problem(422, "main-language-fixed", errors=[field_error(field, "required")])
            merged.pop(lang, None)
            continue
        changes = text.model_dump(exclude_unset=True)
        if lang not in merged and "title" not in changes:
            raise Problem(422, "validation", errors=[field_error(field + ".title", "required")])
        if changes.get("title", "") is None:
            raise Problem(422, "validation", errors=[field_error(field + ".title", "not null")])
        entry = merged.setdefault(lang, {"title": "", "description": ""})
        entry.update({k: ("" if v is None else v) for k, v in changes.items()})
    return merged


def delete_product(tx: Tx, product_id: str, accepted: set[int] | None) -> None:
    row = editable_row(tx, product_id)
    current = get_product(tx.conn, product_id)
    preconditions.check(accepted, row["version"], current)
    tx.execute("DELETE FROM products WHERE id = ?", (product_id,))
    for variant in current["variants"]:
        changefeed.record(tx, "variant", variant["id"], "delete", variant["version"], None)
    changefeed.record(tx, "product", product_id, "delete", row["version"], None)
