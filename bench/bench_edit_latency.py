"""From Save to the marketplace: how long an edited title takes to be on the marketplace, online.

    .venv/bin/python -m bench.bench_edit_latency [--edits 20] [--latency-ms 0] [--interval 60]

The real window (offscreen) on a fresh shop of one product, connected to an embedded sandbox on
127.0.0.1 (`--latency-ms` adds that much to every reply, as a remote marketplace would), with
the sync started as the app starts it (`ui.sync.setup.start_sync`, the app's timed pass every
`--interval` seconds). Each edit is saved through the path the editor's Save takes
(`UndoController.perform`, whose `changed` signal the window hands to the sync controller); the
clock stops when a GET on the marketplace returns the new title (polled every 50 ms from a worker
thread). Edits are one at a time: the next starts once the pass that carried the last has ended.
Prints the median, the spread and each figure; asserts nothing (issue #16, item 10: target
median <= 5 s). The owner's keyring is never touched: an in-memory one is installed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
import requests
from PySide6.QtWidgets import QApplication

from sellerdesk.app import create_context
from sellerdesk.catalogue.inputs import ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.sandbox.embedded import fetch_token, start_sandbox
from sellerdesk.secrets import SecretStore
from sellerdesk.sync import accounts
from sellerdesk.ui.catalogue.undo import Done
from sellerdesk.ui.main_window import MainWindow
from sellerdesk.ui.sync.setup import start_sync
from tests.keyrings import memory_keyring

SKU = "BENCH-LATENCY-1"
POLL = 0.05  # seconds between looks at the marketplace
PER_EDIT_LIMIT = 120.0  # seconds: an edit not seen by then is reported, not waited for


def marketplace_title(http: requests.Session, url: str, headers: dict[str, str]) -> str:
    items = http.get(f"{url}/v1/products", params={"sku": SKU}, headers=headers,
                     timeout=10).json()["items"]
    return str(items[0]["texts"]["it"]["title"]) if items else ""


async def wait_for(condition: Any, limit: float) -> bool:
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


async def measure(window: MainWindow, url: str, edits: int, interval: float,
                  prompt: bool = True) -> list[float]:
    ctx = window.ctx
    product_id = ctx.catalogue.create_product(ProductInput(
        texts={"it": {"title": "Vaso da misurare", "description": ""}},
        variants=[VariantInput(sku=SKU, price_minor=2_500)]))
    controller = await start_sync(ctx, window, interval=interval)
    assert controller is not None, "the sync did not start"
    if not prompt:  # unhook what the window wires for #16.10: only the timed pass is left
        window.catalogue.undo.changed.disconnect(controller.local_change)
        window.orders.changed.disconnect(controller.local_change)
        controller.outbox_counted = lambda _count: None  # type: ignore[method-assign]
    if not await wait_for(lambda: controller.status.last_success is not None
                          and not controller.status.running, 60):
        raise SystemExit(f"the first pass did not end well: {controller.status.last_error}")
    http = requests.Session()
    headers = fetch_token(url, "sellerdesk-bench", session=http).headers
    figures: list[float] = []
    for n in range(edits):
        title = f"Vaso da misurare {n}"

        def edit(group: str, title: str = title) -> Done:
            ctx.catalogue.update_product(product_id, {"title.it": title}, group_id=group)
            return Done([product_id])

        started = time.monotonic()
        await window.catalogue.undo.perform(f"Edit {n}", edit)
        while await asyncio.to_thread(marketplace_title, http, url, headers) != title:
            if time.monotonic() - started > PER_EDIT_LIMIT:
                print(f"  edit {n}: not on the marketplace after {PER_EDIT_LIMIT:.0f} s")
                break
            await asyncio.sleep(POLL)
        else:
            figures.append(time.monotonic() - started)
            print(f"  edit {n + 1:2d}: {figures[-1]:.2f} s", flush=True)
        await wait_for(lambda: not controller.status.running and not controller.sending_soon,
                       PER_EDIT_LIMIT)
    controller.stop()
    await wait_for(lambda: not controller.engine.status.running, 30)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--latency-ms", type=int, default=0,
                        help="added to every marketplace reply (a remote marketplace)")
    parser.add_argument("--interval", type=float, default=60.0,
                        help="the timed pass, as in the app (seconds)")
    parser.add_argument("--no-prompt", action="store_true",
                        help="as before #16.10: only the timed pass sends (for comparison)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    faults = f"latency_ms={args.latency_ms}" if args.latency_ms else None
    with tempfile.TemporaryDirectory() as folder, memory_keyring(), \
            start_sandbox(seed="empty", audit_delay=0.0, faults=faults, rate_limit=10_000.0,
                          rate_burst=10_000) as sandbox:
        data = DataDir(Path(folder) / "shop").ensure()
        ctx = create_context(data, lang="en")
        accounts.connect(ctx.database, SecretStore(), sandbox.url, "Bench")
        window = MainWindow(ctx)
        window.show()
        window.start()
        print(f"{args.edits} edits, marketplace latency {args.latency_ms} ms, timed pass every "
              f"{args.interval:.0f} s{', prompt send off' if args.no_prompt else ''}",
              flush=True)
        try:
            figures = loop.run_until_complete(
                measure(window, sandbox.url, args.edits, args.interval, not args.no_prompt))
        finally:
            window.close()
            loop.run_until_complete(ctx.jobs.shutdown())
            ctx.database.close()
    if figures:
        print(f"save -> on the marketplace: median {statistics.median(figures):.2f} s, "
              f"min {min(figures):.2f} s, max {max(figures):.2f} s "
              f"({len(figures)} of {args.edits} edits seen; target: median <= 5 s)")


if __name__ == "__main__":
    main()
