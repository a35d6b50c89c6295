"""Shared by the gateway convergence and crash tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.scratch import ram_folder


@pytest.fixture
def fast_tmp(tmp_path: Path) -> Iterator[Path]:
    """A scratch folder in RAM where there is one, as tests/sync's (`tests.scratch.ram_folder`)."""
    with ram_folder(tmp_path, "sellerdesk-ae-") as folder:
        yield folder
