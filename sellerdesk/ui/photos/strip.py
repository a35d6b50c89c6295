"""The gallery's photo strip: a wrapping grid of tiles that accepts photos dropped on it.

Tiles are painted by `PhotoDelegate`: the thumbnail centred in a square, the name below, a
"Main" badge, a warning dot when the photo breaks a marketplace rule, and the variant it is for.
Files and folders dropped from the desktop are handed on through `files_dropped`; tiles dragged
within the strip reorder the gallery (the model moves rows).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sellerdesk.photos.checks import ERROR
from sellerdesk.ui.photos.gallery_model import MainRole, SeverityRole, VariantRole

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
SEVERITY_COLOURS = {ERROR: "#c62828", "warning": "#ef6c00"}
MAIN_COLOUR = "#2e7d32"


class PhotoDelegate(QStyledItemDelegate):
    def __init__(self, image_size: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.image_size = image_size
        self.padding = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        lines = option.fontMetrics.height() * 2 + 6
        return QSize(self.image_size + 2 * self.padding,
                     self.image_size + 2 * self.padding + lines)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 2, -2, -2)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(60)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(highlight)
            painter.drawRoundedRect(rect, 6, 6)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(rect, 6, 6)

        square = QRect(rect.left() + self.padding - 2, rect.top() + self.padding - 2,
                       self.image_size, self.image_size)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            ratio = pixmap.devicePixelRatio() or 1.0
            width, height = pixmap.width() / ratio, pixmap.height() / ratio
            target = QRect(0, 0, round(width), round(height))
            target.moveCenter(square.center())
            painter.drawPixmap(target, pixmap)

        font = QFont(option.font)
        metrics = QFontMetrics(font)
        text_top = square.bottom() + 6
        name = metrics.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                                  Qt.TextElideMode.ElideMiddle, square.width())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRect(square.left(), text_top, square.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignHCenter, name)
        variant = index.data(VariantRole)
        if variant:
            small = QFont(font)
            small.setPointSizeF(font.pointSizeF() * 0.85)
            painter.setFont(small)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            label = QFontMetrics(small).elidedText(str(variant), Qt.TextElideMode.ElideRight,
                                                   square.width())
            painter.drawText(QRect(square.left(), text_top + metrics.height(), square.width(),
                                   metrics.height()), Qt.AlignmentFlag.AlignHCenter, label)
        if index.data(MainRole):
            self._badge(painter, square, translate("PhotoGallery", "Main"), MAIN_COLOUR, font)
        severity = index.data(SeverityRole)
        if severity in SEVERITY_COLOURS:
            diameter = 18
            dot = QRect(square.right() - diameter - 4, square.top() + 4, diameter, diameter)
            painter.setPen(QColor("white"))
            painter.setBrush(QColor(SEVERITY_COLOURS[severity]))
            painter.drawEllipse(dot)
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, "!")
        painter.restore()

    @staticmethod
    def _badge(painter: QPainter, square: QRect, text: str, colour: str, font: QFont) -> None:
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        small.setBold(True)
        metrics = QFontMetrics(small)
        box = QRect(square.left() + 4, square.top() + 4,
                    metrics.horizontalAdvance(text) + 12, metrics.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.setPen(QColor("white"))
        painter.setFont(small)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class PhotoStrip(QListView):
    files_dropped = Signal(list)  # list[Path], files and folders from outside

    def __init__(self, image_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMovement(QListView.Movement.Snap)
        self.setItemDelegate(PhotoDelegate(image_size, self))
        self.setAccessibleName(translate("PhotoGallery", "Photos"))

    @staticmethod
    def _dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def _from_outside(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> bool:
        return event.source() is not self and bool(self._dropped_paths(event))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._from_outside(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._from_outside(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self._from_outside(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.files_dropped.emit(self._dropped_paths(event))
            return
        super().dropEvent(event)
