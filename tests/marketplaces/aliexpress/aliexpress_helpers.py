"""Building blocks for AliExpress tests: a sandbox with its gateway, a ready adapter, and an app
client (database + engine) syncing through it. Import from here to run any sync suite against
the gateway: `gateway_client(path, sandbox)` is the AliExpress twin of sync_helpers' Client.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.marketplaces.aliexpress import (
    AliExpressClient,
    AliExpressMarketplace,
    AppCredentials,
)
from sellerdesk.marketplaces.rest import TokenSource
from sellerdesk.orders.service import Orders
from sellerdesk.sandbox.embedded import RunningSandbox
from sellerdesk.store import Database
from sellerdesk.store.models import Account
from sellerdesk.sync.engine import SyncEngine, SyncReport


def adapter_for_sandbox(sandbox: RunningSandbox, *, scan_interval: float = 0.0,
                        order_overlap: float = 300.0) -> tuple[AliExpressMarketplace,
                                                               dict[str, str]]:
    """A ready adapter on the sandbox's gateway, with the sandbox's standing tokens (a refresh
    goes through /rest/auth/token/refresh), and the credentials it uses."""
    creds = sandbox.aliexpress_credentials()
    app = AppCredentials(creds["app_key"], creds["app_secret"])
    current = {"access": creds["access_token"]}
    holder: dict[str, AliExpressClient] = {}

    def refresh() -> str:
        answer = holder["client"].auth("/auth/token/refresh",
                                       {"refresh_token": creds["refresh_token"]})
        current["access"] = str(answer["access_token"])
        return current["access"]

    client = AliExpressClient(creds["base_url"], app,
                              TokenSource(lambda: current["access"], refresh))
    holder["client"] = client
    market = AliExpressMarketplace(client, scan_interval=scan_interval,
                                   order_overlap=order_overlap)
    return market, creds


def admin(sandbox: RunningSandbox, method: str, path: str, **kwargs: Any) -> Any:
    answer = requests.request(method, sandbox.url + path, timeout=10, **kwargs)
    assert answer.status_code < 400, (path, answer.status_code, answer.text)
    return answer.json()


@dataclass
class GatewayClient:
    """One app installation syncing with the AliExpress gateway."""

    db: Database
    account_id: str
    market: AliExpressMarketplace
    engine: SyncEngine
    catalogue: Catalogue
    orders: Orders

    def sync(self) -> SyncReport:
        return self.engine.sync_once()

    def create(self, sku: str, title: str, *, price: int = 10_000, stock: int = 100) -> str:
        return self.catalogue.create_product(ProductInput(
            texts={"it": {"title": title, "description": ""}}, status="active",
            variants=[VariantInput(sku, price, stock=stock)]))

    @contextmanager
    def offline(self) -> Iterator[None]:
        """The machine is offline: the gateway's address refuses connections meanwhile."""
        from tests.sync.sync_helpers import dead_url

        url, sock = dead_url()
        real, self.market.client.base_url = self.market.client.base_url, url
        try:
            yield
        finally:
            self.market.client.base_url = real
            sock.close()

    def close(self) -> None:
        self.market.close()
        self.db.close()


def gateway_client(path: Path, sandbox: RunningSandbox, **adapter: Any) -> GatewayClient:
    from tests.sync.sync_helpers import fresh_database

    db = fresh_database(path)
    market, creds = adapter_for_sandbox(sandbox, **adapter)

    def add(session: Any) -> str:
        account = Account(name="AliExpress", marketplace="aliexpress",
                          base_url=creds["base_url"])
        session.add(account)
        session.flush()
        return account.id

    account_id = db.run_write(add)
    return GatewayClient(db=db, account_id=account_id, market=market,
                         engine=SyncEngine(db, market, account_id), catalogue=Catalogue(db),
                         orders=Orders(db))
