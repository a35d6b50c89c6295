"""Making, listing and restoring backups of a shop: the database and its photos.

Layout of a backup folder (the data folder's `backups/` unless the owner chose another, e.g. a USB
stick or a synced folder):

    sellerdesk-20261124T181500123456Z-auto.db         a consistent, compacted database
    sellerdesk-20261124T181500123456Z-auto.photos.json  the photo index: the objects it needs
    photos/ab/ab12…ef.jpg                             photo files, stored once by content hash

The database is written with `VACUUM INTO` from a read-only connection: a consistent snapshot
even while the window and the sync write (a file copy of a WAL database can miss committed pages
or catch a torn one). Everything is written under a temporary name and renamed into place, the
database last, so a backup that is listed is complete; a full disk or a read-only folder leaves
no partial file behind and never touches the shop's own file.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sellerdesk.backups import rotation
from sellerdesk.backups.integrity import (
    RESTORING,
    clear_marker,
    hold_sync,
    quarantine,
    quick_check,
    read_only_uri,
    release_sync,
)
from sellerdesk.errors import SchemaTooNewError, SellerDeskError, StorageError
from sellerdesk.paths import DataDir
from sellerdesk.settings import Settings
from sellerdesk.store.migrate import HEAD, KNOWN_REVISIONS, current_revision, upgrade

PHOTO_STORE = "photos"
KINDS = ("auto", "manual", "before-restore")
_NAME = re.compile(r"^sellerdesk-(\d{8}T\d{6})(\d{6})Z-([a-z-]+)\.db$")


class BackupError(StorageError):
    """A backup or restore that could not be written; the shop's own file is untouched."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC
    kind: str  # auto, manual, before-restore, or "" for a file named by the owner
    size: int  # bytes of the database file
    revision: str | None  # schema revision; None when unreadable
    photos: int  # photo files its index names

    @property
    def readable(self) -> bool:
        return self.revision is not None and self.revision in KNOWN_REVISIONS

    def to_json(self) -> dict[str, object]:
        return {"path": str(self.path), "created": self.created.isoformat(), "kind": self.kind,
                "size": self.size, "revision": self.revision, "photos": self.photos}


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    before: BackupInfo | None  # the backup of the state replaced (None if there was none)
    quarantined: Path | None  # where a damaged current file went
    photos_restored: int


def backup_folder(data: DataDir, settings: Settings | None = None) -> Path:
    """The folder chosen in settings, or the data folder's own `backups/`."""
    chosen = (settings or Settings.load(data.settings)).backup_folder
    return Path(chosen).expanduser() if chosen else data.backups


def manifest_for(database_file: Path) -> Path:
    return database_file.with_name(database_file.stem + ".photos.json")


@contextlib.contextmanager
def storage_errors(folder: Path) -> Iterator[None]:
    """Turn a full disk or a read-only folder into one sentence the owner can act on."""
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise BackupError(
                f"The backup folder {folder} is full: free some space or choose another folder. "
                "Nothing was lost; the incomplete backup was removed.") from exc
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise BackupError(
                f"The backup folder {folder} is read-only: choose another folder. "
                "Nothing was lost.") from exc
        raise BackupError(f"Cannot write to {folder}: {exc.strerror or exc}. "
                          "Nothing was lost.") from exc
    except sqlite3.OperationalError as exc:
        message = str(exc).lower()
        if "full" in message:
            raise BackupError(
                f"The backup folder {folder} is full: free some space or choose another folder. "
                "Nothing was lost; the incomplete backup was removed.") from exc
        if "readonly" in message or "read-only" in message or "unable to open" in message:
            raise BackupError(
                f"The backup folder {folder} is read-only: choose another folder. "
                "Nothing was lost.") from exc
        raise BackupError(f"The backup could not be written: {exc}. Nothing was lost.") from exc


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make renames durable; Windows cannot open folders (NTFS journals renames itself)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_snapshot(source: Path, destination: Path) -> None:
    """`VACUUM INTO` a temporary file, verify it, then rename: the destination is complete or
    absent. The source is opened read-only, so a full disk can never damage it."""
    partial = destination.with_name(f".{destination.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            src.execute("VACUUM INTO ?", (str(partial),))
        finally:
            src.close()
        out = sqlite3.connect(partial)
        try:
            out.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            out.close()
        problem = quick_check(partial)
        if problem is not None:
            raise SellerDeskError(f"The backup did not verify ({problem}); it was not kept.")
        _fsync(partial)
        os.replace(partial, destination)
        _fsync_folder(destination.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def _photo_objects(photos: Path | None) -> list[Path]:
    """The shop's photo files (thumbnails are a cache, made again on demand)."""
    objects = photos / "objects" if photos is not None else None
    if objects is None or not objects.is_dir():
        return []
    return sorted(p for p in objects.glob("??/*") if p.is_file())


def _copy_new(source: Path, target: Path) -> bool:
    """Copy one content-addressed file unless the store has it already; temp, then rename."""
    if target.exists():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    try:
        shutil.copyfile(source, partial)
        _fsync(partial)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    return True


def _write_json(path: Path, value: object) -> None:
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(json.dumps(value, indent=1), encoding="utf-8")
        _fsync(partial)
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def backup_name(created: datetime, kind: str) -> str:
    return f"sellerdesk-{created.strftime('%Y%m%dT%H%M%S%fZ')}-{kind}.db"


def make_backup(
    source: Path,
    folder: Path,
    *,
    photos: Path | None = None,
    kind: str = "manual",
    out: Path | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Back up the database at `source` (open or not) and its photos into `folder`, or to the
    file `out` (its photos then go to a `photos/` folder beside it). Raises BackupError."""
    created = now or datetime.now(UTC)
    destination = out if out is not None else folder / backup_name(created, kind)
    where = destination.parent
    if not source.exists():
        raise SellerDeskError(f"There is no shop database at {source} to back up.")
    with storage_errors(where):
        where.mkdir(parents=True, exist_ok=True)
        snapshot = destination.with_name(f".{destination.name}.snapshot")
        try:
            write_snapshot(source, snapshot)
            # Photos after the snapshot: the store writes a file before the row naming it, so
            # every photo the snapshot references exists by now.
            index: list[str] = []
            store = where / PHOTO_STORE
            for obj in _photo_objects(photos):
                relative = f"{obj.parent.name}/{obj.name}"
                _copy_new(obj, store / relative)
                index.append(relative)
            _write_json(manifest_for(destination), {"objects": index})
            os.replace(snapshot, destination)  # last: a listed backup is a complete one
            _fsync_folder(where)
        except BaseException:
            with contextlib.suppress(OSError):
                snapshot.unlink(missing_ok=True)
            if not destination.exists():
                with contextlib.suppress(OSError):
                    manifest_for(destination).unlink(missing_ok=True)
            raise
    return describe(destination, created=created, kind=kind if out is None else "")


def _photo_count(database_file: Path) -> int:
    try:
        raw = json.loads(manifest_for(database_file).read_text(encoding="utf-8"))
        return len(raw.get("objects", []))
    except (OSError, ValueError, AttributeError):
        return 0


def describe(path: Path, *, created: datetime | None = None, kind: str | None = None) -> BackupInfo:
    """Time, size, schema revision and photo count of one backup file."""
    match = _NAME.match(path.name)
    if created is None:
        if match:
            created = datetime.strptime(match[1] + match[2], "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
        else:
            created = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    if kind is None:
        kind = match[3] if match else ""
    try:
        revision = current_revision(path)
    except SellerDeskError:
        revision = None
    return BackupInfo(path=path, created=created, kind=kind, size=path.stat().st_size,
                      revision=revision, photos=_photo_count(path))


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [describe(p) for p in folder.iterdir() if _NAME.match(p.name) and p.is_file()]
    return sorted(found, key=lambda b: b.created, reverse=True)


def rotate(folder: Path, policy: rotation.Policy = rotation.DEFAULT_POLICY) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps, then the photos no backup's index
    names. Backups made by hand or before a restore are never deleted automatically."""
    backups = list_backups(folder)
    automatic = [b for b in backups if b.kind == "auto"]
    keep = rotation.to_keep([b.created for b in automatic], policy)
    removed: list[Path] = []
    for info in automatic:
        if info.created not in keep:
            manifest_for(info.path).unlink(missing_ok=True)
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    if removed:
        _prune_photos(folder)
    return removed


def _prune_photos(folder: Path) -> None:
    store = folder / PHOTO_STORE
    if not store.is_dir():
        return
    wanted: set[str] = set()
    for manifest in folder.glob("*.photos.json"):
        try:
            wanted.update(json.loads(manifest.read_text(encoding="utf-8")).get("objects", []))
        except (OSError, ValueError, AttributeError):
            return  # an unreadable index: keep every photo rather than guess
    for obj in store.glob("??/*"):
        if f"{obj.parent.name}/{obj.name}" not in wanted:
            obj.unlink(missing_ok=True)


def _restore_photos(backup: Path, photos: Path) -> int:
    """Put back the photo files the backup's index names and the shop lacks."""
    try:
        names = json.loads(manifest_for(backup).read_text(encoding="utf-8")).get("objects", [])
    except (OSError, ValueError, AttributeError):
        return 0
    restored = 0
    store = backup.parent / PHOTO_STORE
    for relative in names:
        source = store / relative
        if source.is_file() and _copy_new(source, photos / "objects" / relative):
            restored += 1
    return restored


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
    if info.revision != HEAD:
        upgrade(staging, HEAD)
    return info


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
    with storage_errors(data.root):
        try:
            info = prepare_restore(backup, staging)
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
                _fsync_folder(data.root)
            clear_marker(data.database)
            held = False
            photos = _restore_photos(backup, data.photos)
        finally:
            if held:  # failed before the new file was in: the old one is as it was
                release_sync(data.database, RESTORING)
            with contextlib.suppress(OSError):
                staging.unlink(missing_ok=True)
    return RestoreResult(restored=info, before=before, quarantined=quarantined,
                         photos_restored=photos)


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


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup this build can restore and SQLite finds sound: the one to offer."""
    for info in list_backups(folder):
        if info.readable and quick_check(info.path) is None:
            return info
    return None
