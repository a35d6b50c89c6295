"""The Variants tab: options (colour × size) generate the combinations; the grid holds each
variant's own SKU, price and stock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.catalogue.editing import VariantDraft
from sellerdesk.catalogue.variant_matrix import (
    MAX_COMBINATIONS,
    OptionSpec,
    combinations,
    key_of,
    options_of,
    parse_values,
    suggest_sku,
)
from sellerdesk.errors import ValidationError
from sellerdesk.i18n import Formatter
from sellerdesk.money import format_amount, parse_money
from sellerdesk.ui.catalogue.editor.variant_model import (
    MAX_STOCK,
    STOCK_EDIT_RANGE,
    VariantTableModel,
)

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


class VariantDelegate(QStyledItemDelegate):
    """Right-aligned amount editors; a spin box for stock that lets a minus through, so a
    negative count is refused with a message instead of silently stored without its sign."""

    def __init__(self, model: VariantTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        if index.column() == self._model.stock_column:
            spin = QSpinBox(parent)
            spin.setRange(*STOCK_EDIT_RANGE)  # the minus reaches the model, which refuses it
            spin.setGroupSeparatorShown(True)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            return spin
        editor = super().createEditor(parent, option, index)
        if index.column() == self._model.price_column and isinstance(editor, QLineEdit):
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class OptionRow(QWidget):
    """One option of the generator: its name and its values."""

    removed = Signal(object)

    def __init__(self, name: str = "", values: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(name, self)
        self.name.setPlaceholderText(translate("VariantsTab", "Option, e.g. Colour"))
        self.name.setAccessibleName(translate("VariantsTab", "Option name"))
        self.name.setMaximumWidth(180)
        self.values = QLineEdit(values, self)
        self.values.setPlaceholderText(translate("VariantsTab", "Values, separated by commas: "
                                                                "red, blue, green"))
        self.values.setAccessibleName(translate("VariantsTab", "Option values"))
        remove = QToolButton(self)
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(translate("VariantsTab", "Remove this option"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.values, 1)
        layout.addWidget(remove)

    def spec(self) -> OptionSpec:
        return OptionSpec(self.name.text().strip(), parse_values(self.values.text()))


class VariantsTab(QWidget):
    changed = Signal()
    problem = Signal(str)

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self.base_sku_hint: Callable[[], str] = lambda: ""
        self.currency = "EUR"

        # -- generator
        generator = QGroupBox(translate("VariantsTab", "Options"), self)
        self.option_rows: list[OptionRow] = []
        self._option_box = QVBoxLayout()
        self._option_box.setSpacing(4)
        add_option = QPushButton(translate("VariantsTab", "Add option"), generator)
        add_option.clicked.connect(lambda: self.add_option_row())
        self.base_sku = QLineEdit(generator)
        self.base_sku.setPlaceholderText(translate("VariantsTab", "e.g. BAG-FLO"))
        self.base_sku.setAccessibleName(translate("VariantsTab", "Base SKU"))
        self.default_price = QLineEdit(generator)
        self.default_price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.default_price.setMaximumWidth(110)
        self.default_price.setAccessibleName(translate("VariantsTab", "Price of new variants"))
        self.default_stock = QSpinBox(generator)
        self.default_stock.setRange(0, MAX_STOCK)
        self.default_stock.setAccessibleName(translate("VariantsTab", "Stock of new variants"))
        self.generate_button = QPushButton(translate("VariantsTab", "Generate variants"),
                                           generator)
        self.generate_button.setToolTip(translate(
            "VariantsTab", "Make a variant for every combination of the values above; "
                           "variants you already have keep their SKU, price and stock."))
        self.generate_button.clicked.connect(self.generate)
        defaults = QGridLayout()
        defaults.addWidget(QLabel(translate("VariantsTab", "Base SKU:"), generator), 0, 0)
        defaults.addWidget(self.base_sku, 0, 1)
        defaults.addWidget(QLabel(translate("VariantsTab", "Price:"), generator), 0, 2)
        defaults.addWidget(self.default_price, 0, 3)
        defaults.addWidget(QLabel(translate("VariantsTab", "Stock:"), generator), 0, 4)
        defaults.addWidget(self.default_stock, 0, 5)
        defaults.setColumnStretch(1, 1)
        box = QVBoxLayout(generator)
        box.addLayout(self._option_box)
        row = QHBoxLayout()
        row.addWidget(add_option)
        row.addStretch(1)
        box.addLayout(row)
        box.addLayout(defaults)
        generate_row = QHBoxLayout()
        self.generator_note = QLabel(generator)
        self.generator_note.setWordWrap(True)
        generate_row.addWidget(self.generator_note, 1)
        generate_row.addWidget(self.generate_button)
        box.addLayout(generate_row)

        # -- grid
        self.model = VariantTableModel(formatter, self)
        self.model.problem.connect(self.problem)
        self.model.edited.connect(self._edited)
        self.grid = QTableView(self)
        self.grid.setObjectName("variantGrid")
        self.grid.setAccessibleName(translate("VariantsTab", "Variants"))
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(VariantDelegate(self.model, self.grid))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setAlternatingRowColors(True)
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.grid.horizontalHeader().setStretchLastSection(False)
        self.model.modelReset.connect(self._fit_columns)
        self.count = QLabel(self)
        add = QPushButton(translate("VariantsTab", "Add variant"), self)
        add.clicked.connect(self.add_variant)
        self.remove_button = QPushButton(translate("VariantsTab", "Remove"), self)
        self.remove_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.addWidget(generator)
        layout.addLayout(buttons)
        layout.addWidget(self.grid, 1)

    # -- contents --------------------------------------------------------------------------

    def set_variants(self, variants: list[VariantDraft]) -> None:
        if variants:
            self.currency = variants[0].currency
            self.default_price.setText(format_amount(variants[0].price_minor, self.currency,
                                                     self._fmt.locale))
        specs = options_of([v.options for v in variants])
        for row in list(self.option_rows):
            self._remove_option_row(row)
        for spec in specs or [OptionSpec("", ()), OptionSpec("", ())]:
            self.add_option_row(spec.name, ", ".join(spec.values))
        skus = [v.sku for v in variants if v.sku]
        self.base_sku.setText(_common_stem(skus))
        self.model.set_variants(variants)

    def variants(self) -> list[VariantDraft]:
        return self.model.variants()

    def add_option_row(self, name: str = "", values: str = "") -> OptionRow:
        row = OptionRow(name, values, self)
        row.removed.connect(self._remove_option_row)
        self.option_rows.append(row)
        self._option_box.addWidget(row)
        return row

    def _remove_option_row(self, row: OptionRow) -> None:
        if row in self.option_rows:
            self.option_rows.remove(row)
        row.hide()
        row.deleteLater()

    # -- actions ---------------------------------------------------------------------------

    def generate(self) -> None:
        specs = [row.spec() for row in self.option_rows]
        try:
            combos = combinations(specs)
        except ValueError:
            self.problem.emit(translate(
                "VariantsTab", "That makes more than %1 combinations: check the values.")
                .replace("%1", self._fmt.number(MAX_COMBINATIONS)))
            return
        if not combos:
            self.problem.emit(translate(
                "VariantsTab", "Name an option and give it some values first, "
                               "e.g. Colour: red, blue."))
            return
        try:
            price = (parse_money(self.default_price.text(), self.currency, self._fmt.locale)
                     if self.default_price.text().strip() else 0)
        except ValidationError:
            self.problem.emit(translate("VariantsTab", "The price of new variants is not a "
                                                       "price: e.g. 49,90."))
            return
        existing = self.model.variants()
        by_key = {key_of(v.options): v for v in existing if v.options}
        kept: list[VariantDraft] = []
        matched: set[tuple[tuple[str, str], ...]] = set()
        taken = {v.sku.upper() for v in existing if v.id is not None or v.options}
        base = self.base_sku.text().strip() or self.base_sku_hint() or "SKU"
        for combo in combos:
            key = key_of(combo)
            if key in by_key:
                matched.add(key)
                kept.append(replace(by_key[key], options=combo))
                continue
            kept.append(VariantDraft(None, suggest_sku(base, combo.values(), taken), price,
                                     self.default_stock.value(), self.currency, combo))
        leftovers = [v for v in existing if v.id is not None and key_of(v.options) not in matched]
        names = [spec.name for spec in specs if spec.name and spec.values]
        self.model.set_variants(kept + leftovers, names)
        if leftovers:
            self.generator_note.setText(self.tr(
                "%n existing variant(s) match no combination: remove them if you no longer "
                "sell them.", "", len(leftovers)))
        else:
            self.generator_note.clear()

    def add_variant(self) -> None:
        taken = {v.sku.upper() for v in self.model.variants()}
        sku = suggest_sku(self.base_sku.text().strip() or self.base_sku_hint() or "SKU",
                          [], taken)
        row = self.model.add(VariantDraft(None, sku, 0, 0, self.currency))
        index = self.model.index(row, self.model.sku_column)
        self.grid.setCurrentIndex(index)
        self.grid.edit(index)

    def remove_selected(self) -> None:
        rows = [index.row() for index in self.grid.selectionModel().selectedRows()]
        if not rows and self.grid.currentIndex().isValid():
            rows = [self.grid.currentIndex().row()]
        self.model.remove(rows)

    def _edited(self) -> None:
        count = self.model.rowCount()
        self.count.setText(self.tr("%n variant(s)", "", count))
        self.changed.emit()

    def _fit_columns(self) -> None:
        header = self.grid.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.sku_column, QHeaderView.ResizeMode.Stretch)
        for column in range(self.model.sku_column):
            self.grid.setColumnWidth(column, 120)
        self.grid.setColumnWidth(self.model.price_column, 120)
        self.grid.setColumnWidth(self.model.stock_column, 90)


def _common_stem(skus: list[str]) -> str:
    """The part all SKUs share, up to a separator: BAG-RED-S, BAG-BLU-M → BAG."""
    if not skus:
        return ""
    first = skus[0]
    length = len(first)
    for sku in skus[1:]:
        length = min(length, next((n for n, (a, b) in enumerate(zip(first, sku, strict=False))
                                   if a != b), min(len(first), len(sku))))
    stem = first[:length]
    if len(skus) > 1 and "-" in stem:
        stem = stem[: stem.rfind("-")]
    return stem.strip("-_./") if len(skus) > 1 else first

