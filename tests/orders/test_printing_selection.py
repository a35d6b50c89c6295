"""The pick list and the packing slips of one selection cover the same orders; an unpaid,
flagged or shipped order is printed only when asked for; "nothing to print" says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellerdesk.demo.seed import seed_demo
from sellerdesk.orders.picking import OrderDocuments
from sellerdesk.orders.printing_selection import FLAGGED, SHIPPED, UNPAID, LeftOut
from sellerdesk.orders.queries import OrderBrowser
from sellerdesk.orders.service import Orders
from sellerdesk.store import Database
from tests.orders.conftest import AddOrder


def _numbers(documents: OrderDocuments, ids: list[str], **include: list[str]) -> tuple[
        list[str], list[str]]:
    pick = documents.pick_list(ids, "it", **include)
    slips = documents.packing_slips(ids, "it", **include)
    return pick.order_numbers, [slip.number for slip in slips]


def test_slips_cover_exactly_the_orders_the_pick_list_covers(
        shop: Database, orders: Orders, add_order: AddOrder) -> None:
    ids = [
        add_order("BR-1", [("DIV-VEL-BLU", 1)]),
        add_order("BR-2", [("POR-ARN-CUO", 2)], status="placed"),  # not paid yet
        add_order("BR-3", [("POR-ARN-CUO", 1)]),
        add_order("BR-4", [("POR-ARN-CUO", 1)], status="cancelled"),
        add_order("BR-5", [("DIV-LIN-SAB", 1)], status="shipped"),
        add_order("BR-6", [("DIV-VEL-BLU", 2)]),
    ]
    orders.flag_problem("BR-3", "item damaged")
    orders.ship("BR-6", "dhl", "1234567890", lines={"DIV-VEL-BLU": 1})  # one still to go
    documents = OrderDocuments(shop)
    picked, packed = _numbers(documents, ids)
    assert picked == packed == ["BR-1", "BR-6"]
    pick = documents.pick_list(ids, "it")
    assert list(pick.left_out) == [
        LeftOut("BR-2", UNPAID), LeftOut("BR-3", FLAGGED, "item damaged"),
        LeftOut("BR-4", "cancelled"), LeftOut("BR-5", SHIPPED)]


def test_an_excluded_order_is_printed_only_when_asked_for(
        shop: Database, orders: Orders, add_order: AddOrder) -> None:
    ready = add_order("BR-1", [("DIV-VEL-BLU", 1)])
    flagged = add_order("BR-2", [("POR-ARN-CUO", 2)])
    unpaid = add_order("BR-3", [("POR-ARN-CUO", 1)], status="placed")
    cancelled = add_order("BR-4", [("POR-ARN-CUO", 1)], status="cancelled")
    orders.flag_problem("BR-2", "address?")
    documents = OrderDocuments(shop)
    ids = [ready, flagged, unpaid, cancelled]
    assert _numbers(documents, ids, include=[FLAGGED]) == (["BR-1", "BR-2"], ["BR-1", "BR-2"])
    both = _numbers(documents, ids, include=[FLAGGED, UNPAID])
    assert both == (["BR-1", "BR-2", "BR-3"], ["BR-1", "BR-2", "BR-3"])  # never the cancelled
    with pytest.raises(ValueError, match="cannot include"):
        documents.pick_list(ids, "it", include=["cancelled"])


def test_nothing_to_print_says_why(shop: Database, orders: Orders,
                                   add_order: AddOrder) -> None:
    flagged = add_order("BR-7", [("DIV-VEL-BLU", 1)])
    orders.flag_problem("BR-7", "item damaged")
    documents = OrderDocuments(shop)
    selection = documents.selection([flagged], "it")
    assert selection.orders == [] and documents.packing_slips([flagged], "it") == []
    message = selection.nothing_to_print()
    assert str(message) == "Nothing to print: order BR-7 is flagged: item damaged."
    italian = {"Nothing to print: %1.": "Niente da stampare: %1.",
               "order %1 is flagged: %2": "l'ordine %1 è segnalato: %2"}
    assert message.text(lambda _c, text: italian.get(text, text)) == \
        "Niente da stampare: l'ordine BR-7 è segnalato: item damaged."

    many = [add_order(f"BR-{n}", [("POR-ARN-CUO", 1)], status="placed") for n in range(20, 26)]
    text = str(documents.selection(many, "it").nothing_to_print())
    assert text == ("Nothing to print: order BR-20 is not paid yet; order BR-21 is not paid "
                    "yet; order BR-22 is not paid yet; 3 more orders left out.")
    assert str(documents.selection([], "it").nothing_to_print()) == \
        "Nothing to print: no paid order is waiting to be shipped."


def test_the_demo_shops_to_ship_view_gives_documents_that_agree(tmp_path: Path) -> None:
    """The issue's case: every order of "Da spedire" chosen gave a 74-order pick list and 92
    slips, flagged and unpaid orders among them."""
    with Database.open(tmp_path / "demo.db") as database:
        seed_demo(database)
        chosen = OrderBrowser(database).ids("to_ship")
        documents = OrderDocuments(database)
        selection = documents.selection(chosen, "it")
        picked, packed = _numbers(documents, chosen)
    reasons = {item.reason for item in selection.left_out}
    assert selection.left_out and reasons <= {UNPAID, FLAGGED}
    assert picked == packed and len(packed) == len(chosen) - len(selection.left_out)
    left_numbers = {item.number for item in selection.left_out}
    assert not left_numbers & set(packed)


def test_a_preset_problem_is_said_in_words_not_as_its_code(
        shop: Database, orders: Orders, add_order: AddOrder) -> None:
    flagged = add_order("BR-8", [("DIV-VEL-BLU", 1)])
    orders.flag_problem("BR-8", "An item is damaged")  # a preset: stored as its code
    message = OrderDocuments(shop).selection([flagged], "it").nothing_to_print()
    assert str(message) == "Nothing to print: order BR-8 is flagged: An item is damaged."
    italian = {"An item is damaged": "Un articolo è danneggiato"}
    assert message.text(lambda _c, text: italian.get(text, text)) == \
        "Nothing to print: order BR-8 is flagged: Un articolo è danneggiato."
