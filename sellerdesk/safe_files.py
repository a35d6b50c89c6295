"""Writing a file the owner named (`--out FILE`) without harming what is already there.

`write_new` refuses an existing path unless asked to overwrite it, refuses a missing folder
rather than creating one where a typo put it, and never writes through a symbolic link: the data
goes to a temporary file in the same folder, which then takes the name in one step - created
under the name only if nothing has it meanwhile, or replacing the name itself (a link included,
never its target) when overwriting. A reader never sees a half-written file, and a failed write
leaves the old one as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from sellerdesk.errors import SellerDeskError
from sellerdesk.messages import QT_TRANSLATE_NOOP, Message

_ATTEMPTS = 20  # temporary names tried; each is random, so one clash is already unlikely


class FileMessage(Message):
    """Why a file the owner named was not written (DESIGN §13)."""

    CONTEXT = "FileMessages"
    TEMPLATES = {
        "exists": QT_TRANSLATE_NOOP(
            "FileMessages",
            "%1 already exists: choose another name, or add --force to replace it."),
        "is_folder": QT_TRANSLATE_NOOP(
            "FileMessages", "%1 is a folder: give the name of the file to write."),
        "no_folder": QT_TRANSLATE_NOOP(
            "FileMessages", "The folder %1 does not exist: create it first, or choose another."),
        "cannot_write": QT_TRANSLATE_NOOP("FileMessages", "Cannot write %1: %2"),
    }


class FileRefused(SellerDeskError):
    """The file was not written; its `message` says why, in any language."""

    def __init__(self, code: str, *args: str) -> None:
        super().__init__(FileMessage(code, *args))


Writer = Callable[[Path], object]


def _temporary(folder: Path, name: str) -> Path:
    """A new empty file in `folder`, created with the mode a new file gets there (umask)."""
    for _ in range(_ATTEMPTS):
        candidate = folder / f".{name}.{secrets.token_hex(4)}.part"
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _claim(temporary: Path, path: Path) -> None:
    """Give `temporary` the name `path` only if nothing has that name, in one step."""
    try:
        os.link(temporary, path)  # fails if `path` exists, even as a dangling link
    except FileExistsError:
        raise FileRefused("exists", str(path)) from None
    except OSError:  # no hard links here (FAT, some network drives)
        if os.path.lexists(path):
            raise FileRefused("exists", str(path)) from None
        os.rename(temporary, path)  # Windows' rename itself refuses an existing name
        return
    temporary.unlink()


def check_new(path: Path, *, force: bool = False) -> None:
    """Raise FileRefused if `write_new(path, force=force)` would refuse; for checking before
    slow work (drawing a PDF) that would otherwise be wasted."""
    if path.is_dir():
        raise FileRefused("is_folder", str(path))
    if not force and os.path.lexists(path):
        raise FileRefused("exists", str(path))
    folder = path.parent
    if not folder.is_dir():
        raise FileRefused("no_folder", str(folder))


def write_new(path: Path, data: bytes | Writer, *, force: bool = False) -> Path:
    """Write `data` (bytes, or a function that writes the file at the path it is given) to
    `path`; refuses an existing path unless `force`. Raises FileRefused with the reason."""
    path = Path(path)
    check_new(path, force=force)
    try:
        temporary = _temporary(path.parent, path.name)
    except OSError as exc:
        raise FileRefused("cannot_write", str(path), exc.strerror or str(exc)) from exc
    try:
        if isinstance(data, bytes):
            with open(temporary, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        else:
            data(temporary)
        if force:
            os.replace(temporary, path)  # replaces a link itself, never the file it points to
        else:
            _claim(temporary, path)
    except FileRefused:
        raise
    except IsADirectoryError as exc:
        raise FileRefused("is_folder", str(path)) from exc
    except OSError as exc:
        raise FileRefused("cannot_write", str(path), exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    return path
