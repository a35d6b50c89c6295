"""Engine faults the convergence test found, each pinned by the smallest scenario that shows it
(see tests/sync/README.md for the list of fixes)."""

from __future__ import annotations

from collections.abc import Callable

from sync_helpers import Client, Server, figure, quiesce

from sellerdesk.sandbox.faults import FaultSpec, decide
from sellerdesk.sync import conflicts as conflict_service


def test_price_changed_on_both_sides_is_a_conflict_not_an_overwrite(client: Client,
                                                                     server: Server) -> None:
    """Prices travel in batch calls without If-Match: the engine must merge the feed before it
    sends them, and hold back a price the marketplace changed too."""
    client.create("PRICE-1", "Cuscino", price=5_000)
    quiesce(client)
    server.edit_price("PRICE-1", 5_500)  # the website
    client.catalogue.update_variant("PRICE-1", {"price_minor": 4_500})  # the desk, offline
    quiesce(client)
    (conflict,) = client.conflicts()
    on_server = server.variant("PRICE-1")["price"]["amount_minor"]
    figure(f"price both sides: marketplace keeps {on_server}, conflict "
           f"{conflict.base_value} -> mine {conflict.local_value} / theirs "
           f"{conflict.remote_value}")
    assert on_server == 5_500
    assert (conflict.field, conflict.base_value, conflict.local_value, conflict.remote_value) == (
        "price_minor", 5_000, 4_500, 5_500)
    assert client.catalogue.variant("PRICE-1").price_minor == 4_500


def test_a_batch_formed_before_the_conflict_is_not_resent(client: Client,
                                                          server: Server) -> None:
    """A price batch that failed before the marketplace ran it, then a website price change:
    resending the batch as formed would overwrite theirs."""
    client.create("PRICE-2", "Plaid", price=7_000)
    quiesce(client)
    client.catalogue.update_variant("PRICE-2", {"price_minor": 6_000})
    server.faults("error_rate=0.5", seed=seed_where("error_rate=0.5", "none", "error"))
    assert client.sync().error is not None
    server.heal()
    assert [e.batch_key is not None for e in client.outbox()] == [True]
    server.edit_price("PRICE-2", 7_700)
    quiesce(client)
    on_server = server.variant("PRICE-2")["price"]["amount_minor"]
    figure(f"formed batch then website price: marketplace keeps {on_server}, "
           f"{len(client.conflicts())} conflict")
    assert on_server == 7_700 and len(client.conflicts()) == 1


def seed_where(spec: str, *fates: str) -> int:
    """A fault seed under which the first requests meet `fates` ("none", "error", "truncate",
    "reset"): the sandbox decides each request's fate from (seed, request number)."""
    parsed = FaultSpec.parse(spec)
    for seed in range(10_000):
        kinds = [decide(parsed, seed, n, n > 0).kind for n in range(len(fates))]
        if [k.split("-")[0] for k in kinds] == list(fates):
            return seed
    raise AssertionError(f"no seed gives {fates}")


def test_replayed_stock_answer_does_not_undo_a_newer_count(client: Client,
                                                           server: Server) -> None:
    """A stock move's reply is cut off after the marketplace applied it; a sale follows; the
    next pass replays the move (same key, the old answer): the newer level must stand."""
    client.create("REPLAY-1", "Ciotola", stock=10)
    quiesce(client)
    client.catalogue.adjust_stock("REPLAY-1", -3)
    server.faults("truncate=0.5", seed=seed_where("truncate=0.5", "none", "truncate"))
    assert client.sync().error is not None  # applied there (10 -> 7), answer lost here
    server.heal()
    server.adjust_stock("REPLAY-1", -2)  # 7 -> 5 on the website
    quiesce(client)
    local, remote = client.catalogue.variant("REPLAY-1").stock, server.variant("REPLAY-1")["stock"]
    figure(f"replayed stock answer: marketplace {remote}, desk {local} (10 -3 -2)")
    assert remote == 5 and local == 5


def test_replayed_price_answer_after_a_website_change(client: Client, server: Server) -> None:
    """Our price reached the marketplace (answer lost), then the website changed it: theirs is
    the newer change and wins without a conflict (our value was agreed meanwhile)."""
    client.create("REPLAY-2", "Brocca", price=3_000)
    quiesce(client)
    client.catalogue.update_variant("REPLAY-2", {"price_minor": 3_100})
    server.faults("truncate=0.5", seed=seed_where("truncate=0.5", "none", "truncate"))
    assert client.sync().error is not None
    server.heal()
    server.edit_price("REPLAY-2", 3_300)
    quiesce(client)
    local = client.catalogue.variant("REPLAY-2").price_minor
    remote = server.variant("REPLAY-2")["price"]["amount_minor"]
    figure(f"replayed price answer, website changed it after: marketplace {remote}, desk "
           f"{local}, {len(client.conflicts())} conflicts")
    assert remote == local == 3_300 and client.conflicts() == []


def test_stock_move_of_a_product_deleted_since_is_moot(client: Client, server: Server) -> None:
    """A stock batch formed (its call failed), then the product deleted at the desk: the
    resent batch meets an unknown SKU, which is not a refusal to show."""
    client.create("MOOT-1", "Tagliere", stock=4)
    quiesce(client)
    client.catalogue.adjust_stock("MOOT-1", 2)
    server.faults("error_rate=0.5", seed=seed_where("error_rate=0.5", "none", "error"))
    assert client.sync().error is not None
    server.heal()
    client.catalogue.delete_product(client.product_id("MOOT-1"))
    quiesce(client)
    figure(f"stock move of a product deleted since: {len(client.outbox())} entries left, "
           f"marketplace has it: {server.product_by_sku('MOOT-1') is not None}")
    assert client.outbox() == [] and server.product_by_sku("MOOT-1") is None


def _edit_twice_with_lost_reply(client: Client, server: Server,
                                edit: Callable[[str], None]) -> None:
    edit("first")
    server.faults("reset_after_commit=1.0", seed=2)  # committed there, reply lost here
    assert client.sync().error is not None
    server.heal()
    edit("second")
    quiesce(client)


def test_own_price_whose_reply_was_lost_is_not_a_conflict(client: Client,
                                                          server: Server) -> None:
    client.create("ECHO-1", "Vaso", price=1_000)
    quiesce(client)
    prices = {"first": 1_100, "second": 1_200}
    _edit_twice_with_lost_reply(client, server, lambda which: client.catalogue.update_variant(
        "ECHO-1", {"price_minor": prices[which]}))
    on_server = server.variant("ECHO-1")["price"]["amount_minor"]
    figure(f"own price echo after a lost reply: {len(client.conflicts())} conflicts, "
           f"marketplace {on_server}")
    assert client.conflicts() == [] and on_server == 1_200


def test_own_title_whose_reply_was_lost_is_not_a_conflict(client: Client,
                                                          server: Server) -> None:
    client.create("ECHO-2", "Vaso")
    quiesce(client)
    product_id = client.product_id("ECHO-2")
    _edit_twice_with_lost_reply(client, server, lambda which: client.catalogue.update_product(
        product_id, {"title.it": f"Vaso ({which})"}))
    remote = server.product_by_sku("ECHO-2")
    assert remote is not None
    figure(f"own title echo after a lost reply: {len(client.conflicts())} conflicts, "
           f"marketplace {remote['texts']['it']['title']!r}")
    assert client.conflicts() == [] and remote["texts"]["it"]["title"] == "Vaso (second)"


def test_create_whose_reply_was_lost_then_edited_is_not_a_conflict(client: Client,
                                                                   server: Server) -> None:
    client.create("ECHO-3", "Brocca", price=2_000)
    server.faults("reset_after_commit=1.0", seed=3)
    assert client.sync().error is not None
    server.heal()
    client.catalogue.update_variant("ECHO-3", {"price_minor": 2_100})
    client.catalogue.update_product(client.product_id("ECHO-3"), {"title.it": "Brocca blu"})
    quiesce(client)
    remote = server.product_by_sku("ECHO-3")
    assert remote is not None
    figure(f"create echo after a lost reply, edited since: {len(client.conflicts())} conflicts")
    assert client.conflicts() == []
    assert remote["texts"]["it"]["title"] == "Brocca blu"
    assert remote["variants"][0]["price"]["amount_minor"] == 2_100


def test_stale_echo_of_own_create_is_not_a_conflict(client: Client, server: Server) -> None:
    """A create and a price change pushed in one pass: the feed still holds the create (variant
    version 1, the old price) behind the batch's version 2. Merged against the newer base, that
    old state looked like the marketplace changing the price back."""
    client.create("ECHO-4", "Tazza", price=900)
    client.catalogue.update_variant("ECHO-4", {"price_minor": 950})
    assert client.sync().ok  # create, then the price batch; both echoes wait in the feed
    client.catalogue.update_variant("ECHO-4", {"price_minor": 990})
    quiesce(client)
    figure(f"stale echoes of a create + price pushed together: {len(client.conflicts())} "
           f"conflicts, marketplace {server.variant('ECHO-4')['price']['amount_minor']}")
    assert client.conflicts() == []
    assert server.variant("ECHO-4")["price"]["amount_minor"] == 990


def test_conflicted_field_stays_mine_through_a_412_on_another(client: Client,
                                                              server: Server) -> None:
    client.create("HELD-1", "Sgabello")
    quiesce(client)
    remote = server.product_by_sku("HELD-1")
    assert remote is not None
    server.edit_product(remote["id"], {"texts": {"it": {"title": "Sgabello (sito)"}}})
    product_id = client.product_id("HELD-1")
    client.catalogue.update_product(product_id, {"title.it": "Sgabello (mio)"})
    quiesce(client)
    assert [c.field for c in client.conflicts()] == ["title.it"]
    client.catalogue.update_product(product_id, {"brand": "Bottega"})
    with client.racing(lambda: server.edit_product(remote["id"], {"tags": ["nuovo"]})):
        assert client.sync().ok  # PATCH brand -> 412 -> merge -> PATCH again
    quiesce(client)
    local = client.catalogue.get(product_id)
    now = server.product(remote["id"])
    figure(f"conflicted title through a 412 on brand: local {local.texts['it']['title']!r}, "
           f"marketplace {now['texts']['it']['title']!r}, brand {now['brand']!r}")
    assert local.texts["it"]["title"] == "Sgabello (mio)"  # still mine, on screen
    assert now["texts"]["it"]["title"] == "Sgabello (sito)" and now["brand"] == "Bottega"
    assert local.tags == ["nuovo"]


def test_keep_mine_keeps_what_is_on_screen_after_a_later_edit(client: Client,
                                                              server: Server) -> None:
    """Edited again while a conflict was open: the conflict shows, and "keep mine" sends, the
    newer value - not the one the conflict recorded when it was found."""
    client.create("AGAIN-1", "Panca")
    quiesce(client)
    remote = server.product_by_sku("AGAIN-1")
    assert remote is not None
    product_id = client.product_id("AGAIN-1")
    client.catalogue.update_product(product_id, {"title.it": "Panca (prima)"})
    server.edit_product(remote["id"], {"texts": {"it": {"title": "Panca (sito)"}}})
    quiesce(client)
    client.catalogue.update_product(product_id, {"title.it": "Panca (dopo)"})
    server.edit_product(remote["id"], {"texts": {"it": {"title": "Panca (sito, di nuovo)"}}})
    quiesce(client)
    (conflict,) = client.conflicts()
    shown = conflict.local_value
    conflict_service.resolve(client.db, conflict.id, "mine")
    quiesce(client)
    title = server.product(remote["id"])["texts"]["it"]["title"]
    figure(f"edited again during a conflict: conflict shows mine {shown!r}, keep mine sent "
           f"{title!r}")
    assert shown == "Panca (dopo)" and title == "Panca (dopo)"
    assert client.catalogue.get(product_id).texts["it"]["title"] == "Panca (dopo)"


def test_create_whose_reply_was_lost_then_deleted_here_goes_and_comes_back_never(
        client: Client, server: Server) -> None:
    """The create landed, its reply was lost, and the owner deleted the product before the
    next pass. The pull meets the listing before the push can link it: it is our own create
    (deleted here since), not a new product to bring in; the push then deletes the listing."""
    client.create("LOST-D", "Sgabello", price=3_000)
    server.faults("reset_after_commit=1.0", seed=3)
    assert client.sync().error is not None
    server.heal()
    assert server.product_by_sku("LOST-D") is not None  # there, unlinked here
    client.catalogue.delete_product(client.product_id("LOST-D"))
    quiesce(client)
    with client.db.read() as session:
        from sqlalchemy import select

        from sellerdesk.store.models import Variant
        here = list(session.scalars(select(Variant).where(Variant.sku == "LOST-D")))
    figure(f"lost create reply, deleted here: {len(here)} local product(s) with the SKU, "
           f"live {[v.deleted_at is None for v in here]}, on the marketplace "
           f"{server.product_by_sku('LOST-D') is not None}, {len(client.conflicts())} conflicts")
    assert len(here) == 1 and here[0].deleted_at is not None  # no second copy came in
    assert server.product_by_sku("LOST-D") is None
    assert client.conflicts() == [] and client.pending() == []
