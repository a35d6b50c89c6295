"""The Orders page: view tabs with counts (To ship, Shipped, Cancelled, Problems, All), the
lazy, searchable order list, the detail pane, and the staff's actions.

Every read runs in the job pool and every change goes through `OrderActions` (the Orders
service, committed locally with its outbox entry), so the page works the same offline.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.errors import NotFoundError
from sellerdesk.orders.details import OrderDetail, OrderDetails
from sellerdesk.ui.context import AppContext
from sellerdesk.ui.orders.actions import OrderActions
from sellerdesk.ui.orders.detail import OrderDetailPane
from sellerdesk.ui.orders.documents import Kind
from sellerdesk.ui.orders.notifier import NewOrdersNotifier
from sellerdesk.ui.orders.order_model import (
    BUYER,
    DESTINATION,
    ITEMS,
    NUMBER,
    PLACED,
    SHIP_BY,
    TOTAL,
    OrderTableModel,
)
from sellerdesk.ui.orders.photo_cell import PhotoFiles
from sellerdesk.ui.row_table import RowTableView
from sellerdesk.ui.theme import Tone, tint
from sellerdesk.ui.widgets import ListOrEmpty

translate = QCoreApplication.translate
VIEW_CODES = ("to_ship", "shipped", "cancelled", "problems", "all")
LAYOUT_SAVE_MS = 500


def _view_titles() -> dict[str, str]:
    return {
        "to_ship": translate("OrdersPage", "To ship"),
        "shipped": translate("OrdersPage", "Shipped"),
        "cancelled": translate("OrdersPage", "Cancelled"),
        "problems": translate("OrdersPage", "Problems"),
        "all": translate("OrdersPage", "All orders"),
    }


class OrdersPage(QWidget):
    loaded = Signal(int)  # orders listed, after every (re)load
    changed = Signal()  # staff changed orders here: counts elsewhere are stale
    show_requested = Signal()  # a new-orders notification was clicked

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._search = ""
        self._counts: dict[str, int] = {}
        self._columns_fitted = False
        self.current: OrderDetail | None = None
        self.sync_controller: Any = None
        self.model = OrderTableModel(ctx.orders.rows, ctx.formatter, self)
        self.actions = OrderActions(self)
        self.actions.changed.connect(self._changed_here)
        self.actions.notice.connect(self.show_notice)
        self.notifier = NewOrdersNotifier(ctx, self)
        self.notifier.clicked.connect(self.show_requested)
        self.photos = PhotoFiles(ctx.data.photos)
        self.details = OrderDetails(ctx.database)

        # -- views and actions
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("orderViews")
        self.tabs.setAccessibleName(translate("OrdersPage", "Which orders"))
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        for code in VIEW_CODES:
            index = self.tabs.addTab(_view_titles()[code])
            self.tabs.setTabData(index, code)
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        self.ship_button = QPushButton(translate("OrdersPage", "Ship…"), self)
        self.ship_button.setToolTip(translate("OrdersPage", "Ship the selected order"))
        self.ship_button.clicked.connect(self.ship_current)
        self.pick_button = self._document_button(
            translate("OrdersPage", "Pick list"), Kind.PICK_LIST,
            QKeySequence(QKeySequence.StandardKey.Print))
        self.slips_button = self._document_button(
            translate("OrdersPage", "Packing slips"), Kind.PACKING_SLIPS, None)
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(self.tabs)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addSpacing(12)
        for button in (self.ship_button, self.pick_button, self.slips_button):
            bar.addWidget(button)
        self.notice = QLabel(self)
        self.notice.setObjectName("ordersNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # errors quote outside text
        self.notice.hide()

        # -- list and detail
        # Tab leaves it, Enter or Space ships the current order, its focus is visible.
        self.table = RowTableView(self, space_opens=True)
        self.table.setObjectName("orderTable")
        self.table.setAccessibleName(translate("OrdersPage", "Orders"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)  # the status, which may say "waiting to sync"
        for column, width in ((NUMBER, 130), (BUYER, 140), (DESTINATION, 95), (ITEMS, 45),
                              (TOTAL, 90), (PLACED, 120), (SHIP_BY, 120)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.table.open_requested.connect(self.ship_current)
        self.listing = ListOrEmpty(self.table, self)
        self.detail = OrderDetailPane(ctx.formatter, self)
        self.detail.ship_requested.connect(self.ship_current)
        self.detail.cancel_requested.connect(lambda: self._with_current(self.actions.cancel))
        self.detail.problem_requested.connect(lambda: self._with_current(self.actions.flag))
        self.detail.problem_cleared.connect(
            lambda: self._with_current(self.actions.clear_problem))
        self.detail.edit_shipment.connect(
            lambda sid: self._with_current(self.actions.correct_shipment, sid))
        self.detail.withdraw_shipment.connect(
            lambda sid: self._with_current(self.actions.withdraw_shipment, sid))
        self.detail.notes_edited.connect(self._save_notes)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("ordersSplitter")
        self.splitter.addWidget(self.listing)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 400])
        self.splitter.setCollapsible(0, False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(LAYOUT_SAVE_MS)
        self._layout_timer.timeout.connect(self.save_layout)
        self._restore_layout()
        self.splitter.splitterMoved.connect(lambda *_a: self._layout_timer.start())
        header.sectionResized.connect(lambda *_a: self._layout_timer.start())
        self._update_buttons()


    def _document_button(self, text: str, kind: Kind,
                         shortcut: QKeySequence | None) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(translate("OrdersPage", "For the selected orders, or every order "
                                                  "ready to ship when none is selected"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        print_action = QAction(translate("OrdersPage", "Print…"), button)
        print_action.triggered.connect(lambda: self.print_document(kind, to_pdf=False))
        if shortcut is not None:
            print_action.setShortcut(shortcut)
            self.addAction(print_action)
        save_action = QAction(translate("OrdersPage", "Save as PDF…"), button)
        save_action.triggered.connect(lambda: self.print_document(kind, to_pdf=True))
        menu.addAction(print_action)
        menu.addAction(save_action)
        button.setMenu(menu)
        button.setAccessibleName(text)
        return button

    # -- loading ----------------------------------------------------------------------------

    def view(self) -> str:
        return str(self.tabs.tabData(self.tabs.currentIndex()) or "to_ship")

    def set_view(self, code: str) -> None:
        self.tabs.setCurrentIndex(VIEW_CODES.index(code))

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.reload()

    def reload(self) -> asyncio.Task[None]:
        return self.ctx.jobs.start(self._load(), name="order-ids")

    async def _load(self) -> None:
        view = self.view()
        now = datetime.now(UTC)

        def query() -> tuple[list[str], dict[str, int]]:
            return self.ctx.orders.ids(view, self._search), self.ctx.orders.view_counts(now)

        ids, counts = await self.ctx.jobs.in_thread(query)
        if not self.actions.carriers.carriers:
            await self.actions.load_carriers()  # names for the detail, offline
        selected = self.selected_ids()
        current = self.table.currentIndex()
        position = current.row() if current.isValid() else None
        self.model.now = now
        self.model.set_ids(ids)
        if ids and not self._columns_fitted:  # once: after that the widths are the owner's
            self._columns_fitted = True
            self.table.fit_columns()
        # To ship, the deadline matters; once shipped or cancelled, when it was placed.
        self.table.setColumnHidden(PLACED, view == "to_ship")
        self.table.setColumnHidden(SHIP_BY, view in ("shipped", "cancelled"))
        self._show_counts(counts)
        if selected:
            self.select_ids(selected)
            if not self.selected_ids() and position is not None and ids:
                # The order just shipped left the view: go on with the next one, as staff do.
                self.table.selectRow(min(position, len(ids) - 1))
        self._show_listing(view, len(ids))
        self._update_buttons()
        self.loaded.emit(len(ids))

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        fmt = self.ctx.formatter
        for index, code in enumerate(VIEW_CODES):
            title = _view_titles()[code]
            count = counts.get(code, 0)
            self.tabs.setTabText(index, f"{title} ({fmt.number(count)})" if count else title)

    def _show_listing(self, view: str, shown: int) -> None:
        self.count_label.setText(
            self.tr("%n order(s)", "", shown).replace(str(shown),
                                                      self.ctx.formatter.number(shown)))
        if shown:
            self.listing.show_content()
        elif self._search:
            self.listing.show_empty(
                translate("OrdersPage", "Nothing found"),
                translate("OrdersPage", "No order matches “%1”: search by order number, buyer "
                                        "or SKU.").replace("%1", self._search))
        elif view == "to_ship":
            self.listing.show_empty(
                translate("OrdersPage", "Nothing to ship"),
                translate("OrdersPage", "Every order is on its way. New orders appear here as "
                                        "soon as the marketplace reports them."))
        elif view == "problems":
            self.listing.show_empty(
                translate("OrdersPage", "No problems"),
                translate("OrdersPage", "Orders flagged with a problem wait here until it is "
                                        "resolved."))
        else:
            self.listing.show_empty(
                translate("OrdersPage", "No orders here"),
                translate("OrdersPage", "Orders appear here when the sync brings them from the "
                                        "marketplace."))

    # -- selection and detail ---------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [row_id for row in rows if (row_id := self.model.id_at(row)) is not None]

    def select_ids(self, ids: list[str]) -> None:
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = True
        for row_id in ids:
            row = self.model.row_of(row_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            if first:
                selection.setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                first = False
            else:
                selection.select(index, flags)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        order_id = self.model.id_at(current.row()) if current.isValid() else None
        if order_id is None:
            self.current = None
            self.detail.show_nothing()
            self._update_buttons()
            return
        self.ctx.jobs.start(self.show_order(order_id), name="order-detail")

    async def show_order(self, order_id: str) -> None:
        """Show one order in the detail pane; opening it is what makes it no longer new."""

        def read() -> tuple[OrderDetail, dict[str, Any]]:
            detail = self.details.get(order_id, self.ctx.language)
            return detail, self.photos.images(line.photo_hash for line in detail.lines)

        try:
            detail, images = await self.ctx.jobs.in_thread(read)
        except NotFoundError:
            self.current = None
            self.detail.show_nothing()
            return
        self.current = detail
        self.detail.carrier_name = self.actions.carriers.name_of
        self.detail.show_order(detail, images)
        self._update_buttons()
        if detail.seen_at is None:
            await self.ctx.jobs.in_thread(self.actions.service.mark_seen, [detail.id])
            self.model.refresh_rows([detail.id])

    def _update_buttons(self) -> None:
        self.ship_button.setEnabled(self.current is not None and self.current.can_ship)

    # -- actions ----------------------------------------------------------------------------

    def _with_current(self, flow: Any, *args: Any) -> None:
        if self.current is not None:
            self.ctx.jobs.start(flow(self.current, *args), name="order-action")

    def ship_current(self) -> None:
        if self.current is not None and self.current.can_ship:
            self._with_current(self.actions.ship)

    def print_document(self, kind: Kind, *, to_pdf: bool) -> asyncio.Task[Any]:
        return self.ctx.jobs.start(self.actions.document(kind, self.selected_ids(),
                                                         to_pdf=to_pdf), name="order-document")

    def _save_notes(self, order_id: str, text: str) -> None:
        async def save() -> None:
            if await self.actions.save_notes(order_id, text):
                self.detail.notes_saved(order_id, text)

        try:
            self.ctx.jobs.start(save())  # unnamed: a save is never cancelled by the next one
        except RuntimeError:
            # Quitting: the background jobs are gone. Typed notes are not lost for that; one
            # small local write on the way out.
            self.actions.service.set_notes(order_id, text)

    def _changed_here(self, order_ids: list[str]) -> None:
        self.changed.emit()
        self.reload()
        if self.current is not None and self.current.id in order_ids:
            self.ctx.jobs.start(self.show_order(self.current.id), name="order-detail")
        if self.sync_controller is not None:
            self.sync_controller.sync_now()  # online, it reaches the marketplace at once

    def show_notice(self, text: str, problem: bool = False) -> None:
        tint(self.notice, Tone.ERROR if problem else None)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- the sync ---------------------------------------------------------------------------

    def attach_sync(self, controller: Any) -> None:
        """Follow the sync: refresh after it brought changes, announce new orders, keep the
        carrier list for offline use."""
        self.sync_controller = controller
        controller.status_changed.connect(self.sync_status)
        # Before the first pass: the orders already here are not news.
        self.ctx.jobs.start(self.notifier.prime(), name="orders-notifier")

    def sync_status(self, status: Any) -> None:
        if status.running:
            return
        if status.changed_locally:
            self.reload()
            if self.current is not None:
                self.ctx.jobs.start(self.show_order(self.current.id), name="order-detail")
            self.ctx.jobs.start(self.notifier.check(), name="orders-notifier")
        if status.last_error is None and self.sync_controller is not None:
            self.ctx.jobs.start(self.actions.refresh_carriers(self.sync_controller.engine.market),
                                name="orders-carriers")

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (or quitting): save what waits on a timer now, and leave no timer
        running behind a window that may be destroyed."""
        if self._layout_timer.isActive():
            self._layout_timer.stop()
            self.save_layout()
        self.detail.flush_notes()
        super().hideEvent(event)

    # -- layout memory ----------------------------------------------------------------------

    def _layout_store(self) -> QSettings:
        return QSettings(str(self.ctx.data.ui_state), QSettings.Format.IniFormat)

    def _restore_layout(self) -> None:
        store = self._layout_store()
        if (split := store.value("orders/splitter")) is not None:
            self.splitter.restoreState(split)
        if (columns := store.value("orders/columns")) is not None:
            self.table.widths_from_owner = self.table.horizontalHeader().restoreState(columns)

    def save_layout(self) -> None:
        store = self._layout_store()
        store.setValue("orders/splitter", self.splitter.saveState())
        store.setValue("orders/columns", self.table.horizontalHeader().saveState())
