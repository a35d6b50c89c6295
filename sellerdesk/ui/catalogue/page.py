"""The Catalogue page: filters, the lazy product table and the detail pane."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.catalogue.queries import ProductFilter
from sellerdesk.i18n import LISTING_LANGUAGES
from sellerdesk.store.models import ProductStatus, SyncState
from sellerdesk.ui import labels
from sellerdesk.ui.catalogue.detail import ProductDetail
from sellerdesk.ui.catalogue.product_model import (
    PHOTO,
    PRICE,
    SKU,
    SORT_KEY_OF_COLUMN,
    STATUS,
    STOCK,
    SYNC,
    TITLE,
    ProductTableModel,
)
from sellerdesk.ui.context import AppContext
from sellerdesk.ui.widgets import ListOrEmpty

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


class CataloguePage(QWidget):
    """Filters and sorting happen in SQL in a background thread; the table shows ids lazily."""

    loaded = Signal(int)  # number of products listed, after every (re)load

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._search = ""
        self._sort = "sku"
        self._descending = False
        self._total_products = 0
        self.model = ProductTableModel(
            lambda ids: ctx.products.rows(ids, language=ctx.language),
            ctx.formatter,
            ctx.settings.low_stock_threshold,
            self,
        )

        # -- filter bar
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(translate("CataloguePage", "Status filter"))
        self.status_filter.addItem(translate("CataloguePage", "All statuses"), None)
        for status in ProductStatus:
            self.status_filter.addItem(labels.product_status(status), status.value)
        self.low_stock = self._toggle(translate("CataloguePage", "Low stock"))
        self.not_synced = self._toggle(translate("CataloguePage", "Not synced"))
        self.conflicts = self._toggle(translate("CataloguePage", "Conflicts"))
        self.missing_language = QComboBox(self)
        self.missing_language.setAccessibleName(translate("CataloguePage", "Translation filter"))
        self.missing_language.addItem(translate("CataloguePage", "All translations"), None)
        for code in LISTING_LANGUAGES:
            self.missing_language.addItem(
                translate("CataloguePage", "Missing %1").replace("%1", labels.language_name(code)),
                code,
            )
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("CataloguePage", "Filters:"), self))
        for widget in (self.status_filter, self.low_stock, self.not_synced, self.conflicts,
                       self.missing_language):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.missing_language.currentIndexChanged.connect(self.reload)

        # -- table
        self.table = QTableView(self)
        self.table.setObjectName("productTable")
        self.table.setAccessibleName(translate("CataloguePage", "Products"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)  # sorting is SQL's job; the header only asks for it
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(SKU, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((PHOTO, 36), (SKU, 190), (PRICE, 110), (STOCK, 70),
                              (STATUS, 110), (SYNC, 56)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.listing = ListOrEmpty(self.table, self)

        self.detail = ProductDetail(ctx.formatter, ctx.language, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("catalogueSplitter")
        self.splitter.addWidget(self.listing)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 340])
        self.splitter.setCollapsible(0, False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _toggle(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.toggled.connect(self.reload)
        return button

    # -- loading --------------------------------------------------------------------------

    def current_filter(self) -> ProductFilter:
        states: tuple[str, ...] = ()
        if self.not_synced.isChecked():
            states += (SyncState.PENDING, SyncState.REJECTED)
        if self.conflicts.isChecked():
            states += (SyncState.CONFLICT,)
        return ProductFilter(
            search=self._search,
            status=self.status_filter.currentData(),
            low_stock_below=(self.ctx.settings.low_stock_threshold
                             if self.low_stock.isChecked() else None),
            sync_states=states,
            missing_language=self.missing_language.currentData(),
        )

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.reload()

    def reload(self) -> asyncio.Task[None]:
        """Re-query the ids in the background; a newer reload cancels an older one."""
        return self.ctx.jobs.start(self._load(), name="catalogue-ids")

    async def _load(self) -> None:
        flt = self.current_filter()
        ids, total = await self.ctx.jobs.in_thread(self._query, flt)
        selected = self.selected_ids()
        self.model.set_ids(ids)
        self._total_products = total
        self._show_count(len(ids))
        if selected:
            self.select_ids(selected)
        self.loaded.emit(len(ids))

    def _query(self, flt: ProductFilter) -> tuple[list[str], int]:
        ids = self.ctx.products.ids(flt, sort=self._sort, descending=self._descending,
                                    language=self.ctx.language)
        filtered = flt != ProductFilter()
        total = self.ctx.catalogue.count() if filtered else len(ids)
        return ids, total

    def _show_count(self, shown: int) -> None:
        fmt = self.ctx.formatter
        self.count_label.setText(
            self.tr("%n product(s)", "", shown).replace(str(shown),
                                                                         fmt.number(shown))
        )
        if shown:
            self.listing.show_content()
        elif self._total_products == 0:
            self.listing.show_empty(
                translate("CataloguePage", "No products yet"),
                translate("CataloguePage", "Products appear here when you add them from the "
                                           "command line (sellerdesk products add) or when the "
                                           "sync brings them from the marketplace."),
            )
        elif self._search:
            self.listing.show_empty(
                translate("CataloguePage", "Nothing found"),
                translate("CataloguePage", "No product matches “%1”. Check the spelling or "
                                           "search for part of a word or SKU.")
                .replace("%1", self._search),
            )
        else:
            self.listing.show_empty(
                translate("CataloguePage", "No product matches these filters"),
                translate("CataloguePage", "Clear a filter to see more products."),
            )

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        key = SORT_KEY_OF_COLUMN.get(column)
        if key is None:  # the photo column has no order
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                list(SORT_KEY_OF_COLUMN)[list(SORT_KEY_OF_COLUMN.values()).index(self._sort)],
                Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- selection ------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [row_id for row in rows if (row_id := self.model.id_at(row)) is not None]

    def select_ids(self, ids: list[str]) -> None:
        selection = self.table.selectionModel()
        first = True
        for row_id in ids:
            row = self.model.row_of(row_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            flags = (QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
            if first:
                selection.setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                first = False
            else:
                selection.select(index, flags)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        product_id = self.model.id_at(current.row()) if current.isValid() else None
        if product_id is None:
            self.detail.show_nothing()
            return
        self.ctx.jobs.start(self._show_detail(product_id), name="catalogue-detail")

    async def _show_detail(self, product_id: str) -> None:
        from sellerdesk.errors import NotFoundError

        try:
            product = await self.ctx.jobs.in_thread(self.ctx.catalogue.get, product_id)
        except NotFoundError:
            self.detail.show_nothing()
            return
        self.detail.show_product(product)
