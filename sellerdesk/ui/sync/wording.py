"""The words the status bar and the Sync page share for the state of the sync, so both tell the
owner the same thing: no account, a failed pass (what kind, and the marketplace's message),
items that could not be read.

Marketplace and server text is shown as plain text only (`ui.plain_text`): labels that carry
it are `Qt.PlainText`, and tool tips, which Qt would read as rich text, are escaped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sellerdesk.sync.engine import SyncStatus
from sellerdesk.sync.messages import failure_text

translate = QCoreApplication.translate
SHORT_MESSAGE = 120  # characters of a server message in the status bar; the rest in its tip


def no_account() -> str:
    return translate("SyncWording", "No marketplace connected: changes stay on this computer")


def error_kind(kind: str | None) -> str:
    """The kind of a failed pass in words (the engine's `ErrorKind` values)."""
    return {
        "retryable": translate("SyncWording", "Temporary problem"),
        "auth": translate("SyncWording", "Login needed"),
        "conflict": translate("SyncWording", "Conflict"),
        "rejected": translate("SyncWording", "Refused by the marketplace"),
        "unexpected": translate("SyncWording", "Unexpected error"),
    }.get(kind or "", translate("SyncWording", "Error"))


def failure(status: SyncStatus | None) -> str | None:
    """'<kind>: <message>' while the last pass failed (until one succeeds), else None. A
    failure SellerDesk words itself (its code has a template) is in the owner's language; the
    marketplace's own refusal is shown as the marketplace sent it."""
    if status is None or not status.last_error:
        return None
    message = failure_text(status.error_code, status.last_error.strip(), translate)
    return translate("SyncWording", "%1: %2").replace("%1", error_kind(status.error_kind)) \
        .replace("%2", message)


def shorten(text: str, limit: int = SHORT_MESSAGE) -> str:
    """One line of at most `limit` characters: server messages can be pages long."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def entity_name(entity: str) -> str:
    return {
        "product": translate("SyncWording", "Product"),
        "variant": translate("SyncWording", "Variant"),
        "order": translate("SyncWording", "Order"),
        "fulfilment": translate("SyncWording", "Shipment"),
        "media": translate("SyncWording", "Photo"),
    }.get(entity, entity)
