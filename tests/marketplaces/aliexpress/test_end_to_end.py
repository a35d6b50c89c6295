"""The real SyncEngine syncing a local shop both ways through the AliExpress adapter and the
sandbox's gateway, over HTTP on 127.0.0.1; lost replies after commit never duplicate."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from sellerdesk.marketplaces.base import ErrorKind, MarketplaceError
from sellerdesk.sandbox.embedded import RunningSandbox
from sellerdesk.store.models import Order, Variant
from tests.marketplaces.aliexpress.aliexpress_helpers import GatewayClient, admin
from tests.sync.sync_helpers import Server

NewClient = Callable[..., GatewayClient]


def _variant(client: GatewayClient, sku: str) -> Variant:
    with client.db.read() as session:
        variant = session.scalar(select(Variant).where(Variant.sku == sku))
        assert variant is not None, sku
        return variant


def _settle(client: GatewayClient, passes: int = 8) -> None:
    """Sync until a pass sends nothing and nothing waits in the outbox (bounded). Pulls are not
    counted: a product changed in the last seconds is read again by the next scan on purpose."""
    for _ in range(passes):
        report = client.sync()
        if report.error is None and not report.pushed.sent and client.engine.status.pending == 0:
            return
    raise AssertionError(f"the shop never settled: {report.error!r}")


def _faults(sandbox: RunningSandbox, spec: str) -> None:
    admin(sandbox, "PUT", "/admin/faults", json={"spec": spec, "seed": 1})


def test_both_ways_through_the_gateway(sandbox: RunningSandbox, new_client: NewClient) -> None:
    server = Server(sandbox)
    server.create_product("AE-1", "Borsa", price=4_500, stock=7)
    server.create_product("AE-2", "Cintura", price=2_000, stock=3)
    order = server.place_order([("AE-1", 2)])
    client = new_client(sandbox)

    report = client.sync()  # pull: products and orders
    assert report.error is None, report.error
    assert (_variant(client, "AE-1").price_minor, _variant(client, "AE-1").stock) == (4_500, 5)
    with client.db.read() as session:
        mine = session.scalar(select(Order).where(Order.number == order["number"]))
        assert mine is not None and mine.status == "awaiting_shipment"

    # offline edits: a price, a stock movement; then a new product
    client.catalogue.update_variant("AE-2", {"price_minor": 2_500})
    client.catalogue.adjust_stock("AE-2", -1)
    client.create("AE-NEW", "Portafoglio", price=3_000, stock=4)
    with client.offline():
        offline = client.sync()
    assert offline.error is not None and client.engine.status.online is False
    assert server.variant("AE-2")["price"]["amount_minor"] == 2_000  # nothing went out
    _settle(client)
    assert server.variant("AE-2")["price"]["amount_minor"] == 2_500
    assert server.variant("AE-2")["stock"] == 2
    assert server.variant("AE-NEW")["price"]["amount_minor"] == 3_000
    assert _variant(client, "AE-NEW").remote_id is not None

    # the owner edits on the website: the next scan brings it in
    server.edit_price("AE-1", 4_900)
    _settle(client)
    assert _variant(client, "AE-1").price_minor == 4_900

    # ship the order from the shop
    client.orders.ship(order["number"], "gls", "GLS123")
    _settle(client)
    remote = server.order(order["id"])
    assert remote["status"] == "shipped"
    assert [f["tracking_number"] for f in remote["fulfillments"]] == ["GLS123"]


def test_lost_replies_never_duplicate(sandbox: RunningSandbox, new_client: NewClient) -> None:
    """Every write's reply is lost after it committed; the retries look the result up."""
    server = Server(sandbox)
    server.create_product("AE-1", "Borsa", price=4_500, stock=7)
    order = server.place_order([("AE-1", 1)])
    client = new_client(sandbox)
    _settle(client)

    client.create("AE-DUP", "Zaino", price=5_000, stock=2)
    client.orders.ship(order["number"], "gls", "GLS-LOST")
    client.catalogue.adjust_stock("AE-1", -2)
    _faults(sandbox, "reset_after_commit=1")
    # Every write commits and its reply is lost; the retries look the result up (a stock
    # write is read back at once), so later passes may already get through.
    failed = sum(client.sync().error is not None for _ in range(3))
    assert failed >= 1
    _faults(sandbox, "")
    _settle(client)

    products = [p for p in server.products()
                if any(v["sku"] == "AE-DUP" for v in p["variants"])]
    assert len(products) == 1  # the retried create found the first one
    assert [f["tracking_number"] for f in server.order(order["id"])["fulfillments"]] \
        == ["GLS-LOST"]
    assert server.variant("AE-1")["stock"] == 4  # 7 - 1 sold - 2, once
    assert client.catalogue.variant("AE-1").stock == 4
    assert _variant(client, "AE-DUP").remote_id == products[0]["variants"][0]["id"]


def test_auditing_product_waits_then_takes_its_edit(start: Callable[..., RunningSandbox],
                                                    new_client: NewClient) -> None:
    from sellerdesk.sandbox import clock

    sandbox = start(audit_delay=600.0)
    server = Server(sandbox)
    client = new_client(sandbox)
    client.create("AE-AUD", "Sciarpa", price=1_500, stock=1)
    _settle(client)
    assert server.product_by_sku("AE-AUD")["status"] == "auditing"
    client.catalogue.update_variant("AE-AUD", {"price_minor": 1_800})
    report = client.sync()
    assert report.error is None
    assert server.variant("AE-AUD")["price"]["amount_minor"] == 1_500  # refused while auditing
    real = clock.now
    clock.now = lambda: real() + 601  # type: ignore[assignment]
    try:
        with client.db.write() as session:  # the entry was told to wait: make it due now
            from sellerdesk.store.models import OutboxEntry

            for entry in session.scalars(select(OutboxEntry)):
                entry.next_attempt_at = None
                entry.batch_key = None
        _settle(client)
    finally:
        clock.now = real  # type: ignore[assignment]
    assert server.variant("AE-AUD")["price"]["amount_minor"] == 1_800


def test_website_deletes_and_buyer_updates_arrive(sandbox: RunningSandbox,
                                                  new_client: NewClient) -> None:
    server = Server(sandbox)
    gone = server.create_product("AE-GONE", "Vaso")
    server.create_product("AE-STAY", "Tavolo", stock=5)
    order = server.place_order([("AE-STAY", 1)])
    client = new_client(sandbox)
    _settle(client)
    client.orders.ship(order["number"], "brt", "BRT-1")
    _settle(client)
    server.delete_product(gone["id"])
    admin(sandbox, "POST", f"/admin/orders/{order['id']}/complete")
    _settle(client)
    with client.db.read() as session:
        deleted = session.scalar(select(Variant).where(Variant.sku == "AE-GONE"))
        assert deleted is not None and deleted.product.deleted_at is not None
        mine = session.scalar(select(Order).where(Order.number == order["number"]))
        assert mine is not None and mine.status == "completed"
        assert [f.tracking_number for f in mine.fulfilments] == ["BRT-1"]


def test_a_restarted_app_retrying_finds_what_landed(sandbox: RunningSandbox) -> None:
    """The app was killed after sending: a new adapter (no memory of the attempt) retries the
    same create and the same shipment; the platform's answers lead it to what exists."""
    from tests.marketplaces.aliexpress.aliexpress_helpers import adapter_for_sandbox

    server = Server(sandbox)
    server.create_product("AE-1", "Borsa")
    order = server.place_order([("AE-1", 1)])
    body = {"main_language": "it", "status": "active",
            "texts": {"it": {"title": "Zaino", "description": ""}},
            "variants": [{"sku": "AE-Z", "options": {}, "stock": 3,
                          "price": {"amount_minor": 900, "currency": "EUR"}}]}
    ship = {"carrier": "gls", "tracking_number": "GLS-9", "lines": [{"sku": "AE-1",
                                                                     "quantity": 1}]}
    first, _ = adapter_for_sandbox(sandbox)
    _faults(sandbox, "reset_after_commit=1")
    for call in (lambda: first.create_product(body, "key-1"),
                 lambda: first.fulfil(order["number"], ship, "key-2")):
        with pytest.raises(MarketplaceError) as lost:
            call()
        assert lost.value.kind == ErrorKind.RETRYABLE and lost.value.status is None
    _faults(sandbox, "")
    first.close()
    restarted, _ = adapter_for_sandbox(sandbox)
    product = restarted.create_product(body, "key-1")
    shipped = restarted.fulfil(order["number"], ship, "key-2")
    restarted.close()
    assert [v.sku for v in product.variants] == ["AE-Z"]
    assert len([p for p in server.products() if p["variants"][0]["sku"] == "AE-Z"]) == 1
    assert [f.tracking_number for f in shipped.fulfilments] == ["GLS-9"]
    assert len(server.order(order["id"])["fulfillments"]) == 1
