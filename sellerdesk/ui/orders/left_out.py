"""Asking before printing orders that are normally left out of the documents.

The pick list and the slips leave out unpaid, flagged and shipped orders (see
`orders.printing_selection`). When that leaves nothing to print, the owner is told why, and may
print them anyway: only by answering this question, never by default.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from sellerdesk.orders.printing_selection import waivable
from sellerdesk.ui.orders.printing import Prepared

translate = QCoreApplication.translate


class PrintAnywayDialog(QMessageBox):
    """"Nothing to print: order BR-7 is flagged: item damaged." — Print anyway / Cancel.
    `include` is what to ask the documents for when the owner accepts."""

    def __init__(self, prepared: Prepared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.include = waivable(prepared.left_out)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(prepared.title)
        self.setText(prepared.why)
        self.setTextFormat(Qt.TextFormat.PlainText)  # order numbers and problems: text
        self.anyway: QPushButton | None = None
        if self.include:
            self.setInformativeText(translate(
                "LeftOutOrders", "Print them anyway? Check each one before it leaves."))
            self.anyway = self.addButton(translate("LeftOutOrders", "Print anyway"),
                                         QMessageBox.ButtonRole.AcceptRole)
            self.addButton(QMessageBox.StandardButton.Cancel)
            self.setDefaultButton(QMessageBox.StandardButton.Cancel)  # never by default
        else:
            self.addButton(QMessageBox.StandardButton.Ok)

    def accepted_anyway(self) -> bool:
        return self.anyway is not None and self.clickedButton() is self.anyway
