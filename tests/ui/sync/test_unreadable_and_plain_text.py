"""The Sync page's "Could not read" list (items the sync set aside, with the reason and since
when; an empty state when there are none), and issue #23 on this page: text from the
marketplace or a server is shown literally, never rendered as markup."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sellerdesk.catalogue.inputs import ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.sandbox.embedded import RunningSandbox, start_sandbox
from sellerdesk.secrets import SecretStore
from sellerdesk.store.models import OutboxEntry
from sellerdesk.sync import accounts, quarantine
from sellerdesk.sync.engine import SyncStatus
from sellerdesk.ui.main_window import SYNC
from sellerdesk.ui.sync.setup import start_sync
from sellerdesk.ui.sync.unreadable_view import ENTITY, REASON, REMOTE_ID, SINCE
from tests.keyrings import MemoryKeyring
from tests.ui.conftest import wait_until

HOSTILE = '<img src="file:///etc/passwd"> <b>price</b> is not a number'


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with start_sandbox(seed="empty", audit_delay=0.0) as running:
        yield running


def _fail_reading(ctx: Any, account_id: str, remote_id: str, passes: int, reason: str) -> None:
    """`passes` failing reads of one product, as the pull records them."""
    for _ in range(passes):
        ctx.database.run_write(lambda s: quarantine.note_failure(
            s, account_id, "product", remote_id, code="invalid-field", reason=reason))


def test_items_set_aside_are_listed_with_reason_and_since_when(
        data_dir: DataDir, make_window: Any, run: Any, sandbox: RunningSandbox,
        memory_keyring: MemoryKeyring) -> None:
    window = make_window(data_dir)
    ctx, page = window.ctx, window.sync
    account_id = accounts.connect(ctx.database, SecretStore(), sandbox.url, "Bottega Rossi")
    view = page.unreadable

    async def scenario() -> None:
        controller = await start_sync(ctx, window, interval=3600)
        assert controller is not None
        await wait_until(lambda: controller.status.last_success is not None, timeout=30)
        window.sidebar.setCurrentRow(SYNC)
        # A reload can be replaced by the next one (a status arriving): wait for what it shows.
        await wait_until(lambda: view.listing.currentWidget() is view.listing.empty)
        assert view.listing.empty.title.text() == "Everything the marketplace sent could be read"
        assert view.title.isVisible()

        _fail_reading(ctx, account_id, "p-777", quarantine.LIMIT, HOSTILE)
        _fail_reading(ctx, account_id, "p-778", quarantine.LIMIT - 1, "once more")  # not yet
        # As at the end of a pass: from a worker thread, queued after the pass's statuses.
        await asyncio.to_thread(controller.engine.refresh_status)
        await wait_until(lambda: view.table.topLevelItemCount() == 1)
        assert view.listing.currentWidget() is view.table
        row = view.table.topLevelItem(0)
        [item] = quarantine.unreadable(ctx.database)
        assert row.text(ENTITY) == "Product" and row.text(REMOTE_ID) == "p-777"
        assert row.text(REASON) == HOSTILE  # literally: item views never render markup
        assert "&lt;img" in row.toolTip(REASON) and "<img" not in row.toolTip(REASON)
        assert row.text(SINCE) == ctx.formatter.datetime(item.first_failed_at)
        assert row.toolTip(SINCE).startswith("Failed reads: 3, the last ")
        await wait_until(lambda: "1 item(s) could not be read" in window.status.unreadable.text())
        assert window.status.unreadable.isVisible()
        assert "Could not read: 1" in window.sidebar.item(SYNC).text()
        controller.stop()
        await wait_until(lambda: not controller.engine.status.running, timeout=30)

    run(scenario())


def test_server_text_on_the_sync_page_is_plain_text(data_dir: DataDir, make_window: Any,
                                                    run: Any) -> None:
    window = make_window(data_dir)
    ctx, page = window.ctx, window.sync
    product_id = ctx.catalogue.create_product(ProductInput(
        texts={"it": {"title": "Vaso Arno", "description": ""}},
        variants=[VariantInput(sku="VASO-1", price_minor=2_500)]))

    def refused(session: Any) -> None:
        for entry in session.query(OutboxEntry).filter_by(entity_id=product_id):
            entry.last_error = HOSTILE

    ctx.database.run_write(refused)

    async def scenario() -> None:
        window.sidebar.setCurrentRow(SYNC)
        page.show_status(SyncStatus(online=True, last_error=HOSTILE, error_kind="rejected"))
        assert page.problem.isVisible()
        assert page.problem.textFormat() == Qt.TextFormat.PlainText
        assert page.problem.text() == f"Refused by the marketplace: {HOSTILE}"
        await wait_until(lambda: page.changes.topLevelItemCount() == 1)
        row = page.changes.topLevelItem(0)
        assert row.text(3) == HOSTILE
        assert "&lt;img" in row.toolTip(3) and "<img" not in row.toolTip(3)
        for label in page.findChildren(QLabel):
            if label in (page.problem, page.account) or "<" in label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText, label.text()

    run(scenario())
