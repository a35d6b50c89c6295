"""Bring a database file to the schema this build understands, or refuse to touch it.

Start-up must stay fast with a large shop, so the common case - the file is already current - is
answered with one read of `alembic_version` through plain sqlite3, without importing Alembic.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sellerdesk.errors import SchemaTooNewError, SellerDeskError
from sellerdesk.store.backup import online_backup

# Every revision this build knows, oldest first. tests/store/test_store_migrate.py checks this
# matches the Alembic scripts, so adding a migration without listing it here fails the suite.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006",
                                   "0007", "0008", "0009")
HEAD = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def current_revision(path: Path) -> str | None:
    """The file's schema revision, read without writing a byte (None for a new, empty file)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    # as_uri() escapes what a URI would misread in a folder name (`#`, `?`, `%`). Read-only
    # connections to a WAL file create -wal/-shm files beside it when none exist; none exist when
    # no connection is open, and then the main file holds everything: read it as immutable.
    uri = f"{path.absolute().as_uri()}?mode=ro"
    if not path.with_name(f"{path.name}-wal").exists():
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise SellerDeskError(f"Cannot open {path}: {exc}") from exc
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            if tables:
                raise SellerDeskError(f"{path} is not a SellerDesk database; it was left as it is.")
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise SellerDeskError(f"{path} is damaged or not a database: {exc}") from exc
    finally:
        conn.close()


def alembic_config(connection: object | None = None) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(path: Path, revision: str = HEAD) -> None:
    """Run the Alembic scripts up to `revision` (tests use this to build older files)."""
    from alembic import command

    from sellerdesk.store.engine import make_engine

    engine = make_engine(path, writer=True, foreign_keys=False)
    try:
        with engine.connect() as connection:
            command.upgrade(alembic_config(connection), revision)  # type: ignore[arg-type]
            connection.commit()
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise SellerDeskError(f"Migration left broken references: {problems[:3]}")
    finally:
        engine.dispose()


def migrate(path: Path) -> MigrationResult:
    """Migrate `path` to HEAD, after an online backup of any existing data written beside it."""
    found = current_revision(path)
    if found == HEAD:
        return MigrationResult(found, HEAD, None)
    if found is not None and found not in KNOWN_REVISIONS:
        raise SchemaTooNewError(
            f"This database was written by a newer version of SellerDesk (schema {found}). "
            "Update SellerDesk to open it; the file was not changed."
        )
    backup = None
    if found is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = online_backup(path, path.with_name(f"{path.stem}.before-{HEAD}-{stamp}.db"))
    path.parent.mkdir(parents=True, exist_ok=True)
    upgrade(path, HEAD)
    return MigrationResult(found, HEAD, backup)
