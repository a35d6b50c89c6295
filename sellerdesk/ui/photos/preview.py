"""The large preview beside the gallery: the selected photo, its facts, its problems and fixes.

The picture is the 1024 px thumbnail made at import (never the full photo), loaded through the
thumbnail provider; each broken marketplace rule is listed in words with its one-click fix.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.i18n import Formatter
from sellerdesk.photos import PhotoView, Problem, VariantChoice
from sellerdesk.photos.checks import ERROR
from sellerdesk.photos.images import Facts
from sellerdesk.photos.messages import megabytes
from sellerdesk.ui.photos import messages
from sellerdesk.ui.photos.strip import SEVERITY_COLOURS
from sellerdesk.ui.photos.thumbnails import ThumbnailProvider

translate = QCoreApplication.translate
PREVIEW_SIZE = 1024


class _Picture(QLabel):
    """Keeps the pixmap scaled to the label as it resizes (the pixmap itself is ≤ 1024 px)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_picture(self, pixmap: QPixmap | None) -> None:
        self._pixmap = pixmap
        self._rescale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap is None or self._pixmap.isNull():
            self.clear()
            return
        ratio = self.devicePixelRatioF()
        size = QSize(round(self.width() * ratio), round(self.height() * ratio))
        scaled = self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)
        self.setPixmap(scaled)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)


class PhotoPreview(QFrame):
    fix_requested = Signal(str, str)  # photo id, fix
    variant_chosen = Signal(str, object)  # photo id, variant id or None
    set_main_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, thumbnails: ThumbnailProvider, formatter: Formatter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.formatter = formatter
        self.photo: PhotoView | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.picture = _Picture(self)
        self.picture.setAccessibleName(translate("PhotoGallery", "Large preview"))
        self.name = QLabel(self)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setForegroundRole(self.facts.foregroundRole())
        self.variant = QComboBox(self)
        self.variant.setAccessibleName(translate("PhotoGallery", "Variant of this photo"))
        self.variant.activated.connect(self._variant_activated)
        self.main_button = QPushButton(translate("PhotoGallery", "Set as main photo"), self)
        self.main_button.clicked.connect(self._ask_main)
        self.remove_button = QPushButton(translate("PhotoGallery", "Remove"), self)
        self.remove_button.clicked.connect(self._ask_remove)
        self.problems = QVBoxLayout()
        self.problems.setSpacing(4)

        variant_row = QHBoxLayout()
        variant_row.addWidget(QLabel(translate("PhotoGallery", "Shown for:"), self))
        variant_row.addWidget(self.variant, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.main_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addLayout(variant_row)
        layout.addLayout(self.problems)
        layout.addLayout(buttons)
        thumbnails.ready.connect(self._thumbnail_ready)
        self.show_photo(None)

    def show_photo(self, photo: PhotoView | None, variants: list[VariantChoice] | None = None
                   ) -> None:
        self.photo = photo
        enabled = photo is not None
        for widget in (self.variant, self.main_button, self.remove_button):
            widget.setEnabled(enabled)
        if photo is None:
            self.picture.set_picture(None)
            self.picture.setText(translate("PhotoGallery", "Select a photo to see it large."))
            self.name.clear()
            self.facts.clear()
            self.variant.clear()
            self._set_problems([])
            return
        self.picture.set_picture(self._pixmap())
        self.name.setText(photo.file_name)
        self.main_button.setEnabled(not photo.is_main)
        self.variant.clear()
        self.variant.addItem(translate("PhotoGallery", "All variants"), None)
        for choice in variants or []:
            self.variant.addItem(choice.label, choice.id)
        found = self.variant.findData(photo.variant_id) if photo.variant_id else 0
        self.variant.setCurrentIndex(max(0, found))
        self.variant.setEnabled(len(variants or []) > 1)

    def _pixmap(self) -> QPixmap | None:
        if self.photo is None:
            return None
        return self.thumbnails.cached(self.photo.content_hash, PREVIEW_SIZE) or \
            self.thumbnails.thumbnail(self.photo.content_hash, PREVIEW_SIZE)

    def _thumbnail_ready(self, content_hash: str) -> None:
        if self.photo is not None and self.photo.content_hash == content_hash:
            self.picture.set_picture(self._pixmap())

    def show_facts(self, facts: Facts | None, problems: list[Problem]) -> None:
        if facts is None:
            self.facts.clear()
        else:
            number = self.formatter.number if self.formatter else str
            if facts.size < 1024 * 1024:  # "0 MB" would say nothing about a small file
                text = translate("PhotoGallery", "%1 × %2 px · %3 kB · %4")
                size = number(max(1, round(facts.size / 1024)))
            else:
                text = translate("PhotoGallery", "%1 × %2 px · %3 MB · %4")
                size = number(megabytes(facts.size))
            self.facts.setText(text.replace("%1", number(facts.width))
                               .replace("%2", number(facts.height))
                               .replace("%3", size)
                               .replace("%4", facts.format))
        self._set_problems(problems)

    def _set_problems(self, problems: list[Problem]) -> None:
        while self.problems.count():
            item = self.problems.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if self.photo is not None and not problems:
            ok = QLabel("✓ " + translate("PhotoGallery", "Meets the marketplace's rules."), self)
            ok.setStyleSheet("color: #2e7d32;")
            self.problems.addWidget(ok)
        for problem in problems:
            self.problems.addWidget(self._problem_row(problem))

    def _problem_row(self, problem: Problem) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        colour = SEVERITY_COLOURS[ERROR if problem.severity == ERROR else "warning"]
        label = QLabel(f"<span style='color:{colour}'>●</span> "
                       + messages.text(problem.message, self.formatter).replace("<", "&lt;"),
                       row)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(label, 1)
        if problem.fix is not None and problem.fix_label is not None:
            button = QPushButton(messages.text(problem.fix_label), row)
            button.setObjectName(f"fix_{problem.fix}")
            fix = problem.fix
            button.clicked.connect(lambda: self._ask_fix(fix))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _ask_fix(self, fix: str) -> None:
        if self.photo is not None:
            self.fix_requested.emit(self.photo.id, fix)

    def _ask_main(self) -> None:
        if self.photo is not None:
            self.set_main_requested.emit(self.photo.id)

    def _ask_remove(self) -> None:
        if self.photo is not None:
            self.remove_requested.emit(self.photo.id)

    def _variant_activated(self, row: int) -> None:
        if self.photo is not None:
            self.variant_chosen.emit(self.photo.id, self.variant.itemData(row))
