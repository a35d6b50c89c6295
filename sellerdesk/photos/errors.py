"""The one error the photo library raises for a file it will not take."""

from __future__ import annotations

from sellerdesk.errors import SellerDeskError
from sellerdesk.photos.messages import Arg, Message


class PhotoRefused(SellerDeskError):
    """A file that is not imported, with a message the owner can act on.

    It derives from `SellerDeskError`, so the command line prints it as one line, and it carries
    the structured `Message` so the window can show it in the user's language.
    """

    def __init__(self, code: str, *args: Arg) -> None:
        self.message = Message(code, *args)
        super().__init__(self.message.text())
