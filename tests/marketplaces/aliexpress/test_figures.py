"""The figures issue #10 asks for: requests per full sync, and how long a ban holds the queue."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable

import pytest

from sellerdesk.marketplaces.base import ErrorKind
from sellerdesk.sandbox import clock
from sellerdesk.sandbox.embedded import RunningSandbox
from sellerdesk.sync.scheduler import Backoff
from tests.marketplaces.aliexpress.aliexpress_helpers import GatewayClient, admin
from tests.sync.sync_helpers import Server, figure

N = 300


def test_requests_per_full_sync(sandbox: RunningSandbox,
                                new_client: Callable[..., GatewayClient]) -> None:
    server = Server(sandbox)
    for n in range(N):
        server.create_product(f"FIG-{n:04d}", f"Prodotto {n}")
    client = new_client(sandbox)
    client.market.clock = lambda: time.time() + 10  # as if the edits were seconds old
    first = client.sync()
    assert first.error is None and first.pulled >= N
    lists = math.ceil(N / 99) + 3  # onSelling pages, then the three other (empty) lists
    # each product read in full once; order window: one page
    assert first.requests == N + lists + 1, first.requests
    again = client.sync()
    assert again.error is None
    figure(f"AliExpress full sync of {N} products: {first.requests} requests the first time,"
           f" {again.requests} for a full re-scan with nothing changed")
    assert again.requests == lists + 1  # list pages and one order page, nothing read again


def test_a_ban_holds_the_queue_as_long_as_it_says(sandbox: RunningSandbox,
                                                  new_client: Callable[..., GatewayClient],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    server = Server(sandbox)
    server.create_product("BAN-1", "Borsa")
    client = new_client(sandbox)
    assert client.sync().error is None
    client.catalogue.update_variant("BAN-1", {"price_minor": 1_234})
    now = [clock.now()]
    monkeypatch.setattr(clock, "now", lambda: now[0])
    admin(sandbox, "PUT", "/aliexpress/admin/limits", json={"rate": 0.001, "burst": 1,
                                                           "ban_seconds": 45})
    report = client.sync()
    assert report.error is not None and report.error.kind == ErrorKind.RETRYABLE
    assert report.error.retry_after == 45 and report.error.status == 429
    # the window's scheduler waits the ban out (its jitter after one failure is at most 4 s)
    assert Backoff(rng=random.Random(7)).next_delay(report.error.retry_after) == 45
    assert client.engine.status.pending == 1  # held, not dropped
    now[0] += 44
    still = client.sync()
    assert still.error is not None and still.error.retry_after == 1
    now[0] += 1
    admin(sandbox, "PUT", "/aliexpress/admin/limits", json={"rate": 10_000, "burst": 10_000})
    assert client.sync().error is None
    assert server.variant("BAN-1")["price"]["amount_minor"] == 1_234
    figure("AliExpress ban: code 7 'This ban will last for 45 more seconds' holds the whole"
           " queue for 45 s (retry_after=45, status 429, the entry kept); the next pass after"
           " the ban goes through")
