"""The Sync page's "Could not read" section: marketplace items the sync set aside because they
failed to read several passes in a row (`sync.quarantine`). Listed with what they are, their
marketplace id, the reason and since when, so nothing is dropped without the owner knowing.

Reasons come from the marketplace's data and are shown literally (item views never render
markup; tool tips are escaped)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from sellerdesk.i18n import Formatter
from sellerdesk.sync.quarantine import UnreadableItem
from sellerdesk.ui.plain_text import plain, plain_tooltip
from sellerdesk.ui.sync.wording import entity_name, shorten
from sellerdesk.ui.widgets import ListOrEmpty, heading

translate = QCoreApplication.translate
ENTITY, REMOTE_ID, REASON, SINCE = range(4)


class UnreadableView(QWidget):
    """Heading, a line on what this is, and the table (or its empty state)."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = formatter
        self.title = heading(translate("SyncPage", "Could not read"), 1.1, self)
        self.explain = QLabel(translate(
            "SyncPage",
            "The marketplace sent these items in a form SellerDesk could not read. They are "
            "set aside and read again at every sync; the rest of the shop syncs as usual.",
        ), self)
        self.explain.setWordWrap(True)
        plain(self.explain)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(translate("SyncPage", "Could not read"))
        self.table.setHeaderLabels([
            translate("SyncPage", "What"), translate("SyncPage", "Marketplace id"),
            translate("SyncPage", "Reason"), translate("SyncPage", "Since"),
        ])
        self.table.setColumnWidth(ENTITY, 140)
        self.table.setColumnWidth(REMOTE_ID, 200)
        self.table.setColumnWidth(REASON, 420)
        self.listing = ListOrEmpty(self.table, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addWidget(self.listing, 1)
        self.show_items([])

    def show_items(self, items: Sequence[UnreadableItem]) -> None:
        self.table.clear()
        for item in items:
            row = QTreeWidgetItem([
                entity_name(item.entity), item.remote_id, shorten(item.reason, 300),
                self.fmt.datetime(item.first_failed_at),
            ])
            row.setToolTip(REASON, plain_tooltip(item.reason))
            row.setToolTip(SINCE, translate("SyncPage", "Failed reads: %1, the last %2")
                           .replace("%1", self.fmt.number(item.failures))
                           .replace("%2", self.fmt.datetime(item.last_failed_at)))
            self.table.addTopLevelItem(row)
        if items:
            self.listing.show_content()
        else:
            self.listing.show_empty(
                translate("SyncPage", "Everything the marketplace sent could be read"),
                translate("SyncPage", "Items it sends in a form SellerDesk cannot read would "
                                      "be listed here, so none is lost unnoticed."),
            )
