"""Fixtures: a fresh sandbox (empty, admin switches on, no audit delay unless asked), its
AliExpress gateway, a ready adapter and an app client syncing through it over 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sellerdesk.marketplaces.aliexpress import AliExpressMarketplace
from sellerdesk.sandbox.embedded import RunningSandbox
from tests.keyrings import memory_keyring
from tests.marketplaces.aliexpress.aliexpress_helpers import (
    GatewayClient,
    adapter_for_sandbox,
    gateway_client,
)
from tests.sandboxes import SYNC_DEFAULTS, sandboxes


@pytest.fixture(autouse=True)
def in_memory_keyring() -> Iterator[None]:
    with memory_keyring():
        yield


@pytest.fixture
def start() -> Iterator[Callable[..., RunningSandbox]]:
    with sandboxes(SYNC_DEFAULTS) as start_one:
        yield start_one


@pytest.fixture
def sandbox(start: Callable[..., RunningSandbox]) -> RunningSandbox:
    return start()


@pytest.fixture
def market(sandbox: RunningSandbox) -> Iterator[AliExpressMarketplace]:
    adapter, _ = adapter_for_sandbox(sandbox)
    yield adapter
    adapter.close()


@pytest.fixture
def new_client(tmp_path: Path) -> Iterator[Callable[..., GatewayClient]]:
    made: list[GatewayClient] = []

    def _new(sandbox: RunningSandbox, name: str = "shop", **adapter: Any) -> GatewayClient:
        client = gateway_client(tmp_path / name / "sellerdesk.db", sandbox, **adapter)
        made.append(client)
        return client

    yield _new
    for client in made:
        client.close()
