"""Printing left-out orders happens only when the owner answers "Print anyway"; the question
says which order and why, and its default answer is Cancel."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from sellerdesk.orders.printing_selection import LeftOut, NothingToPrint
from sellerdesk.ui.orders.left_out import PrintAnywayDialog
from sellerdesk.ui.orders.printing import Prepared


def _prepared(*left_out: LeftOut) -> Prepared:
    why = NothingToPrint("left_out", *left_out).text()
    return Prepared("Packing slips", lambda _device, _painter: 0, True, why, left_out)


def test_print_anyway_is_asked_with_the_reason_and_cancel_by_default(qtbot: Any) -> None:
    dialog = PrintAnywayDialog(_prepared(LeftOut("BR-7", "flagged", "item damaged"),
                                         LeftOut("BR-8", "cancelled")))
    qtbot.addWidget(dialog)
    assert dialog.text() == ("Nothing to print: order BR-7 is flagged: item damaged; "
                             "order BR-8 is cancelled.")
    assert dialog.include == ("flagged",)  # a cancelled order is never printed
    assert dialog.defaultButton() is dialog.button(QMessageBox.StandardButton.Cancel)
    dialog.open()
    dialog.anyway.click()
    assert dialog.accepted_anyway()


def test_only_cancelled_orders_leave_nothing_to_ask(qtbot: Any) -> None:
    dialog = PrintAnywayDialog(_prepared(LeftOut("BR-8", "cancelled")))
    qtbot.addWidget(dialog)
    assert dialog.anyway is None and dialog.include == ()
    assert dialog.button(QMessageBox.StandardButton.Ok) is not None
    dialog.open()
    dialog.button(QMessageBox.StandardButton.Ok).click()
    assert not dialog.accepted_anyway()
