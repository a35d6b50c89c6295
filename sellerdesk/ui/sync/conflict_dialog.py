"""One conflict, side by side: as last agreed, mine, the marketplace's - and the choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.i18n import Formatter
from sellerdesk.sync.conflict_text import field_label, fits_one_line, value_text
from sellerdesk.sync.conflicts import ConflictView
from sellerdesk.ui.widgets import heading

translate = QCoreApplication.translate
ENGLISH = Formatter("en_GB")


def field_name(field: str, formatter: Formatter = ENGLISH) -> str:
    """'Title (Italian)', 'Price': the field in words, in the window's language."""
    return field_label(field, formatter.locale, translate)


def show_value(conflict: ConflictView, value: Any, formatter: Formatter = ENGLISH) -> str:
    """One side's value in words: a price as money in the locale, never in cents."""
    return value_text(conflict, value, formatter, translate)


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
    """`choice` after exec(): ("mine" | "theirs", edited value or None).

    Sized by its content: a price, a count or a short title is one line per side; only long
    texts (a description) get text boxes."""

    def __init__(self, conflict: ConflictView, parent: QWidget | None = None,
                 formatter: Formatter = ENGLISH) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.formatter = formatter
        self.choice: tuple[str, Any] | None = None
        self.one_line = fits_one_line(conflict, formatter, translate)
        self.setWindowTitle(translate("ConflictDialog", "Conflict: %1").replace(
            "%1", conflict.label))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(field_name(conflict.field, formatter), parent=self))
        explain = QLabel(explanation(conflict), self)
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addLayout(self._build_sides())
        self.editable = conflict.field != "_deleted" and isinstance(conflict.mine, str)
        self.edit = self._build_edit(layout)
        layout.addWidget(self._build_buttons())
        if self.one_line:
            self.setMinimumWidth(560)
            self.adjustSize()
        else:
            self.resize(760, 380)

    def _value_box(self, text: str, title: str) -> QLineEdit | QPlainTextEdit:
        box: QLineEdit | QPlainTextEdit
        if self.one_line:
            box = QLineEdit(text, self)
            box.setCursorPosition(0)
        else:
            box = QPlainTextEdit(text, self)
        box.setReadOnly(True)
        box.setAccessibleName(title)
        return box

    def _build_sides(self) -> QGridLayout:
        grid = QGridLayout()
        columns = (
            (translate("ConflictDialog", "As last agreed"), self.conflict.base),
            (translate("ConflictDialog", "Mine"), self.conflict.mine),
            (translate("ConflictDialog", "The marketplace's"), self.conflict.theirs),
        )
        for column, (title, value) in enumerate(columns):
            grid.addWidget(QLabel(f"<b>{title}</b>", self), 0, column)
            text = show_value(self.conflict, value, self.formatter)
            grid.addWidget(self._value_box(text, title), 1, column)
            grid.setColumnStretch(column, 1)
        return grid

    def _build_edit(self, layout: QVBoxLayout) -> QLineEdit | QPlainTextEdit | None:
        """The owner's own value to keep: only for texts (a title, a brand, a description)."""
        if not self.editable:
            return None
        mine = str(self.conflict.mine)
        edit: QLineEdit | QPlainTextEdit = (QLineEdit(mine, self) if self.one_line
                                            else QPlainTextEdit(mine, self))
        edit.setAccessibleName(translate("ConflictDialog", "Edited value"))
        layout.addWidget(QLabel(translate("ConflictDialog", "Or edit and keep:"), self))
        layout.addWidget(edit)
        return edit

    def edited_text(self) -> str:
        if isinstance(self.edit, QLineEdit):
            return self.edit.text()
        return self.edit.toPlainText() if self.edit is not None else ""

    def set_edited_text(self, text: str) -> None:
        if isinstance(self.edit, QLineEdit):
            self.edit.setText(text)
        elif self.edit is not None:
            self.edit.setPlainText(text)

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        mine = QPushButton(translate("ConflictDialog", "Keep mine"), self)
        theirs = QPushButton(translate("ConflictDialog", "Keep the marketplace's"), self)
        buttons.addButton(mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(theirs, QDialogButtonBox.ButtonRole.AcceptRole)
        if self.editable:
            edited = QPushButton(translate("ConflictDialog", "Keep the edited text"), self)
            buttons.addButton(edited, QDialogButtonBox.ButtonRole.AcceptRole)
            edited.clicked.connect(lambda: self._choose("mine", self.edited_text()))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        mine.clicked.connect(lambda: self._choose("mine", None))
        theirs.clicked.connect(lambda: self._choose("theirs", None))
        buttons.rejected.connect(self.reject)
        return buttons

    def _choose(self, keep: str, value: Any) -> None:
        self.choice = (keep, value)
        self.accept()
