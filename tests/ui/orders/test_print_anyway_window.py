"""In the window: a flagged order chosen alone is not printed silently; the question says why,
Cancel leaves the reason on screen, "Print anyway" prints it (tests/ui/orders/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from sellerdesk.orders.service import Orders
from sellerdesk.ui.main_window import MainWindow
from sellerdesk.ui.orders.documents import Kind
from sellerdesk.ui.orders.left_out import PrintAnywayDialog
from tests.ui.conftest import wait_until


def test_a_flagged_order_prints_only_when_the_owner_says_so(
        orders_window: MainWindow, run: Any, tmp_path: Path) -> None:
    window, page = orders_window, orders_window.orders

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() > 0)
        row = next(page.model.row_at(r) for r in range(page.model.rowCount())
                   if page.model.row_at(r).status == "awaiting_shipment")
        await window.ctx.jobs.in_thread(Orders(window.ctx.database).flag_problem, row.number,
                                        "item damaged")
        page.table.clearSelection()
        page.select_ids([row.id])
        why = f"Nothing to print: order {row.number} is flagged: item damaged."

        task = page.print_document(Kind.PACKING_SLIPS, to_pdf=True)
        await wait_until(lambda: isinstance(page.actions.dialog, PrintAnywayDialog))
        ask = page.actions.dialog
        assert ask.text() == why
        ask.button(QMessageBox.StandardButton.Cancel).click()
        assert await task is None
        await wait_until(lambda: page.notice.text() == why)

        task = page.print_document(Kind.PACKING_SLIPS, to_pdf=True)
        await wait_until(lambda: isinstance(page.actions.dialog, PrintAnywayDialog))
        page.actions.dialog.anyway.click()
        await wait_until(lambda: page.actions.printer.dialog is not None)
        page.actions.printer.dialog.setDirectory(str(tmp_path))
        page.actions.printer.dialog.accept()
        path = await task
        assert path is not None and path.exists() and path.parent == tmp_path

    run(scenario())
