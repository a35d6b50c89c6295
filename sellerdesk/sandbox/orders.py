"""Orders and their life: placed → awaiting_shipment → partially_shipped → shipped → completed,
or cancelled before anything ships.

The seller moves an order by shipping it (fulfillments) or cancelling it; payment and delivery
happen on the buyer's side, which the admin endpoints and the buyer simulation play. Placing an
order takes its quantities off stock and cancelling puts back what had not shipped.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from . import changefeed, inventory, preconditions
from .database import Tx
from .ids import new_id
from .problems import Problem, field_error
from .schemas import INT64_MAX

MAX_PAGE = 200
OPEN_FOR_SHIPPING = ("awaiting_shipment", "partially_shipped")


@dataclass(frozen=True)
class LineIn:
    sku: str
    quantity: int
    unit_price_minor: int | None = None
    title: str | None = None


def _money(amount: int, currency: str) -> dict[str, Any]:
    return {"amount_minor": amount, "currency": currency}


def orders_from_rows(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    """Orders with lines and fulfillments, in three queries whatever the page size."""
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    marks = ",".join("?" * len(ids))
    lines: dict[str, list[sqlite3.Row]] = {order_id: [] for order_id in ids}
    for line in conn.execute(
        f"SELECT * FROM order_lines WHERE order_id IN ({marks}) ORDER BY order_id, position", ids
    ):
        lines[line["order_id"]].append(line)
    shipped: dict[str, list[dict[str, Any]]] = {order_id: [] for order_id in ids}
    for ful in conn.execute(
        f"SELECT * FROM fulfillments WHERE order_id IN ({marks}) ORDER BY created_at, id", ids
    ):
        shipped[ful["order_id"]].append(
            {
                "id": ful["id"],
                "carrier": ful["carrier"],
                "tracking_number": ful["tracking_number"],
                "tracking_url": ful["tracking_url"],
                "lines": json.loads(ful["lines"]),
                "created_at": ful["created_at"],
            }
        )
    return [_order_json(row, lines[row["id"]], shipped[row["id"]]) for row in rows]


def _order_json(
    row: sqlite3.Row, lines: list[sqlite3.Row], fulfillments: list[dict[str, Any]]
) -> dict[str, Any]:
    currency = row["currency"]
    subtotal = sum(line["quantity"] * line["unit_price_minor"] for line in lines)
    return {
        "id": row["id"],
        "number": row["number"],
        "status": row["status"],
        "version": row["version"],
        "buyer": json.loads(row["buyer"]),
        "shipping_address": json.loads(row["shipping_address"]),
        "lines": [
            {
                "id": line["id"],
                "sku": line["sku"],
                "product_id": line["product_id"],
                "variant_id": line["variant_id"],
                "title": line["title"],
                "quantity": line["quantity"],
                "shipped_quantity": line["shipped_quantity"],
                "unit_price": _money(line["unit_price_minor"], currency),
            }
            for line in lines
        ],
        "fulfillments": fulfillments,
        "subtotal": _money(subtotal, currency),
        "shipping": _money(row["shipping_minor"], currency),
        "total": _money(subtotal + row["shipping_minor"], currency),
        "placed_at": row["placed_at"],
        "ship_by": row["ship_by"],
        "paid_at": row["paid_at"],
        "shipped_at": row["shipped_at"],
        "completed_at": row["completed_at"],
        "cancelled_at": row["cancelled_at"],
        "cancel_reason": row["cancel_reason"],
        "updated_at": row["updated_at"],
    }


def order_row(conn: sqlite3.Connection, order_id: str) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM orders WHERE id = ?", (order_id,)).fetchone()
    if row is None:
        raise Problem(404, "not-found", f"No order {order_id}.")
    return row


def get_order(conn: sqlite3.Connection, order_id: str) -> dict[str, Any]:
    return orders_from_rows(conn, [order_row(conn, order_id)])[0]


def list_orders(
    conn: sqlite3.Connection,
    *,
    modified_after: str | None,
    status: str | None,
    number: str | None,
    cursor: str | None,
    limit: int,
) -> dict[str, Any]:
    """Oldest change first. The cursor is the position in the change order, so an order changed
    while a client pages moves behind the cursor and shows up again later: nothing is missed."""
    try:
        after = int(cursor or 0)
    except ValueError:
        after = -1
    if not 0 <= after <= INT64_MAX:
        raise Problem(422, "validation", errors=[field_error("cursor", "not a cursor")])
    where, params = ["updated_seq > ?"], [after]
    if modified_after:
        where.append("updated_at > ?")
        params.append(modified_after)
    if status:
        where.append("status IN (" + ",".join("?" * len(status.split(","))) + ")")
        params.extend(status.split(","))
    if number:
        where.append("number = ?")
        params.append(number)
    rows = conn.execute(
        f"SELECT * FROM orders WHERE {' AND '.join(where)} ORDER BY updated_seq LIMIT ?",
        [*params, limit + 1],
    ).fetchall()
    has_more = len(rows) > limit
    rows = rows[:limit]
    return {
        "items": orders_from_rows(conn, rows),
        "next_cursor": str(rows[-1]["updated_seq"]) if has_more else None,
        "has_more": has_more,
    }


def _record(tx: Tx, order_id: str, op: changefeed.Op) -> dict[str, Any]:
    order = get_order(tx.conn, order_id)
    seq = changefeed.record(tx, "order", order_id, op, order["version"], order)
    tx.execute("UPDATE orders SET updated_seq = ? WHERE id = ?", (seq, order_id))
    return order


def next_number(tx: Tx) -> str:
    row = tx.execute("SELECT value FROM meta WHERE key = 'order_counter'").fetchone()
    counter = int(row[0]) + 1 if row else 1
    tx.execute("INSERT OR REPLACE INTO meta VALUES ('order_counter', ?)", (str(counter),))
    return f"SBX-{counter:06d}"


def place_order(
    tx: Tx,
    *,
    buyer: dict[str, str],
    shipping_address: dict[str, str],
    lines: list[LineIn],
    shipping_minor: int,
    currency: str,
    number: str | None = None,
    placed_at: str | None = None,
    ship_by: str | None = None,
) -> dict[str, Any]:
    """A buyer's new order: only active products, and it takes its quantities off stock."""
    if not lines:
        raise Problem(422, "validation", errors=[field_error("lines", "at least one line")])
    order_id = new_id("ord")
    number = number or next_number(tx)
    tx.execute(
        "INSERT INTO orders (id, number, status, version, buyer, shipping_address, currency,"
        " shipping_minor, placed_at, ship_by, updated_at, updated_seq)"
        " VALUES (?, ?, 'placed', 1, ?, ?, ?, ?, ?, ?, ?, 0)",
        (
            order_id,
            number,
            json.dumps(buyer, ensure_ascii=False),
            json.dumps(shipping_address, ensure_ascii=False),
            currency,
            shipping_minor,
            placed_at or tx.at,
            ship_by,
            tx.at,
        ),
    )
    for position, line in enumerate(lines):
        variant = inventory.variant_by_sku(tx.conn, line.sku)
        product = tx.execute(
            "SELECT status, texts, main_language FROM products WHERE id = ?",
            (variant["product_id"],),
        ).fetchone()
        if product["status"] != "active":
            raise Problem(
                409, "invalid-order-state", f"SKU {line.sku} is not on sale ({product['status']})."
            )
        inventory.apply_delta(tx, variant, -line.quantity, "order", number)
        title = line.title or json.loads(product["texts"])[product["main_language"]]["title"]
        tx.execute(
            "INSERT INTO order_lines (id, order_id, position, sku, product_id, variant_id, title,"
            " quantity, unit_price_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new_id("lin"),
                order_id,
                position,
                line.sku,
                variant["product_id"],
                variant["id"],
                title,
                line.quantity,
                variant["price_minor"] if line.unit_price_minor is None else line.unit_price_minor,
            ),
        )
    return _record(tx, order_id, "create")


def transition(tx: Tx, order_id: str, allowed: tuple[str, ...], **fields: Any) -> dict[str, Any]:
    row = order_row(tx.conn, order_id)
    if row["status"] not in allowed:
        raise Problem(
            409,
            "invalid-order-state",
            f"Order {row['number']} is {row['status']}; this needs {' or '.join(allowed)}.",
        )
    assignments = ", ".join(f"{name} = :{name}" for name in fields)
    tx.execute(
        f"UPDATE orders SET {assignments}, version = version + 1, updated_at = :at WHERE id = :id",
        {**fields, "at": tx.at, "id": order_id},
    )
    return _record(tx, order_id, "update")


def pay(tx: Tx, order_id: str) -> dict[str, Any]:
    return transition(tx, order_id, ("placed",), status="awaiting_shipment", paid_at=tx.at)


def complete(tx: Tx, order_id: str) -> dict[str, Any]:
    return transition(tx, order_id, ("shipped",), status="completed", completed_at=tx.at)


def cancel(tx: Tx, order_id: str, reason: str, accepted: set[int] | None) -> dict[str, Any]:
    """Cancels an order nothing of which has shipped, putting its quantities back on stock."""
    row = order_row(tx.conn, order_id)
    preconditions.check(accepted, row["version"], get_order(tx.conn, order_id))
    order = transition(
        tx,
        order_id,
        ("placed", "awaiting_shipment"),
        status="cancelled",
        cancelled_at=tx.at,
        cancel_reason=reason,
    )
    for line in order["lines"]:
        variant = tx.execute("SELECT * FROM variants WHERE sku = ?", (line["sku"],)).fetchone()
        if variant is not None:
            inventory.apply_delta(tx, variant, line["quantity"], "cancel", row["number"])
    return order
