"""Content-addressed photo files beside the database, written atomically.

Layout under `DataDir.photos`:

    objects/ab/ab12…ef.jpg      a photo's bytes, named by their SHA-256 (originals and the upright
                                copies made from them alike; never modified once written)
    thumbs/256/ab/ab12…ef.jpg   thumbnails, by the hash of the photo they show: a cache that can
                                be deleted at any time and is made again on demand
    incoming/                   files being written; nothing here is referenced by the database

An object is written to `incoming/` by a pool worker; the importer's thread then fsyncs it,
renames it into place and fsyncs its folder (`commit`), *before* the database row that references
it commits: after a crash the database never names a file that is missing or half-written, and
nothing half-written ever carries a hash's name. Doing the fsyncs on the importer's thread, which
otherwise waits, keeps the disk's latency off the workers that decode. Names come only from
hashes this module checks, so no name from outside (`../x.jpg`, `CON`) ever becomes a path.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

_HASH = re.compile(r"[0-9a-f]{64}")
EXTENSIONS = ("jpg", "png", "webp", "gif", "bmp", "tif", "avif")


@dataclass(frozen=True)
class Pending:
    """A complete file in `incoming/` waiting to become the object `content_hash`."""

    temporary: str
    content_hash: str
    extension: str


def check_hash(content_hash: str) -> str:
    """`content_hash` if it is a SHA-256 hex digest; anything else never reaches a path."""
    if not _HASH.fullmatch(content_hash):
        raise ValueError(f"not a content hash: {content_hash!r}")
    return content_hash


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable. Windows cannot open folders; NTFS journals renames itself."""
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


class ContentStore:
    """The photo folder of one shop."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.objects = root / "objects"
        self.thumbs = root / "thumbs"
        self.incoming = root / "incoming"

    # -- paths ----------------------------------------------------------------------------

    def object_path(self, content_hash: str, extension: str) -> Path:
        check_hash(content_hash)
        if extension not in EXTENSIONS:
            raise ValueError(f"unexpected extension {extension!r}")
        return self.objects / content_hash[:2] / f"{content_hash}.{extension}"

    def find(self, content_hash: str) -> Path | None:
        """The stored file with these contents, whatever its extension, or None."""
        folder = self.objects / check_hash(content_hash)[:2]
        for extension in EXTENSIONS:
            path = folder / f"{content_hash}.{extension}"
            if path.exists():
                return path
        return None

    def thumb_path(self, content_hash: str, size: int) -> Path:
        return self.thumbs / str(int(size)) / check_hash(content_hash)[:2] / f"{content_hash}.jpg"

    # -- writing --------------------------------------------------------------------------

    def new_temporary(self) -> Path:
        """A fresh empty file in `incoming/` (the caller removes it or commits it)."""
        self.incoming.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self.incoming, prefix="in-", suffix=".part")
        os.close(fd)
        return Path(name)

    @staticmethod
    def discard(files: Iterable[Pending]) -> None:
        for pending in files:
            with suppress(FileNotFoundError):
                os.unlink(pending.temporary)

    def commit(self, files: Iterable[Pending]) -> None:
        """Make pending files durable objects: fsync, rename into place, fsync the folders.

        Identical bytes may already be stored (imported before, or by a parallel worker): the
        existing object is kept and the temporary dropped - content addressing deduplicates for
        free. Raises OSError (disk full, read-only) after removing what it could not place.
        """
        files = list(files)
        folders: set[Path] = set()
        try:
            for pending in files:
                final = self.object_path(pending.content_hash, pending.extension)
                if final.exists():
                    with suppress(FileNotFoundError):
                        os.unlink(pending.temporary)
                    continue
                fd = os.open(pending.temporary, os.O_RDWR | getattr(os, "O_BINARY", 0))
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(pending.temporary, final)
                folders.add(final.parent)
        except BaseException:
            self.discard(files)
            raise
        for folder in folders:
            _fsync_folder(folder)

    def put_thumb(self, content_hash: str, size: int, data: bytes) -> Path:
        """Write a thumbnail atomically (rename) but without fsync: it is only a cache, and a
        torn one is detected on reading and made again."""
        final = self.thumb_path(content_hash, size)
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=final.parent, prefix=".t-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(name, final)
        except BaseException:
            with suppress(FileNotFoundError):
                os.unlink(name)
            raise
        return final

    def has_thumbs(self, content_hash: str, sizes: tuple[int, ...]) -> bool:
        return all(self.thumb_path(content_hash, size).exists() for size in sizes)

    def sweep_incoming(self, older_than: float = 3600.0) -> int:
        """Delete temporaries a crash left behind; recent ones may belong to another process
        (the command line importing while the window is open), so they are left alone."""
        if not self.incoming.is_dir():
            return 0
        removed = 0
        limit = time.time() - older_than
        for path in self.incoming.iterdir():
            with suppress(OSError):
                if path.stat().st_mtime < limit:
                    path.unlink()
                    removed += 1
        return removed
