"""A description: typed as plain text with a few optional tags, always previewed safely.

The source is a QPlainTextEdit (it stays fast on long texts, where QTextEdit does not); the
preview is the catalogue sanitiser's output in a `SafeTextBrowser`, rendered in a worker thread
and debounced, so typing never waits for it. Whatever a description holds - scripts, remote
images, a megabyte of markup from a hostile import - the editor opens at once:

- the sanitiser is linear and runs off the UI thread, and the preview shows at most
  `PREVIEW_TEXT_LIMIT` characters;
- a text with very long unbroken runs is wrapped anywhere (word-wrapping one unbreakable
  megabyte takes Qt 40 s);
- a text longer than `EDIT_LIMIT` is not loaded into the editor at all: no marketplace would take
  it, and the owner is offered to shorten it or start again.
"""

from __future__ import annotations

import re
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.catalogue.sanitize import SafeHtml, sanitize_html
from sellerdesk.i18n import Formatter
from sellerdesk.ui.catalogue.safe_browser import SafeTextBrowser
from sellerdesk.ui.jobs import Jobs

translate = QCoreApplication.translate
EDIT_LIMIT = 100_000
PREVIEW_DELAY_MS = 250
_LONG_RUN = re.compile(r"\S{300}")


def describe_removed(safe: SafeHtml) -> str:
    """"Blocked for your safety: scripts, remote images" - what the sanitiser took out."""
    names = {
        "script": translate("DescriptionEditor", "scripts"),
        "img": translate("DescriptionEditor", "remote images"),
        "iframe": translate("DescriptionEditor", "embedded pages"),
        "style": translate("DescriptionEditor", "styles"),
        "event handler": translate("DescriptionEditor", "event handlers"),
        "link": translate("DescriptionEditor", "external style sheets"),
        "object": translate("DescriptionEditor", "plug-ins"),
        "embed": translate("DescriptionEditor", "plug-ins"),
        "svg": translate("DescriptionEditor", "drawings"),
        "form": translate("DescriptionEditor", "forms"),
        "input": translate("DescriptionEditor", "forms"),
    }
    found = list(dict.fromkeys(names[key] for key in safe.removed if key in names))
    if not found:
        return ""
    return translate("DescriptionEditor", "Blocked for your safety: %1").replace(
        "%1", ", ".join(found))


class DescriptionEditor(QWidget):
    changed = Signal()

    def __init__(self, jobs: Jobs, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._fmt = formatter
        self._original = ""
        self._too_long = False
        self.last_preview: SafeHtml | None = None

        self.source = QPlainTextEdit(self)
        self.source.setObjectName("descriptionSource")
        self.source.setAccessibleName(translate("DescriptionEditor", "Description"))
        self.source.setPlaceholderText(translate(
            "DescriptionEditor", "Describe the product: materials, sizes, care. Leave a blank "
                                 "line between paragraphs."))
        self.source.setTabChangesFocus(True)
        self.source.textChanged.connect(self._typed)
        self.preview = SafeTextBrowser(self)
        self.preview.setObjectName("descriptionPreview")
        self.preview.setAccessibleName(translate("DescriptionEditor", "Preview"))
        self.preview.setPlaceholderText(translate("DescriptionEditor", "Preview"))

        # -- formatting buttons: they insert the few tags a listing may use
        tools = QHBoxLayout()
        tools.setSpacing(2)
        self.caption = QLabel(translate("DescriptionEditor", "Description:"), self)
        tools.addWidget(self.caption)
        tools.addSpacing(8)
        for label, tip, before, after, bold in (
            ("B", translate("DescriptionEditor", "Bold"), "<b>", "</b>", True),
            ("I", translate("DescriptionEditor", "Italic"), "<i>", "</i>", False),
            ("H", translate("DescriptionEditor", "Heading"), "<h3>", "</h3>", True),
        ):
            button = self._tool(label, tip, bold)
            button.clicked.connect(lambda _c=False, b=before, a=after: self.wrap(b, a))
            tools.addWidget(button)
            self._tool_height = button.sizeHint().height()
        bullets = self._tool("•", translate("DescriptionEditor", "Bulleted list"), False)
        bullets.clicked.connect(self.make_list)
        tools.addWidget(bullets)
        tools.addStretch(1)
        self.counter = QLabel(self)  # placed by the page that holds this editor

        # -- a description too long to edit
        self.too_long = QWidget(self)
        self.too_long_label = QLabel(self.too_long)
        self.too_long_label.setWordWrap(True)
        self.shorten_button = QPushButton(self.too_long)
        self.shorten_button.clicked.connect(self._shorten)
        clear = QPushButton(translate("DescriptionEditor", "Start again"), self.too_long)
        clear.clicked.connect(lambda: self._replace(""))
        box = QVBoxLayout(self.too_long)
        box.addStretch(1)
        box.addWidget(self.too_long_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.shorten_button)
        buttons.addWidget(clear)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addStretch(2)
        self.source_stack = QStackedWidget(self)
        self.source_stack.addWidget(self.source)
        self.source_stack.addWidget(self.too_long)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.source_stack, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        preview_caption = QLabel(translate("DescriptionEditor", "Preview, as buyers see it:"),
                                 right)
        preview_caption.setMinimumHeight(self._tool_height)  # level with the buttons
        right_layout.addWidget(preview_caption)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        self.safety = QLabel(self)
        self.safety.setWordWrap(True)
        self.safety.setStyleSheet("color: #8a5a00")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.safety)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_preview)
        self.limit: int | None = None

    def _tool(self, text: str, tip: str, bold: bool) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        if bold:
            font = QFont(button.font())
            font.setBold(True)
            button.setFont(font)
        return button

    # -- contents --------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        self._original = text
        self._too_long = len(text) > EDIT_LIMIT
        if self._too_long:
            self.too_long_label.setText(translate(
                "DescriptionEditor", "This description has %1 characters, too many to edit "
                                     "here and more than any marketplace accepts. The preview "
                                     "shows its beginning.").replace(
                "%1", self._fmt.number(len(text))))
            keep = self.limit or EDIT_LIMIT
            self.shorten_button.setText(translate("DescriptionEditor", "Keep the first %1 "
                                                                       "characters")
                                        .replace("%1", self._fmt.number(keep)))
            self.source_stack.setCurrentWidget(self.too_long)
            self.source.blockSignals(True)
            self.source.clear()
            self.source.blockSignals(False)
        else:
            self.source_stack.setCurrentWidget(self.source)
            wrap = (QTextOption.WrapMode.WrapAnywhere if _LONG_RUN.search(text)
                    else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            self.source.setWordWrapMode(wrap)
            self.source.blockSignals(True)
            self.source.setPlainText(text)
            self.source.blockSignals(False)
        self._update_counter()
        self.render_preview()

    def text(self) -> str:
        return self._original if self._too_long else self.source.toPlainText()

    def _replace(self, text: str) -> None:
        self.set_text(text)
        self.changed.emit()

    def _shorten(self) -> None:
        self._replace(self._original[: self.limit or EDIT_LIMIT])

    # -- formatting ------------------------------------------------------------------------

    def wrap(self, before: str, after: str) -> None:
        cursor = self.source.textCursor()
        selected = cursor.selectedText().replace("\u2029", "\n")
        cursor.insertText(f"{before}{selected}{after}")
        if not selected:
            cursor.movePosition(cursor.MoveOperation.Left, n=len(after))
            self.source.setTextCursor(cursor)
        self.source.setFocus()

    def make_list(self) -> None:
        cursor = self.source.textCursor()
        lines = [line.strip() for line in cursor.selectedText().split("\u2029") if line.strip()]
        items = "".join(f"<li>{line}</li>" for line in lines) or "<li></li>"
        cursor.insertText(f"<ul>{items}</ul>")
        self.source.setFocus()

    # -- preview ---------------------------------------------------------------------------

    def _typed(self) -> None:
        self._update_counter()
        self._timer.start()
        self.changed.emit()

    def _update_counter(self) -> None:
        length = len(self.text().strip())
        if self.limit is None:
            self.counter.setText(self._fmt.number(length))
            return
        over = length > self.limit
        self.counter.setText(f"{self._fmt.number(length)} / {self._fmt.number(self.limit)}")
        self.counter.setStyleSheet("color: #c62828; font-weight: bold" if over else "")

    def render_preview(self) -> None:
        """Sanitise in a worker thread, then show; a newer render cancels an older one."""
        self._timer.stop()
        self._jobs.start(self._render(self.text()), name=f"description-preview-{id(self)}")

    async def _render(self, text: str) -> None:
        safe = await self._jobs.in_thread(sanitize_html, text)
        if not shiboken6.isValid(self.preview):
            return  # the editor closed meanwhile
        self.last_preview = safe
        self.preview.setHtml(safe.html)
        notes = [describe_removed(safe)]
        if safe.truncated:
            notes.append(translate("DescriptionEditor", "The preview shows only the beginning."))
        note = " ".join(n for n in notes if n)
        self.safety.setText(note)
        self.safety.setVisible(bool(note))

    def sizeHint(self) -> Any:
        hint = super().sizeHint()
        hint.setHeight(max(hint.height(), 280))
        return hint
