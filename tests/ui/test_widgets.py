"""Shared widgets: an empty state shows what was searched for as typed, never as markup."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from sellerdesk.ui.widgets import EmptyState, ListOrEmpty


def test_an_empty_state_shows_a_searched_text_as_plain_text(qtbot: Any) -> None:
    listing = ListOrEmpty(EmptyState())
    qtbot.addWidget(listing)
    searched = "<b>Vaso</b> <img src=x>"
    listing.show_empty("Nothing found", f"No product matches “{searched}”.")
    for label in (listing.empty.title, listing.empty.body):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert searched in listing.empty.body.text()
