"""Opening a shop's file: created at the current schema, migrated after a backup, or refused."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from sellerdesk.catalogue import Catalogue
from sellerdesk.errors import SchemaTooNewError, SellerDeskError
from sellerdesk.store import Database, migrate
from sellerdesk.store.models import Base
from sellerdesk.store.search import search_product_ids

TABLES = {
    "accounts",
    "alembic_version",
    "conflicts",
    "fulfilment_lines",
    "fulfilments",
    "history",
    "order_lines",
    "orders",
    "outbox",
    "photos",
    "product_texts",
    "products",
    "search_keys",
    "sync_cursors",
    "variants",
}
TRIGGERS = {
    "products_ai",
    "products_au",
    "products_bd",
    "texts_ai",
    "texts_au",
    "texts_ad",
    "variants_ai",
    "variants_au_search",
    "variants_au_summary",
    "variants_ad",
}
# Tables SQLite makes for the FTS5 index itself; not in the ORM models by design.
SEARCH_TABLES = {"product_search", "search_keys", "search_deferred"}


def raw_rows(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def fingerprint(path: Path) -> tuple[str, int, list[str]]:
    """What refusing a file must not change: its bytes, its mtime and the files beside it."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def _names(path: Path, kind: str) -> set[str]:
    rows = raw_rows(path, "SELECT name FROM sqlite_master WHERE type = ?", (kind,))
    return {row[0] for row in rows}


def _build_0001_shop(path: Path) -> None:
    """A file as SellerDesk 0001 left it: one product, two texts, two variants (one deleted)."""
    migrate.upgrade(path, "0001")
    now = "2024-05-01 10:00:00.000000"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO products (id, status, main_language, category, brand, tags, sync_state,"
            " created_at, updated_at, remote_id, remote_version)"
            " VALUES ('p-old', 'active', 'it', 'Soggiorno', 'Fratelli Rossi', ?, 'synced', ?, ?,"
            " 'R-1', '7')",
            (json.dumps(["velluto", "artigianale"]), now, now),
        )
        connection.executemany(
            "INSERT INTO product_texts (product_id, language, title, description)"
            " VALUES ('p-old', ?, ?, ?)",
            [
                ("it", "Divano perché no", "Tre posti in velluto"),
                ("en", "Sofa why not", "Three seats, velvet"),
            ],
        )
        connection.executemany(
            "INSERT INTO variants (id, product_id, sku, options, price_minor, currency, stock,"
            " position, created_at, updated_at, deleted_at)"
            " VALUES (?, 'p-old', ?, '{}', ?, 'EUR', ?, ?, ?, ?, ?)",
            [
                ("v-2", "DIV-OLD-2", 89900, 4, 1, now, now, None),
                ("v-1", "DIV-OLD-1", 99900, 2, 0, now, now, None),
                ("v-gone", "DIV-OLD-0", 100, 50, 2, now, now, now),
            ],
        )
    connection.close()


def test_new_file_is_created_at_head_with_tables_triggers_and_search(tmp_path: Path) -> None:
    path = tmp_path / "shop" / "sellerdesk.db"  # the folder does not exist yet either

    with Database.open(path) as database:
        assert database.migration is not None
        assert database.migration.from_revision is None
        assert database.migration.to_revision == migrate.HEAD
        assert database.migration.backup is None

    assert migrate.current_revision(path) == migrate.HEAD
    assert raw_rows(path, "SELECT version_num FROM alembic_version") == [(migrate.HEAD,)]
    assert _names(path, "table") >= TABLES
    assert _names(path, "trigger") == TRIGGERS
    assert "uq_variants_live_sku" in _names(path, "index")
    fts = raw_rows(path, "SELECT sql FROM sqlite_master WHERE name = 'product_search'")
    assert "fts5" in fts[0][0].lower()
    assert "remove_diacritics 2" in fts[0][0]
    assert raw_rows(path, "PRAGMA journal_mode") == [("wal",)]
    # Nothing to back up in a new file.
    assert sorted(p.name for p in path.parent.iterdir() if p.suffix == ".db") == ["sellerdesk.db"]


def test_an_empty_zero_byte_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "sellerdesk.db"
    path.touch()

    Database.open(path).close()

    assert migrate.current_revision(path) == migrate.HEAD


def test_reopening_a_current_file_neither_migrates_nor_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "sellerdesk.db"
    Database.open(path).close()

    with Database.open(path) as database:
        assert database.migration is not None
        assert database.migration.from_revision == migrate.HEAD
        assert database.migration.backup is None
    assert [p.name for p in tmp_path.iterdir() if ".before-" in p.name] == []


def test_known_revisions_are_exactly_the_alembic_scripts_in_order() -> None:
    """A migration added without listing it in KNOWN_REVISIONS (or vice versa) fails here."""
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    chain = [script.revision for script in scripts.walk_revisions("base", "heads")]

    assert tuple(reversed(chain)) == migrate.KNOWN_REVISIONS
    assert scripts.get_heads() == [migrate.HEAD]
    assert scripts.get_base() == migrate.KNOWN_REVISIONS[0]


def _schema_differences(path: Path) -> list[object]:
    """What Alembic's autogenerate would change to make the file match the ORM models."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()

    def is_search_table(diff: object) -> bool:
        return (
            isinstance(diff, tuple)
            and diff[0] == "remove_table"
            and any(diff[1].name.startswith(name) for name in SEARCH_TABLES)
        )

    return [d for d in differences if not is_search_table(d)]


def test_migrated_schema_matches_the_models(database: Database) -> None:
    """A model changed without a migration (or the reverse) shows up as a difference."""
    assert _schema_differences(database.path) == []


@pytest.mark.parametrize("revision", migrate.KNOWN_REVISIONS[:-1])
def test_every_older_revision_upgrades_to_head_after_a_backup(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "sellerdesk.db"
    migrate.upgrade(path, revision)

    with Database.open(path) as database:
        assert database.migration is not None
        assert (database.migration.from_revision, database.migration.to_revision) == (
            revision,
            migrate.HEAD,
        )
        assert database.migration.backup is not None
        assert migrate.current_revision(database.migration.backup) == revision
        assert _schema_differences(database.path) == []
    assert migrate.current_revision(path) == migrate.HEAD


def test_upgrade_from_0001_backs_up_then_migrates_and_indexes_existing_rows(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sellerdesk.db"
    _build_0001_shop(path)
    assert migrate.current_revision(path) == "0001"

    database = Database.open(path)
    try:
        assert migrate.current_revision(path) == migrate.HEAD
        assert database.migration is not None
        assert database.migration.from_revision == "0001"

        # The backup sits beside the file, named after the target revision.
        backups = sorted(tmp_path.glob(f"sellerdesk.before-{migrate.HEAD}-*.db"))
        assert backups == [database.migration.backup]
        assert not list(tmp_path.glob("*.partial"))
        backup = backups[0]
        assert migrate.current_revision(backup) == "0001"
        assert raw_rows(backup, "SELECT id FROM products") == [("p-old",)]
        assert raw_rows(backup, "PRAGMA journal_mode") == [("delete",)]  # one self-contained file
        assert raw_rows(backup, "PRAGMA integrity_check") == [("ok",)]

        # The migrated product has its summary of live variants...
        with database.read() as session:
            summary = session.execute(
                text(
                    "SELECT primary_sku, price_min_minor, currency, stock_total, variant_count,"
                    " remote_id FROM products WHERE id = 'p-old'"
                )
            ).one()
            assert tuple(summary) == ("DIV-OLD-1", 89900, "EUR", 6, 2, "R-1")

            # ...and is found by full-text search on any of its words, in every language.
            for typed in ("perche", "why not", "velvet", "velluto", "artig", "DIV-OLD-2", "rossi"):
                assert search_product_ids(session, typed) == ["p-old"], typed
            # A deleted variant's SKU is not searchable.
            assert search_product_ids(session, "DIV-OLD-0") == []

        # The catalogue works on the migrated row, and the triggers keep it current.
        catalogue = Catalogue(database)
        assert catalogue.get_by_sku("DIV-OLD-1").title("en") == "Sofa why not"
        catalogue.adjust_stock("DIV-OLD-2", +10)
        catalogue.update_product("p-old", {"title.it": "Divano Chesterfield"})
        with database.read() as session:
            assert session.scalar(text("SELECT stock_total FROM products")) == 16
            assert search_product_ids(session, "chesterf") == ["p-old"]
            assert search_product_ids(session, "perche") == []
    finally:
        database.close()

    assert raw_rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert raw_rows(path, "PRAGMA foreign_key_check") == []


def test_a_failed_migration_leaves_the_file_as_it_was_beside_its_backup(tmp_path: Path) -> None:
    """Each migration is one transaction: no half-migrated file that the next start chokes on."""
    path = tmp_path / "sellerdesk.db"
    _build_0001_shop(path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE search_keys (clash INTEGER)")  # 0002 creates it too
    connection.close()
    columns_before = raw_rows(path, "PRAGMA table_info(products)")

    with pytest.raises(Exception, match="search_keys"):
        Database.open(path)

    assert migrate.current_revision(path) == "0001"
    assert raw_rows(path, "PRAGMA table_info(products)") == columns_before
    assert raw_rows(path, "SELECT count(*) FROM variants") == [(3,)]
    assert raw_rows(path, "PRAGMA integrity_check") == [("ok",)]
    [backup] = tmp_path.glob(f"sellerdesk.before-{migrate.HEAD}-*.db")
    assert raw_rows(backup, "SELECT id FROM products") == [("p-old",)]


def test_newer_schema_is_refused_and_the_file_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "sellerdesk.db"
    Database.open(path).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = fingerprint(path)
    assert not path.with_name(path.name + "-wal").exists()

    with pytest.raises(SchemaTooNewError) as refused:
        Database.open(path)

    message = str(refused.value)
    assert "newer version of SellerDesk" in message
    assert "9999" in message
    assert "Update SellerDesk" in message
    assert "not changed" in message
    # Same bytes, same mtime, and no -wal/-shm (or backup) files left beside it.
    assert fingerprint(path) == before


def test_the_revision_is_read_from_committed_changes_still_in_the_wal(database: Database) -> None:
    """While another window has the file open, its latest commits sit in the -wal file."""
    with database.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    assert database.path.with_name(database.path.name + "-wal").stat().st_size > 0

    assert migrate.current_revision(database.path) == "9999"
    with pytest.raises(SchemaTooNewError):
        Database.open(database.path)


def test_a_sqlite_file_of_another_program_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "sellerdesk.db"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.execute("INSERT INTO recipes VALUES ('tiramisù')")
    connection.close()
    before = fingerprint(path)

    with pytest.raises(SellerDeskError, match="is not a SellerDesk database") as refused:
        Database.open(path)

    assert not isinstance(refused.value, SchemaTooNewError)
    assert fingerprint(path) == before


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "sellerdesk.db"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 100)
    before = fingerprint(path)

    with pytest.raises(SellerDeskError, match="damaged or not a database"):
        Database.open(path)

    assert fingerprint(path) == before


@pytest.mark.parametrize("folder", ["Negozio #2", "Shop? yes", "Sconti 100%25"])
def test_folder_names_with_uri_characters_open_and_back_up_the_right_file(
    tmp_path: Path, folder: str
) -> None:
    """`#`, `?` and `%` mean something in a file: URI; a shop folder may still contain them."""
    path = tmp_path / folder / "sellerdesk.db"
    path.parent.mkdir()
    _build_0001_shop(path)

    assert migrate.current_revision(path) == "0001"
    with Database.open(path) as database:
        assert database.migration is not None
        assert database.migration.from_revision == "0001"
        backup = database.migration.backup
        assert backup is not None
        assert raw_rows(backup, "SELECT id FROM products") == [("p-old",)]
        assert Catalogue(database).count() == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # no stray files beside it


def test_0005_downgrades_to_the_0002_triggers_and_back(tmp_path: Path) -> None:
    """Migration 0005 only adds a WHEN to three insert triggers and the `search_deferred`
    table; its downgrade restores 0002's triggers word for word."""
    from alembic import command

    from sellerdesk.store.engine import make_engine

    path = tmp_path / "shop.db"
    migrate.upgrade(path, "0004")
    before = raw_rows(path, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    migrate.upgrade(path, "0005")
    deferred = raw_rows(path, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                              " AND sql LIKE '%search_deferred%'")
    assert sorted(name for name, _sql in deferred) == ["products_ai", "texts_ai", "variants_ai"]
    engine = make_engine(path, writer=True, foreign_keys=False)
    try:
        with engine.connect() as connection:
            command.downgrade(migrate.alembic_config(connection), "0004")  # type: ignore[arg-type]
            connection.commit()
    finally:
        engine.dispose()
    after = raw_rows(path, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    assert sorted(after) == sorted(before)
    assert "search_deferred" not in _names(path, "table")
    migrate.upgrade(path, "0005")
    assert "search_deferred" in _names(path, "table")
