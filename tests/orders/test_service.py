"""Shipping, correcting, withdrawing, cancelling, flagging: each commits locally with its
outbox entry (or, for the shop's own notes and flags, with none), and never touches stock."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sellerdesk.errors import NotFoundError, ValidationError
from sellerdesk.orders.details import OrderDetail, OrderDetails, ShipmentState
from sellerdesk.orders.service import Orders, TrackingFormatError
from sellerdesk.store import Database
from sellerdesk.store.models import Fulfilment, OutboxEntry, OutboxState, Variant
from tests.orders.conftest import AddOrder


def outbox(db: Database) -> list[OutboxEntry]:
    with db.read() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def stock(db: Database) -> dict[str, int]:
    with db.read() as session:
        return dict(session.execute(select(Variant.sku, Variant.stock)).all())


def detail(db: Database, number: str) -> OrderDetail:
    return OrderDetails(db).by_number(number)


def test_shipping_everything_queues_one_entry_and_leaves_stock_alone(
        shop: Database, orders: Orders, add_order: AddOrder) -> None:
    add_order("BR-1", [("DIV-VEL-BLU", 1), ("POR-ARN-CUO", 2)])
    before = stock(shop)
    orders.ship("BR-1", "dhl", " 12345 67890 ")
    order = detail(shop, "BR-1")
    assert order.status == "shipped" and order.waiting_sync
    (shipment,) = order.shipments
    assert shipment.tracking_number == "1234567890" and shipment.state == ShipmentState.WAITING
    (entry,) = outbox(shop)
    assert (entry.entity, entry.operation) == ("fulfilment", "create")
    assert entry.payload["lines"] == [{"sku": "DIV-VEL-BLU", "quantity": 1},
                                      {"sku": "POR-ARN-CUO", "quantity": 2}]
    assert stock(shop) == before  # the marketplace took it off when the order was placed


def test_partial_shipments_add_up(shop: Database, orders: Orders, add_order: AddOrder) -> None:
    add_order("BR-2", [("POR-ARN-CUO", 3)])
    orders.ship("BR-2", "gls", "A1", lines={"POR-ARN-CUO": 1})
    assert detail(shop, "BR-2").status == "partially_shipped"
    with pytest.raises(ValidationError, match="Only 2"):
        orders.ship("BR-2", "gls", "A2", lines={"POR-ARN-CUO": 3})
    orders.ship("BR-2", "gls", "A2")
    order = detail(shop, "BR-2")
    assert order.status == "shipped" and [s.lines for s in order.shipments] == [
        [("POR-ARN-CUO", 1)], [("POR-ARN-CUO", 2)]]


@pytest.mark.parametrize(("status", "message"), [
    ("placed", "not paid yet"), ("cancelled", "nothing to ship"), ("shipped", "nothing to ship")])
def test_only_paid_open_orders_ship(orders: Orders, add_order: AddOrder, status: str,
                                    message: str) -> None:
    add_order("BR-3", [("DIV-VEL-BLU", 1)], status=status)
    with pytest.raises(ValidationError, match=message):
        orders.ship("BR-3", "dhl", "1234567890")


def test_bad_requests_are_refused_in_words(orders: Orders, add_order: AddOrder) -> None:
    add_order("BR-4", [("DIV-VEL-BLU", 1)])
    with pytest.raises(NotFoundError):
        orders.ship("BR-404", "dhl", "1234567890")
    with pytest.raises(ValidationError, match="carrier and a tracking number"):
        orders.ship("BR-4", "dhl", "  ")
    with pytest.raises(ValidationError, match="no line NOPE"):
        orders.ship("BR-4", "dhl", "1234567890", lines={"NOPE": 1})
    with pytest.raises(TrackingFormatError, match="for example 1234567890"):
        orders.ship("BR-4", "dhl", "12345", check_tracking=True)
    orders.ship("BR-4", "dhl", "12345")  # without the check: staff know better


def test_a_queued_shipment_can_be_corrected_with_a_fresh_entry(
        shop: Database, orders: Orders, add_order: AddOrder) -> None:
    add_order("BR-5", [("POR-ARN-CUO", 2)])
    shipment = orders.ship("BR-5", "dhl", "1111111111")
    (first,) = outbox(shop)
    orders.update_shipment(shipment, "ups", "1Z999AA10123456784", lines={"POR-ARN-CUO": 1})
    (second,) = outbox(shop)
    assert second.seq > first.seq and second.idempotency_key != first.idempotency_key
    assert second.payload["carrier"] == "ups"
    assert second.payload["lines"] == [{"sku": "POR-ARN-CUO", "quantity": 1}]
    order = detail(shop, "BR-5")
    assert order.status == "partially_shipped"
    assert order.shipments[0].tracking_number == "1Z999AA10123456784"
    assert [h.action for h in order.history][-2:] == ["create", "update"]


def test_a_queued_shipment_can_be_withdrawn(shop: Database, orders: Orders,
                                            add_order: AddOrder) -> None:
    add_order("BR-6", [("DIV-VEL-BLU", 1)])
    shipment = orders.ship("BR-6", "dhl", "1234567890")
    orders.cancel_shipment(shipment)
    order = detail(shop, "BR-6")
    assert order.status == "awaiting_shipment" and not order.shipments
    assert outbox(shop) == []
    assert order.history[-1].action == "unship"


def _mark(db: Database, **changes: object) -> None:
    def work(session: object) -> None:
        for entry in session.scalars(select(OutboxEntry)):  # type: ignore[attr-defined]
            for name, value in changes.items():
                setattr(entry, name, value)

    db.run_write(work)


def test_a_shipment_that_may_have_arrived_cannot_be_changed(
        shop: Database, orders: Orders, add_order: AddOrder) -> None:
    add_order("BR-7", [("DIV-VEL-BLU", 1)])
    shipment = orders.ship("BR-7", "dhl", "1234567890")
    _mark(shop, attempts=1)  # sent once, no answer: the marketplace may hold it
    assert detail(shop, "BR-7").shipments[0].state == ShipmentState.SENDING
    with pytest.raises(ValidationError, match="may have arrived"):
        orders.update_shipment(shipment, "dhl", "9999999999")
    with pytest.raises(ValidationError, match="may have arrived"):
        orders.cancel_shipment(shipment)
    _mark(shop, state=OutboxState.REJECTED, last_error="unknown carrier")
    assert detail(shop, "BR-7").shipments[0].state == ShipmentState.REFUSED
    orders.update_shipment(shipment, "ups", "1Z999AA10123456784")  # refused: fix and resend
    (entry,) = outbox(shop)
    assert entry.state == OutboxState.PENDING and entry.attempts == 0
    _mark(shop, attempts=0)

    def synced(session: object) -> None:
        for entry in session.scalars(select(OutboxEntry)):  # type: ignore[attr-defined]
            session.delete(entry)  # type: ignore[attr-defined]
        session.get(Fulfilment, shipment).remote_id = "ful_1"  # type: ignore[attr-defined]

    shop.run_write(synced)
    assert detail(shop, "BR-7").shipments[0].state == ShipmentState.SYNCED
    with pytest.raises(ValidationError, match="reached the marketplace"):
        orders.cancel_shipment(shipment)


def test_cancelling_queues_one_cancellation(shop: Database, orders: Orders,
                                           add_order: AddOrder) -> None:
    add_order("BR-8", [("DIV-VEL-BLU", 1)])
    before = stock(shop)
    orders.cancel("BR-8", "out_of_stock")
    order = detail(shop, "BR-8")
    assert order.status == "cancelled" and order.cancel_pending and order.waiting_sync
    (entry,) = outbox(shop)
    assert (entry.entity, entry.operation, entry.payload["reason"]) == (
        "order", "cancel", "out_of_stock")
    assert stock(shop) == before  # the marketplace restocks, and the sync brings it here
    with pytest.raises(ValidationError):
        orders.cancel("BR-8")
    add_order("BR-9", [("DIV-VEL-BLU", 1)])
    orders.ship("BR-9", "dhl", "1234567890")
    with pytest.raises(ValidationError, match="nothing of which has shipped"):
        orders.cancel("BR-9")


def test_problems_and_notes_are_the_shops_own(shop: Database, orders: Orders,
                                             add_order: AddOrder) -> None:
    order_id = add_order("BR-10", [("DIV-VEL-BLU", 1)])
    orders.flag_problem("BR-10", "  The address is incomplete ")
    orders.set_notes(order_id, "Call before delivery")
    order = detail(shop, "BR-10")
    # A preset is stored as its code, whatever language it was chosen in (shown translated).
    assert order.problem == "address_incomplete" and order.notes == "Call before delivery"
    orders.flag_problem("BR-10", "Box crushed, call the buyer")
    assert detail(shop, "BR-10").problem == "Box crushed, call the buyer"  # the staff's words
    orders.flag_problem("BR-10", None)
    order = detail(shop, "BR-10")
    assert order.problem is None
    assert [h.action for h in order.history][-2:] == ["flag", "unflag"]
    assert outbox(shop) == []  # no marketplace call exists for these


def test_opening_an_order_makes_it_no_longer_new(shop: Database, orders: Orders,
                                                 add_order: AddOrder) -> None:
    first = add_order("BR-11", [("DIV-VEL-BLU", 1)])
    second = add_order("BR-12", [("DIV-VEL-BLU", 1)])
    assert orders.mark_seen([first, second]) == 2
    assert orders.mark_seen([first]) == 0
    assert detail(shop, "BR-11").seen_at is not None
