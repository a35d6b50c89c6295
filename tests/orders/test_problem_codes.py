"""Preset problems are stored as codes and shown in the current language (#16 item 3)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from sellerdesk.orders.messages import problem_code, problem_text
from sellerdesk.ui.orders.order_dialogs import ProblemDialog
from sellerdesk.ui.translators import TRANSLATIONS_DIR


def test_a_preset_chosen_in_the_italian_window_is_shown_in_english_later(qtbot: Any) -> None:
    italian = QTranslator()
    assert italian.load("sellerdesk_it", str(TRANSLATIONS_DIR))

    def into_italian(context: str, source: str) -> str:
        return italian.translate(context, source) or source

    # The Italian window offers "Un articolo è danneggiato"; what is stored is its code …
    assert problem_code(problem_text("item_damaged", into_italian), into_italian) \
        == "item_damaged"
    # … so the English window says it in English, not "Un articolo è danneggiato".
    assert problem_text("item_damaged") == "An item is damaged"
    assert problem_text("Box crushed") == "Box crushed"  # the staff's own words stay theirs
    assert problem_code("  Box crushed ") == "Box crushed"


def test_the_flag_dialog_stores_the_code_and_shows_the_words(qtbot: Any) -> None:
    dialog = ProblemDialog("BR-1", "out_of_stock")
    qtbot.addWidget(dialog)
    assert dialog.problem.currentText() == QCoreApplication.translate(
        "OrderProblems", "An item is out of stock")
    assert dialog.text() == "out_of_stock"
    dialog.problem.setCurrentIndex(dialog.problem.findData("item_damaged"))
    assert dialog.text() == "item_damaged"
    dialog.problem.setCurrentText("Scatola schiacciata")
    assert dialog.text() == "Scatola schiacciata"
