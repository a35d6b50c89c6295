"""Shared by the gateway convergence and crash tests."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def fast_tmp(tmp_path: Path) -> Iterator[Path]:
    """A scratch folder in RAM where there is one (/dev/shm), as tests/sync's: the app commits
    its outbox with synchronous=FULL, and an fsync per local edit would dominate these tests.
    A SIGKILL loses nothing the page cache holds, so the crash tests prove the same there."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="sellerdesk-ae-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
