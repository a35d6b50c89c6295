"""Failures SellerDesk words itself are templates: the status bar and the Sync page say them in
the owner's language, and never "sent a order" (#16 item 2)."""

from __future__ import annotations

from typing import Any

from sellerdesk.marketplaces.base import Unreadable
from sellerdesk.sync import quarantine
from sellerdesk.sync.engine import SyncStatus, unexpected
from sellerdesk.sync.unreadable import unreadable_error
from sellerdesk.ui.sync import wording


def test_an_unreadable_order_is_named_in_words_that_work(qapp: Any) -> None:
    error = unreadable_error(quarantine.UnreadableItems(
        [Unreadable("order", "ord_7", "order ord_7: total is not a number")]))
    assert error.code == "unreadable_item"
    assert "a order" not in error.message
    assert error.message.startswith("The marketplace sent an item SellerDesk cannot read.")
    assert "order ord_7: total is not a number" in error.message  # the detail, for the log
    status = SyncStatus(last_error=error.message, error_kind=str(error.kind),
                        error_code=error.code)
    assert wording.failure(status) == (
        "Temporary problem: The marketplace sent an item SellerDesk cannot read. Sync tries "
        "again; after 3 tries the item is set aside so that the rest of the shop goes on.")


def test_the_marketplaces_own_refusal_is_shown_as_it_sent_it(qapp: Any) -> None:
    status = SyncStatus(last_error="Title too long (max 200)", error_kind="rejected",
                        error_code="validation")
    assert wording.failure(status) == "Refused by the marketplace: Title too long (max 200)"


def test_a_bug_of_ours_is_said_without_its_python_name(qapp: Any) -> None:
    error = unexpected(KeyError("x"))
    status = SyncStatus(last_error=error.message, error_kind="unexpected",
                        error_code=error.code)
    words = wording.failure(status)
    assert words is not None and "KeyError" not in words
    assert "KeyError" in error.message  # the log keeps it
