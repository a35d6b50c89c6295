"""Issue #16, item 10: a title saved in the editor reaches the marketplace within seconds when
online (not at the next timed pass, 40-55 s later), a burst of edits is one pass, nothing is
tried while offline, and the status bar and the sidebar show the changes waiting until they are
sent. A real engine on a real sandbox over 127.0.0.1; the timed pass is an hour away, so only
the prompt send can deliver."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from sellerdesk.catalogue.inputs import ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.sandbox.embedded import RunningSandbox, fetch_token, start_sandbox
from sellerdesk.secrets import SecretStore
from sellerdesk.sync import accounts
from sellerdesk.sync.engine import SyncReport
from sellerdesk.ui.catalogue.undo import Done
from sellerdesk.ui.main_window import SYNC
from sellerdesk.ui.sync.setup import start_sync
from tests.keyrings import MemoryKeyring
from tests.ui.conftest import wait_until

SKU = "PROMPT-1"


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with start_sandbox(seed="empty", audit_delay=0.0) as running:
        yield running


def _marketplace_title(url: str) -> str:
    http = requests.Session()
    tokens = fetch_token(url, "sellerdesk-owner-website", session=http)
    items = http.get(f"{url}/v1/products", params={"sku": SKU}, headers=tokens.headers,
                     timeout=10).json()["items"]
    return str(items[0]["texts"]["it"]["title"]) if items else ""


async def _connected(window: Any, sandbox: RunningSandbox
                     ) -> tuple[Any, list[SyncReport], str]:
    """The shop's one product on the marketplace, and every pass after that counted."""
    ctx = window.ctx
    accounts.connect(ctx.database, SecretStore(), sandbox.url, "Bottega Rossi")
    product_id = ctx.catalogue.create_product(ProductInput(
        texts={"it": {"title": "Vaso blu", "description": ""}},
        variants=[VariantInput(sku=SKU, price_minor=2_500)]))
    controller = await start_sync(ctx, window, interval=3600)
    assert controller is not None
    await wait_until(lambda: controller.status.last_success is not None
                     and not controller.status.running, timeout=30)
    await wait_until(lambda: window.catalogue.model.rowCount() == 1)
    reports: list[SyncReport] = []
    real = controller.engine.sync_once

    def counted(*args: Any) -> SyncReport:
        report = real(*args)
        reports.append(report)
        return report

    controller.engine.sync_once = counted  # type: ignore[method-assign]
    return controller, reports, product_id


def _stop(window: Any, run: Any) -> None:
    controller = window.sync_controller
    if controller is not None:
        controller.stop()
        run(wait_until(lambda: not controller.engine.status.running, timeout=30))


def test_a_title_saved_in_the_editor_reaches_the_marketplace_in_seconds(
        data_dir: DataDir, make_window: Any, run: Any, sandbox: RunningSandbox,
        memory_keyring: MemoryKeyring) -> None:
    window = make_window(data_dir)
    page = window.catalogue

    async def scenario() -> float:
        controller, reports, _product = await _connected(window, sandbox)
        page.table.selectRow(0)
        page.actions.edit.trigger()
        await wait_until(lambda: page.editor is not None and page.editor.isVisible())
        editor = page.editor
        italian = editor.texts.page("it").title
        italian.selectAll()
        italian.setText("Vaso blu cobalto")
        editor.save_button.click()
        saved = time.monotonic()
        await wait_until(lambda: page.editor is None)
        # While it waits: the status bar and the sidebar both say so.
        await wait_until(lambda: window.status.pending.text() == "1 change(s) waiting"
                         and "1 waiting" in window.sidebar.item(SYNC).text(), timeout=5)
        await wait_until(lambda: reports and not controller.status.running, timeout=15)
        took = time.monotonic() - saved
        assert controller.prompt_passes == 1 and reports[-1].error is None
        window.refresh_status()
        await wait_until(lambda: window.status.pending.text() == "All changes saved"
                         and "waiting" not in window.sidebar.item(SYNC).text())
        return took

    try:
        took = run(scenario())
    finally:
        _stop(window, run)
    assert _marketplace_title(sandbox.url) == "Vaso blu cobalto"
    assert took < 10, f"{took:.1f} s from Save to the marketplace"


def test_a_burst_of_edits_is_one_pass(data_dir: DataDir, make_window: Any, run: Any,
                                      sandbox: RunningSandbox,
                                      memory_keyring: MemoryKeyring) -> None:
    window = make_window(data_dir)
    undo = window.catalogue.undo

    async def scenario() -> None:
        controller, reports, product_id = await _connected(window, sandbox)
        catalogue = window.ctx.catalogue
        for n in range(5):  # five saves in a row, through the window's own undo path
            def edit(group: str, n: int = n) -> Done:
                catalogue.update_product(product_id, {"title.it": f"Vaso {n}"},
                                         group_id=group)
                return Done([product_id])

            await undo.perform(f"Edit {n}", edit)
        assert controller.sending_soon and not reports  # not one pass per save
        await wait_until(lambda: reports and not controller.status.running, timeout=15)
        await wait_until(lambda: not controller.sending_soon and controller.status.pending == 0)
        assert len(reports) == 1 and controller.prompt_passes == 1

    try:
        run(scenario())
    finally:
        _stop(window, run)
    assert _marketplace_title(sandbox.url) == "Vaso 4"


def test_no_pass_is_tried_while_offline(data_dir: DataDir, make_window: Any, run: Any,
                                        sandbox: RunningSandbox,
                                        memory_keyring: MemoryKeyring) -> None:
    window = make_window(data_dir)
    undo = window.catalogue.undo

    async def scenario() -> None:
        controller, reports, product_id = await _connected(window, sandbox)
        controller.send_after = 0.2
        sandbox.stop()  # the marketplace is out of reach
        controller.sync_now()
        await wait_until(lambda: reports and controller.status.online is False
                         and not controller.status.running, timeout=30)
        tried = len(reports)
        catalogue = window.ctx.catalogue

        def edit(group: str) -> Done:
            catalogue.update_product(product_id, {"title.it": "Vaso offline"},
                                     group_id=group)
            return Done([product_id])

        await undo.perform("Edit offline", edit)
        await wait_until(lambda: controller.sending_soon)
        await wait_until(lambda: not controller.sending_soon)
        assert controller.prompt_passes == 0 and len(reports) == tried
        window.refresh_status()
        await wait_until(lambda: "1 waiting" in window.sidebar.item(SYNC).text())

    try:
        run(scenario())
    finally:
        _stop(window, run)
