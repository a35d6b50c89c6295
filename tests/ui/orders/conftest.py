"""Fixtures for the Orders page: the demo shop in the real window, an in-memory keyring, and
the sandbox marketplace on loopback that can be stopped (offline) and started again on the same
port and file (the connection comes back)."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sellerdesk.paths import DataDir
from sellerdesk.sandbox.embedded import RunningSandbox, start_sandbox
from sellerdesk.ui.main_window import ORDERS, MainWindow


@pytest.fixture
def orders_window(data_dir: DataDir, make_window: Callable[..., MainWindow]) -> MainWindow:
    """The window on the demo shop (no marketplace), showing the Orders page."""
    window = make_window(data_dir, demo=True)
    window.sidebar.setCurrentRow(ORDERS)
    return window


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Marketplace:
    """The demo marketplace on a fixed port and file, so it can go away and come back."""

    def __init__(self, folder: Path) -> None:
        self.file = folder / "marketplace.db"
        self.port = free_port()
        self.running: RunningSandbox | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, **options: Any) -> RunningSandbox:
        self.stop()
        self.running = start_sandbox(data=self.file, seed="demo", port=self.port,
                                     audit_delay=0, admin=True, rate_limit=10_000.0,
                                     rate_burst=10_000, **options)
        return self.running

    def stop(self) -> None:
        if self.running is not None:
            self.running.stop()
            self.running = None


@pytest.fixture
def marketplace(tmp_path: Path) -> Iterator[Marketplace]:
    market = Marketplace(tmp_path)
    market.start()
    yield market
    market.stop()
