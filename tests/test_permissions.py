"""A shop's files hold buyers' names, addresses and e-mails: other users of the computer must not
read them, whatever the umask. Folders 0700, files 0600 (POSIX only; Windows uses the profile's
ACLs)."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from sellerdesk.logs import LOG_FILE, setup_logging
from sellerdesk.paths import DataDir
from sellerdesk.store import Database, migrate
from sellerdesk.store.backup import online_backup

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual desktop umask, under which new files are world-readable by default."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def restore_logging() -> Iterator[None]:
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_sellerdesk", False)]:
        root.removeHandler(handler)
        handler.close()


def sellerdesk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sellerdesk", "--data-dir", str(data), *args],
        capture_output=True, text=True, timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )


def test_a_new_shop_made_by_the_command_line_is_private(tmp_path: Path, umask_022: None) -> None:
    shop = tmp_path / "shop"
    added = sellerdesk(shop, "products", "add", "--sku", "VASO-01", "--title", "it=Vaso",
                       "--price", "12.50")
    assert added.returncode == 0, added.stderr
    data = DataDir(shop)
    for folder in (data.root, data.photos, data.backups, data.logs):
        assert mode(folder) == 0o700, folder
    assert mode(data.database) == 0o600
    assert mode(data.logs / LOG_FILE) == 0o600
    # While a connection is open SQLite keeps -wal and -shm beside the file: the same mode.
    with Database.open(data.database) as database, database.read() as session:
        session.execute(text("SELECT count(*) FROM products")).scalar()
        for name in ("sellerdesk.db-wal", "sellerdesk.db-shm"):
            assert mode(shop / name) == 0o600, name


def test_a_shop_an_older_version_left_readable_is_tightened(tmp_path: Path,
                                                            umask_022: None) -> None:
    shop = tmp_path / "shop"
    shop.mkdir(mode=0o755)
    database = shop / "sellerdesk.db"
    migrate.upgrade(database, migrate.KNOWN_REVISIONS[-2])  # an older schema, made 0644
    os.chmod(database, 0o644)
    assert mode(shop) == 0o755 and mode(database) == 0o644
    listed = sellerdesk(shop, "products", "list")
    assert listed.returncode == 0, listed.stderr
    assert mode(shop) == 0o700 and mode(database) == 0o600
    (backup,) = shop.glob("sellerdesk.before-*.db")  # the copy made before migrating
    assert mode(backup) == 0o600


def test_online_backups_are_private(tmp_path: Path, umask_022: None,
                                    database: Database) -> None:
    copy = online_backup(database.path, tmp_path / "elsewhere" / "copy.db")
    assert mode(copy) == 0o600


def test_every_log_file_is_private_also_after_rotation(tmp_path: Path, umask_022: None,
                                                        restore_logging: None) -> None:
    folder = tmp_path / "logs"
    path = setup_logging(folder)
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_sellerdesk", False))
    logging.getLogger("sellerdesk.test").info("buyer Anna Rossi, Via Roma 1")
    handler.doRollover()  # type: ignore[attr-defined]
    logging.getLogger("sellerdesk.test").info("after rotation")
    assert mode(folder) == 0o700
    assert mode(path) == 0o600 and mode(folder / f"{LOG_FILE}.1") == 0o600
    assert "after rotation" in path.read_text(encoding="utf-8")


def test_a_file_system_without_permissions_is_not_an_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a FAT USB stick chmod fails with EPERM: the shop still opens."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "chmod", refuse)
    data = DataDir(tmp_path / "stick").ensure()
    with Database.open(data.database) as database, database.read() as session:
        assert session.execute(text("SELECT count(*) FROM products")).scalar() == 0
