"""The product table's model: lazy rows, localised money, translated statuses, sync badges."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from sellerdesk.catalogue.queries import ProductRow
from sellerdesk.i18n import Formatter
from sellerdesk.ui import labels
from sellerdesk.ui.lazy_model import LazyTableModel

translate = QCoreApplication.translate

PHOTO, SKU, TITLE, PRICE, STOCK, STATUS, SYNC = range(7)
SORT_KEY_OF_COLUMN = {SKU: "sku", TITLE: "title", PRICE: "price", STOCK: "stock",
                      STATUS: "status", SYNC: "sync"}
SYNC_COLOURS = {"synced": "#2e7d32", "pending": "#9e9e9e", "conflict": "#e65100",
                "rejected": "#c62828"}
ProductIdRole = Qt.ItemDataRole.UserRole + 1


class ProductTableModel(LazyTableModel[ProductRow]):
    def __init__(self, fetch: Any, formatter: Formatter, low_stock: int, parent: Any = None):
        super().__init__(fetch, parent)
        self._fmt = formatter
        self._low_stock = low_stock

    def headers(self) -> Sequence[str]:
        return (
            "",
            translate("ProductTable", "SKU"),
            translate("ProductTable", "Title"),
            translate("ProductTable", "Price"),
            translate("ProductTable", "Stock"),
            translate("ProductTable", "Status"),
            translate("ProductTable", "Sync"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == PHOTO:
                return translate("ProductTable", "Main photo")
            if section == SYNC:
                return translate("ProductTable", "Whether the marketplace has this product's "
                                                 "latest changes")
        if (orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.TextAlignmentRole and section in (PRICE, STOCK)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def display(self, row: ProductRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SKU:
                return row.sku + (f"  +{row.variant_count - 1}" if row.variant_count > 1 else "")
            if column == TITLE:
                return row.title
            if column == PRICE:
                return self._fmt.money(row.price_minor, row.currency)
            if column == STOCK:
                return self._fmt.number(row.stock)
            if column == STATUS:
                return labels.product_status(row.status)
            if column == SYNC:
                return "●"
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (PRICE, STOCK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == SYNC:
            return int(Qt.AlignmentFlag.AlignCenter)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if column == SYNC:
                return QBrush(QColor(SYNC_COLOURS.get(row.sync_state, "#9e9e9e")))
            if column == STOCK and row.stock < self._low_stock:
                return QBrush(QColor("#c62828"))
            if column == STATUS and row.status in ("draft", "inactive"):
                return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        elif column == SYNC and role in (Qt.ItemDataRole.ToolTipRole,
                                         Qt.ItemDataRole.AccessibleTextRole):
            return labels.sync_state(row.sync_state)
        elif role == Qt.ItemDataRole.DecorationRole and column == PHOTO:
            return None  # photos arrive with the photo library (thumbnails off the UI thread)
        elif role == ProductIdRole:
            return row.id
        return None
