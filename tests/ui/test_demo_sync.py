"""The demo as a user meets it: the window opens on the local copy, the embedded marketplace
starts, the first sync links the two without creating anything twice, and the status bar says
the work is safe."""

from __future__ import annotations

from typing import Any

import keyring
from keyring.backend import KeyringBackend
from sqlalchemy import func, select

from sellerdesk.paths import DataDir
from sellerdesk.store.models import Order, Product
from sellerdesk.ui.sync.setup import start_sync
from tests.ui.conftest import wait_until


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def test_demo_syncs_with_its_marketplace(data_dir: DataDir, make_window: Any, run: Any) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        window = make_window(data_dir, demo=True)
        ctx = window.ctx

        async def scenario() -> None:
            await wait_until(lambda: window.catalogue.model.rowCount() == 60)
            controller = await start_sync(ctx, window, interval=3600)
            assert controller is not None
            await wait_until(lambda: controller.status.last_success is not None, timeout=60)
            await wait_until(lambda: "Online" in window.status.connection.text())
            status = controller.status
            assert status.last_error is None
            assert status.pending == 0 and status.conflicts == 0
            assert "Online" in window.status.connection.text()
            assert window.status.account.text() == "Demo marketplace"
            assert window.sync.sync_now.isEnabled()
            with ctx.database.read() as session:
                products = session.scalar(select(func.count()).select_from(Product).where(
                    Product.deleted_at.is_(None)))
                linked = session.scalar(select(func.count()).select_from(Product).where(
                    Product.remote_id.is_not(None)))
                orders = session.scalar(select(func.count()).select_from(Order))
            assert products == 60 and linked == 60  # linked by SKU, nothing created twice
            assert orders == 200
            controller.stop()
            await wait_until(lambda: not controller.status.running, timeout=60)

        run(scenario())
        for closer in list(ctx.closers):
            closer()
        ctx.closers.clear()
    finally:
        keyring.set_keyring(previous)
