"""Requests per full AliExpress sync of a big shop, through the sandbox's gateway.

    .venv/bin/python -m bench.bench_aliexpress [--products 10000] [--orders 1000]

The shop is written straight into a sandbox file (bench.sync_marketplace, as the sync benchmark
does), served by an embedded sandbox, and synced into a fresh local database by the real engine
through the AliExpress adapter over HTTP on 127.0.0.1. Prints request counts per method for the
first full sync and for a re-scan with nothing changed, and what a ban does to the queue. Time
is printed for information only (the machine is shared); nothing is asserted.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from bench.sync_marketplace import generate, made_with
from sellerdesk.marketplaces.aliexpress import (
    AliExpressClient,
    AliExpressMarketplace,
    AppCredentials,
)
from sellerdesk.marketplaces.rest import TokenSource
from sellerdesk.sandbox.embedded import start_sandbox
from sellerdesk.store import Database
from sellerdesk.store.models import Account
from sellerdesk.sync.engine import SyncEngine

DATA = Path(__file__).parent / "data" / "aliexpress"


def _marketplace(products: int, orders: int) -> Path:
    path = DATA / f"marketplace-{products}-{orders}.db"
    made = made_with(path) or {}
    if (made.get("products"), made.get("orders")) != (products, orders):
        path.parent.mkdir(parents=True, exist_ok=True)
        generate(path, products=products, orders=orders)
    return path


def run(products: int, orders: int) -> None:
    source = _marketplace(products, orders)
    with tempfile.TemporaryDirectory(prefix="bench-aliexpress-") as folder:
        data = Path(folder) / "marketplace.db"
        shutil.copyfile(source, data)
        with start_sandbox(data=data, rate_limit=1e6, rate_burst=1_000_000) as sandbox:
            creds = sandbox.aliexpress_credentials()
            client = AliExpressClient(
                creds["base_url"], AppCredentials(creds["app_key"], creds["app_secret"]),
                TokenSource(lambda: creds["access_token"], lambda: creds["access_token"]))
            # as if the shop was last touched minutes ago: nothing counts as "just modified"
            market = AliExpressMarketplace(client, scan_interval=0.0,
                                           clock=lambda: time.time() + 3600)
            db = Database.open(Path(folder) / "shop" / "sellerdesk.db")

            def add(session: object) -> str:
                account = Account(name="AliExpress", marketplace="aliexpress",
                                  base_url=creds["base_url"])
                session.add(account)  # type: ignore[attr-defined]
                session.flush()  # type: ignore[attr-defined]
                return account.id

            engine = SyncEngine(db, market, db.run_write(add))
            for label in ("first full sync", "re-scan, nothing changed"):
                client.calls_by_method.clear()
                started = time.perf_counter()
                report = engine.sync_once()
                took = time.perf_counter() - started
                assert report.error is None, report.error
                print(f"{label}: {report.requests} requests for {products} products and"
                      f" {orders} orders ({report.pulled} changes, {took:.1f} s)")
                for method, count in client.calls_by_method.most_common():
                    print(f"    {count:>7}  {method}")
            per_product = sum(v for k, v in client.calls_by_method.items() if "product" in k)
            print(f"products part of a re-scan: {per_product} requests (list pages of 99 over"
                  " the four status lists; nothing read in full)")
            market.close()
            db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--orders", type=int, default=1_000)
    args = parser.parse_args()
    run(args.products, args.orders)


if __name__ == "__main__":
    main()
