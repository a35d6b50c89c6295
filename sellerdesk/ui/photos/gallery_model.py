"""The gallery's list model: a product's photos in order, reordered by dragging.

Qt's list view moves dragged rows with `moveRows` (so the selection follows them); the model
applies the move at once, for an instant response, and announces `order_changed`, after which the
gallery saves the order in the background. Thumbnails come from the `ThumbnailProvider`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from sellerdesk.photos import PhotoView
from sellerdesk.photos.checks import ERROR, Problem
from sellerdesk.ui.photos.thumbnails import ThumbnailProvider

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
PHOTO_MIME = "application/x-sellerdesk-photo-ids"
PhotoIdRole = Qt.ItemDataRole.UserRole + 1
MainRole = Qt.ItemDataRole.UserRole + 2
SeverityRole = Qt.ItemDataRole.UserRole + 3  # "error", "warning" or None
VariantRole = Qt.ItemDataRole.UserRole + 4  # the variant's label, or None for all variants
HashRole = Qt.ItemDataRole.UserRole + 5


class PhotoListModel(QAbstractListModel):
    order_changed = Signal()

    def __init__(self, thumbnails: ThumbnailProvider, image_size: int, parent: Any = None
                 ) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.image_size = image_size
        self._photos: list[PhotoView] = []
        self._problems: dict[str, list[Problem]] = {}
        self._variant_labels: dict[str, str] = {}
        thumbnails.ready.connect(self._thumbnail_ready)

    # -- contents -------------------------------------------------------------------------

    def set_photos(self, photos: Sequence[PhotoView], variant_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._photos = list(photos)
        self._variant_labels = dict(variant_labels)
        self.endResetModel()

    def set_problems(self, problems: dict[str, list[Problem]]) -> None:
        self._problems = dict(problems)
        if self._photos:
            self.dataChanged.emit(self.index(0), self.index(len(self._photos) - 1),
                                  [SeverityRole, Qt.ItemDataRole.ToolTipRole])

    def photos(self) -> list[PhotoView]:
        return list(self._photos)

    def photo_at(self, row: int) -> PhotoView | None:
        return self._photos[row] if 0 <= row < len(self._photos) else None

    def row_of(self, photo_id: str) -> int | None:
        return next((n for n, p in enumerate(self._photos) if p.id == photo_id), None)

    def problems_of(self, content_hash: str) -> list[Problem]:
        return self._problems.get(content_hash, [])

    def _thumbnail_ready(self, content_hash: str) -> None:
        for row, photo in enumerate(self._photos):
            if photo.content_hash == content_hash:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # -- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        photo = self.photo_at(index.row()) if index.isValid() else None
        if photo is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.file_name
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.thumbnail(photo.content_hash, self.image_size)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [photo.file_name]
            if photo.is_main:
                parts.append(translate("PhotoGallery", "Main photo"))
            if photo.width and photo.height:
                parts.append(f"{photo.width} × {photo.height} px")
            if photo.variant_id in self._variant_labels:
                parts.append(self._variant_labels[photo.variant_id or ""])
            parts.extend(p.message.text(translate) for p in self.problems_of(photo.content_hash))
            return "\n".join(parts)
        if role == PhotoIdRole:
            return photo.id
        if role == HashRole:
            return photo.content_hash
        if role == MainRole:
            return photo.is_main
        if role == VariantRole:
            return self._variant_labels.get(photo.variant_id) if photo.variant_id else None
        if role == SeverityRole:
            problems = self.problems_of(photo.content_hash)
            if not problems:
                return None
            return ERROR if any(p.severity == ERROR for p in problems) else "warning"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    # -- dragging to reorder --------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PHOTO_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self._photos[i.row()].id for i in sorted(indexes, key=lambda i: i.row())
               if i.isValid()]
        data.setData(PHOTO_MIME, "\n".join(ids).encode())
        return data

    def moveRows(self, source_parent: Index, source_row: int, count: int,
                 destination_parent: Index, destination_child: int) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        last = source_row + count - 1
        if (source_row < 0 or last >= len(self._photos) or destination_child < 0
                or destination_child > len(self._photos)
                or source_row <= destination_child <= last + 1):
            return False
        if not self.beginMoveRows(QModelIndex(), source_row, last, QModelIndex(),
                                  destination_child):
            return False
        moving = self._photos[source_row : last + 1]
        del self._photos[source_row : last + 1]
        target = destination_child if destination_child < source_row else destination_child - count
        self._photos[target:target] = moving
        self.endMoveRows()
        self.order_changed.emit()
        return True

    def move_photo(self, row: int, new_row: int) -> bool:
        """Move one photo to position `new_row` (keyboard reordering and tests)."""
        destination = new_row + 1 if new_row > row else new_row
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), destination)
