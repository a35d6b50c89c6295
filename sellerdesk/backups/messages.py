"""Backup errors, and what a refused backup or restore tells the owner (code plus template).

Templates live under the `BackupMessages` translation context; `str()` is the English the
command line prints. Every refusal here changed nothing: that is part of each sentence.
"""

from __future__ import annotations

from typing import ClassVar

from sellerdesk.errors import StorageError
from sellerdesk.messages import Message
from sellerdesk.owner_errors import QT_TRANSLATE_NOOP, OwnerError


class BackupError(StorageError):
    """A backup or restore that could not be written; the shop's own file is untouched."""


class BackupRefused(BackupError, OwnerError):
    """A backup or restore SellerDesk will not make as asked; nothing was changed."""

    context = "BackupMessages"
    templates = {
        "exists": QT_TRANSLATE_NOOP(
            "BackupMessages",
            "%1 already exists and was left as it is: choose another file name, or replace "
            "it on purpose (sellerdesk backup --out FILE --force)."),
        "bad_photo_index": QT_TRANSLATE_NOOP(
            "BackupMessages",
            "The backup's photo index %1 cannot be read (%2); nothing was restored."),
        "bad_photo_name": QT_TRANSLATE_NOOP(
            "BackupMessages",
            "The backup's photo index names “%1”, which is not a photo SellerDesk stores; "
            "nothing was restored."),
        "photo_not_a_file": QT_TRANSLATE_NOOP(
            "BackupMessages",
            "The backup's photo %1 is a link or not a plain file inside the backup's photo "
            "folder; nothing was restored."),
        "photo_changed": QT_TRANSLATE_NOOP(
            "BackupMessages",
            "The backup's photo %1 does not hold the content its name promises (altered or "
            "damaged); nothing was restored."),
        "schema_differs": QT_TRANSLATE_NOOP(
            "BackupMessages",
            "%1 is not a database as SellerDesk makes it (%2); nothing was restored."),
        "unsound": QT_TRANSLATE_NOOP(
            "BackupMessages", "%1 is damaged (%2); nothing was restored."),
    }


class BackupNotice(Message):
    """What the owner is told before a backup operation (not an error)."""

    CONTEXT = "BackupNotices"
    TEMPLATES: ClassVar[dict[str, str]] = {
        # Settings live beside the shop, not in its backups (#16 item 9).
        "restore_question": QT_TRANSLATE_NOOP(
            "BackupNotices",
            "The shop will go back to how it was on %1. The current state is backed up first, "
            "so this can be undone by restoring that backup. Changes not yet sent to the "
            "marketplace in the backup are sent at the next sync. Settings (language, backup "
            "folder, low-stock level…) are not part of a backup: they stay as they are now."),
    }
