"""Bulk edit: choose a change, see exactly what it does to the selection, apply it as one step.

The preview is the catalogue's own plan, computed in a worker thread (a newer request cancels an
older one) whenever the form changes; it lists the first rows and counts all of them. Applying
runs in the background with a progress bar for big selections (cancelling leaves nothing
changed) and lands on the undo stack as one step: one Ctrl+Z takes all of it back.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from decimal import Decimal

import shiboken6
from babel.numbers import get_currency_symbol
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.catalogue import bulk
from sellerdesk.catalogue.bulk import (
    BulkEdit,
    BulkPlan,
    PriceChange,
    ProductChange,
    StockChange,
)
from sellerdesk.catalogue.progress import OperationCancelled, Progress
from sellerdesk.errors import SellerDeskError, ValidationError
from sellerdesk.money import parse_amount
from sellerdesk.store.models import ProductStatus
from sellerdesk.ui import labels
from sellerdesk.ui.catalogue.undo import Done, UndoController
from sellerdesk.ui.context import AppContext

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
PREVIEW_ROWS = 200
PREVIEW_DELAY_MS = 200


class BulkEditDialog(QDialog):
    applied = Signal(list)  # product ids changed

    def __init__(self, ctx: AppContext, undo: UndoController, product_ids: Sequence[str],
                 categories: Sequence[str] = (), currency: str = "EUR",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency_symbol = get_currency_symbol(currency, locale=ctx.locale)
        self.setObjectName("bulkEditDialog")
        self.ctx = ctx
        self.undo = undo
        self.product_ids = list(product_ids)
        self.plan: BulkPlan | None = None
        self._applying = False
        count = len(self.product_ids)
        self.setWindowTitle(self.tr("Bulk edit of %n product(s)", "", count))

        # -- price and stock
        money = QGroupBox(translate("BulkEditDialog", "Price and stock"), self)
        self.price_mode = QComboBox(money)
        self.price_mode.setAccessibleName(translate("BulkEditDialog", "Price change"))
        for text, mode in ((translate("BulkEditDialog", "Leave as it is"), PriceChange.KEEP),
                           (translate("BulkEditDialog", "Raise or lower by a percentage"),
                            PriceChange.PERCENT),
                           (translate("BulkEditDialog", "Raise or lower by an amount"),
                            PriceChange.AMOUNT),
                           (translate("BulkEditDialog", "Set to"), PriceChange.SET)):
            self.price_mode.addItem(text, mode)
        self.price_value = QLineEdit(money)
        self.price_value.setAccessibleName(translate("BulkEditDialog", "Price change value"))
        self.price_value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.price_value.setMaximumWidth(120)
        self.price_unit = QLabel(money)
        self.stock_mode = QComboBox(money)
        self.stock_mode.setAccessibleName(translate("BulkEditDialog", "Stock change"))
        for text, stock_mode in (
                (translate("BulkEditDialog", "Leave as it is"), StockChange.KEEP),
                (translate("BulkEditDialog", "Set to (after a count)"), StockChange.SET),
                (translate("BulkEditDialog", "Add or take away"), StockChange.ADJUST)):
            self.stock_mode.addItem(text, stock_mode)
        self.stock_value = QSpinBox(money)
        self.stock_value.setAccessibleName(translate("BulkEditDialog", "Stock change value"))
        self.stock_value.setRange(-1_000_000, 1_000_000)
        self.stock_value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.stock_value.setMinimumWidth(100)
        price_row = QHBoxLayout()
        price_row.addWidget(self.price_mode, 1)
        price_row.addWidget(self.price_value)
        price_row.addWidget(self.price_unit)
        stock_row = QHBoxLayout()
        stock_row.addWidget(self.stock_mode, 1)
        stock_row.addWidget(self.stock_value)
        stock_row.addSpacing(self.price_unit.sizeHint().width() + 12)
        money_form = QFormLayout(money)
        money_form.addRow(translate("BulkEditDialog", "Price:"), price_row)
        money_form.addRow(translate("BulkEditDialog", "Stock:"), stock_row)

        # -- listing fields
        listing = QGroupBox(translate("BulkEditDialog", "Listing"), self)
        self.set_status = QCheckBox(translate("BulkEditDialog", "Status:"), listing)
        self.status = QComboBox(listing)
        self.status.setAccessibleName(translate("BulkEditDialog", "New status"))
        for status in ProductStatus:
            self.status.addItem(labels.product_status(status), status.value)
        self.set_category = QCheckBox(translate("BulkEditDialog", "Category:"), listing)
        self.category = QComboBox(listing)
        self.category.setEditable(True)
        self.category.addItems(list(categories))
        self.category.setAccessibleName(translate("BulkEditDialog", "New category"))
        self.add_tags = QLineEdit(listing)
        self.add_tags.setAccessibleName(translate("BulkEditDialog", "Tags to add"))
        self.add_tags.setPlaceholderText(translate("BulkEditDialog", "e.g. sale, summer"))
        self.remove_tags = QLineEdit(listing)
        self.remove_tags.setAccessibleName(translate("BulkEditDialog", "Tags to remove"))
        listing_form = QFormLayout(listing)
        listing_form.addRow(self.set_status, self.status)
        listing_form.addRow(self.set_category, self.category)
        listing_form.addRow(translate("BulkEditDialog", "Add tags:"), self.add_tags)
        listing_form.addRow(translate("BulkEditDialog", "Remove tags:"), self.remove_tags)

        top = QHBoxLayout()
        top.addWidget(money, 1)
        top.addWidget(listing, 1)

        # -- preview
        self.summary = QLabel(self)
        self.summary.setObjectName("bulkSummary")
        self.summary.setWordWrap(True)
        self.preview = QTreeWidget(self)
        self.preview.setObjectName("bulkPreview")
        self.preview.setAccessibleName(translate("BulkEditDialog", "Preview"))
        self.preview.setRootIsDecorated(False)
        self.preview.setAlternatingRowColors(True)
        self.preview.setUniformRowHeights(True)
        self.preview.setHeaderLabels([
            translate("BulkEditDialog", "SKU"), translate("BulkEditDialog", "Title"),
            translate("BulkEditDialog", "Price"), translate("BulkEditDialog", "Stock"),
            translate("BulkEditDialog", "Other changes")])
        header = self.preview.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((0, 150), (2, 190), (3, 90), (4, 220)):
            self.preview.setColumnWidth(column, width)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #c62828")
        self.problem.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.addButton(
            translate("BulkEditDialog", "Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(translate("BulkEditDialog", "<b>Preview</b>"), self))
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(980, 640)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        for combo in (self.price_mode, self.stock_mode, self.status):
            combo.currentIndexChanged.connect(self._form_changed)
        self.category.editTextChanged.connect(self._form_changed)
        for check in (self.set_status, self.set_category):
            check.toggled.connect(self._form_changed)
        for line in (self.price_value, self.add_tags, self.remove_tags):
            line.textChanged.connect(self._form_changed)
        self.stock_value.valueChanged.connect(self._form_changed)
        self._form_changed()

    # -- the form --------------------------------------------------------------------------

    def edit(self) -> BulkEdit:
        """The change the form describes; raises SellerDeskError for a value that is not one."""
        price_mode = PriceChange(self.price_mode.currentData())
        value = Decimal(0)
        if price_mode != PriceChange.KEEP:
            typed = self.price_value.text().strip()
            number = typed.replace("%", "").replace(self.currency_symbol, "").strip()
            sign = -1 if number.startswith(("-", "−")) else 1
            try:
                value = sign * parse_amount(number.lstrip("+-−").strip(), self.ctx.locale)
            except ValidationError as exc:
                raise SellerDeskError(translate(
                    "BulkEditDialog", "“%1” is not a number.").replace("%1", typed)) from exc
        return BulkEdit(
            price=price_mode,
            price_value=value,
            stock=StockChange(self.stock_mode.currentData()),
            stock_value=self.stock_value.value(),
            status=self.status.currentData() if self.set_status.isChecked() else None,
            category=self.category.currentText() if self.set_category.isChecked() else None,
            add_tags=_words(self.add_tags.text()),
            remove_tags=_words(self.remove_tags.text()),
        )

    def _form_changed(self) -> None:
        mode = self.price_mode.currentData()
        self.price_value.setEnabled(mode != PriceChange.KEEP)
        self.price_unit.setText("%" if mode == PriceChange.PERCENT else self.currency_symbol
                                if mode in (PriceChange.AMOUNT, PriceChange.SET) else "")
        stock_mode = self.stock_mode.currentData()
        self.stock_value.setEnabled(stock_mode != StockChange.KEEP)
        self.stock_value.setMinimum(0 if stock_mode == StockChange.SET else -1_000_000)
        self.status.setEnabled(self.set_status.isChecked())
        self.category.setEnabled(self.set_category.isChecked())
        self.apply_button.setEnabled(False)
        self._timer.start()

    def refresh_preview(self) -> None:
        self._timer.stop()
        try:
            edit = self.edit()
            edit.check()
        except SellerDeskError as error:
            self._show_problem(error.text(translate))
            self.preview.clear()
            self.summary.clear()
            return
        if edit.is_empty():
            self._show_problem("")
            self.plan = None
            self.preview.clear()
            self.summary.setText(translate("BulkEditDialog", "Choose what to change above."))
            return
        self.ctx.jobs.start(self._preview(edit), name=f"bulk-preview-{id(self)}")

    async def _preview(self, edit: BulkEdit) -> None:
        def compute() -> BulkPlan:
            with self.ctx.database.read() as session:
                return bulk.plan(session, self.product_ids, edit, language=self.ctx.language)

        try:
            plan = await self.ctx.jobs.in_thread(compute)
        except SellerDeskError as error:
            if shiboken6.isValid(self.problem):
                self._show_problem(error.text(translate))
            return
        if not shiboken6.isValid(self.preview):
            return  # the dialog closed meanwhile
        self.plan = plan
        self._show_plan(plan, edit)

    def _show_plan(self, plan: BulkPlan, edit: BulkEdit) -> None:
        fmt = self.ctx.formatter
        self.preview.clear()
        others = {change.product_id: change for change in plan.products}
        shown: set[str] = set()
        items: list[QTreeWidgetItem] = []
        for variant in plan.variants[:PREVIEW_ROWS]:
            price = (f"{fmt.money(variant.price_before, variant.currency)} → "
                     f"{fmt.money(variant.price_after, variant.currency)}"
                     if variant.price_after != variant.price_before else "")
            stock = (f"{fmt.number(variant.stock_before)} → {fmt.number(variant.stock_after)}"
                     if variant.stock_after != variant.stock_before else "")
            other = ""
            if variant.product_id in others and variant.product_id not in shown:
                other = self._describe(others[variant.product_id])
                shown.add(variant.product_id)
            items.append(self._item(variant.sku, variant.title, price, stock, other,
                                    negative=variant.price_after < 0))
        for change in plan.products:
            if len(items) >= PREVIEW_ROWS:
                break
            if change.product_id not in shown:
                items.append(self._item("", change.title, "", "", self._describe(change)))
        self.preview.addTopLevelItems(items)
        products = len(plan.touched)
        with_variant_rows = {v.product_id for v in plan.variants}
        changes = len(plan.variants) + sum(1 for c in plan.products
                                           if c.product_id not in with_variant_rows)
        text = self.tr("%n product(s) will change.", "", products)
        if plan.variants:
            text += " " + self.tr("%n variant(s) get a new price or stock.", "",
                                  len(plan.variants))
        if plan.unchanged:
            text += " " + self.tr("%n product(s) stay as they are.", "", plan.unchanged)
        if changes > len(items):
            text += " " + translate("BulkEditDialog", "The list shows the first %1.").replace(
                "%1", fmt.number(len(items)))
        if plan.clamped_stock:
            text += " " + self.tr("Stock cannot go below zero: %n variant(s) will stop at 0.",
                                  "", plan.clamped_stock)
        self.summary.setText(text)
        if plan.negative_prices:
            self._show_problem(self.tr("%n price(s) would fall below zero: change less, or "
                                       "leave those products out.", "", plan.negative_prices))
        else:
            self._show_problem("")
        self.apply_button.setEnabled(products > 0 and not plan.negative_prices
                                     and not self._applying)
        self.apply_button.setText(self.tr("Apply to %n product(s)", "", products))

    def _describe(self, change: ProductChange) -> str:
        """"Attivo; categoria «Borse»; +saldi −estate": what changes besides price and stock."""
        after, before = change.after, change.before
        parts = []
        if "status" in after:
            parts.append(labels.product_status(str(after["status"])))
        if "category" in after:
            parts.append(translate("BulkEditDialog", "category “%1”").replace(
                "%1", str(after["category"])))
        if "tags" in after:
            new, old = set(after["tags"]), set(before.get("tags") or [])  # type: ignore[arg-type]
            parts.append(" ".join([*(f"+{t}" for t in sorted(new - old)),
                                   *(f"−{t}" for t in sorted(old - new))]))
        return "; ".join(parts)

    def _item(self, sku: str, title: str, price: str, stock: str, other: str, *,
              negative: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem([sku, title, price, stock, other])
        for column in (2, 3):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
        if negative:
            item.setForeground(2, Qt.GlobalColor.red)
        return item

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        if text:
            self.apply_button.setEnabled(False)

    # -- applying --------------------------------------------------------------------------

    def apply(self) -> None:
        if self._applying or not self.apply_button.isEnabled():
            return
        try:
            edit = self.edit()
        except SellerDeskError as error:
            self._show_problem(error.text(translate))
            return
        self._applying = True
        self.apply_button.setEnabled(False)
        self.ctx.jobs.start(self._apply(edit), name=f"bulk-apply-{id(self)}")

    async def _apply(self, edit: BulkEdit) -> None:
        count = len(self.plan.touched) if self.plan else len(self.product_ids)
        progress = Progress()
        ids, catalogue, language = self.product_ids, self.ctx.catalogue, self.ctx.language

        def work(group: str) -> Done:
            result = bulk.apply(catalogue, ids, edit, group_id=group, language=language,
                                progress=progress)
            return Done(sorted(result.touched), changed=bool(result.touched))

        try:
            done = await self.undo.perform(
                self.tr("Bulk edit of %n product(s)", "", count), work, progress=progress,
                progress_label=self.tr("Changing %n product(s)…", "", count))
        except OperationCancelled:
            self._applying = False
            self._show_problem(translate("BulkEditDialog", "Cancelled: nothing was changed."))
            self.refresh_preview()
            return
        except SellerDeskError as error:
            self._applying = False
            self._show_problem(error.text(translate))
            self.refresh_preview()
            return
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("bulk edit failed")
            self._applying = False
            self._show_problem(translate("BulkEditDialog", "The change could not be made because "
                                                           "of an unexpected error. Nothing was "
                                                           "changed."))
            return
        self._applying = False
        self.applied.emit(done.product_ids)
        self.accept()


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in text.split(",") if word.strip())
