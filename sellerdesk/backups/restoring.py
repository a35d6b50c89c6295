"""Restoring a backup: everything checked before anything changes, then swapped in at once.

A backup folder may have been on a USB stick, in a synced folder, or sent by someone: its files
are input from outside. So before the shop's file is touched:

- the photo index may name only photo objects as the store names them (`ab/ab12…ef.jpg`: a
  SHA-256 and a known extension), each a plain file (never a link) inside the backup's photo
  folder, whose content matches its hash; the photos the shop lacks are copied, verified, into
  a private folder beside the shop's photos, ready to be renamed into place;
- the database's schema must be exactly what SellerDesk's migrations make at its revision (no
  extra triggers, views or tables), and `integrity_check` and `foreign_key_check` must pass
  (`store.schema_check`); only then is a private copy migrated to this build's schema.

A refusal says why and leaves the shop as it was. Accounts whose marketplace address differs
from the shop's current one are marked as needing a new login (the keyring's token is bound to
its own address anyway: `sync.accounts`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sellerdesk.backups.core import (
    PHOTO_STORE,
    BackupInfo,
    backup_folder,
    describe,
    fsync_folder,
    make_backup,
    make_folder,
    manifest_for,
    storage_errors,
    write_snapshot,
)
from sellerdesk.backups.integrity import (
    RESTORING,
    clear_marker,
    hold_sync,
    quarantine,
    quick_check,
    read_only_uri,
    release_sync,
)
from sellerdesk.backups.messages import BackupRefused
from sellerdesk.errors import SchemaTooNewError, SellerDeskError
from sellerdesk.paths import DataDir
from sellerdesk.photos.names import shown
from sellerdesk.photos.storage import EXTENSIONS
from sellerdesk.store.migrate import HEAD, KNOWN_REVISIONS, upgrade
from sellerdesk.store.schema_check import schema_problems, soundness_problems

PHOTO_NAME = re.compile(
    r"(?P<folder>[0-9a-f]{2})/(?P<hash>(?P=folder)[0-9a-f]{62})\.(?P<ext>[a-z]{3,4})")
CHUNK = 1 << 20


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    before: BackupInfo | None  # the backup of the state replaced (None if there was none)
    quarantined: Path | None  # where a damaged current file went
    photos_restored: int
    needs_login: tuple[str, ...] = ()  # accounts whose marketplace address changed


@dataclass(frozen=True)
class StagedPhotos:
    """Verified copies of the photos the shop lacks, waiting beside the shop's photo store."""

    folder: Path | None
    files: tuple[tuple[Path, Path], ...]  # (staged copy, where it goes)

    def discard(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)

    def install(self) -> int:
        """Rename the copies into the store (after the database is in); returns how many."""
        placed = 0
        folders: set[Path] = set()
        try:
            for staged, target in self.files:
                make_folder(target.parent)
                if not os.path.lexists(target):
                    os.replace(staged, target)
                    folders.add(target.parent)
                    placed += 1
        finally:
            self.discard()
        for folder in folders:
            fsync_folder(folder)
        return placed


def photo_index(backup: Path) -> list[tuple[str, str]]:
    """(relative path, content hash) of each photo the backup's index names; BackupRefused for
    an index that is not a plain, readable list of store names. No index: no photos."""
    index = manifest_for(backup)
    if not os.path.lexists(index):
        return []
    try:
        if not stat.S_ISREG(os.lstat(index).st_mode):
            raise ValueError("not a plain file")
        raw = json.loads(index.read_text(encoding="utf-8"))
        names = raw["objects"]
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ValueError("not a list of names")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BackupRefused("bad_photo_index", str(index), str(exc)) from exc
    found: list[tuple[str, str]] = []
    for name in names:
        match = PHOTO_NAME.fullmatch(name)
        if match is None or match["ext"] not in EXTENSIONS:
            raise BackupRefused("bad_photo_name", shown(name))
        found.append((name, match["hash"]))
    return found


def stage_photos(backup: Path, names: list[tuple[str, str]], photos: Path) -> StagedPhotos:
    """Copy the photos the shop lacks from the backup into a private folder under `photos`,
    checking each on the way; BackupRefused (nothing staged is left) when one fails."""
    store = backup.parent / PHOTO_STORE
    store_root = store.resolve()
    objects = photos / "objects"
    folder: Path | None = None
    files: list[tuple[Path, Path]] = []
    try:
        for relative, content_hash in names:
            target = objects / relative
            source = store / relative
            if os.path.lexists(target) or not os.path.lexists(source):
                continue  # the shop has it, or the backup lost it (as before: not fatal)
            if not stat.S_ISREG(os.lstat(source).st_mode) or \
                    not source.resolve().is_relative_to(store_root):
                raise BackupRefused("photo_not_a_file", relative)
            if folder is None:
                make_folder(photos / "incoming")
                folder = Path(tempfile.mkdtemp(dir=photos / "incoming", prefix="restore-"))
            staged = folder / target.name
            if _copy_verified(source, staged) != content_hash:
                raise BackupRefused("photo_changed", relative)
            files.append((staged, target))
    except BaseException:
        StagedPhotos(folder, ()).discard()
        raise
    return StagedPhotos(folder, tuple(files))


def _copy_verified(source: Path, staged: Path) -> str:
    """Copy `source` (never through a link) to the new file `staged`; the SHA-256 of what was
    copied."""
    digest = hashlib.sha256()
    fd = os.open(source, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as src:
        if not stat.S_ISREG(os.fstat(src.fileno()).st_mode):
            raise BackupRefused("photo_not_a_file", source.name)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        out_fd = os.open(staged, flags, 0o600)
        with os.fdopen(out_fd, "wb") as out:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    return digest.hexdigest()


def prepare_restore(backup: Path, staging: Path) -> BackupInfo:
    """Check the backup and bring a private copy of it to this build's schema."""
    if not backup.is_file():
        raise SellerDeskError(f"No backup at {backup}.")
    info = describe(backup)
    if info.revision is None:
        raise SellerDeskError(f"{backup} is damaged or not a SellerDesk backup; nothing changed.")
    if info.revision not in KNOWN_REVISIONS:
        raise SchemaTooNewError(f"{backup} was made by a newer SellerDesk (schema "
                                f"{info.revision}); update SellerDesk to restore it.")
    problem = quick_check(backup)
    if problem is not None:
        raise SellerDeskError(f"{backup} is damaged ({problem}); nothing changed.")
    write_snapshot(backup, staging)
    # The private copy is what gets installed: it is the one checked, before any migration
    # writes to it (a trigger planted in it would run on those writes).
    problems = schema_problems(staging, info.revision)
    if problems:
        raise BackupRefused("schema_differs", str(backup), "; ".join(problems))
    problems = soundness_problems(staging)
    if problems:
        raise BackupRefused("unsound", str(backup), "; ".join(problems))
    if info.revision != HEAD:
        upgrade(staging, HEAD)
    return info


def _addresses(path: Path) -> dict[str, tuple[str, str]]:
    """Account id -> (name, base URL) in the file at `path`; {} when it cannot be read."""
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
            rows = conn.execute("SELECT id, name, base_url FROM accounts").fetchall()
    except sqlite3.Error:
        return {}
    return {str(i): (str(n), str(u).rstrip("/")) for i, n, u in rows}


def flag_moved_accounts(staging: Path, live: Path) -> tuple[str, ...]:
    """Mark the restored accounts whose marketplace address differs from the shop's current
    one as needing a new login; returns their names."""
    now = _addresses(live) if live.exists() else {}
    moved = [(i, name) for i, (name, url) in _addresses(staging).items()
             if i in now and now[i][1] != url]
    if moved:
        with contextlib.closing(sqlite3.connect(staging, isolation_level=None)) as conn:
            conn.executemany("UPDATE accounts SET needs_login = 1 WHERE id = ?",
                             [(i,) for i, _ in moved])
    return tuple(name for _, name in moved)


def restore(
    data: DataDir, backup: Path, *, folder: Path | None = None, busy_timeout: float = 30.0
) -> RestoreResult:
    """Replace the shop's database with `backup`, after backing up the current state.

    The new content goes in through SQLite's backup API in one transaction on the shop's own
    file: another connection (the window's) sees either the old shop or the restored one, and a
    crash half way leaves the old one. A damaged current file is quarantined instead of backed
    up. The sync afterwards pushes the restored outbox (idempotency keys make repeats harmless)
    and pulls from the restored, older cursor."""
    folder = folder or backup_folder(data)
    staging = data.root / ".restore.partial.db"
    # No sync pass may start while the file changes under it (another process included).
    held = hold_sync(data.database, RESTORING)
    photos: StagedPhotos | None = None
    with storage_errors(data.root):
        try:
            names = photo_index(backup)
            info = prepare_restore(backup, staging)
            photos = stage_photos(backup, names, data.photos)
            moved = flag_moved_accounts(staging, data.database)
            before: BackupInfo | None = None
            quarantined: Path | None = None
            if data.database.exists():
                if quick_check(data.database) is None:
                    before = make_backup(data.database, folder, photos=data.photos,
                                         kind="before-restore")
                else:
                    quarantined = quarantine(data, "damaged when a backup was restored")
            if data.database.exists():
                _match_page_size(staging, data.database)
                _install_live(staging, data.database, busy_timeout)
            else:
                for suffix in ("-wal", "-shm", "-journal"):
                    data.database.with_name(data.database.name + suffix).unlink(missing_ok=True)
                os.replace(staging, data.database)
                fsync_folder(data.root)
            clear_marker(data.database)
            held = False
            restored = photos.install()
        finally:
            if held:  # failed before the new file was in: the old one is as it was
                release_sync(data.database, RESTORING)
            if photos is not None:
                photos.discard()
            with contextlib.suppress(OSError):
                staging.unlink(missing_ok=True)
    return RestoreResult(restored=info, before=before, quarantined=quarantined,
                         photos_restored=restored, needs_login=moved)


def _match_page_size(staging: Path, database: Path) -> None:
    """The backup API cannot change the page size of a WAL database: a backup from a file with
    another page size (another machine, an older SQLite) is rebuilt to the live one's first."""
    with contextlib.closing(sqlite3.connect(read_only_uri(database), uri=True)) as live:
        wanted = live.execute("PRAGMA page_size").fetchone()[0]
    with contextlib.closing(sqlite3.connect(staging, isolation_level=None)) as conn:
        if conn.execute("PRAGMA page_size").fetchone()[0] != wanted:
            conn.execute(f"PRAGMA page_size = {int(wanted)}")
            conn.execute("VACUUM")


def _install_live(staging: Path, database: Path, busy_timeout: float) -> None:
    src = sqlite3.connect(staging)
    try:
        dst = sqlite3.connect(database, timeout=busy_timeout)
        try:
            src.backup(dst)  # all pages in one step: one transaction on the destination
        finally:
            dst.close()
    finally:
        src.close()
