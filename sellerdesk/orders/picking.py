"""What goes on a pick list and into each parcel, gathered from the store (no layout, no Qt).

The pick list walks the shelves once: every SKU of the chosen orders on one line, with the total
to take and which orders it is for. Only what is still to ship counts, so a list printed after
part of an order went out does not send anyone back to the shelf for it. A packing slip lists
what goes into one order's parcel: what is left to ship or, for an order that has shipped
already (a slip printed again), what its latest shipment carried.

Which orders both documents cover is decided once, by `printing_selection.choose`: for the same
selection the slips are exactly the orders on the pick list, and an unpaid, flagged or shipped
order is printed only when the owner asks for it (`include`).

Titles come in the reader's language from the local catalogue (the order line keeps the title
the buyer saw as a fallback), option values from the variant.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sellerdesk.orders.details import LineView, OrderDetail, load_detail
from sellerdesk.orders.printing_selection import LeftOut, PrintSelection, choose
from sellerdesk.orders.queries import READY
from sellerdesk.store.models import Account, Order, utcnow


@dataclass(frozen=True)
class PickItem:
    sku: str
    title: str
    options: dict[str, str]
    quantity: int
    orders: tuple[tuple[str, int], ...]  # (order number, quantity for it)
    photo_hash: str | None = None


@dataclass(frozen=True)
class PickList:
    items: list[PickItem]
    order_numbers: list[str]
    created_at: datetime
    left_out: tuple[LeftOut, ...] = ()  # chosen, but not printed (and why)

    @property
    def total_quantity(self) -> int:
        return sum(item.quantity for item in self.items)

    def to_json(self) -> dict[str, Any]:
        return {"created_at": self.created_at.isoformat(), "orders": self.order_numbers,
                "items": [{"sku": i.sku, "title": i.title, "options": i.options,
                           "quantity": i.quantity, "orders": [list(o) for o in i.orders]}
                          for i in self.items]}


@dataclass(frozen=True)
class SlipLine:
    sku: str
    title: str
    options: dict[str, str]
    ordered: int
    in_parcel: int
    photo_hash: str | None = None


@dataclass(frozen=True)
class PackingSlip:
    number: str
    placed_at: datetime
    ship_by: datetime | None
    buyer_name: str
    buyer_email: str
    address: dict[str, Any]
    lines: list[SlipLine]
    carrier: str = ""
    tracking_number: str = ""
    reprint: bool = False  # the order has shipped: this is its latest parcel again


def ready_order_ids(session: Session) -> list[str]:
    """Paid orders with something left to ship and no problem flag, most urgent first: what a
    pick list covers when no order is chosen."""
    return list(session.scalars(
        select(Order.id).where(Order.status.in_(READY), Order.problem.is_(None))
        .order_by(Order.ship_by.is_(None), Order.ship_by, Order.placed_at)))


def selection_of(session: Session, order_ids: Sequence[str], language: str = "it",
           include: Collection[str] = ()) -> PrintSelection:
    """The orders both documents cover: `order_ids` less those left out (unless the owner
    asked for them in `include`); with no ids, every ready order."""
    chosen = bool(order_ids)
    ids = list(order_ids) if chosen else ready_order_ids(session)
    details = [load_detail(session, order_id, language) for order_id in dict.fromkeys(ids)]
    return choose(details, include, chosen)


def pick_list(session: Session, order_ids: Sequence[str], language: str = "it",
              now: datetime | None = None, include: Collection[str] = ()) -> PickList:
    """Aggregate what is left to ship in the selected orders by SKU (sorted by SKU, which keeps
    a product's variants together on the list as they are on the shelf). Orders flagged with a
    problem or not paid stay off the list even when chosen, unless asked for in `include`."""
    selection = selection_of(session, order_ids, language, include)
    wanted: dict[str, dict[str, Any]] = {}
    numbers: list[str] = []
    for detail in selection.orders:
        used = False
        for line in detail.lines:
            if line.left <= 0:
                continue
            used = True
            item = wanted.setdefault(line.sku, {"line": line, "quantity": 0, "orders": {}})
            item["quantity"] += line.left
            item["orders"][detail.number] = item["orders"].get(detail.number, 0) + line.left
        if used:
            numbers.append(detail.number)
    items = []
    for sku in sorted(wanted):
        line: LineView = wanted[sku]["line"]
        items.append(PickItem(sku=sku, title=line.title, options=line.options,
                              quantity=wanted[sku]["quantity"],
                              orders=tuple(wanted[sku]["orders"].items()),
                              photo_hash=line.photo_hash))
    return PickList(items=items, order_numbers=numbers, created_at=now or utcnow(),
                    left_out=tuple(selection.left_out))


def packing_slips(session: Session, order_ids: Sequence[str], language: str = "it",
                  include: Collection[str] = ()) -> list[PackingSlip]:
    """One slip per selected order, in the order given (the list's: most urgent first): the
    same orders as the pick list of the same selection. A shipped order asked for in
    `include` is its latest parcel again."""
    slips = []
    for detail in selection_of(session, order_ids, language, include).orders:
        slip = _slip(detail)
        if slip.lines:
            slips.append(slip)
    return slips


def _slip(detail: OrderDetail) -> PackingSlip:
    left = [line for line in detail.lines if line.left > 0]
    carrier = tracking = ""
    reprint = False
    if left:
        parcel = {line.id: line.left for line in left}
    elif detail.shipments:
        latest = detail.shipments[-1]
        carrier, tracking, reprint = latest.carrier, latest.tracking_number, True
        by_sku: dict[str, int] = {}
        for sku, quantity in latest.lines:
            by_sku[sku] = by_sku.get(sku, 0) + quantity
        parcel = {}
        for line in detail.lines:
            take = min(line.quantity, by_sku.get(line.sku, 0))
            if take:
                parcel[line.id] = take
                by_sku[line.sku] -= take
    else:
        parcel = {}
    lines = [SlipLine(sku=line.sku, title=line.title, options=line.options,
                      ordered=line.quantity, in_parcel=parcel[line.id],
                      photo_hash=line.photo_hash)
             for line in detail.lines if line.id in parcel]
    return PackingSlip(number=detail.number, placed_at=detail.placed_at,
                       ship_by=detail.ship_by, buyer_name=detail.buyer_name,
                       buyer_email=detail.buyer_email, address=detail.shipping_address,
                       lines=lines, carrier=carrier, tracking_number=tracking, reprint=reprint)


class OrderDocuments:
    """The reads behind the printed documents, bound to a database (run off the UI thread)."""

    def __init__(self, database: Any) -> None:
        self.db = database

    def ready_ids(self) -> list[str]:
        with self.db.read() as session:
            return ready_order_ids(session)

    def selection(self, order_ids: Sequence[str], language: str = "it",
                  include: Collection[str] = ()) -> PrintSelection:
        """What both documents would cover, and what is left out and why (for the message
        when nothing is left: `selection(...).nothing_to_print()`)."""
        with self.db.read() as session:
            return selection_of(session, order_ids, language, include)

    def pick_list(self, order_ids: Sequence[str], language: str = "it",
                  include: Collection[str] = ()) -> PickList:
        with self.db.read() as session:
            return pick_list(session, order_ids, language, include=include)

    def packing_slips(self, order_ids: Sequence[str], language: str = "it",
                      include: Collection[str] = ()) -> list[PackingSlip]:
        with self.db.read() as session:
            return packing_slips(session, order_ids, language, include)

    def shop_name(self, default: str) -> str:
        """The name printed on documents: the connected shop's, else `default`."""
        with self.db.read() as session:
            name = session.scalar(select(Account.shop_name).where(Account.shop_name != "")
                                  .order_by(Account.created_at).limit(1))
        return name or default
