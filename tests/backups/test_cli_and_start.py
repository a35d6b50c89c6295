"""`sellerdesk backup|backup list|restore`, and the start-up choice offered for a damaged file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from sellerdesk.backups import list_backups, sync_blocked
from sellerdesk.backups.integrity import quick_check, start_integrity_check
from sellerdesk.cli import main
from sellerdesk.paths import DataDir
from sellerdesk.settings import Settings
from sellerdesk.store.migrate import HEAD
from sellerdesk.ui.settings.backups import resolve_integrity
from tests.backups.test_corruption_and_restore import flip_bytes


def cli(data: DataDir, *args: str) -> int:
    return main(["--data-dir", str(data.root), *args])


def test_cli_backup_list_and_restore(data_dir: DataDir, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(data_dir, "products", "add", "--sku", "A-1", "--title", "it=Sedia",
               "--price", "12.50") == 0
    assert cli(data_dir, "backup") == 0
    assert cli(data_dir, "backup", "--out", str(tmp_path / "usb" / "shop.db")) == 0
    assert (tmp_path / "usb" / "shop.db").is_file()
    assert (tmp_path / "usb" / "shop.photos.json").is_file()
    capsys.readouterr()
    assert cli(data_dir, "--json", "backup", "list") == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["revision"] == HEAD and listed["size"] > 0 and listed["kind"] == "manual"
    assert cli(data_dir, "products", "add", "--sku", "B-2", "--title", "it=Tavolo",
               "--price", "30") == 0
    assert cli(data_dir, "restore", str(tmp_path / "usb" / "shop.db")) == 0
    assert "backed up to" in capsys.readouterr().out
    assert cli(data_dir, "--json", "products", "list") == 0
    assert [p["sku"] for p in json.loads(capsys.readouterr().out)] == ["A-1"]
    kinds = sorted(b.kind for b in list_backups(data_dir.backups))
    assert kinds == ["before-restore", "manual"]


def test_cli_refuses_a_damaged_backup_in_one_line(data_dir: DataDir, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(data_dir, "products", "add", "--sku", "A-1", "--title", "it=Sedia",
               "--price", "1") == 0
    out = tmp_path / "copy.db"
    assert cli(data_dir, "backup", "--out", str(out)) == 0
    flip_bytes(out)
    capsys.readouterr()
    assert cli(data_dir, "restore", str(out)) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and err.count("\n") == 1 and "Traceback" not in err
    assert quick_check(data_dir.database) is None


def _answer(monkeypatch: pytest.MonkeyPatch, label: str) -> None:
    def exec_(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == label).click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)


@pytest.mark.parametrize("choice", ["Restore backup", "Quit"])
def test_start_offers_the_newest_good_backup(data_dir: DataDir, qapp: Any, choice: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli(data_dir, "products", "add", "--sku", "A-1", "--title", "it=Sedia",
               "--price", "1") == 0
    assert cli(data_dir, "backup") == 0
    flip_bytes(data_dir.database)
    _answer(monkeypatch, choice)
    go_on = resolve_integrity(start_integrity_check(data_dir), data_dir, Settings()) is not None
    assert list((data_dir.root / "quarantine").glob("*/sellerdesk.db"))  # kept, never deleted
    if choice == "Quit":
        assert not go_on and sync_blocked(data_dir.database)
        assert not data_dir.database.exists()
    else:
        assert go_on and not sync_blocked(data_dir.database)
        assert quick_check(data_dir.database) is None


def test_a_slow_check_holds_the_sync_until_its_verdict(
        data_dir: DataDir, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A huge file is checked in the background: the window opens, the sync waits."""
    from concurrent.futures import Future

    from sellerdesk.backups import integrity
    from sellerdesk.backups.integrity import blocked_reason, check_at_start
    from sellerdesk.ui.settings import backups as ui

    assert cli(data_dir, "products", "add", "--sku", "A-1", "--title", "it=Sedia",
               "--price", "1") == 0
    slow: Future[integrity.StartCheck] = Future()
    assert resolve_integrity(slow, data_dir, Settings(), budget=0.01) is slow
    assert "being checked" in (blocked_reason(data_dir.database) or "")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    ctx = type("Ctx", (), {"data": data_dir})()
    window = type("Window", (), {"sync_controller": None})()
    ui._late_verdict(ctx, window, integrity.check_file(data_dir))  # type: ignore[arg-type]
    assert blocked_reason(data_dir.database) is None and not shown
    # Damage found late: flagged at once, moved aside at the next start.
    assert integrity.hold_sync(data_dir.database, integrity.CHECKING)
    ui._late_verdict(ctx, window, integrity.StartCheck(False, 9.0, "page 7: bad"))  # type: ignore[arg-type]
    assert shown and "damaged" in (blocked_reason(data_dir.database) or "")
    check = check_at_start(data_dir)
    assert not check.ok and check.quarantined is not None and check.quarantined.exists()
    assert not data_dir.database.exists()


def test_a_stale_checking_flag_is_lifted_at_the_next_start(data_dir: DataDir) -> None:
    from sellerdesk.backups import integrity

    assert cli(data_dir, "products", "add", "--sku", "A-1", "--title", "it=Sedia",
               "--price", "1") == 0
    integrity.hold_sync(data_dir.database, integrity.CHECKING)  # the app quit mid-check
    assert integrity.check_at_start(data_dir).ok
    assert not sync_blocked(data_dir.database)
