"""Issue 15, finding 1, as the owner met it: in the demo, add a variant in the real editor,
save, sync, Ctrl+Z, sync, Ctrl+Shift+Z, sync. Every pass must succeed, and the variant must end
once on the desk and once, for sale, on the marketplace (the sandbox, over HTTP).

Before the fix the pass after the redo failed with `UNIQUE constraint failed: variants.sku`,
the scheduler stopped and the status bar went on saying all was saved."""

from __future__ import annotations

from typing import Any

import requests
from PySide6.QtCore import Qt
from sqlalchemy import select

from sellerdesk.paths import DataDir
from sellerdesk.sandbox.embedded import fetch_token
from sellerdesk.store.models import Account, Variant
from sellerdesk.sync.engine import SyncReport
from sellerdesk.ui.sync.setup import start_sync
from tests.ui.conftest import wait_until

NEW_SKU = "BOR-ARNO-NER"


def test_undo_and_redo_of_a_new_variant_sync_cleanly(
        tmp_path: Any, make_window: Any, qtbot: Any, run: Any, memory_keyring: Any) -> None:
    data = DataDir(tmp_path / "demo").ensure()
    window = make_window(data, lang="en", demo=True)
    page, ctx = window.catalogue, window.ctx
    reports: list[SyncReport] = []

    async def sync_pass(controller: Any) -> SyncReport:
        count = len(reports)
        controller.sync_now()
        await wait_until(lambda: len(reports) > count and not controller.status.running, 60)
        await wait_until(window.sync.sync_now.isEnabled, 10)  # "Sync now" ends, every time
        return reports[-1]

    async def scenario() -> dict[str, Any]:
        await wait_until(lambda: page.model.rowCount() > 0)
        controller = await start_sync(ctx, window, interval=3600)
        assert controller is not None
        real = controller.engine.sync_once

        def counted(*args: Any) -> SyncReport:
            report = real(*args)
            reports.append(report)
            return report

        controller.engine.sync_once = counted  # type: ignore[method-assign]
        await wait_until(lambda: controller.status.last_success is not None, 60)
        await wait_until(lambda: not controller.status.running)

        # The editor: open the Arno bag with Enter, add a variant on its grid, save.
        with ctx.database.read() as session:
            product_id = session.scalar(select(Variant.product_id)
                                        .where(Variant.sku == "BOR-ARNO-TES"))
        row = page.model.row_of(product_id)
        assert row is not None
        page.table.setFocus()
        page.table.selectRow(row)
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        await wait_until(lambda: page.editor is not None and page.editor.isVisible())
        editor = page.editor
        editor.tabs.setCurrentWidget(editor.variants)
        grid = editor.variants
        grid.add_variant()
        model = grid.model
        new_row = model.rowCount() - 1
        assert model.setData(model.index(new_row, model.sku_column), NEW_SKU)
        assert model.setData(model.index(new_row, model.price_column), "330.00")
        assert model.setData(model.index(new_row, model.stock_column), "2")
        editor.save_button.click()
        await wait_until(lambda: page.editor is None)
        await wait_until(lambda: page.undo.can_undo and not page.undo.busy)
        outcomes = {"saved": await sync_pass(controller)}

        page.actions.undo.trigger()  # Ctrl+Z
        await wait_until(lambda: page.undo.can_redo and not page.undo.busy)
        outcomes["undone"] = await sync_pass(controller)

        page.actions.redo.trigger()  # Ctrl+Shift+Z
        await wait_until(lambda: page.undo.can_undo and not page.undo.busy)
        outcomes["redone"] = await sync_pass(controller)
        outcomes["again"] = await sync_pass(controller)
        status = controller.status
        controller.stop()
        await wait_until(lambda: not controller.status.running)
        return {"outcomes": outcomes, "pending": status.pending, "error": status.last_error,
                "status bar": window.status.pending.text()}

    result = run(scenario())
    assert {k: r.error for k, r in result["outcomes"].items()} == dict.fromkeys(
        result["outcomes"])
    assert result["pending"] == 0 and result["error"] is None
    with ctx.database.read() as session:
        live = list(session.scalars(select(Variant).where(Variant.sku == NEW_SKU,
                                                          Variant.deleted_at.is_(None))))
        account = session.scalar(select(Account))
        assert account is not None
        url = account.base_url
    assert len(live) == 1 and live[0].remote_id is not None
    http = requests.Session()
    tokens = fetch_token(url, "sellerdesk-owner-website", session=http)
    items = http.get(f"{url}/v1/products", params={"sku": NEW_SKU}, headers=tokens.headers,
                     timeout=10).json()["items"]
    assert len(items) == 1 and items[0]["status"] in ("active", "auditing")
    assert [v["sku"] for v in items[0]["variants"]].count(NEW_SKU) == 1
    assert next(v for v in items[0]["variants"] if v["sku"] == NEW_SKU)["id"] == \
        live[0].remote_id
