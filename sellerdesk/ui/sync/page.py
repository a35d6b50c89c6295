"""The Sync page: the changes waiting to reach the marketplace, in plain words."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.sync.outbox import PendingChange
from sellerdesk.ui.context import AppContext
from sellerdesk.ui.widgets import ListOrEmpty, heading

translate = QCoreApplication.translate


def describe(change: PendingChange) -> str:
    what = {
        ("product", "create"): translate("SyncPage", "New product"),
        ("product", "update"): translate("SyncPage", "Product changed"),
        ("product", "delete"): translate("SyncPage", "Product deleted"),
        ("product", "restore"): translate("SyncPage", "Product restored"),
        ("variant", "create"): translate("SyncPage", "New variant"),
        ("variant", "update"): translate("SyncPage", "Variant changed"),
        ("variant", "delete"): translate("SyncPage", "Variant deleted"),
        ("variant", "stock_adjust"): translate("SyncPage", "Stock moved"),
        ("variant", "stock_set"): translate("SyncPage", "Stock counted"),
    }.get((change.entity, change.operation), f"{change.entity} {change.operation}")
    return what


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = heading(translate("SyncPage", "Pending changes"), parent=self)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.sync_now = QPushButton(translate("SyncPage", "Sync now"), self)
        self.sync_now.setEnabled(False)
        self.sync_now.setToolTip(translate("SyncPage", "Connect a marketplace account first."))
        self.changes = QTreeWidget(self)
        self.changes.setRootIsDecorated(False)
        self.changes.setAccessibleName(translate("SyncPage", "Pending changes"))
        self.changes.setHeaderLabels([
            translate("SyncPage", "Change"),
            translate("SyncPage", "What"),
            translate("SyncPage", "When"),
            translate("SyncPage", "Last error"),
        ])
        self.changes.setColumnWidth(0, 180)
        self.changes.setColumnWidth(1, 320)
        self.listing = ListOrEmpty(self.changes, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addWidget(self.sync_now)
        layout.addWidget(self.listing, 1)

    def reload(self) -> asyncio.Task[None]:
        return self.ctx.jobs.start(self._load(), name="sync-page")

    async def _load(self) -> None:
        changes = await self.ctx.jobs.in_thread(self.ctx.outbox.pending)
        fmt = self.ctx.formatter
        self.explain.setText(translate(
            "SyncPage",
            "Every change is saved on this computer first. These changes will be sent to the "
            "marketplace, in order and exactly once, at the next sync.",
        ))
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
