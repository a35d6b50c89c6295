"""Fixtures for the backup suite: a shop with a connected account on a fresh sandbox
marketplace (real HTTP on 127.0.0.1), an in-memory keyring, and helpers to look at both sides."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.sandbox.embedded import RunningSandbox, fetch_token, start_sandbox
from sellerdesk.secrets import SecretStore
from sellerdesk.store import Database
from sellerdesk.store.models import Account, OutboxEntry
from sellerdesk.sync import accounts
from sellerdesk.sync.engine import SyncEngine
from tests.keyrings import memory_keyring as in_memory_keyring
from tests.ui.conftest import make_window, run  # noqa: F401 - the window fixtures, shared


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[None]:
    with in_memory_keyring():
        yield


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    running = start_sandbox(seed="empty", audit_delay=0, rate_limit=10_000.0, rate_burst=10_000)
    yield running
    running.stop()


class Market:
    """The marketplace as its owner sees it on the website (a token of its own)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = requests.Session()
        self.headers = fetch_token(url, "sellerdesk-owner-website", session=self.http).headers

    def products(self) -> list[dict[str, Any]]:
        answer = self.http.get(f"{self.url}/v1/products", params={"limit": 200},
                               headers=self.headers, timeout=10)
        answer.raise_for_status()
        return list(answer.json()["items"])

    def skus(self) -> list[str]:
        return sorted(v["sku"] for p in self.products() for v in p["variants"])


@dataclass
class Shop:
    data: DataDir
    database: Database
    secrets: SecretStore
    account_id: str

    @property
    def catalogue(self) -> Catalogue:
        return Catalogue(self.database)

    def engine(self, database: Database | None = None) -> SyncEngine:
        db = database or self.database
        with db.read() as session:
            account = session.get(Account, self.account_id)
            assert account is not None
        return SyncEngine(db, accounts.adapter_for(db, self.secrets, account), self.account_id)

    def add(self, sku: str, title: str = "Sedia", price: int = 1250) -> str:
        return self.catalogue.create_product(ProductInput(
            texts={"it": {"title": title, "description": ""}},
            variants=[VariantInput(sku=sku, price_minor=price, stock=3)], status="active"))

    def outbox(self) -> int:
        with self.database.read() as session:
            return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0

    def reopen(self) -> None:
        self.database.close()
        self.database = Database.open(self.data.database)


@pytest.fixture
def shop(tmp_path: Path, sandbox: RunningSandbox) -> Iterator[Shop]:
    data = DataDir(tmp_path / "shop").ensure()
    database = Database.open(data.database)
    secrets = SecretStore()
    account_id = accounts.connect(database, secrets, sandbox.url, "Sandbox")
    made = Shop(data, database, secrets, account_id)
    yield made
    made.database.close()


@pytest.fixture
def market(sandbox: RunningSandbox) -> Market:
    return Market(sandbox.url)
