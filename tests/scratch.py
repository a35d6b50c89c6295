"""Scratch folders for tests that commit often: in RAM where the machine has one."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def ram_folder(fallback: Path, prefix: str) -> Iterator[Path]:
    """A new folder in /dev/shm (removed after the block), or `fallback` where there is none.

    The app commits its outbox with synchronous=FULL, and an fsync per local edit would
    dominate a test that makes thousands. A SIGKILL loses nothing the page cache holds, so the
    crash tests prove the same there."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield fallback
        return
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
