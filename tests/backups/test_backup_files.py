"""Backups on disk: consistent files, photos stored once by hash, rotation, and a full or
read-only folder that gives one clear sentence and loses nothing."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sellerdesk.backups import AutoBackup, BackupError, core, list_backups, make_backup, rotate
from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.settings import Settings
from sellerdesk.store import Database
from sellerdesk.store.migrate import HEAD


def add(database: Database, sku: str) -> None:
    Catalogue(database).create_product(ProductInput(
        texts={"it": {"title": f"Prodotto {sku}", "description": ""}},
        variants=[VariantInput(sku=sku, price_minor=1000)]))


def put_photo(data: DataDir, content: bytes) -> str:
    digest = hashlib.sha256(content).hexdigest()
    target = data.photos / "objects" / digest[:2] / f"{digest}.jpg"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return digest


def skus(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in conn.execute("SELECT sku FROM variants ORDER BY sku")]
    finally:
        conn.close()


def all_files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_backup_is_a_consistent_file_listed_with_time_size_and_schema(
        data_dir: DataDir, database: Database) -> None:
    add(database, "A-1")
    info = make_backup(data_dir.database, data_dir.backups, photos=data_dir.photos)
    assert skus(info.path) == ["A-1"]
    [listed] = list_backups(data_dir.backups)
    assert listed.path == info.path and listed.kind == "manual"
    assert listed.revision == HEAD and listed.size == info.path.stat().st_size > 0
    assert abs(listed.created - datetime.now(UTC)) < timedelta(minutes=1)
    assert not list(data_dir.backups.glob(".*"))  # no temporary file left


def test_photos_are_stored_once_by_hash(data_dir: DataDir, database: Database) -> None:
    first = put_photo(data_dir, b"photo one")
    make_backup(data_dir.database, data_dir.backups, photos=data_dir.photos)
    stored = data_dir.backups / "photos" / first[:2] / f"{first}.jpg"
    inode = stored.stat().st_ino
    second = put_photo(data_dir, b"photo two")
    info = make_backup(data_dir.database, data_dir.backups, photos=data_dir.photos)
    assert stored.stat().st_ino == inode  # not copied again
    assert len(list((data_dir.backups / "photos").rglob("*.jpg"))) == 2
    index = json.loads(core.manifest_for(info.path).read_text())["objects"]
    assert sorted(index) == sorted(f"{h[:2]}/{h}.jpg" for h in (first, second))
    assert info.photos == 2


def test_rotation_deletes_old_automatic_backups_and_their_unshared_photos(
        data_dir: DataDir, database: Database) -> None:
    folder = data_dir.backups
    start = datetime(2026, 1, 1, tzinfo=UTC)
    put_photo(data_dir, b"kept in every backup")
    for day in range(20):
        if day == 0:
            gone = put_photo(data_dir, b"only in the first backup")
        make_backup(data_dir.database, folder, photos=data_dir.photos, kind="auto",
                    now=start + timedelta(days=day))
        if day == 0:
            (data_dir.photos / "objects" / gone[:2] / f"{gone}.jpg").unlink()
    make_backup(data_dir.database, folder, photos=data_dir.photos, kind="manual",
                now=start - timedelta(days=400))
    removed = rotate(folder)
    assert removed  # 20 daily backups: the daily window keeps 12, weeks and months some more
    left = list_backups(folder)
    assert any(b.kind == "manual" for b in left)  # made by hand: never rotated away
    assert len([b for b in left if b.kind == "auto"]) < 20
    assert start not in {b.created for b in left}
    assert not (folder / "photos" / gone[:2] / f"{gone}.jpg").exists()
    assert len(list((folder / "photos").rglob("*.jpg"))) == 1


@pytest.mark.parametrize("where", ["database", "photo"])
def test_disk_full_gives_a_clean_error_and_no_corruption(
        data_dir: DataDir, database: Database, monkeypatch: pytest.MonkeyPatch,
        where: str) -> None:
    add(database, "A-1")
    put_photo(data_dir, b"a photo")
    before = all_files(data_dir.backups) if data_dir.backups.exists() else set()
    full = OSError(errno.ENOSPC, "No space left on device")
    if where == "database":
        def fsync_fails(path: Path) -> None:
            assert path.stat().st_size > 0  # the partial file really was written
            raise full
        monkeypatch.setattr(core, "_fsync", fsync_fails)
    else:
        def copy_fails(source: Path, target: Path) -> None:
            Path(target).write_bytes(b"half a ph")
            raise full
        monkeypatch.setattr(core.shutil, "copyfile", copy_fails)
    with pytest.raises(BackupError, match="is full: free some space") as caught:
        make_backup(data_dir.database, data_dir.backups, photos=data_dir.photos)
    assert "\n" not in str(caught.value)
    after = all_files(data_dir.backups) if data_dir.backups.exists() else set()
    assert {p.name for p in after - before if not p.is_dir()} <= set()  # nothing partial left
    assert list_backups(data_dir.backups) == []
    monkeypatch.undo()
    add(database, "A-2")  # the shop goes on, nothing committed was lost
    assert skus(data_dir.database) == ["A-1", "A-2"]
    info = make_backup(data_dir.database, data_dir.backups, photos=data_dir.photos)
    assert skus(info.path) == ["A-1", "A-2"]


def test_sqlite_reporting_a_full_disk_is_translated(data_dir: DataDir, database: Database,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def vacuum_fails(source: Path, destination: Path) -> None:
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(core, "write_snapshot", vacuum_fails)
    with pytest.raises(BackupError, match="is full"):
        make_backup(data_dir.database, data_dir.backups)


def test_read_only_folder_gives_a_clear_message(data_dir: DataDir, database: Database,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")
    monkeypatch.setattr(core.os, "replace", refuse)
    with pytest.raises(BackupError, match="is read-only: choose another folder"):
        make_backup(data_dir.database, data_dir.backups)
    monkeypatch.undo()
    assert list_backups(data_dir.backups) == []
    assert not [p for p in data_dir.backups.iterdir() if p.name.startswith(".")]


def test_automatic_backup_needs_activity_and_half_an_hour(data_dir: DataDir,
                                                          database: Database) -> None:
    clock = [datetime.now(UTC)]
    auto = AutoBackup(data_dir, Settings(), clock=lambda: clock[0])
    add(database, "A-1")
    assert auto.run() is not None  # first change, no backup yet: back up
    assert auto.run() is None  # nothing changed since
    add(database, "A-2")
    os.utime(data_dir.database.with_name("sellerdesk.db-wal"),
             (clock[0].timestamp() + 60, clock[0].timestamp() + 60))
    assert auto.run() is None  # changed, but less than 30 minutes ago
    clock[0] += timedelta(minutes=31)
    assert auto.run() is not None
    clock[0] += timedelta(minutes=5)
    os.utime(data_dir.database.with_name("sellerdesk.db-wal"),
             (clock[0].timestamp() + 60, clock[0].timestamp() + 60))
    assert auto.run(at_quit=True) is not None  # at quit: whenever something changed
    assert len(list_backups(data_dir.backups)) == 3


def test_automatic_backup_goes_to_the_chosen_folder_and_reports_failure(
        data_dir: DataDir, database: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    usb = tmp_path / "usb-stick"
    auto = AutoBackup(data_dir, Settings(backup_folder=str(usb)))
    add(database, "A-1")
    monkeypatch.setattr(core, "write_snapshot", lambda *a: (_ for _ in ()).throw(
        OSError(errno.ENOSPC, "full")))
    assert auto.run() is None and auto.last_error and "is full" in auto.last_error
    monkeypatch.undo()
    info = auto.run()
    assert info is not None and info.path.parent == usb and auto.last_error is None


def test_restore_into_the_open_shop_from_a_file_with_another_page_size(
        data_dir: DataDir, database: Database, tmp_path: Path) -> None:
    """The window keeps its connections: the backup API swaps the content in one transaction."""
    from sellerdesk.backups import restore

    add(database, "A-1")
    info = make_backup(data_dir.database, tmp_path / "elsewhere")
    conn = sqlite3.connect(info.path, isolation_level=None)
    conn.execute("PRAGMA page_size = 8192")
    conn.execute("VACUUM")
    conn.close()
    add(database, "B-2")
    result = restore(data_dir, info.path, folder=data_dir.backups)
    assert result.before is not None and skus(result.before.path) == ["A-1", "B-2"]
    assert Catalogue(database).count() == 1  # the open Database sees the restored shop
    add(database, "C-3")  # and writes to it
    assert skus(data_dir.database) == ["A-1", "C-3"]
