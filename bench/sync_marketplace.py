"""A big marketplace for the sync benchmark: the sandbox's own SQLite file, filled directly.

    .venv/bin/python -m bench.sync_marketplace --out bench/data/sync/marketplace.db \
        [--products 10000] [--orders 20000] [--seed 7]

Going through the HTTP API would take minutes (30,000 requests, each under the rate limit) and
would measure nothing we care about, so rows are written the way the sandbox's own `--seed demo`
writes them: products, variants, orders, lines, fulfillments, and a change-feed entry per object
whose `data` is the object as the API serves it (built by the sandbox's own readers), so
`GET /v1/changes?since=0` replays the whole shop. Historic orders do not move stock, as in the
demo seed. Deterministic under `--seed`.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from sellerdesk.sandbox import changefeed, clock
from sellerdesk.sandbox.carriers import tracking_url
from sellerdesk.sandbox.catalogue import get_product
from sellerdesk.sandbox.database import Database, Tx
from sellerdesk.sandbox.ids import stable_id
from sellerdesk.sandbox.orders import get_order

LANGUAGES = ("it", "en", "de")
NOUNS = ("Divano", "Poltrona", "Borsa", "Vaso", "Tavolo", "Lampada", "Cuscino", "Sgabello")
ADJECTIVES = ("Chianti", "Arno", "Siena", "Lucca", "Elba", "Maremma", "Pisa", "Volterra")
COLOURS = ("Blu", "Rosso", "Verde", "Cuoio", "Nero", "Sabbia")
STATUSES = ("placed", "awaiting_shipment", "shipped", "completed", "completed", "cancelled")
CARRIERS = ("brt", "gls", "dhl", "poste-italiane")


def _meta(tx: Tx, products: int, orders: int, seed: int) -> None:
    for key, value in (("shop_name", "Bench Shop"), ("currency", "EUR"),
                       ("main_language", "it"), ("languages", ",".join(LANGUAGES)),
                       ("seeded", "bench"), ("order_counter", str(orders)),
                       ("bench", json.dumps({"products": products, "orders": orders,
                                             "seed": seed}))):
        tx.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def _product(tx: Tx, rng: random.Random, number: int) -> list[tuple[str, str, int, str]]:
    """Insert product `number`; returns its variants as (variant id, sku, price, title)."""
    product_id = stable_id("prd", "bench", number)
    name = f"{rng.choice(NOUNS)} {rng.choice(ADJECTIVES)} {number}"
    texts = {lang: {"title": f"{name} ({lang})", "description": f"{name}: " + "lorem " * 20}
             for lang in LANGUAGES[: rng.randint(1, 3)]}
    tx.execute(
        "INSERT INTO products (id, status, target_status, main_language, texts, category, brand,"
        " tags, weight_grams, dimensions_mm, media_ids, version, created_at, updated_at)"
        " VALUES (?, 'active', 'active', 'it', ?, ?, 'Bench', ?, ?, ?, '[]', 1, ?, ?)",
        (product_id, json.dumps(texts), rng.choice(NOUNS), json.dumps(["bench"]),
         rng.randrange(200, 20_000), json.dumps([400, 300, 200]), tx.at, tx.at),
    )
    variants = []
    for position in range(rng.randint(1, 3)):
        sku = f"B{number:06d}-{position}"
        price = rng.randrange(1_000, 300_000, 50)
        variant_id = stable_id("var", "bench", sku)
        tx.execute(
            "INSERT INTO variants (id, product_id, position, sku, options, price_minor, currency,"
            " stock, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'EUR', ?, 1, ?, ?)",
            (variant_id, product_id, position, sku,
             json.dumps({"Colore": COLOURS[position % len(COLOURS)]}), price,
             rng.randrange(0, 200), tx.at, tx.at),
        )
        variants.append((variant_id, sku, price, texts["it"]["title"]))
    data = get_product(tx.conn, product_id)
    changefeed.record(tx, "product", product_id, "create", 1, data)
    for variant in data["variants"]:
        changefeed.record(tx, "variant", variant["id"], "create", 1, variant)
    return [(v, s, p, t) for v, s, p, t in variants]


def _order(tx: Tx, rng: random.Random, number: int,
           catalogue: list[tuple[str, str, int, str]]) -> None:
    order_id = stable_id("ord", "bench", number)
    order_number = f"BEN-{number:06d}"
    status = rng.choice(STATUSES)
    placed = tx.now - rng.randrange(3_600, 400 * 86_400)
    tx.execute(
        "INSERT INTO orders (id, number, status, version, buyer, shipping_address, currency,"
        " shipping_minor, placed_at, ship_by, paid_at, shipped_at, completed_at, cancelled_at,"
        " cancel_reason, updated_at, updated_seq) VALUES"
        " (?, ?, ?, 1, ?, ?, 'EUR', ?, ?, NULL, ?, ?, ?, ?, ?, ?, 0)",
        (order_id, order_number, status,
         json.dumps({"name": f"Cliente {number}", "email": f"c{number}@example.com",
                     "country": "IT"}),
         json.dumps({"name": f"Cliente {number}", "line1": f"Via Roma {number % 200}",
                     "city": "Firenze", "postal_code": "50100", "country": "IT"}),
         rng.choice((0, 900, 2900)), clock.iso(placed),
         clock.iso(placed + 3_600) if status != "placed" else None,
         clock.iso(placed + 86_400) if status in ("shipped", "completed") else None,
         clock.iso(placed + 7 * 86_400) if status == "completed" else None,
         clock.iso(placed + 7_200) if status == "cancelled" else None,
         "buyer" if status == "cancelled" else None, clock.iso(placed + 7_200)),
    )
    shipped = []
    for position in range(rng.randint(1, 3)):
        variant_id, sku, price, title = rng.choice(catalogue)
        line_id = stable_id("lin", "bench", number, position)
        quantity = rng.randint(1, 2)
        done = quantity if status in ("shipped", "completed") else 0
        tx.execute(
            "INSERT INTO order_lines (id, order_id, position, sku, product_id, variant_id, title,"
            " quantity, shipped_quantity, unit_price_minor) VALUES (?, ?, ?, ?, NULL, ?, ?, ?,"
            " ?, ?)",
            (line_id, order_id, position, sku, variant_id, title, quantity, done, price),
        )
        if done:
            shipped.append({"line_id": line_id, "quantity": done})
    if shipped:
        carrier = rng.choice(CARRIERS)
        tracking = f"BEN{number:08d}"
        tx.execute(
            "INSERT INTO fulfillments (id, order_id, carrier, tracking_number, tracking_url,"
            " lines, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (stable_id("ful", "bench", number), order_id, carrier, tracking,
             tracking_url(carrier, tracking), json.dumps(shipped), clock.iso(placed + 86_400)),
        )
    seq = changefeed.record(tx, "order", order_id, "create", 1, get_order(tx.conn, order_id))
    tx.execute("UPDATE orders SET updated_seq = ? WHERE id = ?", (seq, order_id))


def generate(out: Path, *, products: int = 10_000, orders: int = 20_000, seed: int = 7) -> Path:
    """Write a sandbox file with `products` products and `orders` orders (replacing `out`)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    rng = random.Random(seed)
    db = Database(out)
    try:
        catalogue: list[tuple[str, str, int, str]] = []
        for start in range(0, products, 1_000):
            with db.write() as tx:
                if start == 0:
                    _meta(tx, products, orders, seed)
                for number in range(start, min(start + 1_000, products)):
                    catalogue += _product(tx, rng, number)
        for start in range(0, orders, 1_000):
            with db.write() as tx:
                for number in range(start, min(start + 1_000, orders)):
                    _order(tx, rng, number, catalogue)
    finally:
        db.close()
    return out


def made_with(path: Path) -> dict[str, int] | None:
    """The parameters `path` was generated with, or None if it is not a bench marketplace."""
    if not path.exists():
        return None
    db = Database(path)
    try:
        raw = db.meta("bench")
    finally:
        db.close()
    return json.loads(raw) if raw else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("bench/data/sync/marketplace.db"))
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    began = time.perf_counter()
    generate(args.out, products=args.products, orders=args.orders, seed=args.seed)
    print(f"{args.out}: {args.products} products, {args.orders} orders in "
          f"{time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
