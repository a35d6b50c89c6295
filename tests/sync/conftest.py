"""Fixtures for the sync suite: the sandbox marketplace on 127.0.0.1 over real HTTP, app clients
with their own SQLite files, and an in-memory keyring (never the user's real one, DESIGN §10).

Each test that needs a marketplace gets a fresh, empty one (admin switches on, no audit delay,
a rate limit high enough that only the 429 fault throttles); it starts in well under 100 ms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import FIGURES, Client, Server

from sellerdesk.sandbox.embedded import RunningSandbox
from tests.keyrings import MemoryKeyring, memory_keyring
from tests.sandboxes import SYNC_DEFAULTS, StartSandbox, sandboxes
from tests.scratch import ram_folder

NewClient = Callable[..., Client]


@pytest.fixture(autouse=True)
def in_memory_keyring() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def fast_tmp(tmp_path: Path) -> Iterator[Path]:
    """A scratch folder in RAM where there is one (`tests.scratch.ram_folder`)."""
    with ram_folder(tmp_path, "sellerdesk-sync-") as folder:
        yield folder


@pytest.fixture
def start() -> Iterator[StartSandbox]:
    with sandboxes(SYNC_DEFAULTS) as start_one:
        yield start_one


@pytest.fixture
def sandbox(start: StartSandbox) -> RunningSandbox:
    return start()


@pytest.fixture
def server(sandbox: RunningSandbox) -> Server:
    return Server(sandbox)


@pytest.fixture
def new_client(fast_tmp: Path, sandbox: RunningSandbox) -> Iterator[NewClient]:
    made: list[Client] = []

    def _new(name: str = "shop", **kwargs: Any) -> Client:
        client = Client.connect(fast_tmp / name / "sellerdesk.db", sandbox.url, name, **kwargs)
        made.append(client)
        return client

    yield _new
    for client in made:
        client.close()


@pytest.fixture
def client(new_client: NewClient) -> Client:
    return new_client("shop")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FIGURES:
        terminalreporter.section("sync figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
