"""The detail pane beside the product table: what the selected product looks like today, with
its description rendered safely and buttons to edit or duplicate it.

The main photo comes from the page's `ThumbnailProvider` (read in a worker, never decoded here);
photo files dropped anywhere on the pane are offered to the page (`files_dropped`), which
imports them into the product shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.catalogue.views import ProductView
from sellerdesk.i18n import LISTING_LANGUAGES as LANGUAGES
from sellerdesk.i18n import Formatter
from sellerdesk.ui import labels
from sellerdesk.ui.catalogue.safe_browser import SafeTextBrowser
from sellerdesk.ui.widgets import ListOrEmpty, heading

translate = QCoreApplication.translate


PHOTO_SIZE = 200  # logical pixels, the long side of the main photo shown


class ProductDetail(ListOrEmpty):
    files_dropped = Signal(str, list)  # product id, [Path]: photos to import into it

    def __init__(self, formatter: Formatter, language: str, parent: QWidget | None = None):
        self._fmt = formatter
        self._language = language
        self.product_id: str | None = None
        body = QWidget()
        # Scrolls rather than forcing its height on the window: the window fits small screens.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(body)
        super().__init__(scroller, parent)
        self.setMinimumWidth(280)
        layout = QVBoxLayout(body)
        self.title = heading(parent=body)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a title is never markup
        self.photo = QLabel(translate("ProductDetail", "No photo yet"), body)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setFrameShape(QFrame.Shape.StyledPanel)
        self.photo.setMinimumHeight(PHOTO_SIZE + 8)  # a square photo shows whole
        self.photo.setAccessibleName(translate("ProductDetail", "Main photo"))
        self.photo.setToolTip(translate("ProductDetail", "Drop photos here to add them"))
        self.photo.setWordWrap(True)
        self.setAcceptDrops(True)
        self.languages = QLabel(body)
        self.languages.setAccessibleName(translate("ProductDetail", "Translations"))
        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.status = QLabel(body)
        self.sync = QLabel(body)
        self.price = QLabel(body)
        self.stock = QLabel(body)
        self.category = QLabel(body)
        # Every text wraps: one long one ("Waiting to sync" in Italian) must not widen the
        # pane's contents beyond the pane, which would cut them off on the right.
        for label in (self.languages, self.status, self.sync, self.price, self.stock,
                      self.category):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        facts.addRow(translate("ProductDetail", "Status:"), self.status)
        facts.addRow(translate("ProductDetail", "Sync:"), self.sync)
        facts.addRow(translate("ProductDetail", "Price:"), self.price)
        facts.addRow(translate("ProductDetail", "Stock:"), self.stock)
        facts.addRow(translate("ProductDetail", "Category:"), self.category)
        self.variants = QTreeWidget(body)
        self.variants.setRootIsDecorated(False)
        self.variants.setHeaderLabels([
            translate("ProductDetail", "Variant"),
            translate("ProductDetail", "Price"),
            translate("ProductDetail", "Stock"),
        ])
        self.variants.setAccessibleName(translate("ProductDetail", "Variants"))
        header = self.variants.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The figures' columns keep their width; the variant names give way (eliding).
        self.variants.setMinimumWidth(0)
        self.description = SafeTextBrowser(body)
        self.description.setAccessibleName(translate("ProductDetail", "Description"))
        self.description.setMaximumHeight(140)
        self.description.setFrameShape(QFrame.Shape.NoFrame)
        self.edit_button = QPushButton(translate("ProductDetail", "Edit"), body)
        self.edit_button.setObjectName("detailEdit")
        self.duplicate_button = QPushButton(translate("ProductDetail", "Duplicate"), body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.photo)
        row = QHBoxLayout()
        row.addWidget(self.languages, 1)
        layout.addLayout(row)
        layout.addLayout(facts)
        layout.addWidget(self.description)
        layout.addWidget(self.variants, 1)
        layout.addLayout(buttons)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.product_id = None
        self.show_empty(
            translate("ProductDetail", "No product selected"),
            translate("ProductDetail", "Select a product in the list to see it here."),
        )

    def show_product(self, product: ProductView, description_html: str = "") -> None:
        """Show `product`; `description_html` must come from the catalogue's sanitiser."""
        fmt = self._fmt
        if product.id != self.product_id:
            self.show_photo(None)
        self.product_id = product.id
        self.title.setText(product.title(self._language))
        self.languages.setText("  ".join(
            f"{code.upper()} {'●' if product.texts.get(code, {}).get('title') else '○'}"
            for code in LANGUAGES
        ))
        self.languages.setToolTip(", ".join(
            labels.language_name(code) for code in LANGUAGES if product.texts.get(code)
        ))
        self.status.setText(labels.product_status(product.status))
        self.sync.setText(labels.sync_state(product.sync_state))
        prices = sorted({(v.price_minor, v.currency) for v in product.variants})
        if prices:
            low, high = prices[0], prices[-1]
            text = fmt.money(*low)
            if high != low:
                text = f"{text} – {fmt.money(*high)}"
            self.price.setText(text)
        else:
            self.price.setText("—")
        total = sum(v.stock for v in product.variants)
        self.stock.setText(self.tr("%n in stock", "", total).replace(
            str(total), fmt.number(total)))
        self.category.setText(" · ".join(p for p in (product.category, product.brand) if p))
        self.variants.clear()
        for variant in product.variants:
            options = ", ".join(variant.options.values())
            item = QTreeWidgetItem([
                options or variant.sku,
                fmt.money(variant.price_minor, variant.currency),
                fmt.number(variant.stock),
            ])
            item.setToolTip(0, variant.sku)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.variants.addTopLevelItem(item)
        self.description.setHtml(description_html)
        self.description.setVisible(bool(description_html))
        self.show_content()

    def show_photo(self, pixmap: QPixmap | None) -> None:
        """The main photo (a placeholder while it loads), or a hint when there is none."""
        if pixmap is None:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(translate("ProductDetail", "No photo yet"))
        else:
            self.photo.setText("")
            self.photo.setPixmap(pixmap)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.product_id is not None and mime is not None and mime.hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if self.product_id is None or mime is None or not mime.hasUrls():
            return
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(self.product_id, paths)
