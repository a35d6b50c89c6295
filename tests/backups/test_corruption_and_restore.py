"""A damaged file is caught at start, quarantined (never deleted), and nothing is uploaded from
it; a restore then brings the shop back and the sync reconciles without losing an outbox entry."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from sellerdesk.backups import check_at_start, list_backups, make_backup, restore, sync_blocked
from sellerdesk.backups.integrity import quick_check
from sellerdesk.store import Database
from sellerdesk.store.models import Variant
from tests.backups.conftest import Market, Shop


def flip_bytes(path: Path, table: str = "products") -> None:
    """Invert the header of `table`'s root page: the page type becomes invalid, but the schema
    (page 1) still reads, so the file opens and looks usable - the dangerous kind of damage."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        header = handle.read(8)
        handle.seek((root - 1) * page_size)
        handle.write(bytes(b ^ 0xFF for b in header))


def test_damaged_file_is_quarantined_never_synced_and_restored(shop: Shop, market: Market) -> None:
    shop.add("SAFE-1")
    assert shop.engine().sync_once().ok
    shop.add("PENDING-2")  # a local edit the marketplace has not seen yet
    good = make_backup(shop.data.database, shop.data.backups, photos=shop.data.photos,
                       kind="auto")
    shop.add("AFTER-3")
    shop.database.close()
    flip_bytes(shop.data.database)
    damaged_bytes = shop.data.database.read_bytes()

    check = check_at_start(shop.data)

    assert not check.ok and check.problem
    assert not shop.data.database.exists()
    assert check.quarantined is not None and check.quarantined.read_bytes() == damaged_bytes
    assert check.quarantined.is_relative_to(shop.data.root / "quarantine")
    assert sync_blocked(shop.data.database)
    # A second start before the choice is made still knows.
    assert not check_at_start(shop.data).ok
    # Nothing is uploaded from the damaged copy, even by an engine that opens it anyway.
    damaged = Database(check.quarantined)
    try:
        engine = shop.engine(damaged)
        assert engine.status.pending >= 2  # it still reads, outbox and all: only the flag stops it
        report = engine.sync_once()
        assert not report.ok and "damaged" in (report.error.message if report.error else "")
        assert report.requests == 0 and getattr(engine.market, "requests_made", 0) == 0
    finally:
        damaged.close()
    assert market.skus() == ["SAFE-1"]

    # The newest good backup is offered and restored.
    offered = next(b for b in list_backups(shop.data.backups) if quick_check(b.path) is None)
    assert offered.path == good.path
    result = restore(shop.data, offered.path)
    assert result.quarantined is None and result.before is None  # nothing sound to back up
    assert not sync_blocked(shop.data.database)
    assert quick_check(shop.data.database) is None
    shop.reopen()
    report = shop.engine().sync_once()
    assert report.ok
    assert market.skus() == ["PENDING-2", "SAFE-1"]  # the restored outbox went out
    assert shop.outbox() == 0


def test_restore_then_sync_loses_no_outbox_entry_and_pulls_what_changed(
        shop: Shop, market: Market) -> None:
    shop.add("A-1")
    shop.engine().sync_once()
    shop.add("B-2")  # pending in the backup
    backup = make_backup(shop.data.database, shop.data.backups, kind="manual")
    # After the backup: B-2 goes out, and the marketplace changes (a product added on the
    # website, the price of A-1 edited there).
    assert shop.engine().sync_once().ok
    product = next(p for p in market.products() if p["variants"][0]["sku"] == "A-1")
    variant = product["variants"][0]
    answer = market.http.patch(
        f"{market.url}/v1/products/{product['id']}/variants/{variant['id']}",
        json={"price": {"amount_minor": 4200, "currency": "EUR"}},
        headers={**market.headers, "If-Match": f'"{variant["version"]}"'}, timeout=10)
    assert answer.status_code == 200, answer.text
    created = market.http.post(f"{market.url}/v1/products", timeout=10, json={
        "main_language": "it", "status": "active",
        "texts": {"it": {"title": "Dal sito", "description": ""}},
        "variants": [{"sku": "WEB-3", "price": {"amount_minor": 900, "currency": "EUR"},
                      "stock": 1}]},
        headers={**market.headers, "Idempotency-Key": "web-3"})
    assert created.status_code < 300, created.text
    shop.add("C-4")  # made after the backup: the restore takes it away (kept in before-restore)

    result = restore(shop.data, backup.path)

    assert result.before is not None and result.before.kind == "before-restore"
    assert shop.outbox() >= 1  # B-2's entry is back, as it was when the backup was made
    engine = shop.engine()
    report = engine.sync_once()
    assert report.ok, report.error
    report = engine.sync_once()
    assert report.ok and shop.outbox() == 0
    assert market.skus() == ["A-1", "B-2", "WEB-3"]  # B-2 once: the repeated push was idempotent
    with shop.database.read() as session:
        prices = dict(session.execute(select(Variant.sku, Variant.price_minor)).all())
    assert prices["A-1"] == 4200 and "WEB-3" in prices and "C-4" not in prices
    assert not engine.status.conflicts
    # The state replaced by the restore is itself a backup, with C-4 in it.
    conn = sqlite3.connect(result.before.path)
    assert conn.execute("SELECT count(*) FROM variants WHERE sku = 'C-4'").fetchone()[0] == 1
    conn.close()
