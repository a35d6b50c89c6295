"""Trap files for "nothing was loaded" checks: a folder of real files (a valid PNG, a style
sheet) watched with Linux inotify, so a test sees every open of any file in it, by whichever
code path Qt takes (its own resource loader, QImage, QFile). A refusal list only records what
was asked; this records what was read.
"""

from __future__ import annotations

import ctypes
import os
import struct
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage

IN_OPEN = 0x00000020
IN_NONBLOCK = 0o4000
EVENT = struct.Struct("iIII")  # wd, mask, cookie, len; then len bytes of name

SUPPORTED = sys.platform.startswith("linux")


class FileTrap:
    """A folder holding `trap.png` and `trap.css`; `opened()` names the files opened since the
    last call. Close it when done (the inotify descriptor)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        image = QImage(8, 8, QImage.Format.Format_ARGB32)
        image.fill(QColor("red"))
        assert image.save(str(self.png))
        self.css.write_text("p { color: red }", encoding="utf-8")
        libc = ctypes.CDLL(None, use_errno=True)
        self._fd = libc.inotify_init1(IN_NONBLOCK)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        if libc.inotify_add_watch(self._fd, os.fsencode(folder), IN_OPEN) < 0:
            os.close(self._fd)
            raise OSError(ctypes.get_errno(), "inotify_add_watch failed")

    @property
    def png(self) -> Path:
        return self.folder / "trap.png"

    @property
    def css(self) -> Path:
        return self.folder / "trap.css"

    def opened(self) -> list[str]:
        names: list[str] = []
        for _ in range(1000):  # bounded: each read drains up to 64 KiB of events
            try:
                buffer = os.read(self._fd, 65536)
            except BlockingIOError:
                return names
            offset = 0
            while offset < len(buffer):
                _wd, _mask, _cookie, length = EVENT.unpack_from(buffer, offset)
                start = offset + EVENT.size
                names.append(buffer[start:start + length].rstrip(b"\0").decode())
                offset = start + length
        return names

    def close(self) -> None:
        os.close(self._fd)

    def hostile_markup(self, text: str) -> str:
        """`text` wrapped in every way markup could make Qt read the trap files."""
        return (f'<img src="file://{self.png}"><img src="{self.png}">'
                f'<link rel="stylesheet" href="{self.css}"><b>{text}</b>'
                f'<a href="file://{self.png}">link</a>')
