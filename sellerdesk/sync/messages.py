"""What a failed sync pass tells the owner, for the failures SellerDesk itself words.

The marketplace's own refusals are its text, shown as it sent it. The failures below are ours
(a reply we cannot read, an item set aside, a bug, a refused feed position): each is a code of
`MarketplaceError.code` with a template marked for translation (DESIGN §13), so the status bar,
the Sync page and the command line word it in the owner's language. The English message of the
error adds the technical detail for the log.
"""

from __future__ import annotations

from sellerdesk.messages import QT_TRANSLATE_NOOP, Arg, Message, Translate
from sellerdesk.sync.quarantine import LIMIT

CONTEXT = "SyncMessages"

TEMPLATES: dict[str, str] = {
    "malformed_reply": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The marketplace sent a reply SellerDesk cannot read. Nothing from it was applied; the "
        "next sync tries again."),
    "unreadable_item": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The marketplace sent an item SellerDesk cannot read. Sync tries again; after %1 tries "
        "the item is set aside so that the rest of the shop goes on."),
    "unexpected": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "SellerDesk met an unexpected problem; the details are in the log. Nothing is lost: the "
        "next sync tries again."),
    "cursor_refused": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The marketplace did not accept the saved sync position: SellerDesk reads all its "
        "changes again."),
}


class SyncMessage(Message):
    """A failure SellerDesk words itself: `SyncMessage("unreadable_item", 3)`."""

    CONTEXT = CONTEXT
    TEMPLATES = TEMPLATES
    __slots__ = ()


def english(code: str, detail: str = "", *args: Arg) -> str:
    """The error's English message: the template, then the detail the log needs."""
    words = SyncMessage(code, *args).text()
    return f"{words} ({detail})" if detail else words


def failure_text(code: str | None, message: str, translate: Translate | None = None) -> str:
    """A failed pass in words: ours from the template (in the owner's language), the
    marketplace's own message as it sent it."""
    if code in TEMPLATES:
        args: tuple[Arg, ...] = (LIMIT,) if code == "unreadable_item" else ()
        return SyncMessage(code, *args).text(translate)
    return message
