"""Writing orders as the marketplace reports them (the demo seed now, the sync's pull later)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sellerdesk.store.journal import record
from sellerdesk.store.models import Order, OrderLine, Variant


def _when(value: str | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def upsert_order(session: Session, data: dict[str, Any], *, group_id: str | None = None) -> str:
    """Create or refresh the order numbered `data["number"]`; returns its local id.

    Lines are matched to local variants by SKU so the pick list can show photos and options.
    Orders arrive from the marketplace, so they go to history (origin "remote") but never to the
    outbox.
    """
    order = session.scalar(select(Order).where(Order.number == data["number"]))
    created = order is None
    if order is None:
        order = Order(number=data["number"])
        session.add(order)
    buyer = data.get("buyer", {})
    previous_status = None if created else order.status
    order.status = data["status"]
    order.buyer_name = buyer.get("name", "")
    order.buyer_email = buyer.get("email", "")
    order.buyer_country = buyer.get("country", "")
    order.shipping_address = dict(data.get("shipping_address", {}))
    order.currency = data.get("currency", "EUR")
    order.placed_at = _when(data["placed_at"]) or order.placed_at
    order.ship_by = _when(data.get("ship_by"))
    order.remote_id = data.get("remote_id", order.remote_id)
    order.remote_version = data.get("remote_version", order.remote_version)
    if created:
        skus = [line["sku"] for line in data.get("lines", [])]
        variants = dict(
            session.execute(
                select(Variant.sku, Variant.id).where(
                    Variant.sku.in_(skus), Variant.deleted_at.is_(None)
                )
            ).all()
        )
        for position, line in enumerate(data.get("lines", [])):
            order.lines.append(
                OrderLine(
                    sku=line["sku"],
                    title=line.get("title", ""),
                    options=dict(line.get("options", {})),
                    quantity=int(line["quantity"]),
                    unit_price_minor=int(line["unit_price_minor"]),
                    variant_id=variants.get(line["sku"]),
                    position=position,
                    remote_id=line.get("remote_id"),
                )
            )
    order.subtotal_minor = sum(line.quantity * line.unit_price_minor for line in order.lines)
    order.shipping_minor = int(data.get("shipping_minor", 0))
    order.total_minor = order.subtotal_minor + order.shipping_minor
    session.flush()
    if not created and previous_status == order.status:
        return order.id  # nothing a person would call a change; keep the history readable
    record(
        session,
        entity="order",
        entity_id=order.id,
        action="create" if created else "update",
        before=None if created else {"status": previous_status},
        after={"status": order.status},
        group_id=group_id,
        summary=order.number,
        origin="remote",
    )
    return order.id
