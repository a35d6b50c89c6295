"""The Orders page as staff use it: views with counts, search, new orders, the detail pane,
notes, shipping (checked tracking numbers, corrections before the sync), cancelling, problems,
and the new-orders notification."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from sellerdesk.orders.details import OrderDetails, ShipmentState
from sellerdesk.store.models import Order
from sellerdesk.ui.main_window import MainWindow
from sellerdesk.ui.orders.order_model import NUMBER, SHIP_BY, STATUS
from sellerdesk.ui.orders.ship_dialog import ShipDialog
from tests.ui.conftest import wait_until


def cell(window: MainWindow, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole
         ) -> Any:
    model = window.orders.model
    return model.data(model.index(row, column), role)


def row_of(window: MainWindow, number: str) -> int:
    model = window.orders.model
    return next(r for r in range(model.rowCount()) if cell(window, r, NUMBER) == number)


async def open_order(window: MainWindow, number: str) -> None:
    page = window.orders
    page.table.selectRow(row_of(window, number))
    await wait_until(lambda: page.current is not None and page.current.number == number)


def order(window: MainWindow, number: str) -> Order:
    with window.ctx.database.read() as session:
        found = session.scalar(select(Order).where(Order.number == number))
    assert found is not None
    return found


async def show_view(page: Any, code: str) -> None:
    """Switch views and wait for that view's list (not a reload still under way)."""
    loaded: list[str] = []
    page.loaded.connect(lambda _n: loaded.append(page.view()))
    page.set_view(code)
    await wait_until(lambda: code in loaded)


def buyers(page: Any) -> set[str]:
    return {page.model.row_at(r).buyer_name for r in range(page.model.rowCount())}


def test_views_counts_search_and_new_orders(orders_window: MainWindow, qtbot: Any,
                                           run: Any) -> None:
    window, page = orders_window, orders_window.orders

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() > 0 and page.tabs.tabText(0) != "To ship")
        counts = page._counts
        assert page.model.rowCount() == counts["to_ship"] > 0
        assert page.tabs.tabText(0) == f"To ship ({counts['to_ship']})"
        await wait_until(lambda: "to ship" in window.sidebar.item(1).text())
        # Most urgent first; overdue deadlines in bold red, with a tooltip that says so.
        deadlines = [page.model.row_at(r).ship_by for r in range(page.model.rowCount())]
        assert deadlines == sorted(deadlines)
        assert cell(window, 0, SHIP_BY, Qt.ItemDataRole.ForegroundRole).color().name() == \
            "#c62828"
        assert "Overdue" in cell(window, 0, SHIP_BY, Qt.ItemDataRole.ToolTipRole)
        # New orders (the demo's last day) are bold with a dot, until someone opens them.
        new_row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).is_new)
        number = cell(window, new_row, NUMBER)
        assert cell(window, new_row, NUMBER, Qt.ItemDataRole.FontRole).bold()
        assert cell(window, new_row, NUMBER, Qt.ItemDataRole.DecorationRole) is not None
        await open_order(window, number)
        await wait_until(lambda: order(window, number).seen_at is not None)
        await wait_until(lambda: not page.model.row_at(row_of(window, number)).is_new)
        # Search by number, buyer and SKU, in the view shown.
        qtbot.keyClicks(window.search, number)
        await wait_until(lambda: page.model.rowCount() == 1)
        window.search.clear()
        qtbot.keyClicks(window.search, "Tanaka")
        await wait_until(lambda: buyers(page) == {"Yui Tanaka"})
        window.search.clear()
        qtbot.keyClicks(window.search, "POR-")
        await wait_until(lambda: 0 < page.model.rowCount() < counts["to_ship"]
                         and page._search == "POR-")
        window.search.clear()
        await wait_until(lambda: page.model.rowCount() == counts["to_ship"])
        # The other views.
        for code, title in (("shipped", "Shipped"), ("cancelled", "Cancelled"),
                            ("all", "All orders")):
            await show_view(page, code)
            assert page.model.rowCount() == counts[code]
            assert page.tabs.tabText(page.tabs.currentIndex()).startswith(title)
        await show_view(page, "problems")
        assert page.listing.currentWidget() is page.listing.empty
        assert page.listing.empty.title.text() == "No problems"

    run(scenario())


def test_detail_shows_the_label_address_and_keeps_notes(orders_window: MainWindow,
                                                        run: Any) -> None:
    window, page = orders_window, orders_window.orders

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() > 0)
        german = next(page.model.row_at(r) for r in range(page.model.rowCount())
                      if page.model.row_at(r).buyer_country == "DE")
        await open_order(window, german.number)
        detail = page.detail
        assert detail.title.text() == f"Order {german.number}"
        assert detail.address.text().splitlines()[-1] == "GERMANY"  # a parcel abroad
        assert detail.lines.count() == len(page.current.lines)
        assert "Arrived from the marketplace" in detail.history.text()
        detail.notes.setFocus()
        detail.notes.insertPlainText("Fragile: double box")
        await wait_until(lambda: order(window, german.number).notes == "Fragile: double box")
        await wait_until(lambda: detail.notes_state.text() == "Saved on this computer")
        # Notes typed just before switching orders are not lost.
        detail.notes.insertPlainText(", call first")
        other = next(page.model.row_at(r).number for r in range(page.model.rowCount())
                     if page.model.row_at(r).number != german.number)
        await open_order(window, other)
        await wait_until(lambda: order(window, german.number).notes
                         == "Fragile: double box, call first")

    run(scenario())


def ready_number(window: MainWindow) -> str:
    page = window.orders
    return next(page.model.row_at(r).number for r in range(page.model.rowCount())
                if page.model.row_at(r).status == "awaiting_shipment")


def test_ship_checks_the_tracking_number_and_can_be_corrected_until_synced(
        orders_window: MainWindow, run: Any) -> None:
    window, page = orders_window, orders_window.orders

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() > 0)
        number = ready_number(window)
        await open_order(window, number)
        assert page.ship_button.isEnabled()
        page.ship_current()
        await wait_until(lambda: isinstance(page.actions.dialog, ShipDialog))
        dialog: ShipDialog = page.actions.dialog
        assert not dialog.ok.isEnabled()  # no carrier, no number yet
        dialog.carrier.setCurrentIndex(dialog.carrier.findData("dhl"))
        dialog.tracking.setText("12345")
        assert "does not look like a DHL Express" in dialog.hint.text()
        assert dialog.anyway.isVisibleTo(dialog) and not dialog.ok.isEnabled()
        dialog.tracking.setText("JD 0146 0000")
        dialog.tracking.setText("1234 5678 90")
        assert dialog.hint.text().startswith("✓") and dialog.ok.isEnabled()
        dialog.accept()
        await wait_until(lambda: order(window, number).status == "shipped")
        # It leaves "To ship"; the list goes on with the next order, as staff do.
        await wait_until(lambda: number not in [cell(window, r, NUMBER)
                                                for r in range(page.model.rowCount())])
        await wait_until(lambda: page.current is not None and page.current.number != number)
        await show_view(page, "shipped")
        assert cell(window, row_of(window, number), STATUS) == "Shipped — waiting to sync"
        await open_order(window, number)
        assert page.detail.sync_banner.isVisibleTo(page.detail)
        assert "waiting to sync" in page.detail.sync_text.text()
        shipment = page.current.shipments[0]
        assert shipment.tracking_number == "1234567890"
        assert shipment.state == ShipmentState.WAITING
        # Correct it before it syncs: another carrier, a number that needs "use it anyway".
        page.detail.edit_shipment.emit(shipment.id)
        await wait_until(lambda: isinstance(page.actions.dialog, ShipDialog))
        dialog = page.actions.dialog
        assert dialog.tracking.text() == "1234567890"
        dialog.carrier.setCurrentIndex(dialog.carrier.findData("ups"))
        dialog.tracking.setText("1Z-TYPO")
        assert not dialog.ok.isEnabled()
        dialog.anyway.setChecked(True)
        assert dialog.ok.isEnabled()
        dialog.accept()
        await wait_until(lambda: OrderDetails(window.ctx.database).by_number(number)
                         .shipments[0].carrier == "ups")
        # ... or take it back: the order is to ship again.
        await wait_until(lambda: page.current.shipments[0].carrier == "ups")
        page.detail.withdraw_shipment.emit(page.current.shipments[0].id)
        await wait_until(lambda: order(window, number).status == "awaiting_shipment")
        await wait_until(lambda: page.current is not None and not page.current.shipments)
        assert "withdrawn" in page.notice.text()

    run(scenario())


def test_cancel_and_flag_a_problem(orders_window: MainWindow, run: Any) -> None:
    window, page = orders_window, orders_window.orders

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() > 0)
        number = ready_number(window)
        await open_order(window, number)
        page.detail.problem_requested.emit()
        await wait_until(lambda: page.actions.dialog is not None)
        page.actions.dialog.problem.setCurrentText("The address is incomplete")
        page.actions.dialog.accept()
        await wait_until(lambda: order(window, number).problem == "address_incomplete")
        await wait_until(lambda: page.detail.problem_banner.isVisibleTo(page.detail))
        await wait_until(lambda: page.tabs.tabText(3) == "Problems (1)")
        page.detail.problem_cleared.emit()
        await wait_until(lambda: order(window, number).problem is None)
        # Cancelling asks first; "keep the order" is the default answer.
        page.detail.cancel_requested.emit()
        await wait_until(lambda: page.actions.dialog is not None)
        page.actions.dialog.reject()
        await wait_until(lambda: page.actions.dialog is None)
        assert order(window, number).status == "awaiting_shipment"
        page.detail.cancel_requested.emit()
        await wait_until(lambda: page.actions.dialog is not None)
        dialog = page.actions.dialog
        dialog.reason.setCurrentIndex(dialog.reason.findData("buyer_request"))
        dialog.done(QDialog.DialogCode.Accepted)
        await wait_until(lambda: order(window, number).status == "cancelled")
        await show_view(page, "cancelled")
        assert cell(window, row_of(window, number), STATUS) == "Cancelled — waiting to sync"
        await open_order(window, number)
        await wait_until(lambda: page.current is not None and page.current.cancel_pending)
        assert "Cancelled — waiting to sync" in page.detail.sync_text.text()
        assert not page.detail.cancel_action.isEnabled()

    run(scenario())


def test_notes_typed_just_before_quitting_are_kept(orders_window: MainWindow, run: Any) -> None:
    window, page = orders_window, orders_window.orders

    async def scenario() -> str:
        await wait_until(lambda: page.model.rowCount() > 0)
        number = ready_number(window)
        await open_order(window, number)
        page.detail.notes.insertPlainText("Imballo doppio")  # still waiting to be saved...
        await window.ctx.jobs.shutdown()  # ...when the app quits
        return number

    number = run(scenario())
    window.close()
    assert order(window, number).notes == "Imballo doppio"
