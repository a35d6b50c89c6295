"""Photo library messages in the user's language (their templates live in `photos.messages`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sellerdesk.i18n import Formatter
from sellerdesk.photos.messages import Message


def text(message: Message, formatter: Formatter | None = None) -> str:
    """`message` translated, with numbers in the user's format (4,9 MB in Italian)."""
    if formatter is None:
        return message.text(QCoreApplication.translate)
    return message.text(QCoreApplication.translate, formatter.number)
