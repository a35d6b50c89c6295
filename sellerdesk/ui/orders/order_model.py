"""The order list's model: deadlines first, overdue in red, new orders in bold."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from sellerdesk.i18n import Formatter
from sellerdesk.orders.queries import TO_SHIP, OrderRow
from sellerdesk.ui import labels
from sellerdesk.ui.lazy_model import LazyTableModel

translate = QCoreApplication.translate
NUMBER, BUYER, ITEMS, TOTAL, PLACED, SHIP_BY, STATUS = range(7)


class OrderTableModel(LazyTableModel[OrderRow]):
    def __init__(self, fetch: Any, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(fetch, parent)
        self._fmt = formatter
        self.now = datetime.now(UTC)

    def headers(self) -> Sequence[str]:
        return (
            translate("OrderTable", "Order"),
            translate("OrderTable", "Buyer"),
            translate("OrderTable", "Items"),
            translate("OrderTable", "Total"),
            translate("OrderTable", "Placed"),
            translate("OrderTable", "Ship by"),
            translate("OrderTable", "Status"),
        )

    def display(self, row: OrderRow, column: int, role: int) -> Any:
        overdue = row.status in TO_SHIP and row.ship_by is not None and row.ship_by < self.now
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return row.number
            if column == BUYER:
                return f"{row.buyer_name} ({row.buyer_country})"
            if column == ITEMS:
                return self._fmt.number(row.item_count)
            if column == TOTAL:
                return self._fmt.money(row.total_minor, row.currency)
            if column == PLACED:
                return self._fmt.datetime(row.placed_at)
            if column == SHIP_BY:
                return self._fmt.datetime(row.ship_by) if row.ship_by else ""
            if column == STATUS:
                return labels.order_status(row.status)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (ITEMS, TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and column == SHIP_BY and overdue:
            return QBrush(QColor("#c62828"))
        elif role == Qt.ItemDataRole.ToolTipRole and column == SHIP_BY and overdue:
            return translate("OrderTable", "Overdue: the ship-by time has passed")
        elif role == Qt.ItemDataRole.FontRole and row.is_new:
            font = QFont()
            font.setBold(True)
            return font
        return None
