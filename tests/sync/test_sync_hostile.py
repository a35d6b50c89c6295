"""Hostile replies: a marketplace answering 200 with what no client can use. Each pass ends with
a clear, classified message (never an unexpected error with a traceback), the cursor is never
poisoned, and once the marketplace is sane again the desk converges (issue 15, findings 2-3).

The sandbox spoils its replies on demand (`hostile=KIND`, sellerdesk/sandbox/hostile.py).
"""

from __future__ import annotations

import pytest
from sync_helpers import Client, Server, quiesce

from sellerdesk.marketplaces.base import ErrorKind
from sellerdesk.sync import pull, quarantine

FEED_KINDS = ["truncated", "not_json", "empty", "deep", "wrong_types", "bad_cursor",
              "out_of_range", "lone_surrogate"]


def cursor(client: Client) -> str | None:
    with client.db.read() as session:
        return pull.load_cursor(session, client.account_id)


def _news(server: Server, n: int) -> None:
    """Changes for the next pull: a new listing, an edit, an order."""
    server.create_product(f"HOS-{n}", f"Ciotola {n}")
    server.edit_product(server.product_by_sku("HOS-0")["id"], {"brand": f"Rossi {n}"})
    server.place_order([("HOS-0", 1)])


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_a_hostile_feed_page_is_named_and_never_poisons_the_cursor(
        client: Client, server: Server, kind: str) -> None:
    server.create_product("HOS-0", "Ciotola")
    quiesce(client)
    _news(server, 1)
    saved = cursor(client)

    server.faults(f"hostile={kind}")
    for _ in range(2):  # twice: a failed pass must not leave anything for the next to trip on
        report = client.sync()
        assert report.error is not None, kind
        assert report.error.kind == ErrorKind.RETRYABLE, report.error
        assert report.error.code in ("malformed_reply", "unreadable_item"), report.error
        assert "cannot read" in report.error.message or "incomplete" in report.error.message
        assert cursor(client) == saved, "the cursor moved past a page that did not read"
        status = client.engine.status
        assert status.running is False and status.last_error == report.error.message
        assert status.online is True  # a reply came: the machine is online

    server.heal()
    quiesce(client)
    product = client.local_product("HOS-1")
    assert product is not None and product.text("it").title == "Ciotola 1"
    assert client.local_product("HOS-0").brand == "Rossi 1"
    assert client.engine.status.last_error is None


@pytest.mark.parametrize("kind", ["truncated", "deep", "empty", "not_json"])
def test_a_hostile_reply_to_a_create_is_retried_and_never_duplicates(
        client: Client, server: Server, kind: str) -> None:
    client.create("HOS-NEW", "Brocca")
    server.faults(f"hostile={kind},hostile_path=/v1/products")
    report = client.sync()
    assert report.error is not None and report.error.kind == ErrorKind.RETRYABLE, report.error
    assert client.pending()  # kept, to be sent again under the same key
    server.heal()
    quiesce(client)
    assert server.product_by_sku("HOS-NEW") is not None  # exactly one (product_by_sku asserts)


def test_a_saved_cursor_the_marketplace_refuses_means_a_full_reread(
        client: Client, server: Server) -> None:
    """A desk whose cursor was poisoned by an older SellerDesk (or a feed reset on the
    marketplace) reads the whole feed again, logged, instead of never syncing again."""
    server.create_product("HOS-0", "Ciotola")
    quiesce(client)
    server.create_product("HOS-2", "Tazza")
    for poisoned in ("abc", "-5", str(2**70)):
        client.db.run_write(lambda s, c=poisoned: pull.save_cursor(s, client.account_id, c))
        report = client.sync()
        assert report.ok, (poisoned, report.error)
        assert cursor(client) == str(server.last_seq())
    assert client.local_product("HOS-2") is not None
    assert len([p for p in (client.local_product("HOS-0"),) if p]) == 1


def test_an_unreadable_item_is_set_aside_after_three_passes_and_read_again_later(
        client: Client, server: Server) -> None:
    server.create_product("HOS-0", "Ciotola")
    quiesce(client)
    server.create_product("HOS-BAD", "Piatto rotto")
    server.create_product("HOS-OK", "Piatto sano")
    bad_id = server.product_by_sku("HOS-BAD")["id"]

    server.faults("hostile=bad_item")
    failures = []
    for _ in range(quarantine.LIMIT - 1):
        report = client.sync()
        assert report.error is not None and report.error.code == "unreadable_item"
        assert "variants" in report.error.message  # names the entity's field
        failures.append(report.error.message)
    assert client.local_product("HOS-OK") is None  # nothing of the page applied yet

    report = client.sync()  # the third pass sets it aside; the rest of the shop goes on
    assert report.ok, report.error
    assert client.local_product("HOS-OK") is not None
    [item] = quarantine.unreadable(client.db)
    assert (item.entity, item.remote_id) == ("product", bad_id)
    assert "variants" in item.reason and item.failures == quarantine.LIMIT
    assert client.engine.status.quarantined == 1
    assert client.sync().ok  # it no longer blocks anything; fetched again, still bad

    server.heal()  # the marketplace is sane again: the next pass reads it by id
    quiesce(client)
    assert quarantine.unreadable(client.db) == []
    product = client.local_product("HOS-BAD")
    assert product is not None and product.remote_id == bad_id
    assert client.engine.status.quarantined == 0
