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
from sellerdesk.sync.quarantine import unreadable
from sellerdesk.ui.context import AppContext
from sellerdesk.ui.plain_text import plain, plain_tooltip
from sellerdesk.ui.sync.conflict_dialog import ConflictDialog, field_name, show_value
from sellerdesk.ui.sync.connect_dialog import ConnectDialog
from sellerdesk.ui.sync.setup import first_account
from sellerdesk.ui.sync.unreadable_view import UnreadableView
from sellerdesk.ui.sync.wording import failure, no_account, shorten
from sellerdesk.ui.theme import Tone, tint
from sellerdesk.ui.widgets import ListOrEmpty, heading

translate = QCoreApplication.translate
ConflictRole = Qt.ItemDataRole.UserRole + 1
WHEN_WIDTH = 150  # pixels at least; more when the dates need it


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
    """Never claims more than it knows: no account, a failed pass (its kind and message, until
    a pass succeeds), a pass taking long are all said in words; "Sync now" always comes back."""

    account_connected = Signal(str)  # an account was connected (or logged in again)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller: Any = None
        self.connect_dialog: ConnectDialog | None = None
        self._overdue = False
        self.status: SyncStatus | None = None  # the last one shown
        self._no_account = False  # the window found no account to sync with
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        self._build_problem(layout)
        self._build_conflicts(layout)
        self._build_changes(layout)
        self.unreadable = UnreadableView(ctx.formatter, self)
        layout.addWidget(self.unreadable, 1)
        self._show_conflicts([])

    # -- building ---------------------------------------------------------------------------

    def _build_top(self) -> QHBoxLayout:
        self.account = QLabel(no_account(), self)
        plain(self.account)
        self.account.setWordWrap(True)
        self.connect_button = QPushButton(translate("SyncPage", "Connect account…"), self)
        self.connect_button.clicked.connect(self.open_connect)
        self.sync_now = QPushButton(translate("SyncPage", "Sync now"), self)
        self.sync_now.setEnabled(False)
        self.sync_now.setToolTip(translate("SyncPage", "Connect a marketplace account first."))
        self.sync_now.clicked.connect(self._sync_now)
        top = QHBoxLayout()
        top.addWidget(self.account, 1)
        top.addWidget(self.connect_button)
        top.addWidget(self.sync_now)
        return top

    def _build_problem(self, layout: QVBoxLayout) -> None:
        """"Last error": the failed pass in words, kept until a pass succeeds; and a quiet
        note when a pass runs past its time budget."""
        self.problem_title = heading(translate("SyncPage", "Last error"), 1.0, self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setAccessibleName(translate("SyncPage", "Last error"))
        self.reassure = QLabel(translate(
            "SyncPage", "Your changes are kept on this computer and will be sent at the next "
                        "sync."), self)
        self.reassure.setWordWrap(True)
        self.notice = QLabel(translate(
            "SyncPage", "This sync is taking longer than usual. It goes on in the background; "
                        "you can keep working or ask again."), self)
        self.notice.setWordWrap(True)
        tint(self.notice, Tone.WARNING)
        plain(self.problem, self.reassure, self.notice)
        for widget in (self.problem_title, self.problem, self.reassure, self.notice):
            widget.hide()
            layout.addWidget(widget)

    def _build_conflicts(self, layout: QVBoxLayout) -> None:
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
        layout.addWidget(self.conflicts_title)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.resolve_button)

    def _build_changes(self, layout: QVBoxLayout) -> None:
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
        self.changes.setColumnWidth(2, WHEN_WIDTH)
        self.listing = ListOrEmpty(self.changes, self)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addWidget(self.listing, 2)

    # -- the sync's state -------------------------------------------------------------------

    def attach(self, controller: Any) -> None:
        self.controller = controller
        self.sync_now.setToolTip("")
        controller.status_changed.connect(self.show_status)
        controller.overdue.connect(self._pass_overdue)
        self.show_status(controller.status)

    def show_no_account(self) -> None:
        self._no_account = True
        self.account.setText(no_account())
        self.sync_now.setEnabled(False)
        self.reload()

    def show_status(self, status: SyncStatus) -> None:
        self.status, self._no_account = status, False
        name = self.controller.account_name if self.controller else ""
        self.account.setText(translate("SyncPage", "Connected account: %1").replace("%1", name)
                             if status.connected else no_account())
        if not status.running:
            self._overdue = False
            self.notice.hide()
        self._show_running(status.running and not self._overdue, status.connected)
        # Once connected, the button only comes back when the marketplace wants a new login.
        self.connect_button.setText(translate("SyncPage", "Log in again…") if status.connected
                                    else translate("SyncPage", "Connect account…"))
        self.connect_button.setVisible(status.needs_login or not status.connected)
        words = failure(status)
        self.problem.setText(words or "")
        tint(self.problem, Tone.QUIET if status.online is False else Tone.ERROR)  # offline: calm
        for widget in (self.problem_title, self.problem, self.reassure):
            widget.setVisible(words is not None)
        if not status.running:
            self.reload()

    def _show_running(self, running: bool, connected: bool = True) -> None:
        """"Syncing…" on a button that waits, "Sync now" on one that can be pressed."""
        self.sync_now.setEnabled(connected and not running)
        self.sync_now.setText(translate("SyncPage", "Syncing…") if running
                              else translate("SyncPage", "Sync now"))

    def _pass_overdue(self) -> None:
        """No end of the pass within its budget: say so, and let the owner ask again."""
        self._overdue = True
        self.notice.show()
        self._show_running(False)

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
            self._overdue = False
            self.notice.hide()
            self._show_running(True)  # until the pass ends, fails, or runs past its budget
            self.controller.sync_now()

    def reload(self) -> asyncio.Task[None]:
        return self.ctx.jobs.start(self._load(), name="sync-page")

    async def _load(self) -> None:
        changes = await self.ctx.jobs.in_thread(self.ctx.outbox.pending)
        conflicts = await self.ctx.jobs.in_thread(open_conflicts, self.ctx.database)
        items = await self.ctx.jobs.in_thread(unreadable, self.ctx.database)
        fmt = self.ctx.formatter
        self.changes.clear()
        for change in changes:
            row = QTreeWidgetItem([
                describe(change), change.summary, fmt.datetime(change.created_at),
                shorten(change.last_error or "", 300),
            ])
            row.setToolTip(3, plain_tooltip(change.last_error or ""))
            self.changes.addTopLevelItem(row)
        if changes:  # whole dates in "When", at any font size: never "08/12/2…"
            self.changes.setColumnWidth(2, max(WHEN_WIDTH, self.changes.sizeHintForColumn(2)))
            self.listing.show_content()
        else:
            self.listing.show_empty(*self._nothing_waiting())
        self._show_conflicts(conflicts)
        self.unreadable.show_items(items)

    def _nothing_waiting(self) -> tuple[str, str]:
        """The empty list's words: "on the marketplace" only when a pass said so."""
        status, nothing = self.status, translate("SyncPage", "No changes waiting")
        if self._no_account or (status is not None and not status.connected):
            return nothing, no_account()
        body = translate("SyncPage", "Nothing is waiting to be sent.")
        if status is None or status.last_error or status.last_success is None:
            return nothing, body  # not "on the marketplace" while no pass has said so
        return translate("SyncPage", "All changes are on the marketplace"), body

    def _show_conflicts(self, conflicts: list[ConflictView]) -> None:
        self.conflicts.clear()
        fmt = self.ctx.formatter
        for conflict in conflicts:
            item = QTreeWidgetItem([conflict.label, field_name(conflict.field, fmt),
                                    shorten(show_value(conflict, conflict.mine, fmt), 80),
                                    shorten(show_value(conflict, conflict.theirs, fmt), 80)])
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
        dialog = ConflictDialog(conflict, self, self.ctx.formatter)
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
