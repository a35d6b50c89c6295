"""A product's photo gallery: thumbnails, drag to reorder, main photo, removal, variants,
a large preview with the marketplace's checks, and import by dialog or drag and drop.

    gallery = PhotoGallery(library, ctx.jobs, ctx.formatter, thumbnails, parent)
    gallery.set_product(product_id)              # loads in the background
    gallery.photos_changed.connect(on_changed)   # (product_id) after any change it made
    gallery.import_paths([Path(...)])            # what a drop or "Add photos…" does

All reading and writing happens in worker threads; writes go one after another (a quick second
reorder never lands before the first) and each one reloads the gallery from the store, so what
the owner sees is what was saved.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.errors import SellerDeskError
from sellerdesk.i18n import Formatter
from sellerdesk.photos import PhotoLibrary, PhotoRefused, PhotoView, Problem, VariantChoice, checks
from sellerdesk.photos.images import Facts
from sellerdesk.photos.planning import PHOTO_SUFFIXES
from sellerdesk.ui.jobs import Jobs
from sellerdesk.ui.photos import messages
from sellerdesk.ui.photos.gallery_model import PhotoListModel
from sellerdesk.ui.photos.import_progress import ImportProgress
from sellerdesk.ui.photos.preview import PhotoPreview
from sellerdesk.ui.photos.strip import PhotoStrip
from sellerdesk.ui.photos.thumbnails import ThumbnailProvider
from sellerdesk.ui.widgets import ListOrEmpty, heading

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
TILE = 144


def _unexpected() -> str:
    return translate("PhotoGallery", "Something went wrong; the details are in the log file.")


@dataclass
class _Loaded:
    title: str = ""
    photos: list[PhotoView] = field(default_factory=list)
    variants: list[VariantChoice] = field(default_factory=list)
    facts: dict[str, Facts] = field(default_factory=dict)
    problems: dict[str, list[Problem]] = field(default_factory=dict)


class PhotoGallery(QWidget):
    photos_changed = Signal(str)  # product id
    loaded = Signal()  # after every (re)load, for tests and for callers that wait

    def __init__(self, library: PhotoLibrary, jobs: Jobs, formatter: Formatter | None = None,
                 thumbnails: ThumbnailProvider | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.jobs = jobs
        self.formatter = formatter
        self.thumbnails = thumbnails or ThumbnailProvider(library, jobs, self)
        self.product_id: str | None = None
        self._data = _Loaded()
        self._write_lock: asyncio.Lock | None = None
        self.setAcceptDrops(True)  # drops on the empty state land here

        # -- header
        self.title = heading(scale=1.15, parent=self)
        self.count = QLabel(self)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(translate("PhotoGallery", "Show photos for"))
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.add_button = QPushButton(translate("PhotoGallery", "Add photos…"), self)
        self.add_button.clicked.connect(self.choose_files)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.count)
        header.addSpacing(12)
        header.addWidget(self.filter)
        header.addWidget(self.add_button)

        # -- strip and preview
        self.model = PhotoListModel(self.thumbnails, TILE, self)
        self.model.order_changed.connect(self._order_changed)
        self.strip = PhotoStrip(TILE, self)
        self.strip.setModel(self.model)
        self.strip.files_dropped.connect(self.import_paths)
        self.strip.selectionModel().currentChanged.connect(self._current_changed)
        self.listing = ListOrEmpty(self.strip, self)
        self.preview = PhotoPreview(self.thumbnails, formatter, self)
        self.preview.fix_requested.connect(self.fix)
        self.preview.set_main_requested.connect(self.set_main)
        self.preview.remove_requested.connect(lambda photo_id: self.remove([photo_id]))
        self.preview.variant_chosen.connect(self.assign_variant)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("photoGallerySplitter")
        self.splitter.addWidget(self.listing)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)

        # -- progress and the last outcome
        self.progress = ImportProgress(library, jobs, formatter, self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self._add_actions()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(0)
        self._save_timer.timeout.connect(self._save_order)
        self._show_empty()

    def _add_actions(self) -> None:
        self.strip.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        def action(text: str, shortcut: QKeySequence | None, slot: Callable[[], Any]) -> QAction:
            found = QAction(text, self.strip)
            if shortcut is not None:
                found.setShortcut(shortcut)
                found.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            found.triggered.connect(slot)
            self.strip.addAction(found)
            return found

        self.main_action = action(translate("PhotoGallery", "Set as main photo"), None,
                                  self._main_selected)
        self.earlier_action = action(translate("PhotoGallery", "Move earlier"),
                                     QKeySequence("Ctrl+Left"), lambda: self._move_selected(-1))
        self.later_action = action(translate("PhotoGallery", "Move later"),
                                   QKeySequence("Ctrl+Right"), lambda: self._move_selected(1))
        self.remove_action = action(translate("PhotoGallery", "Remove"),
                                    QKeySequence(QKeySequence.StandardKey.Delete),
                                    self._remove_selected)

    # -- loading --------------------------------------------------------------------------

    def set_product(self, product_id: str | None) -> asyncio.Task[None] | None:
        """Show this product's photos (None: nothing); loads in the background."""
        if product_id != self.product_id:
            self.status.clear()
            self.filter.blockSignals(True)
            self.filter.clear()
            self.filter.blockSignals(False)
        self.product_id = product_id
        if product_id is None:
            self._data = _Loaded()
            self.model.set_photos([], {})
            self._show_empty()
            return None
        return self.reload()

    def reload(self) -> asyncio.Task[None]:
        return self.jobs.start(self._load(), name=f"photo-gallery-{id(self)}")

    async def _load(self) -> None:
        product_id = self.product_id
        if product_id is None:
            return
        data = await self.jobs.in_thread(self._read, product_id)
        if product_id != self.product_id:
            return
        self._data = data
        self.title.setText(data.title)
        self._fill_filter()
        self._apply_filter()
        self.loaded.emit()

    def _read(self, product_id: str) -> _Loaded:
        data = _Loaded(title=self.library.product_title(product_id),
                       photos=self.library.photos(product_id),
                       variants=self.library.variants(product_id))
        for content_hash in {p.content_hash for p in data.photos}:
            try:
                facts = self.library.facts(content_hash)
            except PhotoRefused:  # the file went missing: shown without facts
                continue
            data.facts[content_hash] = facts
            data.problems[content_hash] = checks.check(facts, self.library.rules)
        return data

    def _fill_filter(self) -> None:
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(translate("PhotoGallery", "All photos"), None)
        if len(self._data.variants) > 1:
            for choice in self._data.variants:
                self.filter.addItem(choice.label, choice.id)
        self.filter.setCurrentIndex(max(0, self.filter.findData(current)) if current else 0)
        self.filter.setVisible(len(self._data.variants) > 1)
        self.filter.blockSignals(False)

    @property
    def variant_filter(self) -> str | None:
        return self.filter.currentData()

    def _apply_filter(self) -> None:
        wanted = self.variant_filter
        shown = [p for p in self._data.photos
                 if wanted is None or p.variant_id in (None, wanted)]
        selected = self.selected_ids()
        labels = {v.id: v.label for v in self._data.variants} if len(self._data.variants) > 1 \
            else {}
        self.model.set_photos(shown, labels)
        self.model.set_problems(self._data.problems)
        self.count.setText(self.tr("%n photo(s)", "", len(self._data.photos)))
        if shown:
            self.listing.show_content()
            rows = [r for r in (self.model.row_of(i) for i in selected) if r is not None]
            self.strip.setCurrentIndex(self.model.index(rows[0] if rows else 0))
        else:
            self._show_empty()
            self.preview.show_photo(None)

    def _show_empty(self) -> None:
        if self.product_id is None:
            self.listing.show_empty(translate("PhotoGallery", "No product selected"), "")
        else:
            self.listing.show_empty(
                translate("PhotoGallery", "No photos yet"),
                translate("PhotoGallery", "Drop photos or folders here, or click “Add photos…”."
                          " Photos of 800 pixels or more on the short side, up to 3 MB, suit "
                          "the marketplace best."))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        photo = self.model.photo_at(current.row()) if current.isValid() else None
        self.preview.show_photo(photo, self._data.variants)
        if photo is not None:
            self.preview.show_facts(self._data.facts.get(photo.content_hash),
                                    self._data.problems.get(photo.content_hash, []))

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.strip.selectionModel().selectedIndexes())
        return [p.id for p in (self.model.photo_at(r) for r in rows) if p is not None]

    # -- changes --------------------------------------------------------------------------

    def _write(self, work: Callable[[], Any], done: str | None = None) -> asyncio.Task[None]:
        """Run a write in a worker thread, after any earlier one, then reload; `done` is shown
        when it succeeds, the error's message when it fails."""

        async def run() -> None:
            if self._write_lock is None:
                self._write_lock = asyncio.Lock()
            product_id = self.product_id
            async with self._write_lock:
                try:
                    await self.jobs.in_thread(work)
                except PhotoRefused as exc:
                    self.status.setText(messages.text(exc.message, self.formatter))
                except SellerDeskError as exc:
                    self.status.setText(exc.text(translate))
                except Exception:  # a bug: the owner gets a sentence, the log the traceback
                    log.exception("photo gallery change failed")
                    self.status.setText(_unexpected())
                else:
                    if done is not None:
                        self.status.setText(done)
                if product_id is not None:
                    self.thumbnails.invalidate_product(product_id)
                    self.photos_changed.emit(product_id)
                if product_id == self.product_id:
                    await self._load()

        return self.jobs.start(run())

    def _order_changed(self) -> None:
        self._save_timer.start()

    def _save_order(self) -> None:
        if self.product_id is None:
            return
        product_id, ids = self.product_id, [p.id for p in self.model.photos()]
        self._write(lambda: self.library.reorder(product_id, ids))

    def set_main(self, photo_id: str) -> asyncio.Task[None]:
        return self._write(lambda: self.library.set_main(photo_id))

    def remove(self, photo_ids: list[str]) -> asyncio.Task[None] | None:
        if not photo_ids:
            return None
        ids = list(photo_ids)
        return self._write(lambda: self.library.remove(ids),
                           self.tr("%n photo(s) removed.", "", len(ids)))

    def assign_variant(self, photo_id: str, variant_id: str | None) -> asyncio.Task[None]:
        return self._write(lambda: self.library.assign_variant([photo_id], variant_id))

    def fix(self, photo_id: str, fix: str) -> asyncio.Task[None]:
        self.status.setText(translate("PhotoGallery", "Fixing the photo…"))
        return self._write(lambda: self.library.fix(photo_id, fix),
                           translate("PhotoGallery", "Photo fixed; the original is kept."))

    def _main_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.set_main(ids[0])

    def _remove_selected(self) -> None:
        self.remove(self.selected_ids())

    def _move_selected(self, step: int) -> None:
        current = self.strip.currentIndex()
        if not current.isValid():
            return
        row, new_row = current.row(), current.row() + step
        if 0 <= new_row < self.model.rowCount() and self.model.move_photo(row, new_row):
            self.strip.setCurrentIndex(self.model.index(new_row))

    # -- importing ------------------------------------------------------------------------

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(PHOTO_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            self, translate("PhotoGallery", "Add photos"), "",
            translate("PhotoGallery", "Photos (%1)").replace("%1", patterns) + ";;"
            + translate("PhotoGallery", "All files (*)"))
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> asyncio.Task[None] | None:
        """Import files and folders into this product (or the variant shown)."""
        if self.product_id is None or not paths or self.progress.running:
            return None
        return self.jobs.start(self._import(self.product_id, self.variant_filter, paths))

    async def _import(self, product_id: str, variant_id: str | None, paths: list[Path]
                      ) -> None:
        self.status.clear()
        try:
            plan = await self.jobs.in_thread(
                lambda: self.library.plan(paths, product_id=product_id, variant_id=variant_id))
        except SellerDeskError as exc:
            self.status.setText(exc.text(translate))
            return
        self.add_button.setEnabled(False)
        try:
            report = await self.progress.start(plan)
        except Exception:
            log.exception("photo import failed")
            self.status.setText(_unexpected())
            return
        finally:
            self.add_button.setEnabled(True)
        if report is None:
            return
        self.status.setText(self.progress.summary(report))
        self.status.setToolTip(self.progress.details(report))
        self.thumbnails.invalidate_product(product_id)
        self.photos_changed.emit(product_id)
        if product_id == self.product_id:
            await self._load()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.product_id is not None and mime is not None and mime.hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.import_paths(paths)
