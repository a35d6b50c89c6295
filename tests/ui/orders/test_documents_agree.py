"""In the window, "To ship" with every order chosen gives a pick list and packing slips of the
same orders (no flagged or unpaid ones unless asked for); nothing to print says why."""

from __future__ import annotations

from typing import Any

from sellerdesk.orders.printing_selection import FLAGGED
from sellerdesk.orders.service import Orders
from sellerdesk.ui.main_window import MainWindow
from sellerdesk.ui.orders.documents import Kind
from tests.ui.conftest import wait_until


def test_every_order_to_ship_chosen_gives_documents_that_agree(
        orders_window: MainWindow, run: Any) -> None:
    window, page = orders_window, orders_window.orders
    printer = page.actions.printer

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() > 0)
        ready = next(page.model.row_at(r) for r in range(page.model.rowCount())
                     if page.model.row_at(r).status == "awaiting_shipment")
        await window.ctx.jobs.in_thread(Orders(window.ctx.database).flag_problem,
                                        ready.number, "item damaged")
        page.table.selectAll()  # "Da spedire", Ctrl+A
        chosen = page.selected_ids()
        assert len(chosen) == page.model.rowCount()
        pick = await printer.prepare(Kind.PICK_LIST, chosen)
        slips = await printer.prepare(Kind.PACKING_SLIPS, chosen)
        assert pick.numbers == slips.numbers and pick.left_out == slips.left_out
        assert len(slips.numbers) + len(slips.left_out) == len(chosen)
        reasons = {item.reason for item in slips.left_out}
        assert reasons == {"unpaid", "flagged"}  # unpaid orders are in "To ship" too
        left = {item.number for item in slips.left_out}
        assert not left & set(slips.numbers)
        # Asked for explicitly, the flagged ones are on both documents.
        pick = await printer.prepare(Kind.PICK_LIST, chosen, include=[FLAGGED])
        slips = await printer.prepare(Kind.PACKING_SLIPS, chosen, include=[FLAGGED])
        assert pick.numbers == slips.numbers
        assert {i.reason for i in slips.left_out} == {"unpaid"}

    run(scenario())


def test_nothing_to_print_says_which_order_and_why(orders_window: MainWindow,
                                                   run: Any) -> None:
    window, page = orders_window, orders_window.orders

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() > 0)
        row = next(page.model.row_at(r) for r in range(page.model.rowCount())
                   if page.model.row_at(r).status == "awaiting_shipment"
                   and not page.model.row_at(r).problem)
        await window.ctx.jobs.in_thread(Orders(window.ctx.database).flag_problem, row.number,
                                        "item damaged")
        for kind in (Kind.PICK_LIST, Kind.PACKING_SLIPS):
            prepared = await page.actions.printer.prepare(kind, [row.id])
            assert prepared.empty
            assert prepared.why == (f"Nothing to print: order {row.number} is flagged: "
                                    "item damaged.")

    run(scenario())
