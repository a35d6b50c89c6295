"""The sandbox's SQLite file: one connection per thread, many readers, exactly one writer at a time.

Requests run on a thread pool. WAL lets readers proceed while a write is open; writers take a
process-wide lock and then ``BEGIN IMMEDIATE``, so write transactions never interleave. That single
writer is also what makes the change feed's sequence numbers follow commit order.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from . import clock
from .problems import Problem
from .schema import DDL, SCHEMA_VERSION

WRITE_LOCK_TIMEOUT = 15.0
"""Seconds a writer waits for its turn before the request fails with a retryable 503."""


class Tx:
    """One write transaction: its connection, its instant, and work to run once it has committed."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.now = clock.now()
        self.at = clock.iso(self.now)
        self._tx_id: int | None = None
        self._after_commit: list[Callable[[], None]] = []

    @property
    def tx_id(self) -> int:
        """Groups the change-feed entries this transaction writes; allocated on first use."""
        if self._tx_id is None:
            row = self.conn.execute("SELECT COALESCE(MAX(tx), 0) + 1 FROM changes").fetchone()
            self._tx_id = int(row[0])
        return self._tx_id

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def after_commit(self, callback: Callable[[], None]) -> None:
        self._after_commit.append(callback)


class Database:
    """Owns the connections to one sandbox file; close() releases them all."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._closed = False
        with self._write_lock:
            self._connection().executescript(
                "BEGIN IMMEDIATE;"
                + DDL
                + f"INSERT OR IGNORE INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}');"
                + "COMMIT;"
            )

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            if self._closed:
                raise Problem(503, "service-unavailable", "The sandbox is shutting down.")
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            for pragma in (
                "journal_mode=WAL",
                "foreign_keys=ON",
                "busy_timeout=10000",
                "synchronous=NORMAL",
            ):
                conn.execute(f"PRAGMA {pragma}")
            self._local.conn = conn
            with self._connections_lock:
                self._connections.append(conn)
        return conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for the length of the block (a deferred transaction)."""
        conn = self._connection()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    @contextmanager
    def write(self) -> Iterator[Tx]:
        """The one write transaction running now; commits on success, rolls back on error."""
        if not self._write_lock.acquire(timeout=WRITE_LOCK_TIMEOUT):
            raise Problem(503, "service-unavailable", "The sandbox is busy; retry shortly.")
        try:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            tx = Tx(conn)
            try:
                yield tx
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            self._write_lock.release()
        for callback in tx._after_commit:
            callback()

    def meta(self, key: str) -> str | None:
        with self.read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def close(self) -> None:
        self._closed = True
        with self._connections_lock:
            connections, self._connections = self._connections, []
        for conn in connections:
            with suppress(sqlite3.Error):
                conn.close()
