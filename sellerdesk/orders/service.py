"""What staff do to orders, online or not: ship (and correct a shipment until it syncs), cancel,
flag a problem, keep notes, mark as seen.

Every change commits locally first, in one transaction with the outbox entry that carries it to
the marketplace (and its idempotency key), so it reaches the marketplace exactly once when the
sync runs, however often the connection drops.

Stock. Shipping moves no stock here, on purpose: the marketplace takes an order's quantities off
stock when the order is placed (and the sync brings that level down to us), so the goods leaving
the workshop were already counted. A local stock delta on shipping would take them off a second
time, on both sides. Cancelling is the mirror image: the marketplace puts back what had not
shipped, and the next sync brings the level back; a local delta would count it twice. So
"stock moves accordingly" means: at the moment the marketplace says it does, never twice.

Corrections. A shipment can be corrected or withdrawn while it has never been sent (or after the
marketplace refused it). Once a request has gone out without an answer the marketplace may hold
it already, and changing our copy would make the two disagree for good; staff are told to wait
for the sync and correct it on the marketplace. A correction replaces the outbox entry with a new
one (new sequence number and key) rather than editing it, so a push that picked up the old entry
in the same instant can only retire the old entry, never the correction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from sellerdesk.errors import ValidationError
from sellerdesk.orders import tracking
from sellerdesk.orders.messages import (
    OrderMessage,
    invalid,
    missing,
    not_shippable,
    problem_code,
)
from sellerdesk.orders.queries import READY
from sellerdesk.store import Database
from sellerdesk.store.journal import record
from sellerdesk.store.models import (
    Fulfilment,
    FulfilmentLine,
    Order,
    OrderLine,
    OrderStatus,
    OutboxEntry,
    OutboxState,
    new_id,
    utcnow,
)

SHIPPABLE = READY  # paid and not fully shipped: the marketplace refuses anything else
CANCELLABLE = (OrderStatus.PLACED, OrderStatus.AWAITING_SHIPMENT)
MAX_PROBLEM = 500


class TrackingFormatError(ValidationError):
    """The tracking number does not have the carrier's known format."""


def shipped_quantities(order: Order, *, leaving_out: str | None = None) -> dict[str, int]:
    """Order line id → quantity in shipments (all of them, or all but `leaving_out`)."""
    shipped: dict[str, int] = {}
    for fulfilment in order.fulfilments:
        if fulfilment.id == leaving_out:
            continue
        for line in fulfilment.lines:
            shipped[line.order_line_id] = shipped.get(line.order_line_id, 0) + line.quantity
    return shipped


def _checked_tracking(carrier: str, number: str, strict: bool) -> str:
    if not carrier.strip() or not number.strip():
        raise invalid("needs_carrier_and_number", field="tracking")
    result = tracking.check(carrier, number)
    if strict and result.verdict == tracking.Verdict.MISMATCH:
        raise TrackingFormatError(OrderMessage(
            "tracking_format", result.number, carrier, result.example, field="tracking"))
    if strict and result.verdict == tracking.Verdict.IMPLAUSIBLE:  # no carrier's, e.g. "!!"
        raise TrackingFormatError(OrderMessage(
            "tracking_implausible", result.number, tracking.MIN_CHARACTERS, field="tracking"))
    return result.number


def _plan(order: Order, lines: dict[str, int] | None,
          leaving_out: str | None = None) -> list[tuple[OrderLine, int]]:
    """(line, quantity) to ship: `lines` is SKU → quantity, None for everything left."""
    wanted_skus = dict(lines) if lines is not None else None
    shipped = shipped_quantities(order, leaving_out=leaving_out)
    wanted: list[tuple[OrderLine, int]] = []
    for line in order.lines:
        left = line.quantity - shipped.get(line.id, 0)
        quantity = left if wanted_skus is None else wanted_skus.pop(line.sku, 0)
        if quantity < 0:
            raise invalid("negative_quantity", line.sku, field="lines")
        if quantity > left:
            raise invalid("only_left", max(left, 0), line.sku, field="lines")
        if quantity > 0:
            wanted.append((line, quantity))
    if wanted_skus:
        raise invalid("no_such_line", order.number, ", ".join(wanted_skus), field="lines")
    if not wanted:
        raise invalid("nothing_left", order.number, field="lines")
    return wanted


def _status_from_shipments(order: Order) -> str:
    shipped = shipped_quantities(order)
    if not shipped:
        return OrderStatus.AWAITING_SHIPMENT
    if all(shipped.get(line.id, 0) >= line.quantity for line in order.lines):
        return OrderStatus.SHIPPED
    return OrderStatus.PARTIALLY_SHIPPED


def _payload(order: Order, fulfilment: Fulfilment,
             wanted: list[tuple[OrderLine, int]]) -> dict[str, Any]:
    return {
        "order_id": order.id, "carrier": fulfilment.carrier,
        "tracking_number": fulfilment.tracking_number,
        **({"tracking_url": fulfilment.tracking_url} if fulfilment.tracking_url else {}),
        "lines": [{"sku": line.sku, "quantity": quantity} for line, quantity in wanted],
    }


class Orders:
    def __init__(self, database: Database) -> None:
        self.db = database

    # -- reading inside a write -------------------------------------------------------------

    def _order(self, session: Session, number: str) -> Order:
        order = session.scalar(select(Order).where(Order.number == number).options(
            selectinload(Order.lines),
            selectinload(Order.fulfilments).selectinload(Fulfilment.lines)))
        if order is None:
            raise missing("no_order", number)
        return order

    def _queued(self, session: Session, fulfilment_id: str) -> tuple[Fulfilment, OutboxEntry]:
        """The shipment and its outbox entry, if it may still be corrected; else why not."""
        fulfilment = session.get(Fulfilment, fulfilment_id)
        if fulfilment is None:
            raise missing("shipment_gone")
        entry = session.scalar(select(OutboxEntry).where(
            OutboxEntry.entity == "fulfilment", OutboxEntry.entity_id == fulfilment_id))
        if entry is None:
            raise invalid("shipment_arrived")
        if entry.state != OutboxState.REJECTED and entry.attempts:
            raise invalid("shipment_on_its_way")
        return fulfilment, entry

    # -- shipping ---------------------------------------------------------------------------

    def ship(self, number: str, carrier: str, tracking_number: str, *,
             lines: dict[str, int] | None = None, tracking_url: str = "",
             check_tracking: bool = False) -> str:
        """Ship `lines` (SKU → quantity; all that is left when None). Returns the shipment id.

        `check_tracking` refuses a number that does not have the carrier's known format (the
        window and the command line ask first; scripts may insist)."""
        number_clean = _checked_tracking(carrier, tracking_number, check_tracking)

        def work(session: Session) -> str:
            order = self._order(session, number)
            if order.status not in SHIPPABLE:
                raise not_shippable(number, order.status)
            wanted = _plan(order, lines)
            fulfilment = Fulfilment(id=new_id(), carrier=carrier.strip(),
                                    tracking_number=number_clean, tracking_url=tracking_url)
            order.fulfilments.append(fulfilment)
            for line, quantity in wanted:
                fulfilment.lines.append(FulfilmentLine(order_line_id=line.id, quantity=quantity))
            session.flush()
            before = order.status
            order.status = _status_from_shipments(order)
            record(session, entity="fulfilment", entity_id=fulfilment.id, action="create",
                   before={"status": before}, after={"status": order.status},
                   summary=f"{number}: {fulfilment.carrier} {number_clean}",
                   outbox=("create", _payload(order, fulfilment, wanted)))
            return fulfilment.id

        return self.db.run_write(work)

    def update_shipment(self, fulfilment_id: str, carrier: str, tracking_number: str, *,
                        lines: dict[str, int] | None = None,
                        check_tracking: bool = False) -> None:
        """Correct a shipment that has not reached the marketplace (see the module notes)."""
        number_clean = _checked_tracking(carrier, tracking_number, check_tracking)

        def work(session: Session) -> None:
            fulfilment, entry = self._queued(session, fulfilment_id)
            order = self._order(session, session.get(Order, fulfilment.order_id).number)
            wanted = _plan(order, lines, leaving_out=fulfilment.id)
            before = {"carrier": fulfilment.carrier, "tracking_number": fulfilment.tracking_number,
                      "lines": {fl.order_line_id: fl.quantity for fl in fulfilment.lines}}
            fulfilment.carrier = carrier.strip()
            fulfilment.tracking_number = number_clean
            fulfilment.tracking_url = ""  # it named the old number; the marketplace makes one
            fulfilment.lines.clear()
            session.flush()
            for line, quantity in wanted:
                fulfilment.lines.append(FulfilmentLine(order_line_id=line.id, quantity=quantity))
            session.flush()
            order.status = _status_from_shipments(order)
            session.delete(entry)  # replaced, not edited: see the module notes
            record(session, entity="fulfilment", entity_id=fulfilment.id, action="update",
                   before=before,
                   after={"carrier": fulfilment.carrier,
                          "tracking_number": fulfilment.tracking_number,
                          "lines": {line.id: quantity for line, quantity in wanted}},
                   summary=f"{order.number}: {fulfilment.carrier} {number_clean}",
                   outbox=("create", _payload(order, fulfilment, wanted)))

        self.db.run_write(work)

    def cancel_shipment(self, fulfilment_id: str) -> None:
        """Withdraw a shipment that has not reached the marketplace: the order is to ship
        again (in part or whole) and nothing will be sent."""

        def work(session: Session) -> None:
            fulfilment, entry = self._queued(session, fulfilment_id)
            order = self._order(session, session.get(Order, fulfilment.order_id).number)
            before = order.status
            gone = {"carrier": fulfilment.carrier, "tracking_number": fulfilment.tracking_number}
            session.delete(entry)
            order.fulfilments.remove(fulfilment)
            session.delete(fulfilment)
            session.flush()
            order.status = _status_from_shipments(order)
            record(session, entity="order", entity_id=order.id, action="unship",
                   before={"status": before, **gone}, after={"status": order.status},
                   summary=f"{order.number}: {gone['carrier']} {gone['tracking_number']}")

        self.db.run_write(work)

    # -- cancelling, problems, notes --------------------------------------------------------

    def cancel(self, number: str, reason: str = "seller") -> None:
        """Cancel an order nothing of which has shipped; the marketplace refunds the buyer and
        puts the stock back when the cancellation reaches it."""

        def work(session: Session) -> None:
            order = self._order(session, number)
            if order.status not in CANCELLABLE or order.fulfilments:
                raise invalid("not_cancellable", number)
            pending = session.scalar(select(OutboxEntry.seq).where(
                OutboxEntry.entity == "order", OutboxEntry.entity_id == order.id,
                OutboxEntry.operation == "cancel"))
            if pending is not None:
                raise invalid("being_cancelled", number)
            before = order.status
            order.status = OrderStatus.CANCELLED
            record(session, entity="order", entity_id=order.id, action="cancel",
                   before={"status": before}, after={"status": order.status, "reason": reason},
                   summary=number, outbox=("cancel", {"order_id": order.id,
                                                      "reason": reason[:200] or "seller"}))

        self.db.run_write(work)

    def flag_problem(self, number: str, problem: str | None) -> None:
        """Flag (or, with None or "", clear) a problem. The shop's own note: the canonical
        marketplace API has no call for it, so nothing goes to the outbox."""
        text = problem_code((problem or "").strip()[:MAX_PROBLEM]) or None

        def work(session: Session) -> None:
            order = self._order(session, number)
            if text == order.problem:
                return
            before = order.problem
            order.problem = text
            order.problem_at = utcnow() if text else None
            record(session, entity="order", entity_id=order.id,
                   action="flag" if text else "unflag",
                   before={"problem": before}, after={"problem": text}, summary=number)

        self.db.run_write(work)

    def set_notes(self, order_id: str, notes: str) -> None:
        """Internal notes, saved as they are typed. Local only (the buyer never sees them) and
        kept out of the history, which would otherwise fill with every pause in typing."""

        def work(session: Session) -> None:
            order = session.get(Order, order_id)
            if order is None:
                raise missing("order_gone")
            order.notes = notes

        self.db.run_write(work)

    def mark_seen(self, order_ids: Sequence[str]) -> int:
        """Orders staff have opened are no longer new; returns how many were new."""
        if not order_ids:
            return 0

        def work(session: Session) -> int:
            result = session.execute(
                update(Order).where(Order.id.in_(list(order_ids)), Order.seen_at.is_(None))
                .values(seen_at=utcnow()).execution_options(synchronize_session=False))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

        return self.db.run_write(work)
