"""Errors a user can act on.

Every error that reaches the command line or the window derives from `SellerDeskError`. It
carries a `Message` (a code, a translatable template, its arguments and the field it concerns,
DESIGN §13), so the window and the command line word it in the owner's language and a form
points at the field without reading the wording. `str(error)` is the English, for the log.
Anything else is a bug and is logged with its traceback instead of shown.
"""

from __future__ import annotations

from sellerdesk.messages import Message, Translate


class SellerDeskError(Exception):
    """An expected failure with a message fit to show the user.

    Raise it with a `Message`; a plain English sentence is still accepted from code not yet
    converted (it is shown as it is, untranslated).
    """

    message: Message | None = None
    code: str | None = None
    field: str | None = None  # the form field it concerns (`variants.2.sku`), or None

    def __init__(self, message: Message | str = "", *args: object) -> None:
        if isinstance(message, Message):
            self.message = message
            self.code = message.code
            self.field = message.field
            super().__init__(message.text(), *args)
        else:
            super().__init__(message, *args)

    def text(self, translate: Translate | None = None) -> str:
        """The message in the owner's language when `translate` is QCoreApplication's."""
        if self.message is not None:
            return self.message.text(translate)
        return str(self)


class NotFoundError(SellerDeskError):
    """The product, variant or order asked for does not exist (or was deleted)."""


class ValidationError(SellerDeskError):
    """Input the store refuses: a duplicate SKU, a negative price, an unknown language."""


class SchemaTooNewError(SellerDeskError):
    """The database was written by a newer SellerDesk; opening it could corrupt it."""


class DatabaseBusyError(SellerDeskError):
    """Another program held the database for longer than we are willing to wait."""


class StorageError(SellerDeskError):
    """The disk refused a write: full, read-only or gone."""
