"""The Catalogue page: filters, the lazy product table, the detail pane, and the owner's
commands on them (new, edit, duplicate, delete, bulk edit, undo, redo).

The page runs no SQL: reads go through `ctx.products` / `ctx.catalogue` in worker threads, and
every write goes through the `UndoController`, which writes off the UI thread, in order, and
records each edit as one step of the undo history.

Photos: the page owns the shop's `PhotoLibrary` and one `ThumbnailProvider` shared by the table's
photo column, the detail pane's main photo and the editor's gallery, so a thumbnail read once is
shown everywhere. Files dropped on the detail pane are imported into the product shown there.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.catalogue.duplicate import duplicate_product
from sellerdesk.catalogue.lookups import CatalogueLookups
from sellerdesk.catalogue.queries import ProductFilter, ProductRow
from sellerdesk.catalogue.sanitize import sanitize_html
from sellerdesk.errors import NotFoundError, SellerDeskError
from sellerdesk.i18n import LISTING_LANGUAGES
from sellerdesk.photos import PhotoLibrary
from sellerdesk.store.models import ProductStatus, SyncState
from sellerdesk.ui import labels
from sellerdesk.ui.catalogue.actions import CatalogueActions
from sellerdesk.ui.catalogue.bulk_dialog import BulkEditDialog
from sellerdesk.ui.catalogue.detail import PHOTO_SIZE, ProductDetail
from sellerdesk.ui.catalogue.editor.dialog import ProductEditor
from sellerdesk.ui.catalogue.product_model import (
    PHOTO,
    PRICE,
    SKU,
    SORT_KEY_OF_COLUMN,
    STATUS,
    STOCK,
    SYNC,
    THUMB,
    TITLE,
    ProductTableModel,
)
from sellerdesk.ui.catalogue.table import ProductTableView
from sellerdesk.ui.catalogue.undo import Done, UndoController
from sellerdesk.ui.context import AppContext
from sellerdesk.ui.photos import ThumbnailProvider
from sellerdesk.ui.photos.import_progress import ImportProgress
from sellerdesk.ui.widgets import ListOrEmpty

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
FIRST_SCREEN = 200  # rows read before the whole listing at start-up: more than a window shows


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
        self._select_next: list[str] = []
        self._columns_fitted = False
        self.lookups = CatalogueLookups(ctx.database)
        self.editor: ProductEditor | None = None
        self.bulk_dialog: BulkEditDialog | None = None
        self.confirm: QMessageBox | None = None
        self.history_view: QUndoView | None = None
        self.undo = UndoController(ctx, self)
        # Its decoding pool starts on the first import; closed with the window.
        self.photo_library = PhotoLibrary(ctx.database, ctx.data.photos)
        ctx.closers.append(self.photo_library.close)
        self.thumbnails = ThumbnailProvider(self.photo_library, ctx.jobs, self)
        self.model = ProductTableModel(
            self._read_rows,
            ctx.formatter,
            ctx.settings.low_stock_threshold,
            self,
            schedule=self._read_rows_later,
            thumbnails=self.thumbnails,
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
        for combo in (self.status_filter, self.missing_language):
            # Their natural width when there is room, narrower on a small screen instead of
            # forcing the window wider for the longest language name.
            combo.setMinimumWidth(90)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(translate("CataloguePage", "New product"), self)
        self.new_button.setObjectName("newProductButton")
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(QLabel(translate("CataloguePage", "Filters:"), self))
        for widget in (self.status_filter, self.low_stock, self.not_synced, self.conflicts,
                       self.missing_language):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addSpacing(12)
        bar.addWidget(self.new_button)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.missing_language.currentIndexChanged.connect(self.reload)

        # -- messages (a refused undo, a failed delete): calm, in place, dismissable
        self.message = QLabel(self)
        self.message.setObjectName("catalogueMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message_close = QToolButton(self)
        self.message_close.setText("✕")
        self.message_close.setAutoRaise(True)
        self.message_close.setAccessibleName(translate("CataloguePage", "Close the message"))
        self.message_close.clicked.connect(lambda: self.show_message(""))
        self.message_bar = QWidget(self)
        self.message_bar.setObjectName("messageBar")
        self.message_bar.setStyleSheet("#messageBar { background: #fff4e5; border: 1px solid "
                                       "#f0c36d; border-radius: 4px } QLabel { color: #5d4000 }")
        message_layout = QHBoxLayout(self.message_bar)
        message_layout.setContentsMargins(10, 4, 4, 4)
        message_layout.addWidget(self.message, 1)
        message_layout.addWidget(self.message_close)
        self.message_bar.hide()

        # -- table
        self.table = ProductTableView(self)
        self.table.setObjectName("productTable")
        self.table.setAccessibleName(translate("CataloguePage", "Products"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)  # sorting is SQL's job; the header only asks for it
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            max(self.table.fontMetrics().height() + 10, THUMB + 4)
        )
        self.table.setIconSize(QSize(THUMB, THUMB))
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
        self.table.selectionModel().selectionChanged.connect(
            lambda _s, _d: self._selection_changed())
        self.table.open_requested.connect(self.edit_current)
        self.listing = ListOrEmpty(self.table, self)
        self.add_first = QPushButton(translate("CataloguePage", "Add a product"), self.listing)
        self.add_first.setObjectName("addFirstProduct")
        empty_layout = self.listing.empty.layout()
        empty_layout.insertWidget(3, self.add_first, 0, Qt.AlignmentFlag.AlignHCenter)
        self.add_first.hide()
        for label in (self.listing.empty.title, self.listing.empty.body):
            label.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what was searched for

        self.detail = ProductDetail(ctx.formatter, ctx.language, self)
        self.detail.files_dropped.connect(self.import_photos)
        self.thumbnails.product_ready.connect(self._photo_ready)
        self.photo_progress = ImportProgress(self.photo_library, ctx.jobs, ctx.formatter, self)
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
        layout.addWidget(self.message_bar)
        layout.addWidget(self.photo_progress)
        layout.addWidget(self.splitter, 1)

        # -- commands
        self.actions = CatalogueActions(self.table, self)
        self.table.menu_actions = self.actions.context_menu
        self.actions.new_product.triggered.connect(self.new_product)
        self.actions.edit.triggered.connect(self.edit_current)
        self.actions.duplicate.triggered.connect(self.duplicate_selected)
        self.actions.delete.triggered.connect(self.delete_selected)
        self.actions.bulk_edit.triggered.connect(self.bulk_edit_selected)
        self.actions.copy_skus.triggered.connect(self.copy_skus)
        self.actions.undo.triggered.connect(self.undo.undo)
        self.actions.redo.triggered.connect(self.undo.redo)
        self.new_button.clicked.connect(self.new_product)
        self.add_first.clicked.connect(self.new_product)
        self.detail.edit_button.clicked.connect(self.edit_current)
        self.detail.duplicate_button.clicked.connect(self.duplicate_selected)
        self.undo.state_changed.connect(self._undo_state)
        self.undo.changed.connect(self._data_changed)
        self.undo.failed.connect(self.show_message)
        self._undo_state()
        self._selection_changed()

    def _read_rows(self, ids: list[str]) -> dict[str, ProductRow]:
        return self.ctx.products.rows(ids, language=self.ctx.language)

    def _read_rows_later(self, ids: list[str],
                         done: Callable[[dict[str, ProductRow]], None]) -> None:
        """The table reads ahead of the owner's scrolling in a worker thread."""

        async def read() -> None:
            done(await self.ctx.jobs.in_thread(self._read_rows, ids))

        self.ctx.jobs.start(read())

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
            self._start_load()  # nothing was written: search within the held listing

    def reload(self) -> asyncio.Task[None]:
        """Re-read the ids in the background (products may have changed); a newer reload
        cancels an older one."""
        self.ctx.products.forget()
        return self._start_load()

    def load_first(self) -> asyncio.Task[None]:
        """The window's first load: a screenful of rows first (a millisecond, through the
        sort's index), then the whole listing (a few hundred on 100,000 products)."""
        task = self.ctx.jobs.start(self._load(first_screen=True), name="catalogue-ids")
        if self.ctx.demo:
            self.ctx.jobs.start(self._seed_demo_photos(), name="catalogue-demo-photos")
        return task

    async def _seed_demo_photos(self) -> None:
        """The demo shop's photos after start-up (seconds in all), each shown once stored.

        Each photo is drawn in a worker, then written by the database's own writer thread:
        `Database.close` waits for that one, and this task, cancelled when the window closes,
        submits nothing more - no write outlives the database."""
        from sellerdesk.demo import photos as demo_photos

        library = self.photo_library
        todo = await self.ctx.jobs.in_thread(demo_photos.pending_products, library)
        for product_id, item in todo:
            prepared = await self.ctx.jobs.in_thread(demo_photos.prepare_one, library, item)
            if prepared is None:
                continue
            done = await asyncio.wrap_future(self.ctx.database.submit_write(
                partial(demo_photos.record_one, library, product_id, item, prepared)))
            if done:
                self.thumbnails.invalidate_product(product_id)
                self.model.photo_ready(product_id)
                self._photo_ready(product_id)

    def _start_load(self) -> asyncio.Task[None]:
        return self.ctx.jobs.start(self._load(), name="catalogue-ids")

    async def _load(self, *, first_screen: bool = False) -> None:
        flt = self.current_filter()
        if first_screen:
            first = await self.ctx.jobs.in_thread(self._first_screen, flt)
            if len(first) == FIRST_SCREEN:  # a big shop: show these while the rest is read
                self.model.set_ids(first)
                self.listing.show_content()
        ids, total = await self.ctx.jobs.in_thread(self._query, flt)
        selected = self._select_next or self.selected_ids()
        self._select_next = []
        self.model.set_ids(ids)
        if ids and not self._columns_fitted:  # once: after that the widths are the owner's
            self._columns_fitted = True
            self.table.fit_columns(stretch=TITLE)
        self._total_products = total
        self._show_count(len(ids))
        if selected:
            self.select_ids(selected)
        if not self.table.currentIndex().isValid():
            self.detail.show_nothing()  # e.g. the product shown was just deleted
        self._selection_changed()
        self.loaded.emit(len(ids))

    def _first_screen(self, flt: ProductFilter) -> list[str]:
        return self.ctx.products.ids(flt, sort=self._sort, descending=self._descending,
                                     language=self.ctx.language, limit=FIRST_SCREEN)

    def _query(self, flt: ProductFilter) -> tuple[list[str], int]:
        ids = self.ctx.products.ids(flt, sort=self._sort, descending=self._descending,
                                    language=self.ctx.language)
        filtered = flt != ProductFilter()
        # The shop's size only decides which empty state to show: counting 100,000 rows on
        # every keystroke of a search cost more than the search itself.
        total = self.ctx.catalogue.count() if filtered and not ids else len(ids)
        return ids, total

    def _show_count(self, shown: int) -> None:
        fmt = self.ctx.formatter
        self.count_label.setText(
            self.tr("%n product(s)", "", shown).replace(str(shown), fmt.number(shown))
        )
        self.add_first.setVisible(shown == 0 and self._total_products == 0)
        if shown:
            self.listing.show_content()
        elif self._total_products == 0:
            self.listing.show_empty(
                translate("CataloguePage", "No products yet"),
                translate("CataloguePage", "Add your first product, or import your catalogue "
                                           "from the command line (sellerdesk products add). "
                                           "Connecting a marketplace account brings in the "
                                           "products you already sell there."),
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

    def _data_changed(self, product_ids: list[str]) -> None:
        """A write finished: list again (it may add, remove or reorder rows) and show the
        current product as it is now."""
        self.reload()
        current = self.current_id()
        if current is not None and (not product_ids or current in product_ids):
            self.ctx.jobs.start(self._show_detail(current), name="catalogue-detail")

    # -- selection ------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [row_id for row in rows if (row_id := self.model.id_at(row)) is not None]

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

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

    def _selection_changed(self) -> None:
        self.actions.for_selection(len(self.table.selectionModel().selectedRows()))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        product_id = self.model.id_at(current.row()) if current.isValid() else None
        if product_id is None:
            self.detail.show_nothing()
            return
        self.ctx.jobs.start(self._show_detail(product_id), name="catalogue-detail")

    async def _show_detail(self, product_id: str) -> None:
        main_language = self.ctx.language

        def read() -> tuple[object, str]:
            product = self.ctx.catalogue.get(product_id)
            text = product.texts.get(main_language) or product.texts.get(
                product.main_language, {})
            return product, sanitize_html(text.get("description", ""), text_limit=4_000).html

        try:
            product, description = await self.ctx.jobs.in_thread(read)
        except NotFoundError:
            self.detail.show_nothing()
            return
        self.detail.show_product(product, description)  # type: ignore[arg-type]
        self.detail.show_photo(self.thumbnails.product_thumbnail(product_id, PHOTO_SIZE))

    # -- photos ---------------------------------------------------------------------------

    def _photo_ready(self, product_id: str) -> None:
        if product_id == self.detail.product_id:
            self.detail.show_photo(self.thumbnails.product_thumbnail(product_id, PHOTO_SIZE))

    def photos_changed(self, product_id: str) -> None:
        """A gallery changed (import, new main photo, removal): show its new main photo."""
        self.thumbnails.invalidate_product(product_id)
        self.model.photo_ready(product_id)
        self._photo_ready(product_id)
        self.model.refresh_rows([product_id])  # its sync state is now "pending"

    def import_photos(self, product_id: str, paths: list[Path]) -> asyncio.Task[None] | None:
        """Import dropped files and folders into one product, with progress in place."""
        if self.photo_progress.running:
            self.show_message(translate("CataloguePage", "Photos are being imported already; "
                                                         "drop these again when it is done."))
            return None
        return self.ctx.jobs.start(self._import_photos(product_id, paths),
                                   name="catalogue-import-photos")

    async def _import_photos(self, product_id: str, paths: list[Path]) -> None:
        try:
            plan = await self.ctx.jobs.in_thread(
                lambda: self.photo_library.plan(paths, product_id=product_id))
        except SellerDeskError as exc:
            self.show_message(exc.text(translate))
            return
        report = await self.photo_progress.start(plan)
        if report is None:
            return
        if report.refused or report.cancelled:
            self.show_message(self.photo_progress.summary(report))
        self.photos_changed(product_id)

    # -- undo ------------------------------------------------------------------------------

    def _undo_state(self) -> None:
        stack = self.undo.stack
        self.actions.undo.setEnabled(self.undo.can_undo)
        self.actions.redo.setEnabled(self.undo.can_redo)
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.actions.undo.setText(translate("CataloguePage", "&Undo %1").replace("%1", undo_text)
                                  if undo_text else translate("CataloguePage", "&Undo"))
        self.actions.redo.setText(translate("CataloguePage", "&Redo %1").replace("%1", redo_text)
                                  if redo_text else translate("CataloguePage", "&Redo"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message_bar.setVisible(bool(text))

    # -- commands --------------------------------------------------------------------------

    def new_product(self) -> None:
        self.open_editor(None)

    def edit_current(self) -> None:
        product_id = self.current_id() or next(iter(self.selected_ids()), None)
        if product_id is not None:
            self.open_editor(product_id)

    def open_editor(self, product_id: str | None) -> None:
        if self.editor is not None:
            self.editor.raise_()
            self.editor.activateWindow()
            return
        self.ctx.jobs.start(self._open_editor(product_id), name="catalogue-open-editor")

    async def _open_editor(self, product_id: str | None) -> None:
        def read() -> tuple[object, object]:
            product = self.ctx.catalogue.get(product_id) if product_id else None
            return product, self.lookups.load()

        try:
            product, lookups = await self.ctx.jobs.in_thread(read)
        except NotFoundError:
            self.reload()
            return
        if self.editor is not None:
            return
        editor = ProductEditor(self.ctx, self.undo, product, lookups,  # type: ignore[arg-type]
                               self.window(), photos=self.photo_library,
                               thumbnails=self.thumbnails)
        editor.photos_changed.connect(self.photos_changed)
        editor.saved.connect(self._editor_saved)
        editor.finished.connect(lambda _r: self._editor_closed(editor))
        self.editor = editor
        editor.open()

    def _editor_saved(self, product_id: str) -> None:
        self._select_next = [product_id]

    def _editor_closed(self, editor: ProductEditor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()
        self.table.setFocus()

    def duplicate_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        self.ctx.jobs.start(self._duplicate(ids[0]), name="catalogue-duplicate")

    async def _duplicate(self, product_id: str) -> None:
        row = self.model.row_of(product_id)
        title = self.model.row_at(row).title if row is not None and self.model.row_at(row) \
            else ""
        suffix = translate("CataloguePage", " (copy)")
        catalogue = self.ctx.catalogue

        def work(group: str) -> Done:
            copy = duplicate_product(catalogue, product_id, group_id=group, title_suffix=suffix)
            return Done([copy], value=copy)

        try:
            done = await self.undo.perform(
                translate("CataloguePage", "Duplicate “%1”").replace("%1", title), work)
        except SellerDeskError as error:
            self.show_message(error.text(translate))
            return
        self._select_next = [done.value]
        self.open_editor(done.value)  # the copy is a draft: rename it, change what differs

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.confirm is not None:
            return
        first = self.model.row_at(self.model.row_of(ids[0]) or 0)
        title = first.title if first else ""
        text = (translate("CataloguePage", "Delete “%1”?").replace("%1", title)
                if len(ids) == 1 else self.tr("Delete %n product(s)?", "", len(ids)))
        box = QMessageBox(QMessageBox.Icon.Warning, translate("CataloguePage", "Delete"), text,
                          QMessageBox.StandardButton.NoButton, self.window())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(translate(
            "CataloguePage", "They are removed from the marketplace at the next sync. You can "
                             "undo this with %1.").replace(
            "%1", self.actions.undo.shortcut().toString(
                self.actions.undo.shortcut().SequenceFormat.NativeText)))
        delete = box.addButton(translate("CataloguePage", "Delete"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._delete_answered(box, delete, ids, title))
        self.confirm = box
        box.open()

    def _delete_answered(self, box: QMessageBox, delete: object, ids: list[str],
                         title: str) -> None:
        self.confirm = None
        if box.clickedButton() is delete:
            self.ctx.jobs.start(self._delete(ids, title), name="catalogue-delete")

    async def _delete(self, ids: list[str], title: str) -> None:
        catalogue = self.ctx.catalogue

        def work(group: str) -> Done:
            def each(_session: object) -> None:
                for product_id in ids:
                    catalogue.delete_product(product_id, group_id=group)

            catalogue.run_batch(each)  # type: ignore[arg-type]
            return Done(list(ids))

        text = (translate("CataloguePage", "Delete “%1”").replace("%1", title)
                if len(ids) == 1 else self.tr("Delete %n product(s)", "", len(ids)))
        try:
            await self.undo.perform(text, work)
        except SellerDeskError as error:
            self.show_message(error.text(translate))

    def bulk_edit_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.bulk_dialog is not None:
            return
        self.ctx.jobs.start(self._bulk_edit(ids), name="catalogue-bulk")

    async def _bulk_edit(self, ids: list[str]) -> None:
        lookups = await self.ctx.jobs.in_thread(self.lookups.load)
        if self.bulk_dialog is not None:
            return
        first = self.model.row_at(self.model.row_of(ids[0]) or 0)
        currency = first.currency if first and first.currency else "EUR"
        dialog = BulkEditDialog(self.ctx, self.undo, ids, lookups.categories, currency,
                                self.window())
        dialog.finished.connect(lambda _r: self._bulk_closed(dialog))
        self.bulk_dialog = dialog
        dialog.open()

    def _bulk_closed(self, dialog: BulkEditDialog) -> None:
        if self.bulk_dialog is dialog:
            self.bulk_dialog = None
        dialog.deleteLater()
        self.table.setFocus()

    def copy_skus(self) -> None:
        skus = []
        for product_id in self.selected_ids():
            row = self.model.row_at(self.model.row_of(product_id) or 0)
            if row is not None and row.sku:
                skus.append(row.sku)
        QGuiApplication.clipboard().setText("\n".join(skus))
