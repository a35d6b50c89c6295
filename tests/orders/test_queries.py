"""The order list's views, search, counts and "what arrived since" read the store in SQL."""

from __future__ import annotations

from datetime import timedelta

from sellerdesk.orders.queries import OrderBrowser
from sellerdesk.orders.service import Orders
from sellerdesk.store import Database
from tests.orders.conftest import NOW, AddOrder


def test_views_search_and_deadlines(shop: Database, orders: Orders, add_order: AddOrder) -> None:
    late = add_order("BR-1", [("DIV-VEL-BLU", 1)], hours_left=-3, buyer="Lucas Moreau")
    soon = add_order("BR-2", [("POR-ARN-CUO", 1)], hours_left=5)
    unpaid = add_order("BR-3", [("POR-ARN-CUO", 1)], status="placed", hours_left=50)
    done = add_order("BR-4", [("POR-ARN-CUO", 1)], status="completed")
    gone = add_order("BR-5", [("POR-ARN-CUO", 1)], status="cancelled")
    browser = OrderBrowser(shop)
    assert browser.ids("to_ship") == [late, soon, unpaid]  # most urgent first
    assert set(browser.ids("shipped")) == {done} and browser.ids("cancelled") == [gone]
    assert len(browser.ids("all")) == 5
    assert browser.ids("all", "moreau") == [late]  # buyer
    assert browser.ids("all", "br-2") == [soon]  # number
    assert browser.ids("to_ship", "DIV-VEL") == [late]  # SKU
    orders.flag_problem("BR-2", "damaged")
    assert browser.ids("problems") == [soon]
    rows = browser.rows([late, soon, done])
    assert rows[late].overdue(NOW) and not rows[soon].overdue(NOW)
    assert rows[soon].problem == "damaged"
    assert rows[late].is_new and not rows[done].is_new  # the past is not news
    counts = browser.view_counts(NOW)
    assert counts == {"to_ship": 3, "shipped": 1, "cancelled": 1, "problems": 1, "all": 5,
                      "overdue": 1, "new": 3}
    assert browser.counts(NOW + timedelta(hours=6)) == {"to_ship": 3, "overdue": 2}


def test_rows_say_what_waits_for_the_sync(shop: Database, orders: Orders,
                                          add_order: AddOrder) -> None:
    shipped = add_order("BR-1", [("DIV-VEL-BLU", 1)])
    cancelled = add_order("BR-2", [("DIV-VEL-BLU", 1)])
    quiet = add_order("BR-3", [("DIV-VEL-BLU", 1)])
    orders.ship("BR-1", "dhl", "1234567890")
    orders.cancel("BR-2")
    rows = OrderBrowser(shop).rows([shipped, cancelled, quiet])
    assert rows[shipped].waiting_sync and rows[shipped].status == "shipped"
    assert rows[cancelled].waiting_sync and not rows[quiet].waiting_sync
    assert not any(row.refused for row in rows.values())


def test_arrivals_are_orders_still_waiting_for_someone(shop: Database, orders: Orders,
                                                      add_order: AddOrder) -> None:
    browser = OrderBrowser(shop)
    add_order("BR-1", [("DIV-VEL-BLU", 1)])
    mark = browser.last_arrival()
    assert browser.arrivals_since(mark) == (mark, [])
    fresh = add_order("BR-2", [("DIV-VEL-BLU", 1)])
    add_order("BR-3", [("DIV-VEL-BLU", 1)], status="completed")  # history, not news
    add_order("BR-4", [("DIV-VEL-BLU", 1)], status="placed")
    orders.mark_seen([fresh])
    later, numbers = browser.arrivals_since(mark)
    assert numbers == ["BR-4"] and later > mark
    assert browser.arrivals_since(later) == (later, [])
