"""Shipping: a fulfillment sends some or all of what is left of an order with a carrier.

Only paid orders not fully shipped can ship; shipping more than a line's quantity is refused.
The order becomes ``partially_shipped`` or, once nothing is left, ``shipped``.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from . import carriers, preconditions
from .database import Tx
from .ids import new_id
from .orders import OPEN_FOR_SHIPPING, get_order, order_row, transition
from .problems import Problem, field_error
from .schemas import FulfillmentIn


def fulfil(
    tx: Tx, order_id: str, body: FulfillmentIn, accepted: set[int] | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Ships some or all of what is left; returns (fulfillment, order)."""
    row = order_row(tx.conn, order_id)
    preconditions.check(accepted, row["version"], get_order(tx.conn, order_id))
    if row["status"] not in OPEN_FOR_SHIPPING:
        raise Problem(
            409,
            "invalid-order-state",
            f"Order {row['number']} is {row['status']}; only paid orders not fully shipped ship.",
        )
    if body.carrier not in carriers.BY_CODE:
        raise Problem(
            422,
            "unknown-carrier",
            errors=[field_error("carrier", f"unknown carrier {body.carrier!r}")],
        )
    lines = tx.execute(
        "SELECT * FROM order_lines WHERE order_id = ? ORDER BY position", (order_id,)
    ).fetchall()
    shipping = _shipping_plan(lines, body)
    for line_id, quantity in shipping.items():
        tx.execute(
            "UPDATE order_lines SET shipped_quantity = shipped_quantity + ? WHERE id = ?",
            (quantity, line_id),
        )
    fulfillment = {
        "id": new_id("ful"),
        "carrier": body.carrier,
        "tracking_number": body.tracking_number,
        "tracking_url": body.tracking_url
        or carriers.tracking_url(body.carrier, body.tracking_number),
        "lines": [{"line_id": line_id, "quantity": qty} for line_id, qty in shipping.items()],
        "created_at": tx.at,
    }
    tx.execute(
        "INSERT INTO fulfillments (id, order_id, carrier, tracking_number, tracking_url, lines,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            fulfillment["id"],
            order_id,
            fulfillment["carrier"],
            fulfillment["tracking_number"],
            fulfillment["tracking_url"],
            json.dumps(fulfillment["lines"]),
            tx.at,
        ),
    )
    left = tx.execute(
        "SELECT COALESCE(SUM(quantity - shipped_quantity), 0) FROM order_lines WHERE order_id = ?",
        (order_id,),
    ).fetchone()[0]
    if left:
        order = transition(tx, order_id, OPEN_FOR_SHIPPING, status="partially_shipped")
    else:
        order = transition(tx, order_id, OPEN_FOR_SHIPPING, status="shipped", shipped_at=tx.at)
    return fulfillment, order


def _shipping_plan(lines: list[sqlite3.Row], body: FulfillmentIn) -> dict[str, int]:
    """line id → quantity to ship now; refuses anything beyond what is left to ship."""
    left = {line["id"]: line["quantity"] - line["shipped_quantity"] for line in lines}
    if body.lines is None:
        plan = {line_id: qty for line_id, qty in left.items() if qty > 0}
        if not plan:
            raise Problem(422, "over-shipment", "Everything in this order has shipped already.")
        return plan
    plan: dict[str, int] = {}
    errors, unknown = [], []
    for index, wanted in enumerate(body.lines):
        field = f"lines.{index}"
        if wanted.line_id is not None:
            candidates = [wanted.line_id] if wanted.line_id in left else []
        else:
            candidates = [line["id"] for line in lines if line["sku"] == wanted.sku]
        if not candidates:
            unknown.append(field_error(field, "no such line in this order (give line_id or sku)"))
            continue
        line_id = next(
            (c for c in candidates if left[c] - plan.get(c, 0) >= wanted.quantity), candidates[0]
        )
        if left[line_id] - plan.get(line_id, 0) < wanted.quantity:
            errors.append(
                field_error(
                    field + ".quantity",
                    f"only {left[line_id] - plan.get(line_id, 0)} left to ship on this line",
                )
            )
            continue
        plan[line_id] = plan.get(line_id, 0) + wanted.quantity
    if unknown:
        raise Problem(422, "validation", errors=unknown)
    if errors:
        raise Problem(422, "over-shipment", errors=errors)
    return plan
