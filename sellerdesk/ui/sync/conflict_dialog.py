"""One conflict, side by side: as last agreed, mine, the marketplace's - and the choice."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.sync.conflicts import ConflictView
from sellerdesk.ui import labels
from sellerdesk.ui.widgets import heading

translate = QCoreApplication.translate


def field_name(field: str) -> str:
    kind, _dot, language = field.partition(".")
    names = {
        "title": translate("ConflictDialog", "Title"),
        "description": translate("ConflictDialog", "Description"),
        "status": translate("ConflictDialog", "Status"),
        "category": translate("ConflictDialog", "Category"),
        "brand": translate("ConflictDialog", "Brand"),
        "tags": translate("ConflictDialog", "Tags"),
        "price_minor": translate("ConflictDialog", "Price"),
        "stock": translate("ConflictDialog", "Stock"),
        "sku": translate("ConflictDialog", "SKU"),
        "options": translate("ConflictDialog", "Options"),
        "_deleted": translate("ConflictDialog", "Deleted"),
    }
    name = names.get(kind, kind)
    return f"{name} ({labels.language_name(language)})" if language else name


def show_value(value: Any, field: str = "") -> str:
    if field == "_deleted":  # a delete against an edit: say which side deleted, in words
        return (translate("ConflictDialog", "Deleted") if value
                else translate("ConflictDialog", "Still listed"))
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def explanation(conflict: ConflictView) -> str:
    """What happened and what each choice does, in the owner's words: a delete against an edit
    is not two values of one field."""
    if conflict.field == "_deleted" and conflict.mine:
        return translate(
            "ConflictDialog", "You deleted this product here, but it was changed on the "
            "marketplace since. Keep mine deletes it there too, as it is now; keep the "
            "marketplace's brings it back here with their changes.")
    if conflict.field == "_deleted":
        return translate(
            "ConflictDialog", "This was deleted on the marketplace, but you changed it here "
            "since. Keep mine lists it again with your changes; keep the marketplace's "
            "deletes it here too.")
    return translate(
        "ConflictDialog", "This was changed both here and on the marketplace. Choose which "
        "to keep; the other is kept in the history.")


class ConflictDialog(QDialog):
    """`choice` after exec(): ("mine" | "theirs", edited value or None)."""

    def __init__(self, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice: tuple[str, Any] | None = None
        self.setWindowTitle(translate("ConflictDialog", "Conflict: %1").replace(
            "%1", conflict.label))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(field_name(conflict.field), parent=self))
        explain = QLabel(explanation(conflict), self)
        explain.setWordWrap(True)
        layout.addWidget(explain)
        grid = QGridLayout()
        columns = (
            (translate("ConflictDialog", "As last agreed"), conflict.base),
            (translate("ConflictDialog", "Mine"), conflict.mine),
            (translate("ConflictDialog", "The marketplace's"), conflict.theirs),
        )
        for column, (title, value) in enumerate(columns):
            grid.addWidget(QLabel(f"<b>{title}</b>", self), 0, column)
            box = QPlainTextEdit(show_value(value, conflict.field), self)
            box.setReadOnly(True)
            box.setAccessibleName(title)
            if conflict.field == "_deleted":  # a word each, not a text: no empty page under it
                box.setMaximumHeight(box.fontMetrics().lineSpacing() * 3)
            grid.addWidget(box, 1, column)
        layout.addLayout(grid)
        editable = conflict.field != "_deleted" and isinstance(conflict.mine, str)
        self.edit = QPlainTextEdit(show_value(conflict.mine), self)
        self.edit.setAccessibleName(translate("ConflictDialog", "Edited value"))
        self.edit.setVisible(editable)
        if editable:
            layout.addWidget(QLabel(translate("ConflictDialog", "Or edit and keep:"), self))
            layout.addWidget(self.edit)
        buttons = QDialogButtonBox(self)
        mine = QPushButton(translate("ConflictDialog", "Keep mine"), self)
        theirs = QPushButton(translate("ConflictDialog", "Keep the marketplace's"), self)
        buttons.addButton(mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(theirs, QDialogButtonBox.ButtonRole.AcceptRole)
        if editable:
            edited = QPushButton(translate("ConflictDialog", "Keep the edited text"), self)
            buttons.addButton(edited, QDialogButtonBox.ButtonRole.AcceptRole)
            edited.clicked.connect(lambda: self._choose("mine", self.edit.toPlainText()))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        mine.clicked.connect(lambda: self._choose("mine", None))
        theirs.clicked.connect(lambda: self._choose("theirs", None))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 200 if conflict.field == "_deleted" else 380)

    def _choose(self, keep: str, value: Any) -> None:
        self.choice = (keep, value)
        self.accept()
