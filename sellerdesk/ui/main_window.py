"""The main window: sidebar, pages, a search box that answers while typing, and a status bar
that always answers "is my work safe?"."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeyEvent, QKeySequence
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.ui.catalogue.actions import install_menus
from sellerdesk.ui.catalogue.page import CataloguePage
from sellerdesk.ui.context import AppContext
from sellerdesk.ui.menus import Menus
from sellerdesk.ui.orders.page import OrdersPage
from sellerdesk.ui.settings.page import SettingsPage
from sellerdesk.ui.startup import seconds_since_process_start
from sellerdesk.ui.status_bar import SyncStatusBar
from sellerdesk.ui.sync.page import SyncPage
from sellerdesk.ui.theme import line_icon
from sellerdesk.ui.window_layout import restore_layout, save_layout

translate = QCoreApplication.translate
ICONS = Path(__file__).resolve().parent / "icons"
CATALOGUE, ORDERS, SYNC, SETTINGS = range(4)
SECTIONS = ("catalogue", "orders", "sync", "settings")
EXIT_AFTER_PAINT = "SELLERDESK_EXIT_AFTER_PAINT"
STATUS_REFRESH_MS = 5_000


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))


def _section_titles() -> list[str]:
    return [translate("MainWindow", "Catalogue"), translate("MainWindow", "Orders"),
            translate("MainWindow", "Sync"), translate("MainWindow", "Settings")]


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(translate("MainWindow", "SellerDesk — %1").replace("%1", ctx.shop_name))
        self.setWindowIcon(icon("app"))
        self._counts: dict[str, int] = {}

        # -- pages
        self.catalogue = CataloguePage(ctx, self)
        self.orders = OrdersPage(ctx, self)
        self.sync = SyncPage(ctx, self)
        self.settings_page = SettingsPage(ctx, self)
        self.pages = QStackedWidget(self)
        for page in (self.catalogue, self.orders, self.sync, self.settings_page):
            self.pages.addWidget(page)

        # -- sidebar
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(translate("MainWindow", "Sections"))
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(2)
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(240)
        for _name in SECTIONS:
            self.sidebar.addItem(QListWidgetItem(""))
        self._ink_icons()
        self.sidebar.currentRowChanged.connect(self._show_page)

        # -- search
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("MainWindow", "Search"))
        self.search.setMinimumWidth(280)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)  # coalesce keystrokes; each query takes a few ms
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_typed)
        self.search.installEventFilter(self)  # Down and Enter go on to the results
        self._searches = {CATALOGUE: "", ORDERS: ""}  # each page keeps its own search
        self.shop_label = QLabel(f"<b>{ctx.shop_name}</b>", self)

        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 2)
        header.addWidget(self.shop_label)
        header.addStretch(1)
        header.addWidget(self.search)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        self.splitter = splitter
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        # -- status bar
        self.status = SyncStatusBar(self.statusBar(), ctx.formatter, self)
        self.sync_controller: Any = None
        self.sync.account_connected.connect(self._account_connected)
        self._watch_network()

        view_actions = self._actions()
        # Catalogue commands: Edit and Product menus, the undo history panel (a dock).
        self.history_dock = install_menus(self, self.catalogue)
        self.menus = Menus(self)  # File, View, Help
        self.menus.install(view_actions)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(STATUS_REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh_status)
        self.catalogue.loaded.connect(lambda _n: self.refresh_status())
        self.orders.changed.connect(self.refresh_status)
        self.orders.show_requested.connect(lambda: self.sidebar.setCurrentRow(ORDERS))
        self.settings_page.changed.connect(self.catalogue.reload)
        restore_layout(self, self.catalogue)  # or a first size that fits the screen
        self.sidebar.setCurrentRow(CATALOGUE)
        self._update_sidebar()
        self._update_status()

    # -- building ---------------------------------------------------------------------------

    def _actions(self) -> list[QAction]:
        """The View menu's actions (Quit lives in the File menu, see ui/menus.py)."""
        find = QAction(translate("MainWindow", "&Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        refresh = QAction(translate("MainWindow", "&Refresh"), self)
        refresh.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh)
                             or [QKeySequence("F5")])
        refresh.triggered.connect(self.reload_all)
        found: list[QAction] = [find, refresh]
        for number, title in enumerate(_section_titles()):
            go = QAction(title, self)
            go.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            go.triggered.connect(lambda _checked=False, n=number: self.sidebar.setCurrentRow(n))
            found.append(go)
        for action in found:
            action.setMenuRole(QAction.MenuRole.NoRole)
            self.addAction(action)  # working even with the menu bar hidden
        return found

    def _ink_icons(self) -> None:
        """The sidebar's icons in the palette's ink, selected ones in the highlight's text."""
        for row, name in enumerate(SECTIONS):
            self.sidebar.item(row).setIcon(line_icon(ICONS / f"{name}.svg", self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light to dark, or back
            self._ink_icons()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, Down or Enter moves to the results (first row current)."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            table = {CATALOGUE: self.catalogue.table,
                     ORDERS: self.orders.table}.get(self.sidebar.currentRow())
            if table is not None and table.model().rowCount() > 0:
                if self._search_timer.isActive():  # what was typed is searched first
                    self._search_timer.stop()
                    self._apply_search()
                table.setFocus(Qt.FocusReason.OtherFocusReason)
                table.select_first_if_none()
                return True
        return super().eventFilter(watched, event)

    def show_settings(self) -> None:
        self.sidebar.setCurrentRow(SETTINGS)

    def _watch_network(self) -> None:
        """Follow the OS's idea of connectivity where Qt has a backend for it."""
        if QNetworkInformation.loadDefaultBackend() and (info := QNetworkInformation.instance()):
            info.reachabilityChanged.connect(lambda _r: self._network_changed())
            self._network_changed()

    def _network_changed(self) -> None:
        info = QNetworkInformation.instance()
        if info is None:
            return
        reach = info.reachability()
        was_online = self.status.network_online
        if reach == QNetworkInformation.Reachability.Unknown:
            self.status.network_online = None
        else:
            self.status.network_online = reach == QNetworkInformation.Reachability.Online
        if self.status.network_online and was_online is False and self.sync_controller:
            self.sync_controller.sync_now()  # back online: send what waited
        self.status.update()

    def _account_connected(self, _account_id: str) -> None:
        """The owner connected an account from the Sync page: start syncing with it now."""
        if self.sync_controller is None:
            from sellerdesk.ui.sync.setup import start_sync

            self.ctx.jobs.start(start_sync(self.ctx, self), name="sync-setup")

    def no_account(self) -> None:
        """No marketplace account to sync with: the status bar and the Sync page say so."""
        if self.sync_controller is None:
            self.status.connected = False
            self.status.update()
            self.sync.show_no_account()

    def attach_sync(self, controller: Any) -> None:
        """Show the sync's state and let the Sync page drive it."""
        self.sync_controller = controller
        self.status.account_name = controller.account_name
        self.status.connected = True
        controller.status_changed.connect(self._sync_status)
        controller.overdue.connect(self._sync_overdue)
        self.sync.attach(controller)
        self.orders.attach_sync(controller)
        # Local writes reach the marketplace in seconds, a burst in one pass (#16.10); the
        # outbox count (refreshed every few seconds) catches writes no signal announces.
        self.catalogue.undo.changed.connect(controller.local_change)
        self.orders.changed.connect(controller.local_change)
        self._sync_status(controller.status)

    def _sync_overdue(self) -> None:
        self.status.overdue = True
        self.status.update()

    def _sync_status(self, status: Any) -> None:
        self.status.status = status
        self.status.update()
        self._update_sidebar()
        if not status.running:
            self.refresh_status()
            if status.changed_locally:
                self.catalogue.reload()
                if self.sidebar.currentRow() == ORDERS:
                    self.orders.reload()

    # -- behaviour --------------------------------------------------------------------------

    def start(self) -> None:
        """Load the first page's data in the background; the window is already usable."""
        self.catalogue.load_first()
        self._refresh_timer.start()
        if os.environ.get(EXIT_AFTER_PAINT):
            self._exit_after_first_paint()

    def reload_all(self) -> None:
        self.catalogue.reload()
        self.orders.reload()
        self.sync.reload()

    def _show_page(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        self.search.setEnabled(row in (CATALOGUE, ORDERS))
        # The box shows the search of the page in view: what it says is what filters the list.
        self.search.blockSignals(True)
        self.search.setText(self._searches.get(row, ""))
        self.search.blockSignals(False)
        self.search.setPlaceholderText(
            translate("MainWindow", "Search orders: number, buyer, SKU…") if row == ORDERS
            else translate("MainWindow", "Search products…")
        )
        if row == ORDERS:
            self.orders.reload()
        elif row == SYNC:
            self.sync.reload()

    def _focus_search(self) -> None:
        if self.sidebar.currentRow() not in (CATALOGUE, ORDERS):
            self.sidebar.setCurrentRow(CATALOGUE)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_typed(self, text: str) -> None:
        if (row := self.sidebar.currentRow()) in self._searches:
            self._searches[row] = text
        self._search_timer.start()

    def _apply_search(self) -> None:
        text = self.search.text()
        if self.sidebar.currentRow() == ORDERS:
            self.orders.set_search(text)
        else:
            self.catalogue.set_search(text)

    def refresh_status(self) -> None:
        self.ctx.jobs.start(self._refresh_counts(), name="status-counts")

    async def _refresh_counts(self) -> None:
        def counts() -> dict[str, int]:
            found = dict(self.ctx.products.counts())
            found.update(self.ctx.orders.counts(datetime.now(UTC)))
            found["outbox"] = self.ctx.outbox.pending_count()
            return found

        self._counts = await self.ctx.jobs.in_thread(counts)
        if self.sync_controller is not None:
            self.sync_controller.outbox_counted(self._counts["outbox"])
        self._update_sidebar()
        self._update_status()

    def _update_sidebar(self) -> None:
        fmt = self.ctx.formatter
        c = self._counts
        texts = [
            (translate("MainWindow", "Catalogue"),
             fmt.number(c["products"]) if "products" in c else ""),
            (translate("MainWindow", "Orders"),
             (translate("MainWindow", "%1 to ship").replace("%1", fmt.number(c["to_ship"]))
              + (" · " + translate("MainWindow", "%1 late").replace(
                  "%1", fmt.number(c["overdue"])) if c.get("overdue") else ""))
             if "to_ship" in c else ""),
            (translate("MainWindow", "Sync"), self._sync_detail()),
            (translate("MainWindow", "Settings"), ""),
        ]
        for row, (title, detail) in enumerate(texts):
            item = self.sidebar.item(row)
            item.setText(f"{title}\n{detail}" if detail else title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title} {detail}".strip())

    def _sync_detail(self) -> str:
        """What on the Sync page needs the owner: changes waiting to be sent, conflicts, items
        that could not be read."""
        fmt = self.ctx.formatter
        conflicts = self._counts.get("conflicts", 0)
        waiting = self._counts.get("outbox", 0)
        status = self.status.status
        unreadable = status.quarantined if status is not None else 0
        parts = [translate("MainWindow", "%1 waiting").replace("%1", fmt.number(waiting))
                 if waiting else "",
                 translate("MainWindow", "%1 conflicts").replace("%1", fmt.number(conflicts))
                 if conflicts else "",
                 translate("MainWindow", "Could not read: %1").replace(
                     "%1", fmt.number(unreadable))
                 if unreadable else ""]
        return " · ".join(part for part in parts if part)

    def _update_status(self) -> None:
        self.status.outbox = self._counts.get("outbox", 0)
        self.status.update()

    # -- layout memory ----------------------------------------------------------------------

    def save_layout(self) -> None:
        save_layout(self, self.catalogue)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._refresh_timer.stop()
        self.save_layout()
        super().closeEvent(event)

    # -- benchmark hook ---------------------------------------------------------------------

    def _exit_after_first_paint(self) -> None:
        """For bench/: print when the table has painted real rows, then quit."""
        viewport = self.catalogue.table.viewport()
        window = self

        class PaintWatch(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if (event.type() == QEvent.Type.Paint
                        and window.catalogue.model.rowCount() > 0):
                    viewport.removeEventFilter(self)
                    QTimer.singleShot(0, window._report_paint)
                return False

        self._paint_watch = PaintWatch(self)
        viewport.installEventFilter(self._paint_watch)

    def _report_paint(self) -> None:
        print(f"painted {seconds_since_process_start():.3f}", flush=True)
        sys.stdout.flush()
        self.close()
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()
