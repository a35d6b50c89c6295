"""The order list's model: deadlines first, overdue in red, due today in amber, new orders in
bold with a dot, shipments that have not reached the marketplace said so in the status."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from sellerdesk.i18n import Formatter
from sellerdesk.orders.addresses import country_name
from sellerdesk.orders.messages import problem_text
from sellerdesk.orders.queries import TO_SHIP, OrderRow
from sellerdesk.ui import labels
from sellerdesk.ui.lazy_model import LazyTableModel
from sellerdesk.ui.plain_text import plain_tooltip
from sellerdesk.ui.theme import Tone, colour, muted_text

translate = QCoreApplication.translate
NUMBER, BUYER, DESTINATION, ITEMS, TOTAL, PLACED, SHIP_BY, STATUS = range(8)
NEW_DOT = QColor("#1a73e8")  # reads on light and dark alike
SOON = timedelta(hours=24)


def dot_icon(color: QColor, size: int = 10) -> QIcon:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def status_text(row: OrderRow) -> str:
    """The status as staff need it: shipped here but not yet on the marketplace says so."""
    text = labels.order_status(row.status)
    if row.refused:
        return translate("OrderTable", "%1 — refused by the marketplace").replace("%1", text)
    if row.waiting_sync:
        return translate("OrderTable", "%1 — waiting to sync").replace("%1", text)
    return text


class OrderTableModel(LazyTableModel[OrderRow]):
    def __init__(self, fetch: Any, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(fetch, parent)
        self._fmt = formatter
        self.now = datetime.now(UTC)
        self._new_icon: QIcon | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    def headers(self) -> Sequence[str]:
        return (
            translate("OrderTable", "Order"),
            translate("OrderTable", "Buyer"),
            translate("OrderTable", "Destination"),
            translate("OrderTable", "Items"),
            translate("OrderTable", "Total"),
            translate("OrderTable", "Placed"),
            translate("OrderTable", "Ship by"),
            translate("OrderTable", "Status"),
        )

    def _deadline(self, row: OrderRow) -> str | None:
        """'overdue' or 'soon' (within a day) for orders still to ship; None otherwise."""
        if row.status not in TO_SHIP or row.ship_by is None:
            return None
        if row.ship_by < self.now:
            return "overdue"
        return "soon" if row.ship_by - self.now < SOON else None

    def display(self, row: OrderRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ITEMS, TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.FontRole:
            bold = row.is_new or (column == SHIP_BY and self._deadline(row) == "overdue")
            italic = row.status == "placed"  # unpaid: quieter in shape too, not colour alone
            if not (bold or italic):
                return None
            font = QFont(self._bold if bold else self._italic)
            font.setItalic(italic)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == NUMBER and row.is_new:
            return translate("OrderTable", "%1, new").replace("%1", row.number)
        return None

    def _text(self, row: OrderRow, column: int) -> str:
        fmt = self._fmt
        if column == NUMBER:
            return row.number
        if column == BUYER:
            return row.buyer_name
        if column == DESTINATION:
            return country_name(row.buyer_country, fmt.locale) if row.buyer_country else ""
        if column == ITEMS:
            return fmt.number(row.item_count)
        if column == TOTAL:
            return fmt.money(row.total_minor, row.currency)
        if column == PLACED:
            return fmt.datetime(row.placed_at)
        if column == SHIP_BY:
            return fmt.datetime(row.ship_by) if row.ship_by else ""
        if column == STATUS:
            return status_text(row)
        return ""

    def _colour(self, row: OrderRow, column: int) -> QBrush | None:
        if column == SHIP_BY:
            deadline = self._deadline(row)
            if deadline == "overdue":
                return QBrush(colour(Tone.ERROR))
            if deadline == "soon":
                return QBrush(colour(Tone.WARNING))
        if column == STATUS and (row.refused or row.problem):
            return QBrush(colour(Tone.ERROR))
        if row.status == "placed":  # not paid: nothing to do yet (the Disabled text of some
            return QBrush(muted_text())  # dark palettes is the plain text colour)
        return None

    def _decoration(self, row: OrderRow, column: int) -> QIcon | None:
        if column == NUMBER and row.is_new:
            if self._new_icon is None:
                self._new_icon = dot_icon(NEW_DOT)
            return self._new_icon
        if column == STATUS and (row.problem or row.refused):
            return QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _tooltip(self, row: OrderRow, column: int) -> str | None:
        if column == SHIP_BY and row.ship_by is not None:
            deadline = self._deadline(row)
            if deadline == "overdue":
                return translate("OrderTable", "Overdue: the ship-by time passed %1").replace(
                    "%1", self._fmt.ago(row.ship_by, self.now))
            if deadline == "soon":
                return translate("OrderTable", "Due %1").replace(
                    "%1", self._fmt.ago(row.ship_by, self.now))
        if column == NUMBER and row.is_new:
            return translate("OrderTable", "New since you last looked")
        if column == STATUS:
            if row.problem:
                return plain_tooltip(
                    translate("OrderTable", "Problem: %1").replace(
                        "%1", problem_text(row.problem, translate)))
            if row.refused:
                return translate("OrderTable", "The marketplace refused a change made here: "
                                               "open the order to correct it")
            if row.waiting_sync:
                return translate("OrderTable", "Saved here; the marketplace is told at the "
                                               "next sync")
            if row.status == "placed":
                return translate("OrderTable", "Not paid yet: ship it once the marketplace "
                                               "reports the payment")
        return None
