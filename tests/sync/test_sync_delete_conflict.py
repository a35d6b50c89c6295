"""A delete made here against an edit made on the marketplace: never a silent delete.

The owner deletes a product at the desk; meanwhile (on the website) the product is edited. The
delete's If-Match then fails with 412 (or the pull brings the edit first). Deleting anyway would
throw their edit away unseen, so the delete is held as a Conflict on `_deleted`: keep mine
deletes the listing as it now is, keep theirs brings the product back here with their edit.
Over real HTTP against the sandbox.
"""

from __future__ import annotations

import pytest
from sync_helpers import Client, Server, figure, quiesce

from sellerdesk.sync.conflicts import resolve


def _listed_then_deleted_during_a_website_edit(client: Client, server: Server, sku: str,
                                               patch: dict[str, object]) -> str:
    """A product on both sides, deleted here; the website applies `patch` between this sync's
    pull and its push, so the delete meets a 412. Returns the marketplace's product id."""
    client.create(sku, "Sgabello")
    quiesce(client)
    remote = server.product_by_sku(sku)
    assert remote is not None
    client.catalogue.delete_product(client.product_id(sku))
    client.log.clear()
    with client.racing(lambda: server.edit_product(remote["id"], patch)):
        assert client.sync().ok
    return str(remote["id"])


def _listed_then_deleted_offline(client: Client, server: Server, sku: str) -> str:
    """A product on both sides, then deleted here while offline (nothing sent yet). Returns the
    marketplace's product id."""
    client.create(sku, "Sgabello")
    quiesce(client)
    remote = server.product_by_sku(sku)
    assert remote is not None
    with client.offline():
        client.catalogue.delete_product(client.product_id(sku))
    return str(remote["id"])


def _deletes(client: Client) -> list[int | None]:
    return [status for method, _path, status, _h in client.log.entries if method == "DELETE"]


def test_a_delete_meeting_their_edit_becomes_a_conflict_and_keep_theirs_restores_it(
        client: Client, server: Server) -> None:
    remote_id = _listed_then_deleted_during_a_website_edit(
        client, server, "DEL-1", {"texts": {"it": {"title": "Sgabello (sito)"}}})
    statuses = _deletes(client)
    found = client.conflicts()
    figure(f"delete vs their edit: DELETE statuses {statuses}, conflicts "
           f"{[(c.field, c.base_value, c.local_value, c.remote_value) for c in found]}, "
           f"{len(client.pending())} left in the outbox")
    assert statuses == [412]  # one try, then held: not retried on the new version
    assert [(c.entity, c.field, c.local_value, c.remote_value) for c in found] == [
        ("product", "_deleted", True, False)]
    assert client.pending() == []  # the delete waits in the conflict, not in the outbox
    local = client.local_product("DEL-1")
    assert local is not None and local.deleted_at is not None and local.sync_state == "conflict"

    client.log.clear()
    assert client.sync().ok  # held: nothing sent while the owner has not decided
    assert _deletes(client) == []
    assert server.product(remote_id) is not None

    resolve(client.db, found[0].id, "theirs")
    restored = client.catalogue.get_by_sku("DEL-1")
    assert restored.texts["it"]["title"] == "Sgabello (sito)"  # a live product again
    assert client.pending() == [] and client.conflicts() == []
    client.log.clear()
    quiesce(client)
    now = server.product(remote_id)
    assert now is not None and now["texts"]["it"]["title"] == "Sgabello (sito)"
    assert _deletes(client) == []
    assert client.catalogue.get_by_sku("DEL-1").sync_state == "synced"


def test_keep_mine_deletes_the_listing_as_it_now_is(client: Client, server: Server) -> None:
    remote_id = _listed_then_deleted_during_a_website_edit(
        client, server, "DEL-2", {"brand": "Sito", "tags": ["nuovo"]})
    found = client.conflicts()
    assert [(c.field, c.local_value) for c in found] == [("_deleted", True)]
    assert server.product(remote_id) is not None

    resolve(client.db, found[0].id, "mine")
    client.log.clear()
    quiesce(client)
    figure(f"delete vs their edit, keep mine: DELETE statuses {_deletes(client)}")
    assert _deletes(client) == [204]
    assert server.product(remote_id) is None
    local = client.local_product("DEL-2")
    assert local is not None and local.deleted_at is not None
    assert client.pending() == [] and client.conflicts() == []


def test_their_edit_pulled_before_the_delete_is_sent_is_a_conflict_too(
        client: Client, server: Server) -> None:
    """The website's edit reaches the desk through the change feed, before the push: the
    delete would carry the new version and pass, so the pull must hold it."""
    remote_id = _listed_then_deleted_offline(client, server, "DEL-3")
    server.edit_product(remote_id, {"texts": {"it": {"title": "Sgabello (sito)"}}})
    client.log.clear()
    assert client.sync().ok
    assert _deletes(client) == []
    assert [(c.field, c.local_value) for c in client.conflicts()] == [("_deleted", True)]
    assert server.product(remote_id) is not None


def test_a_version_bump_without_an_edit_does_not_stop_the_delete(client: Client,
                                                                 server: Server) -> None:
    """A 412 whose newer version holds the very fields we agreed on (edited on the website and
    edited back) loses the owner nothing: the delete goes through on the new version."""
    client.create("DEL-4", "Sgabello")
    quiesce(client)
    remote = server.product_by_sku("DEL-4")
    assert remote is not None
    client.catalogue.delete_product(client.product_id("DEL-4"))

    def edited_and_back() -> None:
        server.edit_product(remote["id"], {"texts": {"it": {"title": "Sgabello (sito)"}}})
        server.edit_product(remote["id"], {"texts": {"it": {"title": "Sgabello"}}})

    client.log.clear()
    with client.racing(edited_and_back):
        assert client.sync().ok
    assert _deletes(client) == [412, 204]
    assert client.conflicts() == [] and client.pending() == []
    assert server.product(remote["id"]) is None


@pytest.mark.parametrize("syncs_between", [True, False])
def test_a_held_delete_closes_when_the_marketplace_deletes_it_too(
        client: Client, server: Server, syncs_between: bool) -> None:
    """Nothing is left to decide once both sides deleted the listing: the conflict closes,
    whether the desk saw their edit in an earlier sync or in the same page as their delete."""
    remote_id = _listed_then_deleted_offline(client, server, "DEL-5")
    server.edit_product(remote_id, {"texts": {"it": {"title": "Sgabello (sito)"}}})
    if syncs_between:
        assert client.sync().ok
        assert [(c.field, c.local_value) for c in client.conflicts()] == [("_deleted", True)]

    server.delete_product(remote_id)
    client.log.clear()
    assert client.sync().ok
    assert client.conflicts() == [] and client.pending() == []
    assert _deletes(client) == []
    local = client.local_product("DEL-5")
    assert local is not None and local.deleted_at is not None and local.sync_state == "synced"


@pytest.mark.parametrize("keep", ["theirs", "mine"])
def test_a_price_edited_on_the_website_holds_our_delete_too(
        client: Client, server: Server, keep: str) -> None:
    """A variant's price has a version of its own on the marketplace: their price edit leaves
    the product's version as it was, so the delete's If-Match would pass and take the new
    price with it unseen. The pull brings the edit first and holds the delete."""
    remote_id = _listed_then_deleted_offline(client, server, "DEL-P")  # at 10,000
    server.edit_price("DEL-P", 12_500)
    client.log.clear()
    assert client.sync().ok
    found = client.conflicts()
    figure(f"delete vs their price edit: DELETE statuses {_deletes(client)}, conflicts "
           f"{[(c.entity, c.field, c.local_value) for c in found]}")
    assert _deletes(client) == []
    assert [(c.entity, c.field, c.local_value) for c in found] == [("product", "_deleted", True)]
    assert server.product(remote_id) is not None

    resolve(client.db, found[0].id, keep)
    quiesce(client)
    if keep == "theirs":
        restored = client.catalogue.get_by_sku("DEL-P")
        assert restored.variants[0].price_minor == 12_500  # their price, live here again
        assert server.variant("DEL-P")["price"]["amount_minor"] == 12_500
    else:
        assert server.product(remote_id) is None  # deleted as it now is, seen by the owner
        assert client.local_product("DEL-P") is None or \
            client.local_product("DEL-P").deleted_at is not None
    assert client.conflicts() == [] and client.pending() == []
