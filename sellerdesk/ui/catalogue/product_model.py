"""The product table's model: lazy rows, localised money, translated statuses, sync badges.

The photo column shows each product's main photo from a `ThumbnailProvider`: a placeholder
until the worker has read (never decoded here) the stored thumbnail, then the row's cell is
repainted (`photo_ready`).

Rows are read a block at a time (`LazyTableModel`); a block the view asks for and is not cached
is read at once, on the UI thread (10-30 ms on a big file). To keep scrolling smooth the model
also reads the blocks on either side of the one just used in a worker thread, so that scrolling
on page by page finds them already there: only a jump far away waits for a read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from sellerdesk.catalogue.queries import ProductRow
from sellerdesk.i18n import Formatter
from sellerdesk.ui import labels
from sellerdesk.ui.lazy_model import BLOCK, CACHE_BLOCKS, LazyTableModel
from sellerdesk.ui.theme import SYNC_TONES, Tone, colour

translate = QCoreApplication.translate

PHOTO, SKU, TITLE, PRICE, STOCK, STATUS, SYNC = range(7)
SORT_KEY_OF_COLUMN = {SKU: "sku", TITLE: "title", PRICE: "price", STOCK: "stock",
                      STATUS: "status", SYNC: "sync"}
ProductIdRole = Qt.ItemDataRole.UserRole + 1
TITLE_SHOWN = 300
THUMB = 28  # logical pixels: fits the default row height
Rows = dict[str, ProductRow]
# Runs a read of these ids off the UI thread and hands the rows back on the UI thread.
Schedule = Callable[[list[str], Callable[[Rows], None]], None]


class ProductTableModel(LazyTableModel[ProductRow]):
    def __init__(self, fetch: Any, formatter: Formatter, low_stock: int, parent: Any = None,
                 *, schedule: Schedule | None = None, thumbnails: Any = None):
        super().__init__(fetch, parent)
        self.thumbnails = thumbnails  # a ThumbnailProvider, or None: no photo column contents
        if thumbnails is not None:
            thumbnails.product_ready.connect(self.photo_ready)
        self._fmt = formatter
        self._low_stock = low_stock
        self._schedule = schedule
        self._generation = 0  # bumped when ids or rows change: late reads are then dropped
        self._pending: set[int] = set()

    # -- reading ahead ---------------------------------------------------------------------

    def row_at(self, row: int) -> ProductRow | None:
        found = super().row_at(row)
        if self._schedule is not None and found is not None:
            self._read_ahead(row // BLOCK)
        return found

    def _read_ahead(self, number: int) -> None:
        for neighbour in (number + 1, number - 1):
            if (neighbour < 0 or neighbour * BLOCK >= len(self._ids)
                    or neighbour in self._blocks or neighbour in self._pending):
                continue
            self._pending.add(neighbour)
            ids = self._ids[neighbour * BLOCK : (neighbour + 1) * BLOCK]
            generation = self._generation
            assert self._schedule is not None
            self._schedule(ids, lambda rows, n=neighbour, g=generation: self._arrived(n, g, rows))

    def _arrived(self, number: int, generation: int, rows: Rows) -> None:
        self._pending.discard(number)
        if generation != self._generation or number in self._blocks:
            return  # the list or the rows changed meanwhile: this read is stale
        self._blocks[number] = rows  # the newest: scrolling is heading there
        while len(self._blocks) > CACHE_BLOCKS:
            self._blocks.popitem(last=False)

    def set_ids(self, ids: list[str]) -> None:
        self._generation += 1
        self._pending.clear()
        super().set_ids(ids)

    def refresh_rows(self, ids: Sequence[str] = ()) -> None:
        self._generation += 1
        self._pending.clear()
        super().refresh_rows(ids)

    def photo_ready(self, product_id: str) -> None:
        """Its main photo arrived (or it turned out to have none): repaint that one cell."""
        row = self.row_of(product_id)
        if row is not None:
            index = self.index(row, PHOTO)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

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
                return row.title[:TITLE_SHOWN]  # a hostile megabyte would slow every paint
            if column == PRICE:
                return self._price(row)
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
                return QBrush(colour(SYNC_TONES.get(row.sync_state, Tone.QUIET)))
            if column == STOCK and row.stock < self._low_stock:
                return QBrush(colour(Tone.ERROR))
            if column == STATUS and row.status in ("draft", "inactive"):
                return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        elif column == PRICE and role == Qt.ItemDataRole.ToolTipRole and _varies(row):
            return translate("ProductTable", "Variants from %1 to %2").replace(
                "%1", self._fmt.money(row.price_minor, row.currency)).replace(
                "%2", self._fmt.money(row.price_max_minor, row.currency))
        elif column == SYNC and role in (Qt.ItemDataRole.ToolTipRole,
                                         Qt.ItemDataRole.AccessibleTextRole):
            return labels.sync_state(row.sync_state)
        elif role == Qt.ItemDataRole.DecorationRole and column == PHOTO:
            if self.thumbnails is None:
                return None
            return self.thumbnails.product_thumbnail(row.id, THUMB)  # returns at once
        elif role == ProductIdRole:
            return row.id
        return None

    def _price(self, row: ProductRow) -> str:
        """One price, or "from" the cheapest when variants differ: the row's SKU is the first
        variant's, and its price may not be the cheapest."""
        price = self._fmt.money(row.price_minor, row.currency)
        return translate("ProductTable", "from %1").replace("%1", price) if _varies(row) else price


def _varies(row: ProductRow) -> bool:
    return (row.price_max_minor is not None and row.price_minor is not None
            and row.price_max_minor != row.price_minor)
