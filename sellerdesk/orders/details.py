"""One order as staff need to see it: buyer, address, lines (with what is left to ship), its
shipments and whether each has reached the marketplace, notes, problem flag and history.

Read in one short session into plain frozen data, so the window can show it and the command line
can print it as JSON without either touching the ORM.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from sellerdesk.orders.messages import missing
from sellerdesk.orders.photos import main_photos
from sellerdesk.orders.queries import READY
from sellerdesk.store.models import (
    Fulfilment,
    HistoryEntry,
    Order,
    OrderLine,
    OutboxEntry,
    OutboxState,
    Product,
    Variant,
)


class ShipmentState:
    SYNCED = "synced"  # the marketplace has it
    WAITING = "waiting"  # queued here; never sent, so it can still be corrected
    SENDING = "sending"  # sent at least once without an answer: it may be there already
    REFUSED = "refused"  # the marketplace said no; correct it or cancel it


@dataclass(frozen=True)
class LineView:
    id: str
    sku: str
    title: str
    options: dict[str, str]
    quantity: int
    shipped: int  # in shipments made here or on the marketplace
    unit_price_minor: int
    photo_hash: str | None = None

    @property
    def left(self) -> int:
        return max(0, self.quantity - self.shipped)


@dataclass(frozen=True)
class ShipmentView:
    id: str
    carrier: str
    tracking_number: str
    tracking_url: str
    shipped_at: datetime
    lines: list[tuple[str, int]]  # (sku, quantity)
    state: str
    message: str | None = None  # the marketplace's words when it refused

    @property
    def correctable(self) -> bool:
        return self.state in (ShipmentState.WAITING, ShipmentState.REFUSED)


@dataclass(frozen=True)
class HistoryView:
    at: datetime
    entity: str
    action: str
    origin: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    summary: str


@dataclass(frozen=True)
class OrderDetail:
    id: str
    number: str
    status: str
    buyer_name: str
    buyer_email: str
    buyer_country: str
    shipping_address: dict[str, Any]
    currency: str
    subtotal_minor: int
    shipping_minor: int
    total_minor: int
    placed_at: datetime
    ship_by: datetime | None
    notes: str
    problem: str | None
    seen_at: datetime | None
    linked: bool  # the marketplace knows it (it has a remote id)
    cancel_pending: bool
    cancel_refused: str | None
    lines: list[LineView] = field(default_factory=list)
    shipments: list[ShipmentView] = field(default_factory=list)
    history: list[HistoryView] = field(default_factory=list)

    @property
    def can_ship(self) -> bool:
        return self.status in READY and any(line.left for line in self.lines)

    @property
    def can_cancel(self) -> bool:
        return (self.status in ("placed", "awaiting_shipment") and not self.shipments
                and not self.cancel_pending)

    @property
    def waiting_sync(self) -> bool:
        return self.cancel_pending or any(
            s.state != ShipmentState.SYNCED for s in self.shipments)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for line, view in zip(data["lines"], self.lines, strict=True):
            line["left"] = view.left
        return data


def _shipment_state(fulfilment: Fulfilment, entry: OutboxEntry | None) -> tuple[str, str | None]:
    if entry is None:
        # No outbox entry left: acknowledged (or made on the marketplace's side).
        return ShipmentState.SYNCED, None
    if entry.state == OutboxState.REJECTED:
        return ShipmentState.REFUSED, entry.last_error
    if entry.attempts:
        return ShipmentState.SENDING, entry.last_error
    return ShipmentState.WAITING, None


def load_detail(session: Session, order_id: str, language: str = "it") -> OrderDetail:
    order = session.scalar(
        select(Order).where(Order.id == order_id)
        .options(selectinload(Order.lines),
                 selectinload(Order.fulfilments).selectinload(Fulfilment.lines)))
    if order is None:
        raise missing("order_gone")
    return _detail(session, order, language)


def load_detail_by_number(session: Session, number: str, language: str = "it") -> OrderDetail:
    order_id = session.scalar(select(Order.id).where(Order.number == number))
    if order_id is None:
        raise missing("no_order", number)
    return load_detail(session, order_id, language)


def _detail(session: Session, order: Order, language: str) -> OrderDetail:
    fulfilment_ids = [f.id for f in order.fulfilments]
    entries = session.scalars(select(OutboxEntry).where(or_(
        and_(OutboxEntry.entity == "fulfilment", OutboxEntry.entity_id.in_(fulfilment_ids)),
        and_(OutboxEntry.entity == "order", OutboxEntry.entity_id == order.id),
    )).order_by(OutboxEntry.seq)).all()
    by_fulfilment = {e.entity_id: e for e in entries if e.entity == "fulfilment"}
    cancels = [e for e in entries if e.entity == "order" and e.operation == "cancel"]
    shipped: dict[str, int] = {}
    for fulfilment in order.fulfilments:
        for fl in fulfilment.lines:
            shipped[fl.order_line_id] = shipped.get(fl.order_line_id, 0) + fl.quantity
    sku_of = {line.id: line.sku for line in order.lines}
    titles, options = _variant_facts(session, order.lines, language)
    photos = main_photos(session, [line.variant_id for line in order.lines if line.variant_id])
    lines = [
        LineView(
            id=line.id, sku=line.sku, title=titles.get(line.id) or line.title,
            options=dict(line.options or options.get(line.id) or {}),
            quantity=line.quantity, shipped=shipped.get(line.id, 0),
            unit_price_minor=line.unit_price_minor,
            photo_hash=photos.get(line.variant_id) if line.variant_id else None,
        )
        for line in order.lines
    ]
    shipments = []
    for fulfilment in order.fulfilments:
        state, message = _shipment_state(fulfilment, by_fulfilment.get(fulfilment.id))
        shipments.append(ShipmentView(
            id=fulfilment.id, carrier=fulfilment.carrier,
            tracking_number=fulfilment.tracking_number, tracking_url=fulfilment.tracking_url,
            shipped_at=fulfilment.shipped_at,
            lines=[(sku_of.get(fl.order_line_id, "?"), fl.quantity) for fl in fulfilment.lines],
            state=state, message=message))
    refused = next((e.last_error or "" for e in cancels if e.state == OutboxState.REJECTED),
                   None)
    return OrderDetail(
        id=order.id, number=order.number, status=order.status, buyer_name=order.buyer_name,
        buyer_email=order.buyer_email, buyer_country=order.buyer_country,
        shipping_address=dict(order.shipping_address or {}), currency=order.currency,
        subtotal_minor=order.subtotal_minor, shipping_minor=order.shipping_minor,
        total_minor=order.total_minor, placed_at=order.placed_at, ship_by=order.ship_by,
        notes=order.notes or "", problem=order.problem, seen_at=order.seen_at,
        linked=order.remote_id is not None,
        cancel_pending=bool(cancels) and refused is None, cancel_refused=refused,
        lines=lines, shipments=shipments,
        history=_history(session, order.id, fulfilment_ids),
    )


def _variant_facts(session: Session, lines: list[OrderLine], language: str
                   ) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Titles in the reader's language and option values, from the local catalogue."""
    variant_ids = [line.variant_id for line in lines if line.variant_id]
    if not variant_ids:
        return {}, {}
    found = {v.id: v for v in session.scalars(
        select(Variant).where(Variant.id.in_(variant_ids))
        .options(selectinload(Variant.product).selectinload(Product.texts)))}
    titles: dict[str, str] = {}
    options: dict[str, dict[str, str]] = {}
    for line in lines:
        variant = found.get(line.variant_id or "")
        if variant is not None:
            titles[line.id] = variant.product.title_for(language)
            options[line.id] = {str(k): str(v) for k, v in (variant.options or {}).items()}
    return titles, options


def _history(session: Session, order_id: str, fulfilment_ids: list[str]) -> list[HistoryView]:
    entries = session.scalars(select(HistoryEntry).where(or_(
        and_(HistoryEntry.entity == "order", HistoryEntry.entity_id == order_id),
        and_(HistoryEntry.entity == "fulfilment", HistoryEntry.entity_id.in_(fulfilment_ids)),
    )).order_by(HistoryEntry.seq)).all()
    return [HistoryView(at=e.at, entity=e.entity, action=e.action, origin=e.origin,
                        before=e.before, after=e.after, summary=e.summary) for e in entries]


class OrderDetails:
    """Reading one order's detail, bound to a database (blocking: run it off the UI thread)."""

    def __init__(self, database: Any) -> None:
        self.db = database

    def get(self, order_id: str, language: str = "it") -> OrderDetail:
        with self.db.read() as session:
            return load_detail(session, order_id, language)

    def by_number(self, number: str, language: str = "it") -> OrderDetail:
        with self.db.read() as session:
            return load_detail_by_number(session, number, language)
