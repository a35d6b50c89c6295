"""Small questions before acting on an order: cancel it (and why), flag a problem."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.orders.messages import PROBLEMS, problem_code, problem_text

translate = QCoreApplication.translate


def _reasons() -> list[tuple[str, str]]:
    """(code sent to the marketplace, words shown)."""
    return [
        ("out_of_stock", translate("CancelDialog", "We cannot supply it")),
        ("buyer_request", translate("CancelDialog", "The buyer asked to cancel")),
        ("address", translate("CancelDialog", "We cannot ship to this address")),
        ("other", translate("CancelDialog", "Another reason")),
    ]


class CancelDialog(QDialog):
    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelDialog")
        self.setWindowTitle(translate("CancelDialog", "Cancel order %1").replace("%1", number))
        text = QLabel(translate("CancelDialog", "The marketplace refunds the buyer and puts the "
                                                "items back in stock as soon as the sync tells "
                                                "it. A cancelled order cannot be reopened."))
        text.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setAccessibleName(translate("CancelDialog", "Reason"))
        for code, words in _reasons():
            self.reason.addItem(words, code)
        form = QFormLayout()
        form.addRow(translate("CancelDialog", "Reason:"), self.reason)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(translate("CancelDialog", "Cancel the order"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        keep = buttons.addButton(translate("CancelDialog", "Keep the order"),
                                 QDialogButtonBox.ButtonRole.RejectRole)
        keep.setDefault(True)  # the safe answer is the default one
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def reason_code(self) -> str:
        return str(self.reason.currentData())


class ProblemDialog(QDialog):
    """What is wrong with an order: pick a common problem or write one."""

    def __init__(self, number: str, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemDialog")
        self.setWindowTitle(translate("ProblemDialog", "Problem with order %1").replace(
            "%1", number))
        text = QLabel(translate("ProblemDialog", "Flagged orders stay in the list, marked, and "
                                                 "are left off the pick list until the problem "
                                                 "is resolved. Only your team sees this."))
        text.setWordWrap(True)
        self.problem = QComboBox()
        self.problem.setEditable(True)
        self.problem.setAccessibleName(translate("ProblemDialog", "Problem"))
        for code in PROBLEMS:  # stored by code, so any language shows them in its own words
            self.problem.addItem(problem_text(code, translate), code)
        self.problem.setCurrentText(problem_text(current, translate))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("ProblemDialog", "Flag"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.problem.currentTextChanged.connect(
            lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(bool(self.problem.currentText().strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def text(self) -> str:
        """What to store: a preset's code, or the words the staff typed."""
        return problem_code(self.problem.currentText(), translate)
