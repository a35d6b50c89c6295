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
no partial file behind and never touches the shop's own file. Temporary files are created
exclusively (a name planted in the folder, or a link, is never written through), and what a
backup holds is private to the user: files 0600, the folders it creates 0700. A file named by
the owner (`--out`) is never replaced unless asked for (`force`).

Restoring is in `restoring.py`.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sellerdesk.backups import rotation
from sellerdesk.backups.integrity import quick_check, read_only_uri
from sellerdesk.backups.messages import BackupError, BackupRefused
from sellerdesk.errors import SellerDeskError
from sellerdesk.paths import PRIVATE_FOLDER, DataDir, make_private
from sellerdesk.settings import Settings
from sellerdesk.store.migrate import KNOWN_REVISIONS, current_revision

PHOTO_STORE = "photos"
KINDS = ("auto", "manual", "before-restore")
_NAME = re.compile(r"^sellerdesk-(\d{8}T\d{6})(\d{6})Z-([a-z-]+)\.db$")


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


def make_folder(folder: Path) -> None:
    """Create `folder` (and its parents) private to the user; an existing one is left as the
    owner made it (a USB stick, a synced folder)."""
    missing = [folder, *(p for p in folder.parents if not p.exists())] \
        if not folder.is_dir() else []
    for path in reversed(missing):  # mkdir's `parents` would make the parents 0755
        path.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
        make_private(path, PRIVATE_FOLDER)


def temporary_beside(target: Path) -> Path:
    """A new empty file (0600) in `target`'s folder, created exclusively: whatever is already
    there under any name, a link included, is never opened."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    os.close(fd)
    return Path(name)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
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
    absent, and private to the user. The source is opened read-only, so a full disk can never
    damage it. The temporary file is made in a private folder of its own (SQLite opens it by
    name, so no other program may choose what that name leads to)."""
    workspace = Path(tempfile.mkdtemp(dir=destination.parent, prefix=".sellerdesk-"))
    partial = workspace / "snapshot.db"
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            src.execute("VACUUM INTO ?", (str(partial),))
        finally:
            src.close()
        make_private(partial)
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
        fsync_folder(destination.parent)
    finally:
        shutil.rmtree(workspace, ignore_errors=True)


def _photo_objects(photos: Path | None) -> list[Path]:
    """The shop's photo files (thumbnails are a cache, made again on demand)."""
    objects = photos / "objects" if photos is not None else None
    if objects is None or not objects.is_dir():
        return []
    return sorted(p for p in objects.glob("??/*") if p.is_file())


def _copy_new(source: Path, target: Path) -> bool:
    """Copy one content-addressed file unless the store has it already; temp, then rename."""
    if os.path.lexists(target):
        return False
    make_folder(target.parent)
    partial = temporary_beside(target)
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
    partial = temporary_beside(path)
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
    force: bool = False,
    now: datetime | None = None,
) -> BackupInfo:
    """Back up the database at `source` (open or not) and its photos into `folder`, or to the
    file `out` (its photos then go to a `photos/` folder beside it). An existing `out` (or its
    photo index) is refused unless `force`; even then it is replaced by a rename, never written
    through. Raises BackupError."""
    created = now or datetime.now(UTC)
    destination = out if out is not None else folder / backup_name(created, kind)
    where = destination.parent
    if not source.exists():
        raise SellerDeskError(f"There is no shop database at {source} to back up.")
    _refuse_existing(destination, force)
    with storage_errors(where):
        make_folder(where)
        snapshot = temporary_beside(destination)
        try:
            snapshot.unlink()  # write_snapshot renames its file onto this name
            write_snapshot(source, snapshot)
            # Photos after the snapshot: the store writes a file before the row naming it, so
            # every photo the snapshot references exists by now.
            index: list[str] = []
            store = where / PHOTO_STORE
            for obj in _photo_objects(photos):
                relative = f"{obj.parent.name}/{obj.name}"
                _copy_new(obj, store / relative)
                index.append(relative)
            _refuse_existing(destination, force)  # made meanwhile by someone else?
            _write_json(manifest_for(destination), {"objects": index})
            os.replace(snapshot, destination)  # last: a listed backup is a complete one
            fsync_folder(where)
        except BaseException:
            with contextlib.suppress(OSError):
                snapshot.unlink(missing_ok=True)
            if not destination.exists():
                with contextlib.suppress(OSError):
                    manifest_for(destination).unlink(missing_ok=True)
            raise
    return describe(destination, created=created, kind=kind if out is None else "")


def _refuse_existing(destination: Path, force: bool) -> None:
    if force:
        return
    for path in (destination, manifest_for(destination)):
        if os.path.lexists(path):
            raise BackupRefused("exists", str(path))


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


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup this build can restore and SQLite finds sound: the one to offer."""
    for info in list_backups(folder):
        if info.readable and quick_check(info.path) is None:
            return info
    return None
