"""Backups, restore and corruption recovery: the shop's data survives the machine.

No Qt and no HTTP here: the window (`sellerdesk.ui.settings.backups`), the command line
(`sellerdesk.commands.backup`) and the sync engine's guard all work through these functions.

Names are loaded on first use (PEP 562): the start-up check imports `integrity` before Qt and
the store are loaded, so its `quick_check` thread starts as early as possible.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "AutoBackup": "auto",
    "BackupError": "messages", "BackupRefused": "messages", "BackupInfo": "core",
    "backup_folder": "core", "list_backups": "core", "make_backup": "core",
    "newest_good_backup": "core", "rotate": "core",
    "RestoreResult": "restoring", "prepare_restore": "restoring", "restore": "restoring",
    "StartCheck": "integrity", "check_at_start": "integrity", "quick_check": "integrity",
    "sync_blocked": "integrity", "start_integrity_check": "integrity",
    "Policy": "rotation", "to_keep": "rotation",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'sellerdesk.backups' has no attribute {name!r}")
    return getattr(importlib.import_module(f"sellerdesk.backups.{module}"), name)
