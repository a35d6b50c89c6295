"""Thumbnails for views, loaded off the UI thread and cached: a placeholder until they arrive.

    provider = ThumbnailProvider(library, ctx.jobs, parent=window)
    pixmap = provider.thumbnail(content_hash, 128)        # a photo, 128 px logical
    icon = provider.product_thumbnail(product_id, 32)     # a product's main photo, or None
    provider.ready.connect(...)          # (content_hash): a thumbnail of it is now cached
    provider.product_ready.connect(...)  # (product_id): its main photo thumbnail is cached,
                                         # or it turned out to have no photo
    provider.invalidate_product(product_id)   # after its gallery changed

Both getters return at once and never touch the disk on the calling (UI) thread. Requests made
while a view paints are gathered and handled in one background batch on the next turn of the
event loop: one SQL query for products' main photos, then the small stored thumbnails (256 or
1024 px JPEGs, made on import) are read and scaled into `QImage`s in a worker thread. Only the
cheap `QImage` → `QPixmap` step runs on the UI thread. A missing thumbnail is made from the photo
in the worker; a full-size photo is never decoded on the UI thread.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette, QPen, QPixmap

from sellerdesk.photos import PhotoLibrary
from sellerdesk.ui.jobs import Jobs

log = logging.getLogger(__name__)
Key = tuple[str, int]  # (content hash, device pixels)
STORED = (256, 1024)
BATCH = 24


@dataclass
class _Batch:
    keys: list[Key] = field(default_factory=list)
    products: list[tuple[str, int]] = field(default_factory=list)  # (product id, px)


@dataclass
class _Loaded:
    images: dict[Key, QImage | None] = field(default_factory=dict)
    mains: dict[str, str | None] = field(default_factory=dict)


class ThumbnailProvider(QObject):
    ready = Signal(str)
    product_ready = Signal(str)

    def __init__(self, library: PhotoLibrary, jobs: Jobs, parent: QObject | None = None, *,
                 capacity: int = 800) -> None:
        super().__init__(parent)
        self.library = library
        self.jobs = jobs
        self.capacity = capacity
        self._cache: OrderedDict[Key, QPixmap | None] = OrderedDict()  # None: cannot be shown
        self._mains: dict[str, str | None] = {}
        self._products_of: dict[str, set[str]] = {}  # content hash -> products it is main of
        self._wanted: _Batch = _Batch()
        self._queued: set[Key] = set()
        self._queued_products: set[str] = set()
        self._busy = False
        self._placeholders: dict[int, QPixmap] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._flush)

    # -- asking ---------------------------------------------------------------------------

    @staticmethod
    def ratio() -> float:
        screen = QGuiApplication.primaryScreen()
        return screen.devicePixelRatio() if screen is not None else 1.0

    def thumbnail(self, content_hash: str, size: int = 256) -> QPixmap:
        """The photo at `size` logical pixels (long side), or a placeholder while it loads."""
        found = self.cached(content_hash, size)
        if found is not None:
            return found
        key = (content_hash, round(size * self.ratio()))
        if key not in self._cache:
            self._request(key)
        return self.placeholder(size)

    def cached(self, content_hash: str, size: int) -> QPixmap | None:
        key = (content_hash, round(size * self.ratio()))
        pixmap = self._cache.get(key)
        if pixmap is not None:
            self._cache.move_to_end(key)
        return pixmap

    def product_thumbnail(self, product_id: str, size: int = 32) -> QPixmap | None:
        """The product's main photo, a placeholder while unknown, None if it has no photo."""
        if product_id in self._mains:
            content_hash = self._mains[product_id]
            return None if content_hash is None else self.thumbnail(content_hash, size)
        if product_id not in self._queued_products:
            self._queued_products.add(product_id)
            self._wanted.products.append((product_id, round(size * self.ratio())))
            self._timer.start()
        return self.placeholder(size)

    def invalidate_product(self, product_id: str) -> None:
        """Its main photo may have changed: ask again next time."""
        content_hash = self._mains.pop(product_id, None)
        if content_hash is not None:
            self._products_of.get(content_hash, set()).discard(product_id)

    def forget(self, content_hash: str) -> None:
        for key in [k for k in self._cache if k[0] == content_hash]:
            del self._cache[key]

    def placeholder(self, size: int) -> QPixmap:
        """A quiet rounded tile in the palette's colours (so it suits dark mode too)."""
        if size not in self._placeholders:
            ratio = self.ratio()
            pixmap = QPixmap(round(size * ratio), round(size * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            palette = QGuiApplication.palette()
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            border = QColor(palette.color(QPalette.ColorRole.Mid))
            painter.setPen(QPen(border, 1))
            painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 12, size / 12)
            painter.end()
            self._placeholders[size] = pixmap
        return self._placeholders[size]

    # -- loading --------------------------------------------------------------------------

    def _request(self, key: Key) -> None:
        if key in self._queued:
            return
        self._queued.add(key)
        self._wanted.keys.append(key)
        self._timer.start()

    def _flush(self) -> None:
        if self._busy or not (self._wanted.keys or self._wanted.products):
            return
        batch = _Batch(self._wanted.keys[:BATCH], self._wanted.products[:BATCH * 4])
        self._wanted = _Batch(self._wanted.keys[BATCH:], self._wanted.products[BATCH * 4:])
        self._busy = True
        try:
            self.jobs.start(self._load(batch))
        except RuntimeError:  # jobs shut down: the window is closing
            self._busy = False

    async def _load(self, batch: _Batch) -> None:
        try:
            loaded = await self.jobs.in_thread(self._work, batch)
        except Exception:
            log.exception("thumbnails failed to load")
            loaded = _Loaded({key: None for key in batch.keys})
        finally:
            self._busy = False
        ratio = self.ratio()
        for key, image in loaded.images.items():
            self._queued.discard(key)
            pixmap = None
            if image is not None:
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(ratio)
            self._cache[key] = pixmap
            self._cache.move_to_end(key)
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)
        for product_id, content_hash in loaded.mains.items():
            self._queued_products.discard(product_id)
            self._mains[product_id] = content_hash
            if content_hash is not None:
                self._products_of.setdefault(content_hash, set()).add(product_id)
        updated = set(loaded.mains)
        for content_hash in dict.fromkeys(key[0] for key in loaded.images):
            self.ready.emit(content_hash)
            updated |= self._products_of.get(content_hash, set())
        for product_id in updated:
            self.product_ready.emit(product_id)
        if self._wanted.keys or self._wanted.products:
            self._timer.start()

    def _work(self, batch: _Batch) -> _Loaded:
        """In a worker thread: products' main photos, then the thumbnails as scaled QImages."""
        loaded = _Loaded()
        if batch.products:
            mains = self.library.main_photos([product_id for product_id, _ in batch.products])
            for product_id, pixels in batch.products:
                content_hash = mains.get(product_id)
                loaded.mains[product_id] = content_hash
                if content_hash is not None:
                    batch.keys.append((content_hash, pixels))
        for key in dict.fromkeys(batch.keys):
            loaded.images[key] = self._image(*key)
        return loaded

    def _image(self, content_hash: str, pixels: int) -> QImage | None:
        stored = next((s for s in STORED if s >= pixels), STORED[-1])
        for remake in (False, True):  # a torn cache file (power cut) is made again once
            try:
                path = self.library.thumbnail(content_hash, stored, remake=remake)
            except Exception:
                log.warning("no thumbnail for %s", content_hash, exc_info=True)
                return None
            image = QImage(str(path))
            if not image.isNull():
                if max(image.width(), image.height()) > pixels:
                    image = image.scaled(pixels, pixels, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)
                return image
        return None
