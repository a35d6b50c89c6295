"""The order list's queries: views (to ship, shipped, cancelled, all), search, lazy rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from sellerdesk.store.models import Order, OrderLine, OrderStatus

TO_SHIP = (OrderStatus.PLACED, OrderStatus.AWAITING_SHIPMENT, OrderStatus.PARTIALLY_SHIPPED)
SHIPPED = (OrderStatus.SHIPPED, OrderStatus.COMPLETED)
VIEWS: dict[str, tuple[str, ...]] = {
    "to_ship": TO_SHIP,
    "shipped": SHIPPED,
    "cancelled": (OrderStatus.CANCELLED,),
    "all": (),
}


@dataclass(frozen=True)
class OrderRow:
    id: str
    number: str
    status: str
    buyer_name: str
    buyer_country: str
    total_minor: int
    currency: str
    placed_at: datetime
    ship_by: datetime | None
    item_count: int
    is_new: bool

    def to_json(self) -> dict[str, Any]:
        data = self.__dict__.copy()
        data["placed_at"] = self.placed_at.isoformat()
        data["ship_by"] = self.ship_by.isoformat() if self.ship_by else None
        return data


def _conditions(view: str, search: str) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    statuses = VIEWS[view]
    if statuses:
        conditions.append(Order.status.in_(statuses))
    typed = search.strip()
    if typed:
        pattern = f"%{typed}%"
        by_sku = select(OrderLine.order_id).where(OrderLine.sku.ilike(pattern))
        conditions.append(
            or_(
                Order.number.ilike(pattern),
                Order.buyer_name.ilike(pattern),
                Order.buyer_email.ilike(pattern),
                Order.id.in_(by_sku),
            )
        )
    return conditions


def order_ids(session: Session, view: str = "to_ship", search: str = "") -> list[str]:
    """Orders to ship come by deadline, most urgent first; the other views newest first."""
    order = (
        (Order.ship_by.asc(), Order.placed_at.asc())
        if view == "to_ship"
        else (Order.placed_at.desc(),)
    )
    statement = select(Order.id).where(*_conditions(view, search)).order_by(*order)
    return list(session.scalars(statement))


def rows(session: Session, ids: list[str]) -> dict[str, OrderRow]:
    if not ids:
        return {}
    items = (
        select(func.coalesce(func.sum(OrderLine.quantity), 0))
        .where(OrderLine.order_id == Order.id)
        .scalar_subquery()
    )
    statement = select(
        Order.id,
        Order.number,
        Order.status,
        Order.buyer_name,
        Order.buyer_country,
        Order.total_minor,
        Order.currency,
        Order.placed_at,
        Order.ship_by,
        items,
        Order.seen_at,
    ).where(Order.id.in_(ids))
    return {
        row[0]: OrderRow(
            id=row[0],
            number=row[1],
            status=row[2],
            buyer_name=row[3],
            buyer_country=row[4],
            total_minor=row[5],
            currency=row[6],
            placed_at=row[7],
            ship_by=row[8],
            item_count=row[9],
            is_new=row[10] is None,
        )
        for row in session.execute(statement)
    }


def counts(session: Session, now: datetime) -> dict[str, int]:
    """Orders to ship and how many of those are past their ship-by time."""
    to_ship = Order.status.in_(TO_SHIP)
    return {
        "to_ship": session.scalar(select(func.count()).where(to_ship)) or 0,
        "overdue": session.scalar(select(func.count()).where(to_ship, Order.ship_by < now)) or 0,
    }


class OrderBrowser:
    """The order list's reads bound to a database."""

    def __init__(self, database: Any) -> None:
        self.db = database

    def ids(self, view: str = "to_ship", search: str = "") -> list[str]:
        with self.db.read() as session:
            return order_ids(session, view, search)

    def rows(self, ids: list[str]) -> dict[str, OrderRow]:
        with self.db.read() as session:
            return rows(session, ids)

    def counts(self, now: datetime) -> dict[str, int]:
        with self.db.read() as session:
            return counts(session, now)
