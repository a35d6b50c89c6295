"""What Pillow and libtiff say about a damaged file goes to the log, never to the terminal.

A damaged photo is refused with one worded message (`photos.messages`). Meanwhile Pillow warns
through Python's `warnings` ("Corrupt EXIF data", "Tag data larger than file. Skipping tag 257"
- one per tag, pages of them for a folder of bad scans), and libtiff, which Pillow uses for
compressed TIFFs, prints its own errors straight to the process's stderr from C ("tempfile.tif:
Using code not yet in table."). Neither helps an owner; both help whoever reads the log
(issue #16, item 6).

Both are routed once, at import, never toggled: a `warnings` filter or a redirected stderr
changed around each decode would be process-wide state changed from worker threads.
- Python warnings raised inside PIL are logged; every other warning is shown as before.
- libtiff's error and warning handlers are set (through ctypes, on the libtiff Pillow loaded)
  to a function that logs. Where that library cannot be found (a build with libtiff linked in
  statically), libtiff keeps its own handlers: nothing breaks, and the log says so.

`reading(name)` names the file being decoded by this thread, so the log says which file.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import PIL

log = logging.getLogger("sellerdesk.photos.decoder")
_PIL_FOLDER = str(Path(PIL.__file__).resolve().parent)
_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p)
_state = threading.local()
_lock = threading.Lock()
_installed: list[Any] = []  # the ctypes callback, kept alive for as long as libtiff holds it


@contextmanager
def reading(name: str | None) -> Iterator[None]:
    """Complaints from this thread's decoder name `name` until the block ends (None: keep
    the name an outer block gave, e.g. the file whose bytes are being decoded)."""
    previous = getattr(_state, "name", None)
    _state.name = name or previous
    try:
        yield
    finally:
        _state.name = previous


def _name() -> str:
    return getattr(_state, "name", None) or "an image"


def install() -> None:
    """Route both kinds of complaint to the log; safe to call more than once."""
    with _lock:
        if _installed:
            return
        _installed.append(_route_warnings())
        _installed.append(_route_libtiff())


def _from_pillow(filename: str) -> bool:
    try:
        return str(Path(filename).resolve()).startswith(_PIL_FOLDER)
    except (OSError, ValueError):
        return False


def _route_warnings() -> Any:
    shown = warnings.showwarning

    def showwarning(message: Warning | str, category: type[Warning], filename: str,
                    lineno: int, file: TextIO | None = None, line: str | None = None) -> None:
        if _from_pillow(filename):
            log.info("%s: Pillow: %s", _name(), message)
            return
        shown(message, category, filename, lineno, file, line)

    warnings.showwarning = showwarning
    return showwarning


def _libtiff() -> ctypes.CDLL | None:
    """The libtiff Pillow loaded: bundled beside it (wheels), or the system's (distributions)."""
    folder = Path(_PIL_FOLDER)
    candidates = [*sorted((folder.parent / "pillow.libs").glob("libtiff*")),
                  *sorted((folder / ".dylibs").glob("libtiff*"))]
    system = ctypes.util.find_library("tiff")
    if system:
        candidates.append(Path(system))
    for candidate in candidates:
        try:
            return ctypes.CDLL(str(candidate))
        except OSError:
            continue
    return None


def _formatter() -> Any:
    """`vsnprintf` from the C library (POSIX), to fill libtiff's message with its arguments."""
    if sys.platform == "win32":
        return None
    try:
        function = ctypes.CDLL(None).vsnprintf
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_void_p]
    function.restype = ctypes.c_int
    return function


def _route_libtiff() -> Any:
    library = _libtiff()
    if library is None:
        log.info("libtiff not found: its messages keep going to stderr")
        return None
    vsnprintf = _formatter()

    def handler(module: bytes | None, template: bytes | None, args: int | None) -> None:
        text = (template or b"").decode("utf-8", "replace")
        if vsnprintf is not None and template is not None and args is not None:
            buffer = ctypes.create_string_buffer(1024)
            vsnprintf(buffer, len(buffer), template, args)
            text = buffer.value.decode("utf-8", "replace")
        where = (module or b"").decode("utf-8", "replace")
        log.info("%s: libtiff: %s%s", _name(), f"{where}: " if where else "", text)

    callback = _HANDLER(handler)
    for setter in ("TIFFSetErrorHandler", "TIFFSetWarningHandler"):
        function = getattr(library, setter, None)
        if function is not None:
            function.argtypes = [_HANDLER]
            function.restype = ctypes.c_void_p
            function(callback)
    return callback
