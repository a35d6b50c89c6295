"""`sellerdesk backup --out FILE` never overwrites or writes through what is already there, and
what a backup holds is private to the user (issue #23, lower findings)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from sellerdesk.backups import make_backup
from sellerdesk.cli import main
from sellerdesk.paths import DataDir
from sellerdesk.store import Database
from tests.backups.test_backup_files import add, put_photo, skus


def cli(data: DataDir, *args: str) -> int:
    return main(["--data-dir", str(data.root), *args])


def test_an_existing_file_is_refused_unless_forced(data_dir: DataDir, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(data_dir, "products", "add", "--sku", "A-1", "--title", "it=Sedia",
               "--price", "1") == 0
    out = tmp_path / "usb" / "shop.db"
    out.parent.mkdir()
    out.write_text("the owner's own file")
    capsys.readouterr()

    assert cli(data_dir, "backup", "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert "already exists and was left as it is" in err and "--force" in err
    assert out.read_text() == "the owner's own file"
    assert sorted(p.name for p in out.parent.iterdir()) == ["shop.db"]  # nothing partial

    assert cli(data_dir, "backup", "--out", str(out), "--force") == 0
    assert skus(out) == ["A-1"]


def test_a_link_at_the_destination_is_replaced_never_written_through(
        data_dir: DataDir, tmp_path: Path) -> None:
    assert cli(data_dir, "products", "add", "--sku", "A-1", "--title", "it=Sedia",
               "--price", "1") == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("not a backup")
    out = tmp_path / "usb" / "shop.db"
    out.parent.mkdir()
    out.symlink_to(victim)

    assert cli(data_dir, "backup", "--out", str(out)) == 1  # a link is "existing" too
    assert cli(data_dir, "backup", "--out", str(out), "--force") == 0

    assert victim.read_text() == "not a backup"
    assert not out.is_symlink() and skus(out) == ["A-1"]


def test_backup_files_and_folders_are_private(data_dir: DataDir, database: Database,
                                              tmp_path: Path) -> None:
    add(database, "A-1")
    put_photo(data_dir, b"a photo")
    folder = tmp_path / "new-folder" / "backups"
    info = make_backup(data_dir.database, folder, photos=data_dir.photos)

    made = [folder.parent, folder, *folder.rglob("*")]
    assert info.path in made and len([p for p in made if p.is_file()]) == 3  # db, index, photo
    for path in made:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))
