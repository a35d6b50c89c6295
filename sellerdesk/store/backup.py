"""Consistent copies of a live database through SQLite's online backup API.

A file copy of a database in WAL mode can miss committed pages that still sit in the `-wal`
file, or catch a half-written page; the backup API copies a consistent snapshot even while other
connections write.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sellerdesk.paths import PRIVATE_FILE


def online_backup(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` atomically: a reader never sees a half-written backup.
    The copy is private to the user (0600), like the database it holds."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    # Created empty with its final mode, which SQLite keeps (and gives its journal).
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    # as_uri() escapes what a URI would misread in a folder name (`#`, `?`, `%`).
    src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return destination
