"""The Sync page: the account, Sync now, what is waiting, what went wrong, and conflicts."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.secrets import SecretStore
from sellerdesk.sync.conflicts import ConflictView, open_conflicts, resolve
from sellerdesk.sync.engine import SyncStatus
from sellerdesk.sync.outbox import PendingChange
from sellerdesk.ui.context import AppContext
from sellerdesk.ui.sync.conflict_dialog import ConflictDialog, field_name, show_value
from sellerdesk.ui.sync.connect_dialog import ConnectDialog
from sellerdesk.ui.sync.setup import first_account
from sellerdesk.ui.widgets import ListOrEmpty, heading

translate = QCoreApplication.translate
ConflictRole = Qt.ItemDataRole.UserRole + 1


def describe(change: PendingChange) -> str:
    return {
        ("product", "create"): translate("SyncPage", "New product"),
        ("product", "update"): translate("SyncPage", "Product changed"),
        ("product", "delete"): translate("SyncPage", "Product deleted"),
        ("product", "restore"): translate("SyncPage", "Product restored"),
        ("variant", "create"): translate("SyncPage", "New variant"),
        ("variant", "update"): translate("SyncPage", "Variant changed"),
        ("variant", "delete"): translate("SyncPage", "Variant deleted"),
        ("variant", "stock_adjust"): translate("SyncPage", "Stock moved"),
        ("variant", "stock_set"): translate("SyncPage", "Stock counted"),
        ("fulfilment", "create"): translate("SyncPage", "Shipment"),
    }.get((change.entity, change.operation), f"{change.entity} {change.operation}")


class SyncPage(QWidget):
    account_connected = Signal(str)  # an account was connected (or logged in again)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller: Any = None
        self.connect_dialog: ConnectDialog | None = None
        self.account = QLabel(translate("SyncPage", "No marketplace account is connected: "
                                                    "your work is kept on this computer."), self)
        self.account.setWordWrap(True)
        self.connect_button = QPushButton(translate("SyncPage", "Connect account…"), self)
        self.connect_button.clicked.connect(self.open_connect)
        self.sync_now = QPushButton(translate("SyncPage", "Sync now"), self)
        self.sync_now.setEnabled(False)
        self.sync_now.setToolTip(translate("SyncPage", "Connect a marketplace account first."))
        self.sync_now.clicked.connect(self._sync_now)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828")
        self.problem.hide()
        top = QHBoxLayout()
        top.addWidget(self.account, 1)
        top.addWidget(self.connect_button)
        top.addWidget(self.sync_now)

        self.conflicts_title = heading(translate("SyncPage", "Conflicts"), 1.1, self)
        self.conflicts = QTreeWidget(self)
        self.conflicts.setRootIsDecorated(False)
        self.conflicts.setAccessibleName(translate("SyncPage", "Conflicts"))
        self.conflicts.setHeaderLabels([
            translate("SyncPage", "Product"), translate("SyncPage", "Field"),
            translate("SyncPage", "Mine"), translate("SyncPage", "The marketplace's"),
        ])
        self.conflicts.setColumnWidth(0, 260)
        self.conflicts.itemActivated.connect(self._resolve_item)
        self.resolve_button = QPushButton(translate("SyncPage", "Resolve…"), self)
        self.resolve_button.clicked.connect(
            lambda: self._resolve_item(self.conflicts.currentItem(), 0))

        self.title = heading(translate("SyncPage", "Pending changes"), 1.1, self)
        self.explain = QLabel(translate(
            "SyncPage",
            "Every change is saved on this computer first. These changes will be sent to the "
            "marketplace, in order and exactly once, at the next sync.",
        ), self)
        self.explain.setWordWrap(True)
        self.changes = QTreeWidget(self)
        self.changes.setRootIsDecorated(False)
        self.changes.setAccessibleName(translate("SyncPage", "Pending changes"))
        self.changes.setHeaderLabels([
            translate("SyncPage", "Change"), translate("SyncPage", "What"),
            translate("SyncPage", "When"), translate("SyncPage", "Last error"),
        ])
        self.changes.setColumnWidth(0, 180)
        self.changes.setColumnWidth(1, 320)
        self.listing = ListOrEmpty(self.changes, self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.conflicts_title)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.resolve_button)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addWidget(self.listing, 2)
        self._show_conflicts([])

    def attach(self, controller: Any) -> None:
        self.controller = controller
        self.sync_now.setEnabled(True)
        self.sync_now.setToolTip("")
        controller.status_changed.connect(self.show_status)
        self.show_status(controller.status)

    def show_status(self, status: SyncStatus) -> None:
        name = self.controller.account_name if self.controller else ""
        self.account.setText(translate("SyncPage", "Account: %1").replace("%1", name))
        self.sync_now.setEnabled(not status.running)
        # Once connected, the button only comes back when the marketplace wants a new login.
        self.connect_button.setText(translate("SyncPage", "Log in again…"))
        self.connect_button.setVisible(status.needs_login)
        if status.last_error and not status.running:
            self.problem.setText(translate("SyncPage", "Last sync stopped: %1 Your changes are "
                                                       "kept and will be sent later.")
                                 .replace("%1", status.last_error))
            self.problem.show()
        else:
            self.problem.hide()
        if not status.running:
            self.reload()

    def open_connect(self) -> ConnectDialog:
        """The connect dialog (one at a time); a new login for a known address updates it."""
        if self.connect_dialog is None:
            dialog = ConnectDialog(self.ctx, self)
            dialog.connected.connect(self._connected)
            dialog.finished.connect(self._connect_closed)
            self.connect_dialog = dialog
            self.ctx.jobs.start(self._prefill(dialog), name="connect-prefill")
        self.connect_dialog.show()
        self.connect_dialog.raise_()
        return self.connect_dialog

    async def _prefill(self, dialog: ConnectDialog) -> None:
        """Logging in again: the account as it was, the app key and secret from the keyring."""
        account = await self.ctx.jobs.in_thread(first_account, self.ctx.database)
        if account is None:
            return
        secret = await self.ctx.jobs.in_thread(SecretStore().get, account.id) or {}
        dialog.select(account.marketplace)
        dialog.url.setText(account.base_url)
        dialog.name.setText(account.name)
        dialog.app_key.setText(str(secret.get("app_key", "")))
        dialog.app_secret.setText(str(secret.get("app_secret", "")))

    def _connect_closed(self, _result: int) -> None:
        if self.connect_dialog is not None:
            self.connect_dialog.deleteLater()
            self.connect_dialog = None

    def _connected(self, account_id: str) -> None:
        self.account_connected.emit(account_id)
        if self.controller is not None:
            self.controller.sync_now()

    def _sync_now(self) -> None:
        if self.controller is not None:
            self.controller.sync_now()

    def reload(self) -> asyncio.Task[None]:
        return self.ctx.jobs.start(self._load(), name="sync-page")

    async def _load(self) -> None:
        changes = await self.ctx.jobs.in_thread(self.ctx.outbox.pending)
        conflicts = await self.ctx.jobs.in_thread(open_conflicts, self.ctx.database)
        fmt = self.ctx.formatter
        self.changes.clear()
        for change in changes:
            self.changes.addTopLevelItem(QTreeWidgetItem([
                describe(change), change.summary, fmt.datetime(change.created_at),
                change.last_error or "",
            ]))
        if changes:
            self.listing.show_content()
        else:
            self.listing.show_empty(
                translate("SyncPage", "All changes are on the marketplace"),
                translate("SyncPage", "Nothing is waiting to be sent."),
            )
        self._show_conflicts(conflicts)

    def _show_conflicts(self, conflicts: list[ConflictView]) -> None:
        self.conflicts.clear()
        for conflict in conflicts:
            item = QTreeWidgetItem([conflict.label, field_name(conflict.field),
                                    show_value(conflict.mine, conflict.field)[:80],
                                    show_value(conflict.theirs, conflict.field)[:80]])
            item.setData(0, ConflictRole, conflict)
            self.conflicts.addTopLevelItem(item)
        for widget in (self.conflicts_title, self.conflicts, self.resolve_button):
            widget.setVisible(bool(conflicts))
        if conflicts:
            self.conflicts.setCurrentItem(self.conflicts.topLevelItem(0))

    def _resolve_item(self, item: QTreeWidgetItem | None, _column: int) -> None:
        self.open_conflict(item)

    def open_conflict(self, item: QTreeWidgetItem | None = None) -> ConflictDialog | None:
        """The conflict side by side (the selected one by default). Window-modal, opened
        without a nested event loop, so syncing and the window's jobs go on meanwhile; the
        choice is carried out when the dialog is accepted."""
        item = item if item is not None else self.conflicts.currentItem()
        if item is None:
            return None
        conflict: ConflictView = item.data(0, ConflictRole)
        dialog = ConflictDialog(conflict, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            if dialog.choice is not None:
                keep, value = dialog.choice
                self.ctx.jobs.start(self._resolve(conflict.id, keep, value), name="resolve")

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    async def _resolve(self, conflict_id: str, keep: str, value: Any) -> None:
        if value is None:
            await self.ctx.jobs.in_thread(resolve, self.ctx.database, conflict_id, keep)
        else:
            await self.ctx.jobs.in_thread(resolve, self.ctx.database, conflict_id, keep, value)
        if self.controller is not None:
            self.controller.sync_now()
        self.reload()
