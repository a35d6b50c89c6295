"""Pragmas on every connection, one writer at a time, and readers that never wait for it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sellerdesk.errors import DatabaseBusyError
from sellerdesk.store import Database, engine
from sellerdesk.store import database as database_module

INSERT_ACCOUNT = text(
    "INSERT INTO accounts (id, name, marketplace, base_url, shop_name, needs_login, created_at)"
    " VALUES (:id, 'Shop', 'sandbox', 'http://127.0.0.1', '', 0, '2024-01-01 00:00:00')"
)
COUNT_ACCOUNTS = text("SELECT count(*) FROM accounts")


def _pragmas(session: Session) -> dict[str, object]:
    return {
        name: session.execute(text(f"PRAGMA {name}")).scalar()
        for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
    }


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> int:
    """Connections made from now on wait 50 ms for a lock instead of 10 s."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)
    return 50


def test_every_reader_and_the_writer_get_the_pragmas(database: Database) -> None:
    # Two read sessions open at once use two pooled connections; both are configured.
    with database.read() as first, database.read() as second:
        assert first.connection().connection.dbapi_connection is not (
            second.connection().connection.dbapi_connection
        )
        for session in (first, second):
            assert _pragmas(session) == {
                "journal_mode": "wal",
                "foreign_keys": 1,
                "busy_timeout": engine.BUSY_TIMEOUT_MS,
                "synchronous": 1,  # NORMAL: readers never commit
            }
    with database.write() as session:
        assert _pragmas(session) == {
            "journal_mode": "wal",
            "foreign_keys": 1,
            "busy_timeout": engine.BUSY_TIMEOUT_MS,
            "synchronous": 2,  # FULL: a committed edit survives a power cut
        }
    assert engine.BUSY_TIMEOUT_MS > 0


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError), database.write() as session:
        session.execute(
            text(
                "INSERT INTO product_texts (product_id, language, title, description)"
                " VALUES ('no-such-product', 'it', 'x', '')"
            )
        )


def test_a_failed_write_commits_nothing(database: Database) -> None:
    with pytest.raises(RuntimeError, match="changed my mind"), database.write() as session:
        session.execute(INSERT_ACCOUNT, {"id": "a1"})
        raise RuntimeError("changed my mind")

    with database.read() as session:
        assert session.scalar(COUNT_ACCOUNTS) == 0
    # The single writer connection is usable again afterwards.
    database.run_write(lambda session: session.execute(INSERT_ACCOUNT, {"id": "a1"}))
    with database.read() as session:
        assert session.scalar(COUNT_ACCOUNTS) == 1


def test_a_second_writer_cannot_start_while_the_first_holds_the_lock(
    tmp_path: Path, short_busy_timeout: int
) -> None:
    """BEGIN IMMEDIATE: the lock is taken when the transaction starts, not at its first write,
    so even a write transaction that has only read so far is refused while another one is open.
    Readers keep reading the last committed state meanwhile."""
    path = tmp_path / "sellerdesk.db"
    first, second = Database.open(path), Database.open(path)
    attempts = 0

    def only_reads(session: Session) -> int:
        nonlocal attempts
        attempts += 1
        return session.scalar(COUNT_ACCOUNTS) or 0

    try:
        with first.write() as session:
            session.execute(INSERT_ACCOUNT, {"id": "a1"})

            with pytest.raises(DatabaseBusyError) as busy:
                second.run_write(only_reads)
            assert "in use by another program" in str(busy.value)
            assert attempts == database_module.BUSY_RETRIES  # retried, then reported

            with second.read() as reader:
                assert reader.scalar(COUNT_ACCOUNTS) == 0  # the uncommitted row is invisible
            with first.read() as reader:
                assert reader.scalar(COUNT_ACCOUNTS) == 0

        # Once the first commits, the second writes and sees its row.
        assert second.run_write(only_reads) == 1
        second.run_write(lambda s: s.execute(INSERT_ACCOUNT, {"id": "a2"}))
        with first.read() as reader:
            assert reader.scalar(COUNT_ACCOUNTS) == 2
    finally:
        first.close()
        second.close()


def test_a_waiting_writer_proceeds_when_the_lock_is_released(tmp_path: Path) -> None:
    """With the normal busy timeout, a second writer waits instead of failing."""
    path = tmp_path / "sellerdesk.db"
    first, second = Database.open(path), Database.open(path)
    holding = threading.Event()
    release = threading.Event()
    second_about_to_write = threading.Event()
    errors: list[BaseException] = []

    def hold_the_lock() -> None:
        try:
            with first.write() as session:
                session.execute(INSERT_ACCOUNT, {"id": "first"})
                holding.set()
                assert release.wait(timeout=10)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    try:
        assert holding.wait(timeout=10)

        def write_second(session: Session) -> int:
            session.execute(INSERT_ACCOUNT, {"id": "second"})
            return session.scalar(COUNT_ACCOUNTS) or 0

        results: list[int] = []

        def second_writer() -> None:
            second_about_to_write.set()
            results.append(second.run_write(write_second))

        waiter = threading.Thread(target=second_writer)
        waiter.start()
        assert second_about_to_write.wait(timeout=10)
        release.set()
        waiter.join(timeout=30)
        holder.join(timeout=30)
        assert not errors
        # No "database is locked" reached the caller, and the second transaction ran after the
        # first committed: it saw both rows.
        assert results == [2]
    finally:
        release.set()
        holder.join(timeout=20)
        first.close()
        second.close()


def test_submit_write_runs_on_the_writer_thread(database: Database) -> None:
    def work(session: Session) -> str:
        session.execute(INSERT_ACCOUNT, {"id": "a1"})
        return threading.current_thread().name

    thread_name = database.submit_write(work).result(timeout=10)

    assert thread_name.startswith("db-writer")
    with database.read() as session:
        assert session.scalar(COUNT_ACCOUNTS) == 1
