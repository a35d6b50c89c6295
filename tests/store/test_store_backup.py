"""Backups are consistent copies of a live database, written atomically."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from sellerdesk.catalogue import Catalogue
from sellerdesk.store import Database
from sellerdesk.store.backup import online_backup
from sellerdesk.store.models import Account

MakeProduct = Callable[..., str]
RawRows = Callable[..., list[tuple[Any, ...]]]


def test_a_backup_of_an_open_database_has_every_committed_change(
    database: Database,
    catalogue: Catalogue,
    make_product: MakeProduct,
    raw: RawRows,
    tmp_path: Path,
) -> None:
    product = make_product("DIV-1", "Divano")
    catalogue.adjust_stock("DIV-1", +7)
    # The changes are still in the -wal file: a plain file copy would miss them.
    assert database.path.with_name(database.path.name + "-wal").stat().st_size > 0

    backup = online_backup(database.path, tmp_path / "backups" / "copy.db")

    assert backup == tmp_path / "backups" / "copy.db"
    assert raw(backup, "SELECT id, stock_total FROM products") == [(product, 10)]
    assert raw(backup, "SELECT count(*) FROM outbox") == [(2,)]
    assert raw(backup, "PRAGMA journal_mode") == [("delete",)]
    assert raw(backup, "PRAGMA integrity_check") == [("ok",)]
    assert sorted(p.name for p in backup.parent.iterdir()) == ["copy.db"]


def test_a_failed_backup_leaves_no_partial_file(tmp_path: Path) -> None:
    source = tmp_path / "broken.db"
    source.write_bytes(b"not a database at all" * 200)
    destination = tmp_path / "backups" / "copy.db"

    with pytest.raises(sqlite3.DatabaseError):
        online_backup(source, destination)

    assert list(destination.parent.iterdir()) == []


def test_a_backup_replaces_an_older_one_of_the_same_name(
    database: Database, make_product: MakeProduct, raw: RawRows, tmp_path: Path
) -> None:
    destination = tmp_path / "copy.db"
    online_backup(database.path, destination)
    assert raw(destination, "SELECT count(*) FROM products") == [(0,)]

    make_product()
    online_backup(database.path, destination)

    assert raw(destination, "SELECT count(*) FROM products") == [(1,)]


def test_times_are_stored_as_utc_and_read_back_aware(database: Database, raw: RawRows) -> None:
    rome = timezone(timedelta(hours=2))
    with database.write() as session:
        session.add(
            Account(
                id="a1",
                name="Shop",
                marketplace="sandbox",
                base_url="http://127.0.0.1",
                last_sync_at=datetime(2024, 6, 1, 12, 30, tzinfo=rome),
            )
        )

    with database.read() as session:
        synced = session.scalar(select(Account.last_sync_at))
    assert synced == datetime(2024, 6, 1, 10, 30, tzinfo=UTC)
    assert synced is not None and synced.tzinfo == UTC
    assert raw(database.path, "SELECT last_sync_at FROM accounts") == [
        ("2024-06-01 10:30:00.000000",)
    ]


def test_a_naive_time_is_refused(database: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"), database.write() as session:
        session.add(
            Account(
                id="a1",
                name="Shop",
                marketplace="sandbox",
                base_url="http://127.0.0.1",
                last_sync_at=datetime(2024, 6, 1, 12, 30),
            )
        )
    with database.read() as session:
        assert session.scalar(text("SELECT count(*) FROM accounts")) == 0
