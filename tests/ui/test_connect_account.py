"""Connecting a marketplace account from the Sync page: the dialog, the login (the sandbox on
this machine approves without a browser), the tokens in the keyring, and the first sync."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from sellerdesk.paths import DataDir
from sellerdesk.sandbox.embedded import RunningSandbox, start_sandbox
from sellerdesk.store.models import Account, Product
from sellerdesk.ui.main_window import SYNC
from tests.keyrings import MemoryKeyring
from tests.ui.conftest import wait_until


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with start_sandbox(seed="demo", audit_delay=0.0) as running:
        yield running


def test_connect_from_the_sync_page_then_sync(data_dir: DataDir, make_window: Any, run: Any,
                                              sandbox: RunningSandbox,
                                              memory_keyring: MemoryKeyring) -> None:
    window = make_window(data_dir)
    page = window.sync

    async def scenario() -> None:
        window.sidebar.setCurrentRow(SYNC)
        assert page.connect_button.isVisible() and not page.sync_now.isEnabled()
        dialog = page.open_connect()
        assert dialog.kind == "aliexpress" and dialog.app_key.isVisible()  # AliExpress first
        dialog.select("rest")
        assert not dialog.app_key.isVisible()
        dialog.url.setText("not an address")
        dialog.connect_button.click()
        assert "https://" in dialog.message.text()  # said plainly, nothing started
        dialog.url.setText(sandbox.url)
        dialog.name.setText("Bottega sul marketplace")
        dialog.connect_button.click()
        await wait_until(lambda: window.sync_controller is not None, timeout=30)
        controller = window.sync_controller
        await wait_until(lambda: controller.status.last_success is not None, timeout=60)
        await wait_until(lambda: not controller.status.running, timeout=60)
        await wait_until(page.sync_now.isEnabled)  # the status reaches the page queued
        assert page.connect_button.isHidden()
        assert window.status.account.text() == "Bottega sul marketplace"
        with window.ctx.database.read() as session:
            [account] = session.scalars(select(Account)).all()
            products = session.scalar(select(func.count()).select_from(Product))
        assert account.base_url == sandbox.url.rstrip("/")
        assert products == 60  # the sandbox's demo shop came in
        [(service, name)] = list(memory_keyring.store)
        assert name == account.id and "access_token" in memory_keyring.store[(service, name)]
        controller.stop()
        await wait_until(lambda: not controller.status.running, timeout=60)

    run(scenario())
    for closer in list(window.ctx.closers):
        closer()
    window.ctx.closers.clear()


def test_an_aliexpress_account_syncs_the_shop_through_the_gateway(
        data_dir: DataDir, make_window: Any, run: Any, sandbox: RunningSandbox,
        memory_keyring: MemoryKeyring) -> None:
    """The sandbox's AliExpress gateway, connected from the dialog as an owner would with the
    app key and secret of their AliExpress app; the demo shop comes in through it."""
    window = make_window(data_dir)
    page = window.sync
    creds = sandbox.aliexpress_credentials()

    async def scenario() -> None:
        window.sidebar.setCurrentRow(SYNC)
        dialog = page.open_connect()
        dialog.url.setText(creds["base_url"])
        dialog.connect_button.click()
        assert "app key" in dialog.message.text()  # asked for, nothing started
        dialog.app_key.setText(creds["app_key"])
        dialog.app_secret.setText(creds["app_secret"])
        dialog.connect_button.click()
        await wait_until(lambda: window.sync_controller is not None, timeout=30)
        controller = window.sync_controller
        await wait_until(lambda: controller.status.last_success is not None, timeout=90)
        await wait_until(lambda: not controller.status.running, timeout=60)
        assert controller.status.last_error is None
        assert window.status.account.text() == f"AliExpress {creds['user_nick']}"
        with window.ctx.database.read() as session:
            [account] = session.scalars(select(Account)).all()
            products = session.scalar(select(func.count()).select_from(Product))
        assert account.marketplace == "aliexpress"
        assert products == 60
        stored = memory_keyring.store[next(iter(memory_keyring.store))]
        assert creds["app_secret"] in stored  # the secret lives in the keyring only
        controller.stop()
        await wait_until(lambda: not controller.status.running, timeout=60)

    run(scenario())
    for closer in list(window.ctx.closers):
        closer()
    window.ctx.closers.clear()
