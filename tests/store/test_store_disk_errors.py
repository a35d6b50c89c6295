"""A disk that refuses a write gives the owner a sentence, not a traceback, and loses nothing.

These tests run as root, where chmod does not stop writes, so SQLite's own error is injected at
the point it would really surface: a statement inside the write, or the COMMIT.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event, text

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.errors import SellerDeskError, StorageError
from sellerdesk.store import Database

SQLITE_ERRORS = {
    "full": ("database or disk is full", "The disk is full"),
    "readonly": ("attempt to write a readonly database", "read-only"),
    "io": ("disk I/O error", "The disk reported an error"),
}


def _writer_engine(database: Database) -> Engine:
    with database.write() as session:
        bind = session.get_bind()
    assert isinstance(bind, Engine)
    return bind


@contextmanager
def failing_statement(database: Database, starts_with: str, message: str) -> Iterator[None]:
    """SQLite raises `message` on the next statement starting with `starts_with`."""
    engine = _writer_engine(database)

    def fail(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(starts_with.upper()):
            raise sqlite3.OperationalError(message)

    event.listen(engine, "before_cursor_execute", fail)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", fail)


def _table_counts(database: Database) -> dict[str, int]:
    with database.read() as session:
        return {
            table: session.scalar(text(f"SELECT count(*) FROM {table}")) or 0
            for table in ("products", "product_texts", "variants", "history", "outbox")
        }


def _new_chair(catalogue: Catalogue) -> str:
    return catalogue.create_product(
        ProductInput(
            texts={"it": {"title": "Sedia"}}, variants=[VariantInput("SED-1", 4500, stock=1)]
        )
    )


@pytest.fixture
def shop(catalogue: Catalogue) -> str:
    return catalogue.create_product(
        ProductInput(
            texts={"it": {"title": "Divano"}}, variants=[VariantInput("DIV-1", 99900, stock=4)]
        )
    )


@pytest.mark.parametrize("kind", sorted(SQLITE_ERRORS))
@pytest.mark.parametrize("statement", ["INSERT INTO outbox", "INSERT INTO history"])
def test_a_statement_refused_by_the_disk_gives_a_clear_error_and_keeps_earlier_data(
    database: Database, catalogue: Catalogue, shop: str, kind: str, statement: str
) -> None:
    sqlite_message, user_message = SQLITE_ERRORS[kind]
    before = _table_counts(database)

    with (
        failing_statement(database, statement, sqlite_message),
        pytest.raises(StorageError) as refused,
    ):
        _new_chair(catalogue)

    assert user_message in str(refused.value)
    assert isinstance(refused.value, SellerDeskError)
    assert _table_counts(database) == before  # the half-made product is gone entirely...
    assert catalogue.get(shop).variants[0].stock == 4  # ...and nothing earlier was lost

    # Once the disk has room again the same write succeeds on the same connection.
    chair = _new_chair(catalogue)
    assert catalogue.get(chair).title("it") == "Sedia"


def test_a_full_disk_at_commit_gives_a_clear_error_and_keeps_earlier_data(
    database: Database, catalogue: Catalogue, shop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = _writer_engine(database)
    real_commit = engine.dialect.do_commit
    commits = 0

    def full_disk(dbapi_connection: Any) -> None:
        nonlocal commits
        commits += 1
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(engine.dialect, "do_commit", full_disk)
    before = _table_counts(database)

    with pytest.raises(StorageError, match="The disk is full"):
        catalogue.adjust_stock("DIV-1", -1)
    with pytest.raises(StorageError, match="The disk is full"):
        _new_chair(catalogue)

    assert commits == 2  # a full disk is not retried like a busy database
    monkeypatch.setattr(engine.dialect, "do_commit", real_commit)
    assert _table_counts(database) == before
    assert catalogue.variant("DIV-1").stock == 4
    assert catalogue.adjust_stock("DIV-1", -1) == 3


def test_an_error_the_user_cannot_act_on_is_not_disguised(
    database: Database, catalogue: Catalogue, shop: str
) -> None:
    """Anything else stays a programming error, with its traceback, and still rolls back."""
    from sqlalchemy.exc import OperationalError

    before = _table_counts(database)
    with (
        failing_statement(database, "INSERT INTO outbox", "no such table: outbox"),
        pytest.raises(OperationalError),
    ):
        _new_chair(catalogue)

    assert _table_counts(database) == before


def test_an_os_error_while_writing_is_reported_in_words(
    database: Database, catalogue: Catalogue, shop: str
) -> None:
    import errno

    def work(session: Any) -> None:
        session.execute(text("UPDATE variants SET stock = 0"))
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(StorageError, match="The disk is full"):
        database.run_write(work)
    assert catalogue.variant("DIV-1").stock == 4
