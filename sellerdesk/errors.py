"""Errors a user can act on.

Every error that reaches the command line or the window derives from `SellerDeskError`, whose
message is written for the shop owner: one sentence that says what happened and what to do.
Anything else is a bug and is logged with its traceback instead of shown.
"""

from __future__ import annotations


class SellerDeskError(Exception):
    """An expected failure with a message fit to show the user."""


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
