"""The acceptance scenario of issue 7, in the real window on a real marketplace over HTTP.

The marketplace goes away (the sandbox is stopped: connection refused). A staff member prints the
pick list and the packing slips of twenty paid orders, then ships each one with a carrier from the
cached list and a tracking number. Every shipment shows "waiting to sync". Then the marketplace
comes back on the same address, dropping the reply of every other write after committing it
(`reset_after_commit`), and the sync delivers exactly twenty fulfilments: one per order, each
under a single idempotency key however often it was resent, with no duplicates.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from sellerdesk.orders.carriers import CarrierBook
from sellerdesk.paths import DataDir
from sellerdesk.secrets import SecretStore
from sellerdesk.store.models import Fulfilment, Order, OutboxEntry
from sellerdesk.sync.accounts import connect
from sellerdesk.ui.orders.documents import Kind
from sellerdesk.ui.orders.order_model import NUMBER, STATUS
from sellerdesk.ui.orders.ship_dialog import ShipDialog
from sellerdesk.ui.sync.setup import start_sync
from tests.keyrings import MemoryKeyring
from tests.ui.conftest import wait_until
from tests.ui.orders.conftest import Marketplace
from tests.ui.orders.test_orders_page import open_order, show_view

SHIPMENTS = 20


def remote_fulfilments(market: Marketplace) -> dict[str, int]:
    """Order number → fulfilments the marketplace holds (read from its own file)."""
    with sqlite3.connect(market.file) as conn:
        rows = conn.execute("SELECT o.number, count(f.id) FROM orders o "
                            "LEFT JOIN fulfillments f ON f.order_id = o.id GROUP BY o.number")
        return dict(rows.fetchall())


class Passes:
    """Counts the sync passes that ended. Connected once for the whole test: a receiver that
    comes and goes while the sync thread queues statuses to it is asking for trouble."""

    def __init__(self, controller: Any) -> None:
        self.controller = controller
        self.ended: list[Any] = []
        self._running = False
        controller.status_changed.connect(self._seen)

    def _seen(self, status: Any) -> None:
        if status.running:
            self._running = True
        elif self._running:
            self._running = False
            self.ended.append(status)

    async def one(self) -> Any:
        """Ask for a sync and wait for that pass to end; returns its last status."""
        before = len(self.ended)
        self.controller.sync_now()
        await wait_until(lambda: len(self.ended) > before, timeout=30)
        return self.ended[-1]


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=30).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_offline_shipping_of_20_orders_reaches_the_marketplace_exactly_once(
        data_dir: DataDir, make_window: Any, run: Any, tmp_path: Path,
        memory_keyring: MemoryKeyring, marketplace: Marketplace) -> None:
    window = make_window(data_dir)
    ctx, page = window.ctx, window.orders
    connect(ctx.database, SecretStore(), marketplace.url, "Bottega Rossi")
    before = remote_fulfilments(marketplace)
    out = tmp_path / "printed"
    out.mkdir()

    async def scenario() -> None:
        # -- online once: the shop, its orders and the carrier list come down
        controller = await start_sync(ctx, window, interval=3600)
        assert controller is not None
        passes = Passes(controller)
        await wait_until(lambda: controller.status.last_success is not None, timeout=30)
        await wait_until(lambda: CarrierBook(ctx.data.root).load().from_marketplace)
        window.sidebar.setCurrentRow(1)
        await wait_until(lambda: page.model.rowCount() > SHIPMENTS)

        # -- the marketplace goes away
        marketplace.stop()
        assert (await passes.one()).online is False
        await wait_until(lambda: "Offline" in window.status.connection.text())
        rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
        chosen = [row.number for row in rows if row.status == "awaiting_shipment"][:SHIPMENTS]
        assert len(chosen) == SHIPMENTS

        # -- pick list and packing slips for the twenty, printed offline
        page.table.clearSelection()
        for number in chosen:
            page.select_ids([row.id for row in rows if row.number == number])
        assert len(page.selected_ids()) == SHIPMENTS
        task = page.print_document(Kind.PICK_LIST, to_pdf=True)  # "Save as PDF…"
        await wait_until(lambda: page.actions.printer.dialog is not None)
        page.actions.printer.dialog.setDirectory(str(out))
        page.actions.printer.dialog.accept()  # the proposed name, in the chosen folder
        pick = await task
        assert pick is not None and pick.parent == out and pick.suffix == ".pdf"
        assert page.notice.text().startswith("Saved ")
        slips = out / "packing-slips.pdf"
        task = page.print_document(Kind.PACKING_SLIPS, to_pdf=False)  # the print dialog
        await wait_until(lambda: page.actions.printer.dialog is not None)
        printer = page.actions.printer.dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(slips))
        page.actions.printer.dialog.done(QDialog.DialogCode.Accepted)
        await task
        picked = pdf_text(pick)
        assert "Pick list" in picked and "Page 1 of" in picked
        packed = pdf_text(slips)
        assert packed.count("Packing slip") == SHIPMENTS  # one slip (one page) per order
        assert all(number in picked and number in packed for number in chosen)

        # -- twenty shipments, each with a carrier from the cached list
        for index, number in enumerate(chosen):
            await open_order(window, number)
            page.ship_current()
            await wait_until(lambda: isinstance(page.actions.dialog, ShipDialog))
            dialog: ShipDialog = page.actions.dialog
            dialog.carrier.setCurrentIndex(dialog.carrier.findData("dhl"))
            dialog.tracking.setText(f"{4_000_000_000 + index}")
            assert dialog.ok.isEnabled()
            dialog.accept()
            await wait_until(lambda n=number: page.current is None or page.current.number != n
                             or page.current.status == "shipped")
        with ctx.database.read() as session:
            waiting = session.scalar(select(func.count()).select_from(OutboxEntry))
        assert waiting == SHIPMENTS
        await show_view(page, "shipped")
        statuses = {page.model.row_at(r).number: page.model.data(page.model.index(r, STATUS))
                    for r in range(page.model.rowCount())}
        assert all(statuses[n] == "Shipped — waiting to sync" for n in chosen)
        assert remote_fulfilments(marketplace) == before  # nothing reached it

        # -- the connection comes back; the marketplace drops replies after committing
        market = controller.engine.market
        sent: dict[str, set[str]] = defaultdict(set)
        calls = [0]
        original = market.fulfil

        def fulfil(order_id: str, body: dict[str, Any], key: str) -> Any:
            calls[0] += 1
            sent[order_id].add(key)
            return original(order_id, body, key)

        market.fulfil = fulfil
        marketplace.start(faults="reset_after_commit=0.5", fault_seed=7)
        failed = 0
        for _attempt in range(80):
            status = await passes.one()
            failed += status.last_error is not None
            if status.pending == 0 and status.last_error is None:
                break
        assert status.pending == 0 and status.last_error is None
        print(f"back online: {_attempt + 1} sync passes, {failed} cut short by a lost reply, "
              f"{calls[0]} fulfilment requests for {SHIPMENTS} shipments")

        # -- exactly twenty fulfilments, one per order, each under one key
        after = remote_fulfilments(marketplace)
        added = {n: after[n] - before.get(n, 0) for n in after if after[n] != before.get(n, 0)}
        assert added == dict.fromkeys(chosen, 1)
        assert sum(after.values()) - sum(before.values()) == SHIPMENTS
        assert failed >= 1 and calls[0] > SHIPMENTS  # replies were lost and sent again...
        assert all(len(keys) == 1 for keys in sent.values())  # ...under the same key
        assert len(sent) == SHIPMENTS
        with ctx.database.read() as session:
            mine = session.execute(
                select(Order.number, func.count(Fulfilment.id), func.count(Fulfilment.remote_id))
                .join(Fulfilment, Fulfilment.order_id == Order.id)
                .where(Order.number.in_(chosen)).group_by(Order.number)).all()
        assert sorted(mine) == sorted((n, 1, 1) for n in chosen)  # linked, not duplicated
        await show_view(page, "shipped")
        statuses = {page.model.row_at(r).number: page.model.data(page.model.index(r, STATUS))
                    for r in range(page.model.rowCount())}
        assert all(statuses[n] == "Shipped" for n in chosen)
        assert page.model.data(page.model.index(0, NUMBER))
        controller.stop()

    run(scenario())
    for closer in list(ctx.closers):
        closer()
    ctx.closers.clear()
