"""Shipping orders, online or not: a shipment is committed locally with its outbox entry (and
its idempotency key) and reaches the marketplace exactly once when the sync runs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sellerdesk.errors import NotFoundError, ValidationError
from sellerdesk.store import Database
from sellerdesk.store.journal import record
from sellerdesk.store.models import Fulfilment, FulfilmentLine, Order, OrderStatus, new_id

SHIPPABLE = (OrderStatus.PLACED, OrderStatus.AWAITING_SHIPMENT, OrderStatus.PARTIALLY_SHIPPED)


def shipped_quantities(order: Order) -> dict[str, int]:
    shipped: dict[str, int] = {}
    for fulfilment in order.fulfilments:
        for line in fulfilment.lines:
            shipped[line.order_line_id] = shipped.get(line.order_line_id, 0) + line.quantity
    return shipped


class Orders:
    def __init__(self, database: Database) -> None:
        self.db = database

    def ship(self, number: str, carrier: str, tracking_number: str, *,
             lines: dict[str, int] | None = None, tracking_url: str = "") -> str:
        """Ship `lines` (SKU → quantity; all that is left when None). Returns the shipment id."""
        if not carrier.strip() or not tracking_number.strip():
            raise ValidationError("A shipment needs a carrier and a tracking number.")

        def work(session: Session) -> str:
            order = session.scalar(select(Order).where(Order.number == number).options(
                selectinload(Order.lines), selectinload(Order.fulfilments)))
            if order is None:
                raise NotFoundError(f"No order numbered {number}.")
            if order.status not in SHIPPABLE:
                raise ValidationError(f"Order {number} is {order.status}: nothing to ship.")
            shipped = shipped_quantities(order)
            wanted: list[tuple[Any, int]] = []
            for line in order.lines:
                left = line.quantity - shipped.get(line.id, 0)
                quantity = left if lines is None else lines.pop(line.sku, 0)
                if quantity > left:
                    raise ValidationError(f"Only {left} of {line.sku} are left to ship.")
                if quantity > 0:
                    wanted.append((line, quantity))
            if lines:
                raise ValidationError(f"Order {number} has no line {', '.join(lines)}.")
            if not wanted:
                raise ValidationError(f"Order {number} has nothing left to ship.")
            fulfilment = Fulfilment(id=new_id(), order_id=order.id, carrier=carrier.strip(),
                                    tracking_number=tracking_number.strip(),
                                    tracking_url=tracking_url)
            session.add(fulfilment)
            for line, quantity in wanted:
                fulfilment.lines.append(FulfilmentLine(order_line_id=line.id, quantity=quantity))
                shipped[line.id] = shipped.get(line.id, 0) + quantity
            complete = all(shipped.get(line.id, 0) >= line.quantity for line in order.lines)
            before = order.status
            order.status = OrderStatus.SHIPPED if complete else OrderStatus.PARTIALLY_SHIPPED
            session.flush()
            record(session, entity="fulfilment", entity_id=fulfilment.id, action="create",
                   before={"status": before}, after={"status": order.status},
                   summary=f"{number}: {carrier} {tracking_number}",
                   outbox=("create", {
                       "order_id": order.id, "carrier": fulfilment.carrier,
                       "tracking_number": fulfilment.tracking_number,
                       **({"tracking_url": tracking_url} if tracking_url else {}),
                       "lines": [{"sku": line.sku, "quantity": quantity}
                                 for line, quantity in wanted],
                   }))
            return fulfilment.id

        return self.db.run_write(work)
