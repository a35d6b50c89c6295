"""The aliexpress.solution order and logistics methods over the sandbox's orders.

An order's AliExpress ``order_id`` is the sandbox's order number; each order line is a child
order. Filters and times are US Pacific, to the second. Statuses: placed → PLACE_ORDER_SUCCESS,
awaiting_shipment → WAIT_SELLER_SEND_GOODS, partially_shipped → SELLER_PART_SEND_GOODS,
shipped → WAIT_BUYER_ACCEPT_GOODS, completed → FINISH, cancelled → IN_CANCEL.
"""

from __future__ import annotations

import json
import math
import sqlite3
from typing import Any

from pydantic import ValidationError

from .. import carriers, clock, fulfillments, orders
from ..problems import Problem
from ..schemas import FulfillmentIn
from ..state import SandboxState
from .catalogue import from_problem
from .protocol import business, from_iso, from_pacific, pacific, page_params, price_text, whole

STATUS_OUT = {"placed": "PLACE_ORDER_SUCCESS", "awaiting_shipment": "WAIT_SELLER_SEND_GOODS",
              "partially_shipped": "SELLER_PART_SEND_GOODS",
              "shipped": "WAIT_BUYER_ACCEPT_GOODS", "completed": "FINISH",
              "cancelled": "IN_CANCEL", "in_issue": "IN_ISSUE"}
STATUS_IN = {v: k for k, v in STATUS_OUT.items()}
MAX_PAGE_SIZE = 50


def _param(params: dict[str, str], name: str) -> dict[str, Any]:
    raw = params.get(name)
    if raw is None:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        raise business("param-invalid", f"{name} is not JSON") from None
    if not isinstance(value, dict):
        raise business("param-invalid", f"{name} must be an object")
    return value


def _money(minor: int, currency: str) -> dict[str, str]:
    return {"amount": price_text(minor), "currency_code": currency}


def order_json(data: dict[str, Any]) -> dict[str, Any]:
    currency = data["total"]["currency"]
    return {
        "order_id": data["number"],
        "order_status": STATUS_OUT[data["status"]],
        "gmt_create": pacific(from_iso(data["placed_at"])),
        "gmt_modified": pacific(from_iso(data["updated_at"])),
        "gmt_pay_success": None if not data["paid_at"] else pacific(from_iso(data["paid_at"])),
        "shipping_deadline": None if not data["ship_by"] else pacific(from_iso(data["ship_by"])),
        "buyer_info": data["buyer"],
        "receipt_address": data["shipping_address"],
        "child_order_list": [
            {"child_order_id": line["id"], "sku_code": line["sku"], "product_id":
             line["product_id"], "product_name": line["title"],
             "product_count": line["quantity"], "shipped_count": line["shipped_quantity"],
             "product_price": _money(line["unit_price"]["amount_minor"], currency)}
            for line in data["lines"]
        ],
        "logistics_info_list": [
            {"logistics_no": f["tracking_number"], "logistics_service": f["carrier"],
             "tracking_website": f["tracking_url"] or "", "gmt_send":
             pacific(from_iso(f["created_at"])), "out_ref": f["id"],
             "package_lines": [{"child_order_id": pl["line_id"], "quantity": pl["quantity"]}
                               for pl in f["lines"]]}
            for f in data["fulfillments"]
        ],
        "order_amount": _money(data["total"]["amount_minor"], currency),
        "init_oder_amount": _money(data["subtotal"]["amount_minor"], currency),
        "logistics_amount": _money(data["shipping"]["amount_minor"], currency),
    }


def _row_by_number(conn: sqlite3.Connection, number: str) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM orders WHERE number = ?", (number,)).fetchone()
    if row is None:
        raise business("order-not-exist", f"No order {number} in this store.")
    return row


def list_orders(state: SandboxState, params: dict[str, str], base: str) -> dict[str, Any]:
    query = _param(params, "param0")
    page, size = page_params(query, MAX_PAGE_SIZE)
    where: list[str] = []
    args: list[Any] = []
    for name, column in (("create_date", "placed_at"), ("modified_date", "updated_at")):
        if query.get(f"{name}_start"):
            where.append(f"{column} >= ?")
            args.append(clock.iso(from_pacific(query[f"{name}_start"])))
        if query.get(f"{name}_end"):  # inclusive to the second
            where.append(f"{column} < ?")
            args.append(clock.iso(from_pacific(query[f"{name}_end"]) + 1))
    statuses = query.get("order_status_list") or []
    if statuses:
        unknown = [s for s in statuses if s not in STATUS_IN]
        if unknown:
            raise business("param-invalid", f"unknown order status {unknown[0]}")
        where.append("status IN (" + ",".join("?" * len(statuses)) + ")")
        args.extend(STATUS_IN[s] for s in statuses)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    with state.db.read() as conn:
        total = conn.execute(f"SELECT COUNT(*) FROM orders {clause}", args).fetchone()[0]
        rows = conn.execute(f"SELECT * FROM orders {clause} ORDER BY placed_at, id"
                            " LIMIT ? OFFSET ?", [*args, size, (page - 1) * size]).fetchall()
        items = orders.orders_from_rows(conn, rows)
    return {
        "target_list": [
            {key: full[key] for key in ("order_id", "order_status", "gmt_create",
                                        "gmt_modified", "order_amount")}
            | {"product_list": [{"child_order_id": c["child_order_id"],
                                 "sku_code": c["sku_code"], "product_count": c["product_count"]}
                                for c in full["child_order_list"]]}
            for full in map(order_json, items)
        ],
        "total_count": total, "current_page": page, "page_size": size,
        "total_page": max(1, math.ceil(total / size)),
    }


def _order_id(params: dict[str, str]) -> str:
    return str(_param(params, "param1").get("order_id") or params.get("order_id") or "")


def get_order(state: SandboxState, params: dict[str, str], base: str) -> dict[str, Any]:
    with state.db.read() as conn:
        row = _row_by_number(conn, _order_id(params))
        return order_json(orders.orders_from_rows(conn, [row])[0])


def receipt_info(state: SandboxState, params: dict[str, str], base: str) -> dict[str, Any]:
    with state.db.read() as conn:
        row = _row_by_number(conn, _order_id(params))
    return json.loads(row["shipping_address"])


def logistics_services(state: SandboxState, params: dict[str, str], base: str
                       ) -> dict[str, Any]:
    return {"result_success": True, "result_list": [
        {"service_name": c["code"], "display_name": c["name"], "logistics_company": c["name"],
         "tracking_no_regex": "^\\S{4,64}$", "min_process_day": 1, "max_process_day": 5}
        for c in carriers.CARRIERS]}


def fulfil(state: SandboxState, params: dict[str, str], base: str) -> dict[str, Any]:
    """Declares a shipment. ``send_type=all`` ships what is left; ``part`` needs
    ``package_lines`` (a JSON list of child_order_id and quantity: the gateway's way to say
    which part, where the platform asks in the seller centre)."""
    number = params.get("out_ref", "")
    send_type = params.get("send_type", "all")
    if send_type not in ("all", "part"):
        raise business("param-invalid", "send_type must be all or part")
    lines = None
    if send_type == "part":
        try:
            package = json.loads(params.get("package_lines") or "null")
        except ValueError:
            raise business("param-invalid", "package_lines is not JSON") from None
        if not package or not isinstance(package, list) or not all(
                isinstance(p, dict) for p in package):
            raise business("param-invalid", "send_type=part needs package_lines (a list)")
        lines = [{"line_id": str(p.get("child_order_id") or ""),
                  "quantity": whole(p.get("quantity"), "quantity", 1)} for p in package]
    try:
        body = FulfillmentIn(carrier=params.get("service_name", ""),
                             tracking_number=params.get("logistics_no", ""),
                             tracking_url=params.get("tracking_website") or None, lines=lines)
    except ValidationError as exc:
        raise business("param-invalid", str(exc).splitlines()[0]) from None
    with state.db.write() as tx:
        row = _row_by_number(tx.conn, number)
        try:
            fulfillments.fulfil(tx, row["id"], body, None)
        except Problem as problem:
            raise from_problem(problem) from None
    return {"result_success": True}
