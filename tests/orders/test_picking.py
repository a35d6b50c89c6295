"""The pick list adds up by SKU what is still to ship; packing slips hold each parcel."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from sellerdesk.orders.picking import OrderDocuments
from sellerdesk.orders.service import Orders
from sellerdesk.store import Database
from sellerdesk.store.models import Account, Order
from tests.orders.conftest import AddOrder


def test_pick_list_aggregates_what_is_left_by_sku(shop: Database, orders: Orders,
                                                  add_order: AddOrder) -> None:
    a = add_order("BR-1", [("DIV-VEL-BLU", 1), ("POR-ARN-CUO", 2)], hours_left=10)
    b = add_order("BR-2", [("POR-ARN-CUO", 3)], hours_left=20)
    c = add_order("BR-3", [("DIV-LIN-SAB", 1)], status="placed")  # not paid: not picked
    d = add_order("BR-4", [("DIV-VEL-BLU", 2)])
    orders.ship("BR-4", "dhl", "1234567890", lines={"DIV-VEL-BLU": 1})
    pick = OrderDocuments(shop).pick_list([a, b, c, d], "en")
    assert [(i.sku, i.quantity, i.orders) for i in pick.items] == [
        ("DIV-VEL-BLU", 2, (("BR-1", 1), ("BR-4", 1))),
        ("POR-ARN-CUO", 5, (("BR-1", 2), ("BR-2", 3))),
    ]
    sofa = pick.items[0]
    assert sofa.title == "Chianti sofa"  # the reader's language, from the catalogue
    assert sofa.options == {"Tessuto": "Velluto", "Colore": "Blu notte"}
    assert pick.order_numbers == ["BR-1", "BR-2", "BR-4"] and pick.total_quantity == 7
    assert pick.to_json()["items"][1]["orders"] == [["BR-1", 2], ["BR-2", 3]]


def test_without_a_choice_every_ready_order_without_a_problem_is_picked(
        shop: Database, orders: Orders, add_order: AddOrder) -> None:
    add_order("BR-1", [("DIV-VEL-BLU", 1)], hours_left=30)
    add_order("BR-2", [("POR-ARN-CUO", 1)], hours_left=5)
    add_order("BR-3", [("POR-ARN-CUO", 1)], status="shipped")
    add_order("BR-4", [("POR-ARN-CUO", 1)])
    orders.flag_problem("BR-4", "address")
    pick = OrderDocuments(shop).pick_list([], "it")
    assert pick.order_numbers == ["BR-2", "BR-1"]  # most urgent first
    assert pick.items[0].title == "Divano Chianti"
    flagged = OrderDocuments(shop).ready_ids()
    assert len(flagged) == 2  # BR-4 waits for its problem to be resolved, chosen or not
    with shop.read() as session:
        br4 = session.scalar(select(Order.id).where(Order.number == "BR-4"))
    assert OrderDocuments(shop).pick_list([br4], "it").items == []


def test_packing_slips_hold_what_goes_in_each_parcel(shop: Database, orders: Orders,
                                                     add_order: AddOrder) -> None:
    a = add_order("BR-1", [("DIV-VEL-BLU", 1), ("POR-ARN-CUO", 3)])
    b = add_order("BR-2", [("POR-ARN-CUO", 2)])
    c = add_order("BR-3", [("POR-ARN-CUO", 2)], status="cancelled")
    orders.ship("BR-1", "gls", "G1", lines={"POR-ARN-CUO": 1})
    orders.ship("BR-2", "dhl", "1234567890")
    # BR-2 has shipped: a slip of it again only when the owner asks for it explicitly.
    assert [s.number for s in OrderDocuments(shop).packing_slips([a, b, c], "it")] == ["BR-1"]
    slips = OrderDocuments(shop).packing_slips([a, b, c], "it", include=["shipped"])
    assert [s.number for s in slips] == ["BR-1", "BR-2"]
    first, second = slips
    assert [(line.sku, line.ordered, line.in_parcel) for line in first.lines] == [
        ("DIV-VEL-BLU", 1, 1), ("POR-ARN-CUO", 3, 2)]
    assert not first.reprint and first.address["city"] == "Berlin"
    # Shipped already: the slip is its latest parcel again, with its tracking number.
    assert second.reprint and (second.carrier, second.tracking_number) == ("dhl", "1234567890")
    assert [(line.sku, line.in_parcel) for line in second.lines] == [("POR-ARN-CUO", 2)]


def test_documents_are_printed_under_the_shops_name(shop: Database) -> None:
    documents = OrderDocuments(shop)
    assert documents.shop_name("SellerDesk") == "SellerDesk"
    shop.run_write(lambda s: s.add(Account(name="m", marketplace="rest", base_url="http://x",
                                           shop_name="Bottega Rossi",
                                           created_at=datetime.now(UTC))))
    assert documents.shop_name("SellerDesk") == "Bottega Rossi"
