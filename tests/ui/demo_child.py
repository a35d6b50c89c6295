"""Run by test_demo_sync.py in a process of its own: the demo window, its embedded marketplace
and the first sync, exactly as `sellerdesk --demo` starts them, then a report on stdout.

A process of its own because the sync pass runs in a daemon thread that may outlive the
window: in the shared pytest process it would hand its result to a later test's loop."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import qasync
from sqlalchemy import func, select

from sellerdesk.app import create_context, make_application
from sellerdesk.paths import DataDir
from sellerdesk.store.models import Order, Product
from sellerdesk.ui.collector import GuiThreadCollector
from sellerdesk.ui.main_window import MainWindow
from sellerdesk.ui.sync.setup import start_sync
from tests.keyrings import MemoryKeyring

TIMEOUT = 90.0


async def until(condition: object, timeout: float = TIMEOUT) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():  # type: ignore[operator]
        if loop.time() > deadline:
            raise TimeoutError("condition not reached in time")
        await asyncio.sleep(0.02)


async def scenario(window: MainWindow) -> dict[str, object]:
    ctx = window.ctx
    await until(lambda: window.catalogue.model.rowCount() > 0)
    shown = window.catalogue.model.rowCount()
    controller = await start_sync(ctx, window, interval=3600)
    assert controller is not None, "the demo marketplace did not start"
    await until(lambda: controller.status.last_success is not None)
    await until(lambda: "Online" in window.status.connection.text())
    # The pass reports its success before it reports that it ended; the page enables Sync now
    # when the second status reaches it (queued from the sync thread).
    await until(lambda: not controller.status.running)
    with contextlib.suppress(TimeoutError):  # reported as it is: the test says what it wants
        await until(window.sync.sync_now.isEnabled, timeout=10.0)
    status = controller.status
    with ctx.database.read() as session:
        products = session.scalar(select(func.count()).select_from(Product)
                                  .where(Product.deleted_at.is_(None)))
        linked = session.scalar(select(func.count()).select_from(Product)
                                .where(Product.remote_id.is_not(None)))
        orders = session.scalar(select(func.count()).select_from(Order))
    report = {
        "shown_before_sync": shown, "products": products, "linked": linked, "orders": orders,
        "pending": status.pending, "conflicts": status.conflicts,
        "last_error": status.last_error, "connection": window.status.connection.text(),
        "account": window.status.account.text(), "sync_now": window.sync.sync_now.isEnabled(),
    }
    controller.stop()
    await until(lambda: not controller.status.running)
    return report


def main(data: str, marketplace: str = "rest") -> int:
    keyring.set_keyring(MemoryKeyring())
    app = make_application(sys.argv[:1])
    collector = GuiThreadCollector(parent=app)
    ctx = create_context(DataDir(Path(data)).ensure(), lang="en", demo=True,
                         marketplace=marketplace)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = MainWindow(ctx)
    window.show()
    window.start()
    try:
        with loop:
            report = loop.run_until_complete(asyncio.wait_for(scenario(window), TIMEOUT))
            for closer in list(ctx.closers):
                closer()
            loop.run_until_complete(ctx.jobs.shutdown())
    finally:
        ctx.close()
        collector.stop()
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
