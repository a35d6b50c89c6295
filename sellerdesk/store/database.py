"""The one way into a shop's database: short reads anywhere, writes through a single writer.

Vorta bolted a global lock on after "database is locked" crashes from writes on several threads;
SellerDesk starts with the rule instead. Every write goes through `Database.write()`, which holds a
process-wide lock and the writer engine's single connection and begins with `BEGIN IMMEDIATE`.
Another process (the CLI while the window is open) is waited for up to the busy timeout, retried a
bounded number of times, and only then reported in words a shop owner understands.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from sellerdesk.errors import DatabaseBusyError, StorageError
from sellerdesk.paths import PRIVATE_FILE, make_private
from sellerdesk.store.engine import make_engine
from sellerdesk.store.migrate import MigrationResult, migrate

T = TypeVar("T")
BUSY_RETRIES = 3


def _create_private(path: Path) -> None:
    """Create a missing database file empty and 0600: SQLite keeps the mode, and gives its
    -wal and -shm files the database's own."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):  # another process made it meanwhile
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def _tighten(path: Path) -> None:
    """Make the files an older SellerDesk left readable by others private; only once the file
    is known to be a shop's, so a refused file is left exactly as it was."""
    for file in (path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
        make_private(file)


def _translate(exc: OperationalError) -> Exception | None:
    """Turn the SQLite errors a user can act on into messages; None for anything else."""
    message = str(exc.orig).lower()
    if "locked" in message or "busy" in message:
        return DatabaseBusyError(
            "The shop's database is in use by another program. Close other SellerDesk windows "
            "or commands and try again."
        )
    if "disk is full" in message or "disk full" in message:
        return StorageError("The disk is full: free some space; nothing saved so far was lost.")
    if "readonly" in message or "read-only" in message:
        return StorageError("The data folder is read-only: SellerDesk cannot save changes there.")
    if "disk i/o" in message:
        return StorageError("The disk reported an error while saving; nothing was changed.")
    return None


class Database:
    """A migrated shop database with its reader pool and its single writer."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._reader = make_engine(path, writer=False)
        self._writer = make_engine(path, writer=True)
        self._read_sessions = sessionmaker(self._reader, expire_on_commit=False)
        self._write_sessions = sessionmaker(self._writer, expire_on_commit=False)
        self._write_lock = threading.RLock()
        self._executor: ThreadPoolExecutor | None = None
        self.migration: MigrationResult | None = None

    @classmethod
    def open(cls, path: Path) -> Database:
        """Migrate (backing up first) and open; refuses a file from a newer SellerDesk."""
        try:
            _create_private(path)
            result = migrate(path)
            _tighten(path)
        except OSError as exc:
            raise StorageError(f"Cannot prepare the database at {path}: {exc.strerror}") from exc
        database = cls(path)
        database.migration = result
        return database

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session; it sees a consistent snapshot and never blocks writers."""
        session = self._read_sessions()
        try:
            yield session
        finally:
            # close() ends the transaction and detaches the objects without expiring them, so
            # what was read stays readable after the block (rollback() would expire it).
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction on the writer: everything inside commits together or not at all."""
        with self._write_lock:
            session = self._write_sessions()
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                translated = _translate(exc)
                if translated is not None:
                    raise translated from exc
                raise
            except OSError as exc:
                session.rollback()
                if exc.errno == errno.ENOSPC:
                    raise StorageError("The disk is full: nothing was saved.") from exc
                raise
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    def run_write(self, work: Callable[[Session], T]) -> T:
        """Run `work` in one write transaction, retrying a bounded number of times while another
        process holds the lock; `work` must be safe to run again from the start."""
        for attempt in range(BUSY_RETRIES):
            try:
                with self.write() as session:
                    return work(session)
            except DatabaseBusyError:
                if attempt == BUSY_RETRIES - 1:
                    raise
        raise AssertionError("unreachable")

    def submit_write(self, work: Callable[[Session], T]) -> Future[T]:
        """`run_write` on the writer thread, for callers (the window) that must not wait."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-writer")
        return self._executor.submit(self.run_write, work)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=False)
            self._executor = None
        self._reader.dispose()
        self._writer.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
