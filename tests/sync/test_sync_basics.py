"""The sync contract (DESIGN §3) over real HTTP against the sandbox, one rule per test.

Each test prints its figure (run pytest with -s to see them as they come; the terminal summary
repeats them).
"""

from __future__ import annotations

from sync_helpers import Client, Server, figure, quiesce

from sellerdesk.marketplaces.base import ErrorKind
from sellerdesk.store.models import Account, OutboxState
from sellerdesk.sync import conflicts as conflict_service

# -- create, update, delete ----------------------------------------------------------------------


def test_create_is_pushed_once_even_when_every_reply_is_lost(client: Client,
                                                             server: Server) -> None:
    client.create("VASO-1", "Vaso in cotto")
    server.faults("reset_after_commit=1.0", seed=1)
    attempts = 0
    for _ in range(3):  # the create commits on the marketplace each time; no reply ever arrives
        report = client.sync()
        attempts += 1
        assert report.error is not None and report.error.kind == ErrorKind.RETRYABLE
    server.heal()
    quiesce(client)
    posts = client.log.matching("POST", "/v1/products")
    keys = {headers["Idempotency-Key"] for _m, _p, _s, headers in posts}
    on_server = [p for p in server.products()
                 if any(v["sku"] == "VASO-1" for v in p["variants"])]
    figure(f"create under lost replies: {attempts} failed attempts + 1 replay, "
           f"{len(posts)} POSTs under {len(keys)} key, {len(on_server)} product on the server")
    assert len(on_server) == 1 and len(keys) == 1
    local = client.local_product("VASO-1")
    assert local is not None and local.remote_id == on_server[0]["id"]
    assert local.sync_state == "synced" and client.outbox() == []


def test_update_carries_if_match_of_the_known_version(client: Client, server: Server) -> None:
    client.create("LAMP-1", "Lampada")
    quiesce(client)
    remote = server.product_by_sku("LAMP-1")
    assert remote is not None
    client.log.clear()
    client.catalogue.update_product(client.product_id("LAMP-1"), {"title.it": "Lampada da tavolo"})
    quiesce(client)
    patches = client.log.matching("PATCH", f"/v1/products/{remote['id']}")
    figure(f"update: {len(patches)} PATCH with If-Match {patches[0][3].get('If-Match')} "
           f"(version before: {remote['version']})")
    assert len(patches) == 1 and patches[0][3]["If-Match"] == f'"{remote["version"]}"'
    assert server.product(remote["id"])["texts"]["it"]["title"] == "Lampada da tavolo"


def test_delete_is_a_tombstone_both_ways(new_client: type[Client], server: Server) -> None:
    mine = new_client("mine")
    mine.create("DEL-1", "Da togliere")
    mine.create("DEL-2", "Tolto sul sito")
    quiesce(mine)
    first = server.product_by_sku("DEL-1")
    second = server.product_by_sku("DEL-2")
    assert first is not None and second is not None
    mine.catalogue.delete_product(mine.product_id("DEL-1"))
    server.delete_product(second["id"])
    quiesce(mine)
    gone_here = mine.local_product("DEL-1")
    gone_there = mine.local_product("DEL-2")
    figure(f"delete: local delete -> marketplace 404: {server.product(first['id']) is None}; "
           f"marketplace delete -> local tombstone: {gone_there.deleted_at is not None}")
    assert server.product(first["id"]) is None
    assert gone_here is not None and gone_here.deleted_at is not None  # kept as a tombstone
    assert gone_there is not None and gone_there.deleted_at is not None
    assert all(v.deleted_at is not None for v in gone_there.variants)
    assert mine.catalogue.count() == 0 and mine.outbox() == []


# -- 412 and the three-way merge -----------------------------------------------------------------


def test_one_sided_changes_merge_by_themselves(client: Client, server: Server) -> None:
    client.create("SOFA-1", "Divano")
    quiesce(client)
    remote = server.product_by_sku("SOFA-1")
    assert remote is not None
    client.catalogue.update_product(client.product_id("SOFA-1"), {"title.it": "Divano Chianti"})
    client.log.clear()
    with client.racing(lambda: server.edit_product(remote["id"],
                                                   {"brand": "Rossi", "tags": ["saldi"]})):
        assert client.sync().ok
    quiesce(client)
    statuses = [s for m, _p, s, _h in client.log.entries if m == "PATCH"]
    now = server.product(remote["id"])
    local = client.catalogue.get_by_sku("SOFA-1")
    figure(f"412 one-sided: PATCH statuses {statuses}; marketplace has title "
           f"{now['texts']['it']['title']!r} and brand {now['brand']!r}; "
           f"{len(client.conflicts())} conflicts")
    assert statuses == [412, 200]
    assert now["texts"]["it"]["title"] == "Divano Chianti" and now["brand"] == "Rossi"
    assert local.brand == "Rossi" and local.tags == ["saldi"]
    assert local.texts["it"]["title"] == "Divano Chianti"
    assert client.conflicts() == [] and local.sync_state == "synced"


def test_both_sided_change_becomes_a_conflict_and_is_not_pushed(client: Client,
                                                                server: Server) -> None:
    client.create("SOFA-2", "Divano")
    quiesce(client)
    remote = server.product_by_sku("SOFA-2")
    assert remote is not None
    client.catalogue.update_product(client.product_id("SOFA-2"),
                                    {"title.it": "Divano (negozio)", "category": "Divani"})
    client.log.clear()
    with client.racing(lambda: server.edit_product(
            remote["id"], {"texts": {"it": {"title": "Divano (sito)"}}, "brand": "Sito"})):
        assert client.sync().ok
    quiesce(client)
    statuses = [s for m, _p, s, _h in client.log.entries if m == "PATCH"]
    found = client.conflicts()
    now = server.product(remote["id"])
    local = client.catalogue.get_by_sku("SOFA-2")
    assert statuses == [412, 200]  # the merged one-sided part (category) went through
    figure(f"412 both-sided: PATCH {statuses}, {len(found)} conflict on {[c.field for c in found]} "
           f"(base {found[0].base_value!r}, mine {found[0].local_value!r}, theirs "
           f"{found[0].remote_value!r}); marketplace keeps {now['texts']['it']['title']!r}")
    assert [(c.field, c.base_value, c.local_value, c.remote_value) for c in found] == [
        ("title.it", "Divano", "Divano (negozio)", "Divano (sito)")]
    assert now["texts"]["it"]["title"] == "Divano (sito)"  # not overwritten
    assert now["category"] == "Divani" and now["brand"] == "Sito"  # the one-sided parts merged
    assert local.texts["it"]["title"] == "Divano (negozio)"  # mine stays on screen
    assert local.brand == "Sito" and local.sync_state == "conflict"


def _conflicted(client: Client, server: Server, sku: str) -> tuple[str, str]:
    client.create(sku, "Poltrona")
    quiesce(client)
    remote = server.product_by_sku(sku)
    assert remote is not None
    server.edit_product(remote["id"], {"texts": {"it": {"title": "Poltrona (sito)"}}})
    client.catalogue.update_product(client.product_id(sku), {"title.it": "Poltrona (mia)"})
    quiesce(client)
    (conflict,) = client.conflicts()
    return conflict.id, remote["id"]


def test_resolve_keep_mine_pushes_mine(client: Client, server: Server) -> None:
    conflict_id, remote_id = _conflicted(client, server, "POL-1")
    conflict_service.resolve(client.db, conflict_id, "mine")
    quiesce(client)
    title = server.product(remote_id)["texts"]["it"]["title"]
    figure(f"resolve keep mine: marketplace title now {title!r}")
    assert title == "Poltrona (mia)"
    assert client.catalogue.get_by_sku("POL-1").texts["it"]["title"] == "Poltrona (mia)"
    assert client.conflicts() == [] and client.outbox() == []


def test_resolve_keep_theirs_takes_theirs(client: Client, server: Server) -> None:
    conflict_id, remote_id = _conflicted(client, server, "POL-2")
    conflict_service.resolve(client.db, conflict_id, "theirs")
    client.log.clear()
    quiesce(client)
    writes = [e for e in client.log.entries if e[0] != "GET"]
    local = client.catalogue.get_by_sku("POL-2")
    figure(f"resolve keep theirs: local title {local.texts['it']['title']!r}, "
           f"{len(writes)} writes sent")
    assert local.texts["it"]["title"] == "Poltrona (sito)" and writes == []
    assert server.product(remote_id)["texts"]["it"]["title"] == "Poltrona (sito)"
    assert client.conflicts() == [] and local.sync_state == "synced"


# -- stock ---------------------------------------------------------------------------------------


def test_stock_deltas_never_conflict(new_client: type[Client], server: Server) -> None:
    shop = new_client("shop")
    other = new_client("other")
    shop.create("MUG-1", "Tazza", stock=20)
    quiesce(shop, other)
    shop.catalogue.adjust_stock("MUG-1", -3)  # sold in the shop
    other.catalogue.adjust_stock("MUG-1", 5)  # goods received at the other desk
    server.place_order([("MUG-1", 2)])  # sold on the marketplace
    server.adjust_stock("MUG-1", -1)  # corrected on the website
    quiesce(shop, other)
    on_server = server.variant("MUG-1")["stock"]
    figure(f"stock: 20 -3 (shop) +5 (other desk) -2 (order) -1 (website) = {on_server} on the "
           f"marketplace, {shop.catalogue.variant('MUG-1').stock} and "
           f"{other.catalogue.variant('MUG-1').stock} locally, "
           f"{len(shop.conflicts()) + len(other.conflicts())} conflicts")
    assert on_server == 19
    assert shop.catalogue.variant("MUG-1").stock == 19
    assert other.catalogue.variant("MUG-1").stock == 19
    assert shop.conflicts() == [] and other.conflicts() == []


# -- failures ------------------------------------------------------------------------------------


def test_401_refreshes_once_then_asks_for_login(client: Client, server: Server,
                                                in_memory_keyring: object) -> None:
    quiesce(client)
    tokens = client.secrets.get(client.account_id)
    assert tokens is not None
    client.secrets.set(client.account_id, {**tokens, "access_token": "revoked"})
    client.log.clear()
    client.create("AUTH-1", "Dopo il rinnovo")
    first = client.sync()
    refreshed = client.secrets.get(client.account_id)
    statuses = [s for _m, _p, s, _h in client.log.entries]
    assert first.ok and refreshed is not None and refreshed["access_token"] != "revoked"
    assert statuses[0] == 401 and statuses.count(401) == 1

    client.secrets.set(client.account_id,
                       {**refreshed, "access_token": "revoked", "refresh_token": "revoked"})
    client.catalogue.update_product(client.product_id("AUTH-1"), {"brand": "X"})
    client.log.clear()
    second = client.sync()
    with client.db.read() as session:
        account = session.get(Account, client.account_id)
        assert account is not None
        needs_login = account.needs_login
    figure(f"401: first refresh worked ({statuses.count(401)} x 401 then "
           f"{len(statuses) - 1} OK); with the refresh token refused too: "
           f"{second.error.kind if second.error else None}, needs_login={needs_login}, "
           f"{len(client.log.entries)} request(s)")
    assert second.error is not None and second.error.kind == ErrorKind.AUTH
    assert needs_login and client.engine.status.needs_login
    assert len(client.log.entries) == 1  # one 401, one refused refresh (not via the adapter)
    assert len(client.pending()) == 1  # the change waits for the new login


def test_retryable_errors_report_the_wait(client: Client, server: Server) -> None:
    client.create("RETRY-1", "Riprova")
    quiesce(client)
    seen = {}
    for name, spec in (("503", "error_rate=1.0"), ("429", "rate=0.5/s,burst=1")):
        server.faults(spec, seed=3)
        for _ in range(4):  # error_rate draws 500 or 503; the storm lets one request through
            error = client.sync().error
            if error is not None and error.status in (429, 503):
                break
        assert error is not None and error.kind == ErrorKind.RETRYABLE
        seen[name] = (error.status, error.retry_after)
        server.heal()
    client.catalogue.update_variant("RETRY-1", {"price_minor": 12_345})
    with client.offline():
        offline = client.sync().error
    figure(f"retryable: 503 -> wait {seen['503'][1]} s, 429 -> wait {seen['429'][1]} s, "
           f"offline -> {offline.kind if offline else None} "
           f"(online={client.engine.status.online}); the change waits: {len(client.pending())}")
    assert seen["503"] == (503, 1.0)
    assert seen["429"][0] == 429 and (seen["429"][1] or 0) > 0
    assert offline is not None and offline.kind == ErrorKind.RETRYABLE
    assert client.engine.status.online is False
    assert len(client.pending()) == 1  # nothing dropped
    quiesce(client)
    assert server.variant("RETRY-1")["price"]["amount_minor"] == 12_345


def test_rejected_change_is_kept_with_the_message(client: Client, server: Server) -> None:
    client.create("REJ-1", "Prezzo in dollari")
    quiesce(client)
    client.catalogue.update_variant("REJ-1", {"currency": "USD"})  # the shop sells in EUR
    first = client.sync()
    second = client.sync()
    (entry,) = client.outbox()
    local = client.catalogue.get_by_sku("REJ-1")
    figure(f"rejected: entry {entry.state} after {entry.attempts} attempt(s) with message "
           f"{entry.last_error!r}; product {local.sync_state}")
    assert first.ok and second.ok and first.pushed.rejected == 1 and second.pushed.sent == 0
    assert entry.attempts == 1  # one send, counted once
    assert entry.state == OutboxState.REJECTED and entry.last_error
    assert "EUR" in entry.last_error and local.sync_state == "rejected"
    assert local.variants[0].currency == "USD"  # the local change is kept
    assert client.engine.status.rejected == 1


def test_offline_shipment_makes_exactly_one_fulfilment(client: Client, server: Server) -> None:
    client.create("SHIP-1", "Spedito", stock=10)
    quiesce(client)
    order = server.place_order([("SHIP-1", 2)])
    quiesce(client)
    with client.offline():
        client.orders.ship(order["number"], "brt", "BRT123")
        assert client.sync().error is not None
    server.faults("reset_after_commit=1.0", seed=5)
    failures = 0
    for _ in range(3):
        report = client.sync()
        failures += report.error is not None
    server.heal()
    quiesce(client)
    remote = server.order(order["id"])
    posts = client.log.matching("POST", "/fulfillments")
    local = client.order_by_number(order["number"])
    figure(f"offline shipment under lost replies: {len(posts)} POSTs, {failures} failed syncs, "
           f"{len(remote['fulfillments'])} fulfilment on the marketplace, order "
           f"{remote['status']}")
    assert len(remote["fulfillments"]) == 1 and remote["status"] == "shipped"
    assert len({h["Idempotency-Key"] for _m, _p, _s, h in posts}) == 1
    assert local is not None and local.status == "shipped"
    mine = client.fulfilments()
    assert len(mine) == 1 and mine[0].remote_id == remote["fulfillments"][0]["id"]
    assert client.outbox() == []
