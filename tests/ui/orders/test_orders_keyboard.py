"""The Orders table from the keyboard: Tab leaves it, Enter or Space ships the selected order,
the columns show their whole header, and unpaid rows stay distinguishable in a dark palette."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from sellerdesk.ui.main_window import MainWindow
from sellerdesk.ui.orders.order_model import STATUS
from sellerdesk.ui.orders.ship_dialog import ShipDialog
from tests.ui.conftest import wait_until
from tests.ui.orders.test_orders_page import open_order, ready_number, show_view


def test_tab_leaves_the_table_and_enter_or_space_ships(orders_window: MainWindow,
                                                       qtbot: Any, run: Any) -> None:
    window, page = orders_window, orders_window.orders

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() > 0)
        assert not page.table.tabKeyNavigation()
        window.activateWindow()
        page.table.setFocus(Qt.FocusReason.TabFocusReason)
        await wait_until(page.table.hasFocus)
        qtbot.keyClick(page.table, Qt.Key.Key_Tab)
        await wait_until(lambda: not page.table.hasFocus())  # not the next cell
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Space):
            await open_order(window, ready_number(window))
            page.table.setFocus(Qt.FocusReason.OtherFocusReason)
            qtbot.keyClick(page.table, key)
            await wait_until(lambda: isinstance(page.actions.dialog, ShipDialog))
            dialog = page.actions.dialog
            dialog.reject()
            await wait_until(lambda d=dialog: page.actions.dialog is None or not d.isVisible())

    run(scenario())


def test_the_status_column_shows_its_whole_header_and_contents(
        orders_window: MainWindow, run: Any) -> None:
    window, page = orders_window, orders_window.orders
    window.resize(1024, 700)

    async def scenario() -> None:
        await show_view(page, "all")
        await wait_until(lambda: page.model.rowCount() > 0)
        page.splitter.setSizes([450, 550])  # a narrow list: a scroll bar, not cut headers
        await wait_until(lambda: page.table.width() < 520)
        header = page.table.horizontalHeader()
        assert header.sectionSize(STATUS) >= header.sectionSizeHint(STATUS)  # "Status" whole
        for column in range(header.count()):
            if not page.table.isColumnHidden(column):
                assert header.sectionSize(column) >= header.sectionSizeHint(column), column
                assert header.sectionSize(column) >= page.table.sizeHintForColumn(column), column

    run(scenario())


def test_unpaid_rows_stand_apart_in_a_dark_palette(orders_window: MainWindow,
                                                   run: Any, qapp: Any) -> None:
    page = orders_window.orders
    light = QApplication.palette()
    dark = QPalette(light)
    for role, shade in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.Base,
                        "#181818"), (QPalette.ColorRole.Text, "#e8eaed")):
        dark.setColor(role, QColor(shade))
    # Some dark themes give disabled text the colour of ordinary text.
    dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#e8eaed"))

    async def scenario() -> None:
        await show_view(page, "all")
        unpaid = next(r for r in range(page.model.rowCount())
                      if page.model.row_at(r).status == "placed")
        QApplication.setPalette(dark)
        brush = page.model.data(page.model.index(unpaid, 1), Qt.ItemDataRole.ForegroundRole)
        assert brush is not None
        assert abs(brush.color().lightness() - QColor("#e8eaed").lightness()) > 40
        font = page.model.data(page.model.index(unpaid, 1), Qt.ItemDataRole.FontRole)
        assert isinstance(font, QFont) and font.italic()

    try:
        run(scenario())
    finally:
        QApplication.setPalette(light)
