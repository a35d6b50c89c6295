"""The variants grid's model: one row per variant, a column per option, then SKU, price, stock.

Prices are typed and shown in the owner's locale ("1.234,50") and kept as integer minor units,
parsed by `sellerdesk.money` (the same code the CLI uses), so what is stored is exactly what was
typed. A value that does not parse is refused with a message, and the cell keeps its old value.
Stock is refused, never bent: "-5" is not stored as 5 or 0 but refused with a message saying why
(issue #16, item 6), so the editor that types it must let the minus through (`STOCK_EDIT_RANGE`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from sellerdesk.catalogue.editing import VariantDraft
from sellerdesk.catalogue.inputs import SKU_PATTERN
from sellerdesk.errors import ValidationError
from sellerdesk.i18n import Formatter
from sellerdesk.money import format_amount, parse_money

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
MAX_STOCK = 9_999_999
# What a stock editor lets through: wider than what is stored, so that "-5" reaches `setData`
# and is refused in words instead of losing its minus in the spin box.
STOCK_EDIT_RANGE = (-MAX_STOCK, MAX_STOCK)


class VariantTableModel(QAbstractTableModel):
    problem = Signal(str)  # a typed value was refused: say why
    edited = Signal()

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._rows: list[VariantDraft] = []
        self._options: list[str] = []

    # -- contents --------------------------------------------------------------------------

    def set_variants(self, variants: list[VariantDraft], options: list[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(variants)
        names = list(options or [])
        for variant in variants:
            names += [name for name in variant.options if name not in names]
        self._options = names
        self.endResetModel()
        self.edited.emit()

    def variants(self) -> list[VariantDraft]:
        """The rows, with options limited to the current option columns."""
        return [replace(v, options={n: v.options[n] for n in self._options
                                    if v.options.get(n, "").strip()})
                for v in self._rows]

    def option_names(self) -> list[str]:
        return list(self._options)

    def add(self, variant: VariantDraft) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(variant)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        self.edited.emit()

    @property
    def sku_column(self) -> int:
        return len(self._options)

    @property
    def price_column(self) -> int:
        return len(self._options) + 1

    @property
    def stock_column(self) -> int:
        return len(self._options) + 2

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._options) + 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(self._options):
                return self._options[section]
            return (translate("VariantTable", "SKU"), translate("VariantTable", "Price"),
                    translate("VariantTable", "Stock"))[section - len(self._options)]
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= self.price_column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        variant = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if column < len(self._options):
                return variant.options.get(self._options[column], "")
            if column == self.sku_column:
                return variant.sku
            if column == self.price_column:
                if edit:
                    return format_amount(variant.price_minor, variant.currency, self._fmt.locale)
                return self._fmt.money(variant.price_minor, variant.currency)
            if column == self.stock_column:
                return variant.stock if edit else self._fmt.number(variant.stock)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.price_column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (role == Qt.ItemDataRole.ForegroundRole and column == self.sku_column
                and not SKU_PATTERN.match(variant.sku.strip())):
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.sku_column and not variant.id:
            return translate("VariantTable", "New variant: created when you save")
        return None

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        variant = self._rows[index.row()]
        column = index.column()
        try:
            if column < len(self._options):
                options = dict(variant.options)
                options[self._options[column]] = " ".join(str(value).split())
                changed = replace(variant, options=options)
            elif column == self.sku_column:
                changed = replace(variant, sku=str(value).strip())
            elif column == self.price_column:
                minor = parse_money(str(value), variant.currency, self._fmt.locale)
                changed = replace(variant, price_minor=minor)
            elif column == self.stock_column:
                stock = int(value)
                if not 0 <= stock <= MAX_STOCK:
                    self.problem.emit(self._stock_refused(stock))
                    return False
                changed = replace(variant, stock=stock)
            else:
                return False
        except (ValidationError, ValueError):
            self.problem.emit(
                translate("VariantTable", "“%1” is not a price: type it as you would write it, "
                                          "e.g. 1.234,50 or 12.50.").replace("%1", str(value))
                if column == self.price_column else
                translate("VariantTable", "“%1” is not a valid value here.").replace(
                    "%1", str(value)))
            return False
        if changed == variant:
            return True
        self._rows[index.row()] = changed
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def _stock_refused(self, stock: int) -> str:
        """Why a whole number is not a stock: negative, or beyond what a shop can hold."""
        if stock < 0:
            return translate("VariantTable", "Stock cannot be negative: “%1” was not saved. "
                                             "Type 0 or more.").replace(
                "%1", self._fmt.number(stock))
        return translate("VariantTable", "Stock can be at most %1: “%2” was not saved.").replace(
            "%1", self._fmt.number(MAX_STOCK)).replace("%2", self._fmt.number(stock))
