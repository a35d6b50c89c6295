"""Automatic backups: after activity, at most every 30 minutes, and once more at quit.

"Activity" is read from the file system rather than hooked into every writer: a commit in WAL
mode always touches the `-wal` file (a checkpoint, the main file), and reads touch neither. So
a shop that was only looked at is not backed up again, and no service needs to know backups
exist. The newest backup's time comes from the folder itself, so a crash or a quick restart does
not reset the clock.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sellerdesk.backups import core, rotation
from sellerdesk.backups.integrity import sync_blocked
from sellerdesk.paths import DataDir
from sellerdesk.settings import Settings

log = logging.getLogger(__name__)
INTERVAL = timedelta(minutes=30)


class AutoBackup:
    """Decides when to back up and does it (blocking: run it off the UI thread)."""

    def __init__(
        self,
        data: DataDir,
        settings: Settings,
        *,
        interval: timedelta = INTERVAL,
        policy: rotation.Policy = rotation.DEFAULT_POLICY,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.data = data
        self.settings = settings
        self.interval = interval
        self.policy = policy
        self.clock = clock
        self.last_error: str | None = None
        self._lock = threading.Lock()  # the timer and the quit never back up at once
        self._newest: datetime | None = None
        self._known = False

    @property
    def folder(self) -> Path:
        return core.backup_folder(self.data, self.settings)

    def _last_change(self) -> datetime | None:
        times = []
        for suffix in ("", "-wal"):
            path = self.data.database.with_name(self.data.database.name + suffix)
            try:
                found = path.stat()
            except OSError:
                continue
            # SQLite creates an empty -wal whenever the shop is opened: that is no change, and
            # treating it as one made every start and quit copy the whole database.
            if suffix and found.st_size == 0:
                continue
            times.append(found.st_mtime)
        return datetime.fromtimestamp(max(times), UTC) if times else None

    def _newest_backup(self) -> datetime | None:
        if not self._known:
            found = core.list_backups(self.folder)
            self._newest = found[0].created if found else None
            self._known = True
        return self._newest

    def changed(self) -> bool:
        """Has the shop been written since the newest backup?"""
        changed_at = self._last_change()
        newest = self._newest_backup()
        return changed_at is not None and (newest is None or changed_at > newest)

    def due(self) -> bool:
        newest = self._newest_backup()
        return self.changed() and (newest is None or self.clock() - newest >= self.interval)

    def run(self, *, at_quit: bool = False) -> core.BackupInfo | None:
        """Back up if due (at quit: if anything changed), then rotate. Never raises: a failed
        automatic backup must not stop the shop; `last_error` says why for the window."""
        with self._lock:
            if sync_blocked(self.data.database):  # suspect or being checked: not a backup
                return None
            try:
                if not (self.changed() if at_quit else self.due()):
                    return None
                info = core.make_backup(self.data.database, self.folder, photos=self.data.photos,
                                        kind="auto", now=self.clock())
                self._newest, self._known = info.created, True
                core.rotate(self.folder, self.policy)
                self.last_error = None
                return info
            except Exception as exc:  # logged and shown; the next tick tries again
                self.last_error = str(exc)
                log.warning("automatic backup failed: %s", exc)
                return None

    def forget(self) -> None:
        """The folder changed (setting, restore): read it again next time."""
        self._known = False
