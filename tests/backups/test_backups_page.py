"""The Settings page lists the backups and restores one, with the work off the UI thread."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from sellerdesk.backups import list_backups, make_backup
from sellerdesk.catalogue import ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.store import Database
from sellerdesk.store.migrate import HEAD
from tests.ui.conftest import wait_until


def add(database: Database, sku: str) -> None:
    from sellerdesk.catalogue import Catalogue

    Catalogue(database).create_product(ProductInput(
        texts={"it": {"title": f"Prodotto {sku}", "description": ""}},
        variants=[VariantInput(sku=sku, price_minor=1000)]))


def test_backups_page_lists_backs_up_and_restores(
        data_dir: DataDir, make_window: Any, run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    with Database.open(data_dir.database) as database:
        add(database, "OLD-1")
        old = make_backup(data_dir.database, data_dir.backups, kind="auto")
        add(database, "NEW-2")
    window = make_window(data_dir)
    ctx = window.ctx
    page = window.settings_page
    section = page.backups

    async def scenario() -> None:
        window.sidebar.setCurrentRow(window.pages.indexOf(page))
        await wait_until(lambda: section.table.rowCount() == 1)
        assert section.summary.text().startswith("1 backup")  # "(s)" until the .qm is rebuilt
        assert section.table.item(0, 1).text() == "Automatic"
        assert section.table.item(0, 3).text() == HEAD
        assert not section.restore_button.isEnabled()  # nothing chosen yet

        section.back_up_now.click()
        await wait_until(lambda: section.table.rowCount() == 2)
        assert section.summary.text().startswith("2 backup")
        assert "Backed up at" in section.message.text()

        section.table.selectRow(1)  # the older, automatic one
        assert section.selected() == old or section.selected().path == old.path
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        section.restore_button.click()
        await wait_until(lambda: "Restored" in section.message.text())
        await wait_until(lambda: section.table.rowCount() == 3)

    run(scenario())
    assert ctx.catalogue.count() == 1  # the live database now holds the restored shop
    kinds = sorted(b.kind for b in list_backups(data_dir.backups))
    assert kinds == ["auto", "before-restore", "manual"]


def test_the_restore_question_says_settings_are_not_in_a_backup() -> None:
    """#16 item 9: the warning did not say that settings stay as they are."""
    from sellerdesk.backups.messages import BackupNotice

    words = BackupNotice("restore_question", "1 dic 2026").text()
    assert "1 dic 2026" in words and "Settings" in words and "not part of a backup" in words
