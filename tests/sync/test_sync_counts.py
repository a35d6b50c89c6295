"""Acceptance 3 in the suite: request counts, which do not depend on the machine (the timings
are in bench/bench_sync.py, not here). Plus the proof that the bulk path of the pull (new objects
written in one INSERT per table) leaves exactly what the object-by-object merge path leaves.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sync_helpers import Client, Server, figure, quiesce, shop_dump

from sellerdesk.sandbox import catalogue as sandbox_catalogue
from sellerdesk.sandbox.database import Database as SandboxDatabase
from sellerdesk.sandbox.embedded import RunningSandbox
from sellerdesk.sandbox.schemas import ProductIn
from sellerdesk.sandbox.seed import seed_if_new
from sellerdesk.sync import bulk

PRODUCTS = 1_000


def _shop_with_products(path: Path, count: int) -> None:
    """A marketplace file with `count` one-variant products, written the way the sandbox writes
    them (its own catalogue code, change feed included), faster than 1,000 HTTP requests."""
    db = SandboxDatabase(path)
    try:
        seed_if_new(db, "empty")
        with db.write() as tx:
            for number in range(count):
                sandbox_catalogue.create_product(tx, ProductIn.model_validate({
                    "main_language": "it", "status": "active",
                    "texts": {"it": {"title": f"Prodotto {number}"}},
                    "variants": [{"sku": f"P{number:04d}", "stock": 50,
                                  "price": {"amount_minor": 1_000 + number,
                                            "currency": "EUR"}}],
                }), audit_delay=0.0, currency="EUR")
    finally:
        db.close()


@pytest.fixture
def big(start: Callable[..., RunningSandbox], fast_tmp: Path) -> Iterator[RunningSandbox]:
    path = fast_tmp / "marketplace.db"
    _shop_with_products(path, PRODUCTS)
    yield start(data=path)


def test_a_sync_with_nothing_new_is_one_request(client: Client, server: Server) -> None:
    client.create("ONE-1", "Uno")
    quiesce(client)
    client.log.clear()
    report = client.sync()
    figure(f"no-change sync: {report.requests} request ({[e[:2] for e in client.log.entries]})")
    assert report.ok and report.requests == 1 and len(client.log.entries) == 1


def test_a_thousand_offline_edits_go_in_at_most_60_requests(big: RunningSandbox,
                                                            fast_tmp: Path) -> None:
    client = Client.connect(fast_tmp / "desk" / "sellerdesk.db", big.url, "desk")
    try:
        first = client.sync()
        assert first.ok and first.pulled == 2 * PRODUCTS  # a product and a variant entry each
        prices: dict[str, int] = {}
        moves: dict[str, int] = {}
        for number in range(PRODUCTS):  # one edit per product: the worst case for batches
            sku = f"P{number:04d}"
            if number % 2:
                moves[sku] = number % 7 - 3 or 1
                client.catalogue.adjust_stock(sku, moves[sku])
            else:
                prices[sku] = 5_000 + number
                client.catalogue.update_variant(sku, {"price_minor": prices[sku]})
        client.log.clear()
        report = client.sync()
        calls = [f"{m} {p}" for m, p, _s, _h in client.log.entries]
        figure(f"{len(prices) + len(moves)} offline edits (price or stock, one product each): "
               f"pushed in {report.requests} requests ({calls.count('POST /v1/prices/batch')} "
               f"price batches, {calls.count('POST /v1/inventory/batch')} stock batches, "
               f"{calls.count('GET /v1/changes')} pull), {report.pushed.acknowledged} "
               f"acknowledged")
        assert report.ok and report.requests <= 60
        assert report.pushed.acknowledged == PRODUCTS and client.pending() == []
        server = Server(big)
        for sku in list(prices)[:10]:
            assert server.variant(sku)["price"]["amount_minor"] == prices[sku]
        for sku in list(moves)[:10]:
            assert server.variant(sku)["stock"] == 50 + moves[sku]
    finally:
        client.close()


def test_bulk_inserts_equal_the_merge_path(start: Callable[..., RunningSandbox],
                                           fast_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo shop (60 products with variants and five languages, 200 orders in every state)
    synced twice: once with new objects inserted in bulk (search documents rebuilt set-wise,
    migration 0005), once object by object (the store's per-row triggers). Every row, every
    search document and summary, and the results of a few hundred searches are the same."""
    demo = start(seed="demo")
    fast = Client.connect(fast_tmp / "bulk" / "sellerdesk.db", demo.url, "bulk")
    slow = Client.connect(fast_tmp / "merge" / "sellerdesk.db", demo.url, "merge")
    try:
        assert fast.sync().ok
        with monkeypatch.context() as patch:
            patch.setattr(bulk, "find_fresh", lambda session, changes: bulk.Fresh())
            assert slow.sync().ok
        mine, theirs = shop_dump(fast), shop_dump(slow)
        sizes = {name: len(rows) for name, rows in mine.items()}
        figure(f"bulk path == merge path on the demo shop: {sizes}")
        for name in mine:
            assert mine[name] == theirs[name], name
        assert sizes["products"] == 60 and sizes["orders"] == 200
        assert sizes["search results"] > 100
        assert sum(len(found) for _q, found in mine["search results"]) > sizes["search results"]
        for client in (fast, slow):  # FTS5's own check of its index against its documents
            client.db.run_write(lambda s: s.execute(text(
                "INSERT INTO product_search(product_search) VALUES ('integrity-check')")))
            with client.db.read() as session:  # nothing left deferred (migration 0005)
                assert session.scalar(text("SELECT count(*) FROM search_deferred")) == 0
    finally:
        fast.close()
        slow.close()


def test_bulk_ids_are_distinct_increasing_uuid7_strings() -> None:
    """The bulk path makes its own ids: canonical UUID text (version 7: clock, sequence,
    random bits), never twice, in increasing order even past 4,096 ids in one millisecond,
    so that new rows append to their indexes."""
    next_id = bulk.id_source()
    ids = [next_id() for _ in range(20_000)]
    assert len(set(ids)) == len(ids) and ids == sorted(ids)
    for value in ids[:: 97]:
        parsed = uuid.UUID(value)
        assert str(parsed) == value and parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
    other = bulk.id_source()  # another writer at the same moment: random bits keep them apart
    assert not {other() for _ in range(1_000)} & set(ids)
