"""Batch price and inventory updates: many SKUs per call, each item succeeding or failing alone.

A batch may name at most 20 products and 200 SKUs; a larger one is refused whole (422) before
anything is applied. Within a batch items apply in order inside one transaction, and an item's
failure (unknown SKU, product under audit, stock below zero, stale ``expected``) is reported in
its own result without undoing the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from . import catalogue, inventory, variants
from .database import Tx
from .problems import CATALOGUE, Problem, field_error
from .schemas import InventoryItem, PriceItem

MAX_PRODUCTS = 20
MAX_SKUS = 200


def _check_size(tx: Tx, skus: Sequence[str]) -> None:
    if len(skus) > MAX_SKUS:
        raise Problem(
            422,
            "batch-too-large",
            f"{len(skus)} items; at most {MAX_SKUS} SKUs per call.",
            errors=[field_error("items", f"at most {MAX_SKUS}")],
        )
    distinct = sorted(set(skus))
    marks = ",".join("?" * len(distinct))
    products = tx.execute(
        f"SELECT COUNT(DISTINCT product_id) FROM variants WHERE sku IN ({marks})", distinct
    ).fetchone()[0]
    if products > MAX_PRODUCTS:
        raise Problem(
            422,
            "batch-too-large",
            f"The items touch {products} products; at most {MAX_PRODUCTS} per call.",
            errors=[field_error("items", f"at most {MAX_PRODUCTS} distinct products")],
        )


def _item_error(problem: Problem) -> dict[str, Any]:
    return {
        "type": f"/problems/{problem.slug}",
        "title": CATALOGUE[problem.slug][0],
        "status": problem.status,
        "detail": problem.detail,
    }


def _run(tx: Tx, skus: Sequence[str], apply: Callable[[int], dict[str, Any]]) -> dict[str, Any]:
    _check_size(tx, skus)
    results = []
    for index, sku in enumerate(skus):
        try:
            results.append({"index": index, "sku": sku, "ok": True, **apply(index)})
        except Problem as problem:
            results.append({"index": index, "sku": sku, "ok": False, "error": _item_error(problem)})
    failed = sum(1 for result in results if not result["ok"])
    return {"results": results, "succeeded": len(results) - failed, "failed": failed}


def update_prices(tx: Tx, items: list[PriceItem], currency: str) -> dict[str, Any]:
    def apply(index: int) -> dict[str, Any]:
        item = items[index]
        variant = inventory.variant_by_sku(tx.conn, item.sku)
        catalogue.editable_row(tx, variant["product_id"])
        if item.price.currency != currency:
            raise Problem(422, "currency-mismatch", f"The shop sells in {currency}.")
        if item.price.amount_minor != variant["price_minor"]:
            updated = variants.update_variant(
                tx, variant["id"], {"price_minor": item.price.amount_minor}
            )
            return {"price": updated["price"], "version": updated["version"]}
        return {"price": item.price.model_dump(), "version": variant["version"]}

    return _run(tx, [item.sku for item in items], apply)


def update_inventory(tx: Tx, items: list[InventoryItem]) -> dict[str, Any]:
    def apply(index: int) -> dict[str, Any]:
        item = items[index]
        if (item.adjust is None) == (item.set is None):
            raise Problem(422, "validation", "Give either adjust, or set with expected.")
        if item.set is not None and item.expected is None:
            raise Problem(422, "validation", "set needs expected (compare-and-set).")
        variant = inventory.variant_by_sku(tx.conn, item.sku)
        catalogue.editable_row(tx, variant["product_id"])
        if item.set is not None:
            if variant["stock"] != item.expected:
                raise Problem(
                    409,
                    "stock-mismatch",
                    f"Stock of {item.sku} is {variant['stock']}, not {item.expected}.",
                )
            delta, reason = item.set - variant["stock"], "set"
        else:
            delta, reason = item.adjust or 0, "adjust"
        if delta == 0:
            return {"stock": variant["stock"], "applied_delta": 0}
        entry = inventory.apply_delta(tx, variant, delta, reason, item.ref)  # type: ignore[arg-type]
        return {"stock": entry["stock"], "applied_delta": delta}

    return _run(tx, [item.sku for item in items], apply)
