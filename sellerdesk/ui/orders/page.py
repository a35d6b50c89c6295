"""The Orders page: To ship (by deadline), Shipped, Cancelled, All; searchable."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.ui.context import AppContext
from sellerdesk.ui.orders.order_model import (
    BUYER,
    ITEMS,
    NUMBER,
    PLACED,
    SHIP_BY,
    STATUS,
    TOTAL,
    OrderTableModel,
)
from sellerdesk.ui.widgets import ListOrEmpty

translate = QCoreApplication.translate


class OrdersPage(QWidget):
    loaded = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._search = ""
        self.model = OrderTableModel(ctx.orders.rows, ctx.formatter, self)
        self.view = QComboBox(self)
        self.view.setAccessibleName(translate("OrdersPage", "Which orders"))
        for code, text in (
            ("to_ship", translate("OrdersPage", "To ship")),
            ("shipped", translate("OrdersPage", "Shipped")),
            ("cancelled", translate("OrdersPage", "Cancelled")),
            ("all", translate("OrdersPage", "All orders")),
        ):
            self.view.addItem(text, code)
        self.view.currentIndexChanged.connect(self.reload)
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.view)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.table = QTableView(self)
        self.table.setObjectName("orderTable")
        self.table.setAccessibleName(translate("OrdersPage", "Orders"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(BUYER, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NUMBER, 130), (ITEMS, 70), (TOTAL, 110), (PLACED, 150),
                              (SHIP_BY, 150), (STATUS, 130)):
            self.table.setColumnWidth(column, width)
        self.listing = ListOrEmpty(self.table, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.listing, 1)

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.reload()

    def reload(self) -> asyncio.Task[None]:
        return self.ctx.jobs.start(self._load(), name="order-ids")

    async def _load(self) -> None:
        view = self.view.currentData()
        ids = await self.ctx.jobs.in_thread(self.ctx.orders.ids, view, self._search)
        self.model.now = datetime.now(UTC)
        self.model.set_ids(ids)
        shown = len(ids)
        self.count_label.setText(
            self.tr("%n order(s)", "", shown).replace(
                str(shown), self.ctx.formatter.number(shown))
        )
        if shown:
            self.listing.show_content()
        elif self._search:
            self.listing.show_empty(
                translate("OrdersPage", "Nothing found"),
                translate("OrdersPage", "No order matches “%1”: search by order number, buyer "
                                        "or SKU.").replace("%1", self._search),
            )
        elif view == "to_ship":
            self.listing.show_empty(
                translate("OrdersPage", "Nothing to ship"),
                translate("OrdersPage", "Every order is on its way. New orders appear here as "
                                        "soon as the marketplace reports them."),
            )
        else:
            self.listing.show_empty(
                translate("OrdersPage", "No orders here"),
                translate("OrdersPage", "Orders appear here when the sync brings them from the "
                                        "marketplace."),
            )
        self.loaded.emit(shown)
