"""The world moving on its own: the owner editing on the website, buyers ordering and paying.

Both draw from generators seeded by the fault seed and pick among rows in a fixed order, so the
same seed and the same sequence of steps give the same edits and orders. The background ticker
steps them at the rates of the ``edits=`` and ``orders=`` faults; ``POST /admin/simulate`` steps
them on demand, which is what deterministic tests use.
"""

from __future__ import annotations

import random
import threading
from functools import cache
from typing import Any

from . import catalogue, orders, variants
from .database import Database, Tx
from .faults import FaultController
from .schemas import ProductPatch, TextPatch

_TITLE_NOTES = ("— ultimi pezzi", "— nuova collezione", "(edizione limitata)")


@cache
def demo_buyers() -> list[tuple[dict[str, str], dict[str, str]]]:
    """Buyers and addresses from the demo shop's orders: real-looking people, one source."""
    from sellerdesk.demo import shop

    seen: dict[str, tuple[dict[str, str], dict[str, str]]] = {}
    for order in shop.orders():
        seen.setdefault(order["buyer"]["email"], (order["buyer"], order["shipping_address"]))
    return [seen[email] for email in sorted(seen)]


class Simulation:
    """Holds the generators; one lock makes every step's draws happen in one piece."""

    def __init__(self, db: Database, faults: FaultController) -> None:
        self.db = db
        self.faults = faults
        self._lock = threading.Lock()
        self._generation = -1
        self._edit_rng = random.Random()
        self._buyer_rng = random.Random()

    def _rngs(self) -> tuple[random.Random, random.Random]:
        if self._generation != self.faults.generation:
            self._generation = self.faults.generation
            self._edit_rng = self.faults.rng("edits")
            self._buyer_rng = self.faults.rng("buyers")
        return self._edit_rng, self._buyer_rng

    def edit(self) -> dict[str, Any] | None:
        with self._lock, self.db.write() as tx:
            return server_edit(tx, self._rngs()[0])

    def buyer(self, currency: str) -> dict[str, Any] | None:
        with self._lock, self.db.write() as tx:
            return buyer_step(tx, self._rngs()[1], currency)


def server_edit(tx: Tx, rng: random.Random) -> dict[str, Any] | None:
    """Changes one field of one product as the owner would on the marketplace's website."""
    rows = tx.execute("SELECT id FROM products WHERE status != 'auditing' ORDER BY id").fetchall()
    kind = rng.choice(("price", "title", "description", "tags", "status"))
    if not rows:
        return None
    product = catalogue.get_product(tx.conn, rng.choice(rows)["id"])
    main = product["main_language"]
    if kind == "price":
        variant = rng.choice(product["variants"])
        price = variant["price"]["amount_minor"]
        new_price = max(100, round(price * rng.uniform(0.85, 1.15) / 500) * 500)
        variants.update_variant(tx, variant["id"], {"price_minor": new_price})
        return {"product_id": product["id"], "variant_id": variant["id"], "field": "price"}
    patch: ProductPatch
    if kind == "title":
        title = product["texts"][main]["title"]
        bare = next((title.removesuffix(" " + n) for n in _TITLE_NOTES if title.endswith(n)), None)
        patch = ProductPatch(
            texts={main: TextPatch(title=bare or f"{title} {rng.choice(_TITLE_NOTES)}")}
        )
    elif kind == "description":
        description = product["texts"][main]["description"]
        note = f"Aggiornato dal laboratorio (rev. {rng.randrange(100, 999)})."
        patch = ProductPatch(texts={main: TextPatch(description=f"{description}\n\n{note}")})
    elif kind == "tags":
        tags = list(product["tags"])
        patch = ProductPatch(
            tags=[t for t in tags if t != "saldi"] if "saldi" in tags else [*tags, "saldi"]
        )
    else:
        flipped = {"active": "inactive", "inactive": "active", "draft": "active"}
        patch = ProductPatch(status=flipped[product["status"]])
    catalogue.patch_product(tx, product["id"], None, patch)
    return {"product_id": product["id"], "field": kind}


def buyer_step(tx: Tx, rng: random.Random, currency: str) -> dict[str, Any] | None:
    """One buyer action: mostly a new order, sometimes paying one or confirming a delivery."""
    roll = rng.random()
    if roll < 0.2:
        row = tx.execute(
            "SELECT id FROM orders WHERE status = 'placed' ORDER BY placed_at, id LIMIT 1"
        ).fetchone()
        if row is not None:
            return {"order_id": orders.pay(tx, row["id"])["id"], "action": "pay"}
    elif roll < 0.3:
        row = tx.execute(
            "SELECT id FROM orders WHERE status = 'shipped' ORDER BY shipped_at, id LIMIT 1"
        ).fetchone()
        if row is not None:
            return {"order_id": orders.complete(tx, row["id"])["id"], "action": "complete"}
    on_sale = tx.execute(
        "SELECT v.sku FROM variants v JOIN products p ON p.id = v.product_id"
        " WHERE p.status = 'active' AND v.stock > 0 ORDER BY v.sku"
    ).fetchall()
    count = rng.choice((1, 1, 1, 2, 3))
    buyer, address = rng.choice(demo_buyers())
    if not on_sale:
        return None
    skus = rng.sample([row["sku"] for row in on_sale], min(count, len(on_sale)))
    order = orders.place_order(
        tx,
        buyer=buyer,
        shipping_address=address,
        lines=[orders.LineIn(sku=sku, quantity=1) for sku in skus],
        shipping_minor=0 if address["country"] == "IT" else 2900,
        currency=currency,
    )
    return {"order_id": order["id"], "action": "place"}
