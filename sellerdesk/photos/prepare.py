"""One file in, one stored photo (or a refusal) out: the work a pool worker does per photo.

Plain functions of picklable arguments, so they run the same in a thread pool or a process pool
(the benchmark compares both). Per file:

1. read it once into memory (bounded), hash it and write the copy into `incoming/`, so the
   bytes judged are the bytes kept even if the source changes meanwhile;
2. read the header: real format (by content), pixel count against Pillow's limit;
3. decode once, with JPEG draft scaling, for the largest thumbnail - which also proves the file
   is complete - and draw every thumbnail size from that;
4. if EXIF says the camera was turned, store an upright copy as the photo and keep the original;
5. write the thumbnails (a cache) and hand the files over as `Pending`.

Nothing here touches the database, and nothing here fsyncs: the importer's thread makes the
files durable objects (`ContentStore.commit`) and then commits their rows. Every failure becomes
a `Refusal` with a message; no exception escapes for a bad file.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sellerdesk.photos import decoder_noise, images
from sellerdesk.photos.errors import PhotoRefused
from sellerdesk.photos.images import Facts
from sellerdesk.photos.messages import Message, megabytes
from sellerdesk.photos.storage import ContentStore, Pending

log = logging.getLogger(__name__)

THUMB_SIZES: tuple[int, ...] = (1024, 256)
MAX_FILE_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class Prepared:
    """A checked photo with its thumbnails written: its `files` are committed to the store,
    then its database row is written."""

    name: str
    content_hash: str  # the photo as shown and uploaded (upright)
    original_hash: str  # the file as it came; equal to content_hash unless it was turned
    facts: Facts
    notes: tuple[Message, ...] = ()
    files: tuple[Pending, ...] = ()  # to commit to the store before the row


@dataclass(frozen=True)
class Refusal:
    """A file that was not imported, and why."""

    name: str
    message: Message
    source: str = ""  # where it came from, for the command line's list


@dataclass
class _Copy:
    path: Path  # the copy in `incoming/`
    digest: str
    data: bytes  # the same bytes in memory: decoded from here, not read back from disk

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def head(self) -> bytes:
        return self.data[:32]


def _read_source(source: Path) -> bytes:
    """A regular file's bytes; refuses devices, folders and oversize files."""
    try:
        info = os.stat(source)
    except FileNotFoundError as exc:
        raise PhotoRefused("missing") from exc
    except PermissionError as exc:
        raise PhotoRefused("no_permission") from exc
    except OSError as exc:
        raise PhotoRefused("unreadable", exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):  # /dev/zero or a FIFO would never end
        raise PhotoRefused("not_a_file")
    if info.st_size == 0:
        raise PhotoRefused("empty")
    if info.st_size > MAX_FILE_BYTES:
        raise PhotoRefused("file_too_big", megabytes(info.st_size), megabytes(MAX_FILE_BYTES))
    try:
        with open(source, "rb") as src:
            data = src.read(info.st_size)  # one allocation of the right size
            if tail := src.read(1):  # it grew since `stat`: read on, within the bound
                data += tail + src.read(MAX_FILE_BYTES - len(data))
    except PermissionError as exc:
        raise PhotoRefused("no_permission") from exc
    except IsADirectoryError as exc:
        raise PhotoRefused("not_a_file") from exc
    except OSError as exc:
        raise PhotoRefused("unreadable", exc.strerror or str(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise PhotoRefused("file_too_big", megabytes(len(data)), megabytes(MAX_FILE_BYTES))
    return data


def _keep(data: bytes, target: Path) -> _Copy:
    """Hash `data` and write it to `target`: the bytes judged are the bytes kept, even if the
    source file changes meanwhile. (Both steps release the GIL.)"""
    if not data:
        raise PhotoRefused("empty")
    if len(data) > MAX_FILE_BYTES:
        raise PhotoRefused("file_too_big", megabytes(len(data)), megabytes(MAX_FILE_BYTES))
    target.write_bytes(data)
    return _Copy(target, hashlib.sha256(data).hexdigest(), data)


def _kind(head: bytes) -> str:
    kind = images.sniff(head)
    if kind is not None:
        return kind
    other = images.describe_other(head)
    if other == "HEIC":
        raise PhotoRefused("heic")
    if other is not None:
        raise PhotoRefused("unsupported", other)
    raise PhotoRefused("not_image")


def _already_done(store: ContentStore, copy: _Copy, kind: str, sizes: tuple[int, ...]
                  ) -> Facts | None:
    """Facts of an upright photo stored and thumbnailed before: re-importing it costs a hash."""
    extension = images.FORMATS[kind][0]
    existing = store.object_path(copy.digest, extension)
    if not existing.exists() or not store.has_thumbs(copy.digest, sizes):
        return None
    facts = images.facts_of(existing)
    return facts if facts.orientation == 1 else None


def _process(store: ContentStore, copy: _Copy, name: str, notes: tuple[Message, ...],
             sizes: tuple[int, ...], temporary: Callable[[], Path]) -> Prepared:
    kind = _kind(copy.head)
    extension = images.FORMATS[kind][0]
    done = _already_done(store, copy, kind, sizes)
    if done is not None:
        return Prepared(name, copy.digest, copy.digest, done, notes)
    with images.open_image(copy.data, kind) as image:
        orientation = images.orientation_of(image)
        (width, height), mode, deep = image.size, image.mode, images.is_deep(image)
        thumbs = images.thumbnails(  # draft decoding changes `image.size`: read it first
            images.decode_for_thumbnails(image, max(sizes)), sizes, orientation)
    original = Pending(str(copy.path), copy.digest, extension)
    if orientation == 1:
        content_hash = copy.digest
        facts = Facts(kind, width, height, copy.size, mode, deep, 1)
        files: tuple[Pending, ...] = (original,)
    else:
        with images.open_image(copy.data, kind) as image:
            data, fmt = images.upright_copy(image, orientation)
        turned = temporary()
        turned.write_bytes(data)
        content_hash = hashlib.sha256(data).hexdigest()
        facts = images.facts_of(turned)
        files = (original, Pending(str(turned), content_hash, images.FORMATS[fmt][0]))
        notes = (*notes, Message("rotated"))
    for size, thumb in thumbs.items():
        store.put_thumb(content_hash, size, thumb)
    return Prepared(name, content_hash, copy.digest, facts, notes, files)


Work = Callable[[Callable[[], Path]], Prepared]


def _guarded(store: ContentStore, name: str, source: str, work: Work) -> Prepared | Refusal:
    """Run one file's work; every failure becomes a refusal. Temporary files are removed, but
    those a `Prepared` hands over for committing."""
    created: list[Path] = []

    def temporary() -> Path:
        path = store.new_temporary()
        created.append(path)
        return path

    try:
        with decoder_noise.reading(source or name):  # the decoders' complaints: to the log
            result = work(temporary)
    except PhotoRefused as refused:
        return _cleaned(created, Refusal(name, refused.message, source))
    except MemoryError:
        return _cleaned(created, Refusal(name, Message("out_of_memory"), source))
    except OSError as exc:  # the data folder's disk: full, read-only, gone
        log.warning("storing photo %s failed: %s", name, exc)
        return _cleaned(created, Refusal(name, Message("not_saved", exc.strerror or str(exc)),
                                         source))
    except Exception as exc:  # a bug or a decoder surprise: one photo lost, not the batch
        log.exception("photo %s could not be processed", name)
        return _cleaned(created, Refusal(name, Message("failed", type(exc).__name__), source))
    handed_over = {pending.temporary for pending in result.files}
    _cleaned([path for path in created if str(path) not in handed_over], result)
    return result


def _cleaned(paths: list[Path], result: Prepared | Refusal) -> Prepared | Refusal:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return result


def prepare_path(root: str, source: str, name: str, notes: tuple[Message, ...] = (),
                 sizes: tuple[int, ...] = THUMB_SIZES) -> Prepared | Refusal:
    """Store the file at `source` (shown as `name`) in the photo folder `root`; the result's
    `files` must then be committed with `ContentStore.commit` (or discarded)."""
    store = ContentStore(Path(root))

    def work(temporary: Callable[[], Path]) -> Prepared:
        data = _read_source(Path(source))
        return _process(store, _keep(data, temporary()), name, notes, sizes, temporary)

    return _guarded(store, name, source, work)


def prepare_bytes(root: str, data: bytes, name: str, notes: tuple[Message, ...] = (),
                  sizes: tuple[int, ...] = THUMB_SIZES) -> Prepared | Refusal:
    """`prepare_path` for a photo in memory."""
    store = ContentStore(Path(root))

    def work(temporary: Callable[[], Path]) -> Prepared:
        return _process(store, _keep(data, temporary()), name, notes, sizes, temporary)

    return _guarded(store, name, "", work)


def make_thumbnail(store: ContentStore, content_hash: str, size: int) -> Path:
    """(Re)make one thumbnail of a stored photo, e.g. after the cache was cleared."""
    path = store.find(content_hash)
    if path is None:
        raise PhotoRefused("missing")
    with images.open_image(path) as image:
        orientation = images.orientation_of(image)
        thumbs = images.thumbnails(images.decode_for_thumbnails(image, size), (size,),
                                   orientation)
    return store.put_thumb(content_hash, size, thumbs[size])
