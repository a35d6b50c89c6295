"""SQLite engines with the pragmas and transaction modes SellerDesk relies on.

Two engines share one file. Readers begin deferred transactions and run in parallel thanks to WAL.
The writer engine has a single connection and begins every transaction with `BEGIN IMMEDIATE`, so
the write lock is taken up front: a deferred transaction that later tries to upgrade to a write lock
fails with "database is locked" at once, without waiting, whereas `BEGIN IMMEDIATE` waits out
`busy_timeout` like any other statement.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool, StaticPool

BUSY_TIMEOUT_MS = 10_000


def _apply_pragmas(
    dbapi_connection: sqlite3.Connection, *, synchronous: str, foreign_keys: bool
) -> None:
    # Take the driver out of its own transaction management: SQLAlchemy's "begin" event below
    # issues BEGIN itself, which is the only way to choose between DEFERRED and IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA synchronous = {synchronous}")
    finally:
        cursor.close()


def make_engine(
    path: Path, *, writer: bool, foreign_keys: bool = True, echo: bool = False
) -> Engine:
    """An engine on `path`: the single-connection writer, or a small pool of readers.

    The outbox commit path is the writer's; `synchronous=FULL` there makes a committed local edit
    survive a power cut, not only a crash of the process. Readers never commit, NORMAL is enough.
    Migrations alone turn foreign keys off: SQLite rebuilds an altered table by dropping it, and
    with foreign keys on that drop would cascade into its children.
    """
    url = URL.create("sqlite+pysqlite", database=str(path))  # no URL-decoding of `%` in the path
    kwargs: dict[str, Any] = {
        "echo": echo,
        "connect_args": {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    }
    if writer:
        kwargs["poolclass"] = StaticPool
    else:
        kwargs["poolclass"] = QueuePool
        kwargs["pool_size"] = 4
        kwargs["max_overflow"] = 4
    engine = create_engine(url, **kwargs)
    synchronous = "FULL" if writer else "NORMAL"
    begin_sql = "BEGIN IMMEDIATE" if writer else "BEGIN"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        _apply_pragmas(dbapi_connection, synchronous=synchronous, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin_sql)

    return engine
