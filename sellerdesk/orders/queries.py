"""The order list's queries: views (to ship, shipped, cancelled, problems, all), search, lazy
rows, the counts the sidebar and the view tabs show, and which orders arrived since a moment.

Everything is filtered and ordered in SQL and read in short WAL reads; the list holds ids only
and asks for the rows it paints (`rows`), so ten thousand orders cost ten thousand strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from sellerdesk.store.models import (
    Fulfilment,
    HistoryEntry,
    Order,
    OrderLine,
    OrderStatus,
    OutboxEntry,
    OutboxState,
)

TO_SHIP = (OrderStatus.PLACED, OrderStatus.AWAITING_SHIPMENT, OrderStatus.PARTIALLY_SHIPPED)
# Paid and not fully shipped: what may go on a pick list or into a parcel today.
READY = (OrderStatus.AWAITING_SHIPMENT, OrderStatus.PARTIALLY_SHIPPED)
SHIPPED = (OrderStatus.SHIPPED, OrderStatus.COMPLETED)
VIEWS: dict[str, tuple[str, ...]] = {
    "to_ship": TO_SHIP,
    "shipped": SHIPPED,
    "cancelled": (OrderStatus.CANCELLED,),
    "problems": (),
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
    is_new: bool  # nobody has opened it since it arrived, and it still needs work
    waiting_sync: bool = False  # a shipment or cancellation made here has not reached the market
    refused: bool = False  # ... and the marketplace refused it: someone must look
    problem: str | None = None

    def overdue(self, now: datetime) -> bool:
        return self.status in TO_SHIP and self.ship_by is not None and self.ship_by < now

    def to_json(self) -> dict[str, Any]:
        data = self.__dict__.copy()
        data["placed_at"] = self.placed_at.isoformat()
        data["ship_by"] = self.ship_by.isoformat() if self.ship_by else None
        return data


def _search(typed: str) -> ColumnElement[bool] | None:
    typed = typed.strip()
    if not typed:
        return None
    # What was typed is text, not a LIKE pattern: `50%` or `a_b` match themselves only
    # (autoescape adds an ESCAPE clause and escapes `%`, `_` and the escape character).
    by_sku = select(OrderLine.order_id).where(OrderLine.sku.icontains(typed, autoescape=True))
    return or_(
        Order.number.icontains(typed, autoescape=True),
        Order.buyer_name.icontains(typed, autoescape=True),
        Order.buyer_email.icontains(typed, autoescape=True),
        Order.id.in_(by_sku),
    )


def _conditions(view: str, search: str) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    statuses = VIEWS[view]
    if statuses:
        conditions.append(Order.status.in_(statuses))
    if view == "problems":
        conditions.append(Order.problem.is_not(None))
    found = _search(search)
    if found is not None:
        conditions.append(found)
    return conditions


def order_ids(session: Session, view: str = "to_ship", search: str = "") -> list[str]:
    """Orders to ship come by deadline, most urgent first; the other views newest first."""
    order = (
        (Order.ship_by.is_(None), Order.ship_by.asc(), Order.placed_at.asc())
        if view == "to_ship"
        else (Order.placed_at.desc(),)
    )
    statement = select(Order.id).where(*_conditions(view, search)).order_by(*order)
    return list(session.scalars(statement))


def _unsynced_fulfilment() -> ColumnElement[bool]:
    return exists().where(Fulfilment.order_id == Order.id,
                          Fulfilment.remote_id.is_(None)).correlate(Order)


def _outbox_for_order(*states: str) -> ColumnElement[bool]:
    """An outbox entry about this order: its own (a cancellation) or one of its shipments'."""
    shipments = select(Fulfilment.id).where(Fulfilment.order_id == Order.id).correlate(Order)
    about = or_(
        and_(OutboxEntry.entity == "order", OutboxEntry.entity_id == Order.id),
        and_(OutboxEntry.entity == "fulfilment", OutboxEntry.entity_id.in_(shipments)),
    )
    condition = [about]
    if states:
        condition.append(OutboxEntry.state.in_(states))
    return exists().where(*condition).correlate(Order)


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
        or_(_unsynced_fulfilment(), _outbox_for_order()),
        _outbox_for_order(OutboxState.REJECTED),
        Order.problem,
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
            is_new=row[10] is None and row[2] in TO_SHIP,
            waiting_sync=bool(row[11]),
            refused=bool(row[12]),
            problem=row[13],
        )
        for row in session.execute(statement)
    }


def counts(session: Session, now: datetime) -> dict[str, int]:
    """Orders to ship and how many of those are past their ship-by time (for the sidebar)."""
    to_ship = Order.status.in_(TO_SHIP)
    return {
        "to_ship": session.scalar(select(func.count()).where(to_ship)) or 0,
        "overdue": session.scalar(select(func.count()).where(to_ship, Order.ship_by < now)) or 0,
    }


def view_counts(session: Session, now: datetime) -> dict[str, int]:
    """How many orders each view holds, plus overdue and new ones, in one pass over orders."""
    to_ship = Order.status.in_(TO_SHIP)
    row = session.execute(select(
        func.count().filter(to_ship),
        func.count().filter(Order.status.in_(SHIPPED)),
        func.count().filter(Order.status == OrderStatus.CANCELLED),
        func.count().filter(Order.problem.is_not(None)),
        func.count(),
        func.count().filter(to_ship, Order.ship_by < now),
        func.count().filter(to_ship, Order.seen_at.is_(None)),
    ).select_from(Order)).one()
    keys = ("to_ship", "shipped", "cancelled", "problems", "all", "overdue", "new")
    return {key: int(value or 0) for key, value in zip(keys, row, strict=True)}


def last_arrival(session: Session) -> int:
    """The history position of the latest order the marketplace reported (0: none yet)."""
    return session.scalar(select(func.max(HistoryEntry.seq)).where(
        HistoryEntry.entity == "order", HistoryEntry.action == "create")) or 0


def arrivals_since(session: Session, seq: int) -> tuple[int, list[str]]:
    """Order numbers that arrived after history position `seq` and still wait for staff (not
    seen, not shipped): what a "new orders" notification is about. Returns the new position.

    Orders that arrive already shipped or completed (a first sync bringing the shop's past)
    are history, not news."""
    found = session.execute(
        select(HistoryEntry.seq, Order.number)
        .join(Order, Order.id == HistoryEntry.entity_id)
        .where(HistoryEntry.entity == "order", HistoryEntry.action == "create",
               HistoryEntry.seq > seq, Order.seen_at.is_(None), Order.status.in_(TO_SHIP))
        .order_by(HistoryEntry.seq)
    ).all()
    latest = max([seq, last_arrival(session)])
    return latest, [number for _seq, number in found]


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

    def view_counts(self, now: datetime) -> dict[str, int]:
        with self.db.read() as session:
            return view_counts(session, now)

    def last_arrival(self) -> int:
        with self.db.read() as session:
            return last_arrival(session)

    def arrivals_since(self, seq: int) -> tuple[int, list[str]]:
        with self.db.read() as session:
            return arrivals_since(session, seq)
