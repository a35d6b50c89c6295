"""The product editor: one dialog for a new product or an existing one.

It edits a `ProductDraft` and hands it to the catalogue layer when the owner saves; the save is
written in the background, in one transaction, and becomes one step on the undo stack. Leaving
with unsaved changes asks first (Save / Discard / Cancel); a refused save (a SKU another product
uses) keeps the dialog open with the reason, in the owner's language, above the buttons, and
takes the owner to the field the error names (its `field`, never its wording). A product that
breaks a marketplace's limit can be saved only as a draft.

The Photos tab is the product's `PhotoGallery` (drop files on it to import them). Photo edits
are not part of the draft: each is saved at once, in its own transaction, like an import from
the command line, so Cancel does not undo them. A new product gets its gallery once saved.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.catalogue.editing import (
    ProductDraft,
    check_draft,
    create_product,
    has_changes,
    save_product,
)
from sellerdesk.catalogue.limits import Completeness, effective_limits
from sellerdesk.catalogue.lookups import Lookups
from sellerdesk.catalogue.views import ProductView
from sellerdesk.errors import SellerDeskError
from sellerdesk.i18n import LISTING_LANGUAGES
from sellerdesk.photos import PhotoLibrary
from sellerdesk.store.models import ProductStatus
from sellerdesk.ui import labels
from sellerdesk.ui.catalogue.editor.details import DetailsTab
from sellerdesk.ui.catalogue.editor.texts import TextsTab
from sellerdesk.ui.catalogue.editor.variants import VariantsTab
from sellerdesk.ui.catalogue.undo import Done, UndoController
from sellerdesk.ui.context import AppContext
from sellerdesk.ui.photos import PhotoGallery, ThumbnailProvider
from sellerdesk.ui.widgets import heading

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
TEXTS, VARIANTS, DETAILS, PHOTOS = range(4)


class ProductEditor(QDialog):
    saved = Signal(str)  # the product's id, after a save that changed something
    photos_changed = Signal(str)  # the product's id, after its gallery changed

    def __init__(self, ctx: AppContext, undo: UndoController, product: ProductView | None,
                 lookups: Lookups, parent: QWidget | None = None, *,
                 photos: PhotoLibrary | None = None,
                 thumbnails: ThumbnailProvider | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productEditor")
        self.ctx = ctx
        self.undo = undo
        self.product = product
        self.product_id = product.id if product else None
        self._saving = False
        self.prompt: QMessageBox | None = None
        currency = product.variants[0].currency if product and product.variants else "EUR"
        self.original = (ProductDraft.of(product) if product
                         else ProductDraft.empty(ctx.language if ctx.language in LISTING_LANGUAGES
                                                 else "it", currency))
        self.setWindowTitle((translate("ProductEditor", "Edit product") if product
                             else translate("ProductEditor", "New product")) + "[*]")
        limits = self.limits = effective_limits(lookups.marketplaces)

        # -- header: the title as it stands, and the status
        self.heading = heading(parent=self, scale=1.35)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # titles are never markup
        self.subheading = QLabel(self)
        self.subheading.setForegroundRole(self.subheading.foregroundRole())
        self.status = QComboBox(self)
        self.status.setAccessibleName(translate("ProductEditor", "Status"))
        for status in ProductStatus:
            self.status.addItem(labels.product_status(status), status.value)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        header.addLayout(titles, 1)
        header.addWidget(QLabel(translate("ProductEditor", "Status:"), self))
        header.addWidget(self.status)

        # -- tabs
        self.texts = TextsTab(ctx.jobs, ctx.formatter, limits, ctx.locale, self)
        self.variants = VariantsTab(ctx.formatter, self)
        self.details = DetailsTab(lookups, ctx.locale, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.texts, translate("ProductEditor", "Texts"))
        self.tabs.addTab(self.variants, translate("ProductEditor", "Variants and prices"))
        self.tabs.addTab(self.details, translate("ProductEditor", "Details"))
        self.gallery: PhotoGallery | None = None
        if photos is not None:
            self.gallery = PhotoGallery(photos, ctx.jobs, ctx.formatter, thumbnails, self)
            self.gallery.setObjectName("editorGallery")
            self.gallery.photos_changed.connect(self.photos_changed)
            self.tabs.addTab(self.gallery, translate("ProductEditor", "Photos"))
            self.tabs.setTabEnabled(PHOTOS, product is not None)
            if product is None:
                self.tabs.setTabToolTip(PHOTOS, translate(
                    "ProductEditor", "Save the new product first, then add its photos."))
            else:
                self.gallery.set_product(product.id)

        # -- messages and buttons
        self.message = QLabel(self)
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #c62828")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        # -- contents
        self.status.setCurrentIndex(self.status.findData(self.original.fields["status"]))
        self.texts.set_texts(self.original.texts, self.original.fields["main_language"])
        self.variants.set_variants(list(self.original.variants))
        self.variants.base_sku_hint = self._sku_hint
        self.details.set_fields(self.original.fields)
        self.details.main_language_changed.connect(self.texts.set_main_language)
        for tab in (self.texts, self.variants, self.details):
            tab.changed.connect(self._changed)
        self.status.currentIndexChanged.connect(lambda _i: self._changed())
        self.variants.problem.connect(self.show_problem)
        self._changed()
        self._restore_geometry()
        self.texts.page(self.original.fields["main_language"]).title.setFocus()

    # -- the draft -------------------------------------------------------------------------

    def draft(self) -> ProductDraft:
        fields = dict(self.original.fields)
        fields.update(self.details.fields())
        fields["status"] = self.status.currentData()
        return ProductDraft(fields=fields, texts=self.texts.texts(),
                            variants=tuple(self.variants.variants()))

    def is_dirty(self) -> bool:
        return has_changes(self.original, self.draft())

    def _sku_hint(self) -> str:
        title = self.draft().title(self.texts.main_language)
        return "-".join(word[:4] for word in title.split()[:2]) if title else ""

    def _changed(self) -> None:
        draft = self.draft()
        main = draft.fields.get("main_language") or "it"
        self.heading.setText(draft.title(main) or (
            translate("ProductEditor", "New product") if self.product is None
            else translate("ProductEditor", "Untitled product")))
        states = self.texts.completeness()
        done = sum(1 for state in states.values() if state == Completeness.COMPLETE)
        count = len(draft.variants)
        self.subheading.setText(
            self.tr("%n variant(s)", "", count) + " · "
            + translate("ProductEditor", "%1 of %2 languages complete")
            .replace("%1", str(done)).replace("%2", str(len(states))))
        self.tabs.setTabText(VARIANTS, translate("ProductEditor", "Variants and prices (%1)")
                             .replace("%1", str(count)))
        dirty = has_changes(self.original, draft)
        self.save_button.setEnabled(dirty and not self._saving)
        self.setWindowModified(dirty)
        if self.message.isVisible() and self._acceptable(draft):
            self.show_problem("")  # fixed: the refusal no longer stands

    def _acceptable(self, draft: ProductDraft) -> bool:
        try:
            check_draft(draft, self.limits)
        except SellerDeskError:
            return False
        return True

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or not self.save_button.isEnabled():
            return
        draft = self.draft()
        try:
            check_draft(draft, self.limits)
        except SellerDeskError as error:
            self._refused(error)
            return
        self.show_problem("")
        self._saving = True
        self.save_button.setEnabled(False)
        self.ctx.jobs.start(self._save(draft), name=f"editor-save-{id(self)}")

    async def _save(self, draft: ProductDraft) -> None:
        catalogue, limits = self.ctx.catalogue, self.limits
        main = draft.fields.get("main_language") or "it"
        title = draft.title(main)
        try:
            if self.product_id is None:
                def create(group: str) -> Done:
                    product_id = create_product(catalogue, draft, group_id=group,
                                                limits=limits)
                    return Done([product_id], value=product_id)

                done = await self.undo.perform(
                    translate("ProductEditor", "New product “%1”").replace("%1", title), create)
                self.product_id = done.value
            else:
                product_id = self.product_id
                original = self.original

                def update(group: str) -> Done:
                    changed = save_product(catalogue, product_id, original, draft,
                                           group_id=group, limits=limits)
                    return Done([product_id], changed=changed)

                done = await self.undo.perform(
                    translate("ProductEditor", "Edit “%1”").replace("%1", title), update)
        except SellerDeskError as error:
            self._saving = False
            self._changed()
            self._refused(error)
            return
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("saving a product failed")
            self._saving = False
            self._changed()
            self.show_problem(translate("ProductEditor", "The product could not be saved because "
                                                         "of an unexpected error. Nothing was "
                                                         "changed; the details are in the log."))
            return
        self._saving = False
        self.original = replace(draft)
        if self.product_id is not None:
            self.saved.emit(self.product_id)
        self.done(QDialog.DialogCode.Accepted)

    def _refused(self, error: SellerDeskError) -> None:
        """Show why in the owner's language and take them to the field it names."""
        self.show_problem(error.text(translate))
        self.point_at(error.field)

    def point_at(self, field: str | None) -> None:
        """Select the tab, language page or grid cell of a dotted field (`variants.2.sku`)."""
        if not field:
            return
        parts = field.split(".")
        if parts[0] == "texts" and len(parts) == 3:
            self.tabs.setCurrentIndex(TEXTS)
            if parts[1] in self.texts.pages:
                page = self.texts.page(parts[1])
                self.texts.tabs.setCurrentWidget(page)
                (page.description if parts[2] == "description" else page.title).setFocus()
        elif parts[0] in ("variants", "sku", "price", "stock", "currency", "options"):
            self.tabs.setCurrentIndex(VARIANTS)
            if len(parts) == 3 and parts[1].isdigit():
                model = self.variants.model
                column = {"price": model.price_column, "stock": model.stock_column}.get(
                    parts[2], model.sku_column)
                self.variants.grid.setCurrentIndex(model.index(int(parts[1]), column))
                self.variants.grid.setFocus()
        elif parts[0] == "status":
            self.status.setFocus()
        else:  # main language, tags, category, brand, weight and dimensions
            self.tabs.setCurrentIndex(DETAILS)

    # -- leaving ---------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: ask first if something would be lost."""
        if self._saving:
            return
        if not self.is_dirty():
            self._save_geometry()
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("ProductEditor", "Unsaved changes"),
                          translate("ProductEditor", "Save the changes to “%1”?").replace(
                              "%1", self.heading.text()),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(translate("ProductEditor", "If you don't save, your changes "
                                                          "will be lost."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.finished.connect(lambda _r: self._prompt_answered(box))
        self.prompt = box
        box.open()

    def _prompt_answered(self, box: QMessageBox) -> None:
        self.prompt = None
        clicked = box.standardButton(box.clickedButton()) if box.clickedButton() else None
        if clicked == QMessageBox.StandardButton.Save:
            self.save()
        elif clicked == QMessageBox.StandardButton.Discard:
            self._save_geometry()
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()

    def done(self, result: int) -> None:
        self._save_geometry()
        super().done(result)

    # -- geometry --------------------------------------------------------------------------

    def _settings(self) -> QSettings:
        return QSettings(str(self.ctx.data.ui_state), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._settings().value("editor/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(980, 700)

    def _save_geometry(self) -> None:
        settings = self._settings()
        settings.setValue("editor/geometry", self.saveGeometry())
        settings.sync()

