"""First-run contents of a sandbox: ``empty`` (a shop with no products) or ``demo``.

The demo shop comes from :mod:`sellerdesk.demo.shop`, the single source of the demo catalogue,
so the local demo and the sandbox show the same shop. Seeding writes change-feed entries like any
other change, so ``GET /v1/changes?since=0`` replays the whole shop. Ids are derived from product
keys, SKUs and order numbers, so two demo sandboxes agree on them. Historic orders go in as they
stand (shipped orders get their fulfillments) and do not touch stock: the catalogue's stock is
today's. A file that was seeded before is left alone.
"""

from __future__ import annotations

import json
import random
from typing import Any

from . import changefeed, clock
from .carriers import tracking_url
from .catalogue import get_product
from .database import Database, Tx
from .ids import stable_id
from .orders import get_order

SEEDS = ("demo", "empty")
_EU = {"AT", "BE", "DE", "ES", "FR", "NL", "PL", "SE", "PT", "IE", "DK", "FI"}


def seed_if_new(db: Database, seed: str) -> None:
    if seed not in SEEDS:
        raise ValueError(f"unknown seed {seed!r}; use one of {', '.join(SEEDS)}")
    if db.meta("seeded"):
        return
    with db.write() as tx:
        if seed == "demo":
            _seed_demo(tx)
        else:
            _set_meta(tx, name="Sandbox Shop", languages=("it", "en", "fr", "de", "es"))
        tx.execute("INSERT OR REPLACE INTO meta VALUES ('seeded', ?)", (seed,))


def _set_meta(tx: Tx, *, name: str, languages: tuple[str, ...]) -> None:
    for key, value in (
        ("shop_name", name),
        ("currency", "EUR"),
        ("main_language", languages[0]),
        ("languages", ",".join(languages)),
    ):
        tx.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def _seed_demo(tx: Tx) -> None:
    from sellerdesk.demo import shop

    _set_meta(tx, name=shop.SHOP_NAME, languages=tuple(shop.LANGUAGES))
    for product in shop.products():
        _insert_product(tx, product)
    orders = sorted(shop.orders(), key=lambda order: order["placed_at"])
    for order in orders:
        _insert_order(tx, order)
    tx.execute("INSERT OR REPLACE INTO meta VALUES ('order_counter', ?)", (str(len(orders)),))


def _insert_product(tx: Tx, product: dict[str, Any]) -> None:
    product_id = stable_id("prd", product["key"])
    media_id = stable_id("med", product["key"])
    tx.execute(
        "INSERT INTO media (id, content_type, draw_key, created_at) VALUES (?, 'image/jpeg', ?, ?)",
        (media_id, product["key"], tx.at),
    )
    tx.execute(
        "INSERT INTO products (id, status, target_status, main_language, texts, category, brand,"
        " tags, weight_grams, dimensions_mm, media_ids, version, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
        (
            product_id,
            product["status"],
            product["status"],
            product["main_language"],
            json.dumps(product["texts"], ensure_ascii=False),
            product["category"],
            product["brand"],
            json.dumps(product["tags"], ensure_ascii=False),
            product["weight_grams"],
            json.dumps(product["dimensions_mm"]),
            json.dumps([media_id]),
            tx.at,
            tx.at,
        ),
    )
    for position, variant in enumerate(product["variants"]):
        tx.execute(
            "INSERT INTO variants (id, product_id, position, sku, options, price_minor, currency,"
            " stock, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            (
                stable_id("var", variant["sku"]),
                product_id,
                position,
                variant["sku"],
                json.dumps(variant["options"], ensure_ascii=False),
                variant["price_minor"],
                variant["currency"],
                variant["stock"],
                tx.at,
                tx.at,
            ),
        )
    data = get_product(tx.conn, product_id)
    changefeed.record(tx, "product", product_id, "create", 1, data)
    for variant_data in data["variants"]:
        changefeed.record(tx, "variant", variant_data["id"], "create", 1, variant_data)


def _carrier(country: str, rng: random.Random) -> str:
    if country == "IT":
        return rng.choice(["poste-italiane", "brt", "sda", "gls"])
    if country in _EU:
        return rng.choice(["gls", "dhl", "ups", "brt"])
    if country in {"CN", "HK", "SG"}:
        return "cainiao"
    return rng.choice(["dhl", "fedex", "ups"])


def _milestones(placed: float, now: float) -> dict[str, float]:
    """When a historic order was paid, shipped, completed or cancelled: after it was placed,
    before now, spaced as a real order would be."""
    span = max(now - placed, 60.0)
    hour = 3600.0
    return {
        "paid": placed + min(2 * hour, span * 0.1),
        "cancelled": placed + min(20 * hour, span * 0.3),
        "shipped": placed + min(40 * hour, span * 0.5),
        "completed": placed + min(7 * 24 * hour, span * 0.9),
    }


def _insert_order(tx: Tx, order: dict[str, Any]) -> None:
    status = order["status"]
    lines = order["lines"]
    number = order["number"]
    rng = random.Random(number)
    ship_now = _seeded_shipment(status, lines)
    if status == "partially_shipped" and ship_now is None:
        status = "awaiting_shipment"  # one item cannot ship partly
    placed = clock.parse_iso(order["placed_at"])
    at = _milestones(placed, tx.now)
    paid = status != "placed" and not (status == "cancelled" and rng.random() < 0.5)
    shipped_at = at["shipped"] if status in ("shipped", "completed") else None
    last = max(
        [placed]
        + [at["paid"]] * paid
        + [at["shipped"]] * (status in ("partially_shipped", "shipped", "completed"))
        + [at["completed"]] * (status == "completed")
        + [at["cancelled"]] * (status == "cancelled")
    )
    order_id = stable_id("ord", number)
    tx.execute(
        "INSERT INTO orders (id, number, status, version, buyer, shipping_address, currency,"
        " shipping_minor, placed_at, ship_by, paid_at, shipped_at, completed_at, cancelled_at,"
        " cancel_reason, updated_at, updated_seq) VALUES"
        " (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        (
            order_id,
            number,
            status,
            json.dumps(order["buyer"], ensure_ascii=False),
            json.dumps(order["shipping_address"], ensure_ascii=False),
            order["currency"],
            order["shipping_minor"],
            clock.iso(placed),
            clock.normalise_iso(order["ship_by"]) if order.get("ship_by") else None,
            clock.iso(at["paid"]) if paid else None,
            clock.iso(shipped_at) if shipped_at else None,
            clock.iso(at["completed"]) if status == "completed" else None,
            clock.iso(at["cancelled"]) if status == "cancelled" else None,
            "buyer" if status == "cancelled" else None,
            clock.iso(last),
        ),
    )
    shipped_lines = []
    for position, line in enumerate(lines):
        line_id = stable_id("lin", number, position)
        variant_id = stable_id("var", line["sku"])
        product_row = tx.execute(
            "SELECT product_id FROM variants WHERE id = ?", (variant_id,)
        ).fetchone()
        shipped = 0
        if status in ("shipped", "completed"):
            shipped = line["quantity"]
        elif status == "partially_shipped" and ship_now is not None:
            shipped = ship_now.get(position, 0)
        tx.execute(
            "INSERT INTO order_lines (id, order_id, position, sku, product_id, variant_id, title,"
            " quantity, shipped_quantity, unit_price_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                line_id,
                order_id,
                position,
                line["sku"],
                product_row["product_id"] if product_row else None,
                variant_id if product_row else None,
                line["title"],
                line["quantity"],
                shipped,
                line["unit_price_minor"],
            ),
        )
        if shipped:
            shipped_lines.append({"line_id": line_id, "quantity": shipped})
    if shipped_lines:
        carrier = _carrier(order["shipping_address"]["country"], rng)
        tracking = f"{carrier[:2].upper()}{rng.randrange(10**9, 10**10)}IT"
        tx.execute(
            "INSERT INTO fulfillments (id, order_id, carrier, tracking_number, tracking_url,"
            " lines, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                stable_id("ful", number),
                order_id,
                carrier,
                tracking,
                tracking_url(carrier, tracking),
                json.dumps(shipped_lines),
                clock.iso(at["shipped"]),
            ),
        )
    data = get_order(tx.conn, order_id)
    seq = changefeed.record(tx, "order", order_id, "create", 1, data)
    tx.execute("UPDATE orders SET updated_seq = ? WHERE id = ?", (seq, order_id))


def _seeded_shipment(status: str, lines: list[dict[str, Any]]) -> dict[int, int] | None:
    """For a partly shipped order: line position → quantity shipped so far."""
    if status != "partially_shipped":
        return None
    if len(lines) > 1:
        return {0: lines[0]["quantity"]}
    if lines[0]["quantity"] > 1:
        return {0: 1}
    return None
