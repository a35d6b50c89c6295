"""A pass never dies silently: whatever breaks at any stage ends that pass with a shown error,
the changes it blocked stay listed, and the next pass runs (issue 15).

Each stage gets a real fault (`crashpoints.failing_at` raises there, standing for any bug),
while a real desk syncs with the sandbox over HTTP.
"""

from __future__ import annotations

import asyncio
import threading

import pytest
from sync_helpers import Client, Server, quiesce

from sellerdesk.crashpoints import failing_at
from sellerdesk.marketplaces.base import ErrorKind
from sellerdesk.sync.engine import SyncReport
from sellerdesk.sync.scheduler import Backoff, SyncScheduler

# Every stage a pass goes through, with the work that makes the pass reach it.
STAGES = [
    "pull.page",  # a feed page taken
    "pull.during_batch",  # applying a page
    "pull.cursor_save",  # saving the cursor with it
    "push.plan",  # reading the outbox
    "push.product.update",  # one handler
    "push.product.create",  # another
    "push.batch",  # a price or stock batch
    "push.after_send",  # committing the marketplace's answer
]


def _setup(client: Client, server: Server) -> tuple[str, str]:
    """A synced product; then a local title edit, a new product, a stock move waiting, and an
    edit on the website for the pull to bring."""
    client.create("SUP-1", "Vaso")
    server.create_product("WEB-1", "Piatto")
    quiesce(client)
    product_id = client.product_id("SUP-1")
    client.catalogue.update_product(product_id, {"title.it": "Vaso blu"})
    client.catalogue.adjust_stock("SUP-1", -1)
    client.create("SUP-2", "Brocca")
    server.edit_product(server.product_by_sku("WEB-1")["id"], {"brand": "Rossi"})
    return product_id, "SUP-2"


@pytest.mark.parametrize("stage", STAGES)
def test_a_fault_at_any_stage_is_shown_and_the_next_pass_runs(
        client: Client, server: Server, stage: str) -> None:
    product_id, new_sku = _setup(client, server)
    waiting = len(client.pending())
    assert waiting >= 3

    with failing_at(stage):
        report = client.sync()

    assert report.error is not None
    assert report.error.kind == ErrorKind.UNEXPECTED
    status = client.engine.status
    assert status.running is False and status.step == ""
    assert status.error_kind == "unexpected"
    assert status.last_error and "log" in status.last_error
    assert status.pending >= 1  # what the fault blocked is still listed
    assert client.pending()

    assert client.sync().ok  # the next pass runs, and the shop converges
    quiesce(client)
    assert client.engine.status.last_error is None
    assert server.product(client.catalogue.get(product_id).remote_id)["texts"]["it"][
        "title"] == "Vaso blu"
    assert server.product_by_sku(new_sku) is not None
    assert server.variant("SUP-1")["stock"] == 99
    web = client.local_product("WEB-1")
    assert web is not None and web.brand == "Rossi"


def test_a_fault_while_recording_the_end_still_ends_the_pass(client: Client) -> None:
    client.create("SUP-3", "Tazza")

    def broken(_report: SyncReport) -> None:
        raise OSError(28, "No space left on device")

    client.engine._finish = broken  # type: ignore[method-assign]
    report = client.sync()
    assert report.error is not None
    assert client.engine.status.running is False
    assert client.engine.status.error_kind == "unexpected"


def test_the_scheduler_goes_on_after_a_pass_that_raised(client: Client) -> None:
    """Defence in depth: even if a pass raised past its boundary, the scheduler keeps its
    rhythm (with back-off) instead of stopping for the rest of the session."""
    calls: list[int] = []
    done = threading.Event()
    real = client.engine.sync_once

    def flaky(cancelled: object) -> SyncReport:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a bug past the boundary")
        if len(calls) >= 3:
            done.set()
        return real()

    async def run_in_thread(function: object, *args: object) -> SyncReport:
        return await asyncio.to_thread(flaky, *args)

    scheduler = SyncScheduler(client.engine, run_in_thread, interval=0.01,
                              backoff=Backoff(base=0.001, cap=0.01))

    async def main() -> None:
        task = asyncio.create_task(scheduler.run())
        await asyncio.wait_for(asyncio.to_thread(done.wait, 10), 15)
        scheduler.stop()
        await asyncio.wait_for(task, 10)

    asyncio.run(main())
    assert len(calls) >= 3
