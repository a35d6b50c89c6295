"""Order search takes what the owner types literally: `%` and `_` are characters, not wildcards."""

from __future__ import annotations

from sellerdesk.orders.queries import OrderBrowser
from sellerdesk.store import Database
from tests.orders.conftest import AddOrder


def test_percent_and_underscore_match_only_themselves(shop: Database,
                                                      add_order: AddOrder) -> None:
    plain = add_order("BR-1", [("DIV-VEL-BLU", 1)], buyer="Anna Rossi")
    odd = add_order("BR-2", [("POR-ARN-CUO", 1)], buyer="Sconto_50% Srl")
    slash = add_order("BR-3", [("POR-ARN-CUO", 1)], buyer="Bianchi/Verdi \\ Co")
    browser = OrderBrowser(shop)
    assert browser.ids("all", "%") == [odd]  # was: every order
    assert browser.ids("all", "_") == [odd]
    assert browser.ids("all", "an_a") == []  # `_` is not "any one character" (Anna)
    assert browser.ids("all", "50%") == [odd]
    assert browser.ids("all", "%rossi") == []  # `%` is not "anything"
    assert browser.ids("all", "rossi") == [plain]
    assert browser.ids("all", "i/v") == [slash] and browser.ids("all", "\\ co") == [slash]
