"""Product photos for the order pages: thumbnails read off the UI thread, and a quiet
placeholder for products without a photo yet.

Photos live in the shop's content-addressed store (`sellerdesk.photos`); here a content hash
becomes a small QImage, from the 256 px thumbnail when one was made, else from the original
(decoded at a reduced size, never in full). QImage, unlike QPixmap, may be made in any thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPainterPath, QPen, QPixmap

THUMB_SIZE = 256
BACKGROUND = QColor("#ececee")
GLYPH = QColor("#b4b6ba")


class PhotoFiles:
    """Finds a photo's thumbnail or original in the shop's photo folder (blocking)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, content_hash: str) -> Path | None:
        try:
            from sellerdesk.photos.storage import ContentStore, check_hash
        except ImportError:  # a build without the photo library: placeholders everywhere
            return None
        try:
            check_hash(content_hash)
        except ValueError:
            return None
        store = ContentStore(self.folder)
        thumb = store.thumb_path(content_hash, THUMB_SIZE)
        return thumb if thumb.exists() else store.find(content_hash)

    def image(self, content_hash: str, size: int = THUMB_SIZE) -> QImage | None:
        path = self._path(content_hash)
        if path is None:
            return None
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        original = reader.size()
        if original.isValid() and max(original.width(), original.height()) > size:
            reader.setScaledSize(original.scaled(QSize(size, size),
                                                 Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        return None if image.isNull() else image

    def images(self, hashes: Iterable[str | None]) -> dict[str, QImage]:
        found: dict[str, QImage] = {}
        for content_hash in {h for h in hashes if h}:
            image = self.image(content_hash)
            if image is not None:
                found[content_hash] = image
        return found


def placeholder_pixmap(size: int, ratio: float = 1.0) -> QPixmap:
    """A light tile with a small picture glyph: "no photo yet", without shouting."""
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    tile = QPainterPath()
    tile.addRoundedRect(QRectF(0, 0, size, size), 6, 6)
    painter.fillPath(tile, BACKGROUND)
    glyph = QRectF(size * 0.3, size * 0.32, size * 0.4, size * 0.34)
    painter.setPen(QPen(GLYPH, 1.5))
    painter.drawRoundedRect(glyph, 2, 2)
    hill = QPainterPath()
    hill.moveTo(glyph.left(), glyph.bottom())
    hill.lineTo(glyph.left() + glyph.width() * 0.4, glyph.top() + glyph.height() * 0.45)
    hill.lineTo(glyph.left() + glyph.width() * 0.65, glyph.top() + glyph.height() * 0.7)
    hill.lineTo(glyph.right(), glyph.top() + glyph.height() * 0.5)
    painter.drawPath(hill)
    painter.end()
    return pixmap
