"""Backups taken while the window writes (a thread through `Catalogue`) and the sync runs are
each a consistent database: integrity_check passes and every product is whole."""

from __future__ import annotations

import sqlite3
import threading

from sellerdesk.backups import list_backups, make_backup
from tests.backups.conftest import Market, Shop


def test_backups_during_writes_and_sync_are_consistent(shop: Shop, market: Market) -> None:
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        n = 0
        try:
            while not stop.is_set() and n < 400:
                shop.add(f"W-{n:04d}", title=f"Prodotto {n}")
                n += 1
        except BaseException as exc:  # reported by the test thread
            errors.append(exc)

    def syncer() -> None:
        engine = shop.engine()
        try:
            while not stop.is_set():
                engine.sync_once()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer), threading.Thread(target=syncer)]
    for thread in threads:
        thread.start()
    try:
        counts = []
        for _ in range(8):
            info = make_backup(shop.data.database, shop.data.backups, photos=shop.data.photos,
                               kind="manual")
            conn = sqlite3.connect(info.path)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
                products = conn.execute("SELECT count(*) FROM products").fetchone()[0]
                # Whole products only: every product has its variant and its title, and every
                # pending create has its outbox entry (same transaction, same snapshot).
                assert conn.execute(
                    "SELECT count(DISTINCT product_id) FROM variants").fetchone()[0] == products
                assert conn.execute(
                    "SELECT count(DISTINCT product_id) FROM product_texts").fetchone()[0] \
                    == products
                unlinked = conn.execute(
                    "SELECT count(*) FROM products WHERE remote_id IS NULL").fetchone()[0]
                queued = conn.execute("SELECT count(DISTINCT entity_id) FROM outbox "
                                      "WHERE entity = 'product'").fetchone()[0]
                assert queued >= unlinked
            finally:
                conn.close()
            counts.append(products)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    assert not errors, errors
    assert counts == sorted(counts) and counts[-1] > counts[0]  # taken while writes went on
    assert len(list_backups(shop.data.backups)) == 8
