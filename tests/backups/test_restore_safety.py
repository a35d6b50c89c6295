"""A backup is input from outside: a tampered one is refused, says why, and changes nothing
(issue #23, findings 2 and 4). Real backups, tampered copies, the real restore and CLI."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from sellerdesk.backups import BackupRefused, make_backup, restore
from sellerdesk.backups.core import manifest_for
from sellerdesk.cli import main
from sellerdesk.paths import DataDir
from sellerdesk.store import Database
from sellerdesk.store.migrate import KNOWN_REVISIONS, upgrade
from tests.backups.test_backup_files import add, put_photo, skus


@pytest.fixture
def deep_shop(tmp_path: Path) -> DataDir:
    """A shop two folders down, so `../` from its photo store can reach outside it."""
    data = DataDir(tmp_path / "home" / "user" / "shop").ensure()
    database = Database.open(data.database)
    add(database, "OLD-1")
    database.close()
    return data


def shop_state(data: DataDir) -> tuple[list[str], set[Path]]:
    return skus(data.database), {p for p in data.root.rglob("*") if p.is_file()
                                 and "backups" not in p.parts}


def backup_of(data: DataDir, folder: Path) -> Path:
    """A real backup of the shop as it is, then one more product in the shop itself."""
    info = make_backup(data.database, folder, photos=data.photos)
    database = Database.open(data.database)
    add(database, "NEW-2")
    database.close()
    return info.path


def set_index(backup: Path, names: list[str]) -> None:
    manifest_for(backup).write_text(json.dumps({"objects": names}), encoding="utf-8")


def test_photo_index_cannot_write_outside_the_data_folder(deep_shop: DataDir,
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "usb" / "backups"
    backup = backup_of(deep_shop, folder)
    loot = tmp_path / "loot" / "PWNED.sh"  # reached from the backup's photos/ by ../../../
    loot.parent.mkdir()
    loot.write_text("#!/bin/sh\necho pwned\n")
    set_index(backup, ["../../../loot/PWNED.sh"])
    before = shop_state(deep_shop)

    with pytest.raises(BackupRefused, match="not a photo SellerDesk stores") as caught:
        restore(deep_shop, backup, folder=folder)

    assert caught.value.code == "bad_photo_name"
    # where the old code wrote it: photos/objects/../../../loot, beside the shop
    assert not (deep_shop.root.parent / "loot").exists()
    assert shop_state(deep_shop) == before  # nothing restored, nothing backed up over it
    assert skus(deep_shop.database) == ["NEW-2", "OLD-1"]


def test_photo_that_is_a_link_is_refused(deep_shop: DataDir, tmp_path: Path) -> None:
    digest = put_photo(deep_shop, b"the shop's photo")
    folder = tmp_path / "usb" / "backups"
    backup = backup_of(deep_shop, folder)
    secret = tmp_path / "private.txt"
    secret.write_text("someone else's file")
    stored = folder / "photos" / digest[:2] / f"{digest}.jpg"
    stored.unlink()
    stored.symlink_to(secret)  # the index names it; the file behind it is elsewhere
    (deep_shop.photos / "objects" / digest[:2] / f"{digest}.jpg").unlink()
    before = shop_state(deep_shop)

    with pytest.raises(BackupRefused, match="is a link or not a plain file"):
        restore(deep_shop, backup, folder=folder)

    assert shop_state(deep_shop) == before
    assert not list((deep_shop.photos / "incoming").glob("*/*"))  # nothing staged is left


def test_photo_whose_content_does_not_match_its_name_is_refused(deep_shop: DataDir,
                                                                tmp_path: Path) -> None:
    digest = put_photo(deep_shop, b"the shop's photo")
    folder = tmp_path / "usb" / "backups"
    backup = backup_of(deep_shop, folder)
    (folder / "photos" / digest[:2] / f"{digest}.jpg").write_bytes(b"something else")
    (deep_shop.photos / "objects" / digest[:2] / f"{digest}.jpg").unlink()
    before = shop_state(deep_shop)

    with pytest.raises(BackupRefused, match="does not hold the content its name promises"):
        restore(deep_shop, backup, folder=folder)
    assert shop_state(deep_shop) == before


def test_good_photos_come_back_private(deep_shop: DataDir, tmp_path: Path) -> None:
    digest = put_photo(deep_shop, b"the shop's photo")
    folder = tmp_path / "usb" / "backups"
    backup = backup_of(deep_shop, folder)
    target = deep_shop.photos / "objects" / digest[:2] / f"{digest}.jpg"
    target.unlink()

    result = restore(deep_shop, backup, folder=folder)

    assert result.photos_restored == 1
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest
    assert target.stat().st_mode & 0o077 == 0
    assert skus(deep_shop.database) == ["OLD-1"]


def test_cli_refuses_a_file_holding_only_a_schema_version(
        data_dir: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The finding: such a file restored with exit 0 and the shop stopped working."""
    assert main(["--data-dir", str(data_dir.root), "products", "add", "--sku", "A-1",
                 "--title", "it=Sedia", "--price", "1"]) == 0
    fake = tmp_path / "fake.db"
    with sqlite3.connect(fake) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (KNOWN_REVISIONS[-1],))
    conn.close()
    capsys.readouterr()

    assert main(["--data-dir", str(data_dir.root), "restore", str(fake)]) == 1

    err = capsys.readouterr().err
    assert "is not a database as SellerDesk makes it" in err and "missing table" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert main(["--data-dir", str(data_dir.root), "--json", "products", "list"]) == 0
    assert [p["sku"] for p in json.loads(capsys.readouterr().out)] == ["A-1"]


@pytest.mark.parametrize("extra", [
    "CREATE TRIGGER steal AFTER UPDATE ON accounts BEGIN "
    "UPDATE accounts SET base_url = 'http://127.0.0.1:9' WHERE id = new.id; END",
    "CREATE VIEW peek AS SELECT * FROM accounts",
    "CREATE TABLE stash (x)",
])
def test_unknown_triggers_views_and_tables_are_refused(deep_shop: DataDir, tmp_path: Path,
                                                       extra: str) -> None:
    folder = tmp_path / "backups"
    backup = backup_of(deep_shop, folder)
    with sqlite3.connect(backup) as conn:
        conn.execute(extra)
    conn.close()
    before = shop_state(deep_shop)

    with pytest.raises(BackupRefused, match="unknown") as caught:
        restore(deep_shop, backup, folder=folder)

    assert caught.value.code == "schema_differs"
    assert shop_state(deep_shop) == before
    with sqlite3.connect(deep_shop.database) as conn:
        assert conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                            "('steal', 'peek', 'stash')").fetchone()[0] == 0
    conn.close()


def test_broken_references_are_refused(deep_shop: DataDir, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    backup = backup_of(deep_shop, folder)
    with sqlite3.connect(backup) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE variants SET product_id = 'nobody'")
    conn.close()

    with pytest.raises(BackupRefused, match=r"is damaged .*refers to a missing row"):
        restore(deep_shop, backup, folder=folder)
    assert skus(deep_shop.database) == ["NEW-2", "OLD-1"]


@pytest.mark.skipif(len(KNOWN_REVISIONS) < 2, reason="one revision only")
def test_a_backup_at_an_older_revision_is_checked_against_that_revision(
        data_dir: DataDir, tmp_path: Path) -> None:
    """The reference is the older schema, migrated by the app's own scripts: it restores."""
    older = tmp_path / "older.db"
    upgrade(older, KNOWN_REVISIONS[-2])
    with sqlite3.connect(older) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (KNOWN_REVISIONS[-2],))
    conn.close()
    result = restore(data_dir, older, folder=tmp_path / "backups")
    assert result.restored.revision == KNOWN_REVISIONS[-2]
    with sqlite3.connect(data_dir.database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] \
            == KNOWN_REVISIONS[-1]
    conn.close()
