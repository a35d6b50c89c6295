"""A hostile network (seeded): 500s inside HTTP 200, bare 503s, cut replies and replies lost
after commit. Bounded syncing under the faults, then calm: the shop and AliExpress agree,
nothing is duplicated and no stock moved twice."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sellerdesk.sandbox.embedded import RunningSandbox
from tests.marketplaces.aliexpress.aliexpress_helpers import GatewayClient, admin
from tests.sync.sync_helpers import Server


@pytest.mark.parametrize("seed", [3, 11])
def test_converges_under_faults(sandbox: RunningSandbox,
                                new_client: Callable[..., GatewayClient], seed: int) -> None:
    server = Server(sandbox)
    for n in range(6):
        server.create_product(f"F-{n}", f"Articolo {n}", price=1_000 + n, stock=20)
    orders = [server.place_order([(f"F-{n}", 1)]) for n in range(2)]
    client = new_client(sandbox)
    assert client.sync().error is None

    for n in range(6):
        client.catalogue.update_variant(f"F-{n}", {"price_minor": 2_000 + n})
        client.catalogue.adjust_stock(f"F-{n}", -2)
    for n in range(3):
        client.create(f"NEW-{n}", f"Nuovo {n}", price=500, stock=5)
    for order in orders:
        client.orders.ship(order["number"], "gls", f"T-{order['number']}")

    admin(sandbox, "PUT", "/admin/faults", json={
        "spec": "error_rate=0.15,truncate=0.1,reset_after_commit=0.3", "seed": seed})
    failed = sum(client.sync().error is not None for _ in range(25))  # bounded
    assert failed > 0  # the faults did bite
    admin(sandbox, "PUT", "/admin/faults", json={"spec": "", "seed": 0})
    for _ in range(8):
        report = client.sync()
        if report.error is None and client.engine.status.pending == 0:
            break
    assert report.error is None and client.engine.status.pending == 0

    products = server.products()
    skus = [v["sku"] for p in products for v in p["variants"]]
    assert sorted(skus) == sorted({*skus}) and len(products) == 9  # no duplicate create
    for n in range(6):
        variant = server.variant(f"F-{n}")
        sold = 1 if n < 2 else 0
        assert variant["price"]["amount_minor"] == 2_000 + n
        assert variant["stock"] == 20 - sold - 2, (n, variant["stock"])  # each delta once
        assert client.catalogue.variant(f"F-{n}").stock == variant["stock"]
    for order in orders:
        shipped = server.order(order["id"])["fulfillments"]
        assert [f["tracking_number"] for f in shipped] == [f"T-{order['number']}"]
