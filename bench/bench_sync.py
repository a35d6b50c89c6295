"""Sync efficiency against a big marketplace: figures for issue 4, acceptance 3 (not a test).

    .venv/bin/python -m bench.bench_sync [--products 10000] [--orders 20000] [--runs 3]
                                         [--md bench/SYNC.md]

1. The marketplace: the sandbox in a process of its own (so the client and the server do not
   share an interpreter lock), on a copy of a file filled by `bench.sync_marketplace` (generated
   into bench/data/sync/ once, then re-used).
2. Raw: the same change feed read with plain paged GETs (as many per page as the app asks for,
   `rest.FEED_PAGE`) and `response.json()`, nothing stored: the floor any sync stands on.
   Median of --runs.
3. First full sync: a new, empty shop database on disk, `SyncEngine.sync_once()` (pull + push),
   timed from the call to its return; median of --runs, each on a fresh database. Target: at
   most 1.5x raw.
4. A sync with nothing new: the number of requests (target 1).
5. 1,000 offline edits - 500 price changes and 500 stock moves, each on a different product
   (the worst case for batches, which carry at most 20 products) - pushed by one sync: the number
   of requests, the pull included (target at most 60); then checked on the marketplace.

Prints the figures and writes them to --md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import keyring
import requests
from keyring.backend import KeyringBackend

from bench.sync_marketplace import generate, made_with

ROOT = Path(__file__).resolve().parent
SERVER = """
import sys
from pathlib import Path
from sellerdesk.sandbox.embedded import start_sandbox
with start_sandbox(data=Path(sys.argv[1]), seed="empty", audit_delay=0.0,
                   rate_limit=100000.0, rate_burst=100000) as sandbox:
    print(sandbox.url, flush=True)
    sys.stdin.read()
"""


class MemoryKeyring(KeyringBackend):
    """Tokens for this run only; the benchmark never touches the user's keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


class Marketplace:
    """The sandbox on a scratch copy of the big file, in a child process."""

    def __init__(self, source: Path, scratch: Path) -> None:
        self.file = scratch / "marketplace.db"
        shutil.copyfile(source, self.file)
        self.process = subprocess.Popen([sys.executable, "-c", SERVER, str(self.file)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        assert self.url.startswith("http://"), self.url

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def raw_read(url: str) -> tuple[float, int, int]:
    """(seconds, pages, entries) to read the whole feed with plain GETs and JSON parsing."""
    from sellerdesk.marketplaces.rest import FEED_PAGE
    from sellerdesk.sandbox.embedded import fetch_token

    http = requests.Session()
    headers = fetch_token(url, "bench-raw", session=http).headers
    began = time.perf_counter()
    since, pages, entries = 0, 0, 0
    while True:
        page = http.get(f"{url}/v1/changes", params={"since": since, "limit": FEED_PAGE},
                        headers=headers, timeout=60).json()
        pages += 1
        entries += len(page["changes"])
        since = page["next"]
        if not page["has_more"]:
            break
    return time.perf_counter() - began, pages, entries


def client(folder: Path, url: str) -> Any:
    from sellerdesk.secrets import SecretStore
    from sellerdesk.store import Database
    from sellerdesk.sync import accounts
    from sellerdesk.sync.engine import SyncEngine

    folder.mkdir(parents=True, exist_ok=True)
    database = Database.open(folder / "sellerdesk.db")
    secrets = SecretStore()
    account_id = accounts.connect(database, secrets, url, "bench")
    market = accounts.adapter_for(database, secrets, accounts.default_account(database))
    return database, SyncEngine(database, market, account_id)


def edit_offline(database: Any, count: int) -> tuple[dict[str, int], dict[str, int]]:
    """`count` edits at the desk, half prices and half stock moves, one product each."""
    from sqlalchemy import select

    from sellerdesk.catalogue import Catalogue
    from sellerdesk.store.models import Variant

    with database.read() as session:
        first = {}
        for sku, product_id in session.execute(
                select(Variant.sku, Variant.product_id).order_by(Variant.sku)):
            first.setdefault(product_id, sku)
        skus = sorted(first.values())[:count]
    catalogue = Catalogue(database)
    prices, moves = {}, {}
    for index, sku in enumerate(skus):
        if index % 2 == 0:
            prices[sku] = 100_000 + index
            catalogue.update_variant(sku, {"price_minor": prices[sku]})
        else:
            moves[sku] = 1 + index % 5
            catalogue.adjust_stock(sku, moves[sku])
    return prices, moves


def run(products: int, orders: int, runs: int, md: Path | None) -> dict[str, Any]:
    data = ROOT / "data" / "sync" / f"marketplace-{products}x{orders}.db"
    wanted = {"products": products, "orders": orders, "seed": 7}
    if made_with(data) != wanted:
        print(f"generating {data.name} ...", flush=True)
        generate(data, products=products, orders=orders, seed=7)
    keyring.set_keyring(MemoryKeyring())
    scratch = Path(tempfile.mkdtemp(prefix="sellerdesk-bench-sync-", dir=ROOT / "data" / "sync"))
    figures: dict[str, Any] = {}
    market = Marketplace(data, scratch)
    try:
        raw = [raw_read(market.url) for _ in range(runs)]
        figures["raw_s"] = statistics.median(r[0] for r in raw)
        figures["pages"], figures["entries"] = raw[0][1], raw[0][2]
        syncs = []
        for number in range(runs):
            database, engine = client(scratch / f"first-{number}", market.url)
            began = time.perf_counter()
            report = engine.sync_once()
            syncs.append((time.perf_counter() - began, report))
            assert report.ok, report.error
            if number < runs - 1:
                database.close()
        figures["first_s"] = statistics.median(s for s, _r in syncs)
        first = syncs[-1][1]
        figures["first_requests"], figures["first_pulled"] = first.requests, first.pulled
        figures["ratio"] = figures["first_s"] / figures["raw_s"]
        nothing = engine.sync_once()
        figures["no_change_requests"] = nothing.requests
        prices, moves = edit_offline(database, 1_000)
        began = time.perf_counter()
        pushed = engine.sync_once()
        figures["push_s"] = time.perf_counter() - began
        assert pushed.ok, pushed.error
        figures["edits"] = len(prices) + len(moves)
        figures["push_requests"] = pushed.requests
        figures["push_acknowledged"] = pushed.pushed.acknowledged
        figures["pending_after"] = engine.status.pending
        figures["checked"] = check_on_marketplace(market.url, prices, moves, database)
        database.close()
    finally:
        market.close()
        shutil.rmtree(scratch, ignore_errors=True)
    report_figures(figures, products, orders, runs, md)
    return figures


def check_on_marketplace(url: str, prices: dict[str, int], moves: dict[str, int],
                         database: Any) -> str:
    """Every pushed price is the marketplace's; every stock move applied once."""
    from sqlalchemy import select

    from sellerdesk.sandbox.embedded import fetch_token
    from sellerdesk.store.models import Variant

    http = requests.Session()
    headers = fetch_token(url, "bench-check", session=http).headers
    with database.read() as session:
        local = {v.sku: v for v in session.scalars(select(Variant).where(
            Variant.sku.in_(list(prices) + list(moves))))}
    wrong = 0
    for sku in list(prices)[:50] + list(moves)[:50]:
        item = http.get(f"{url}/v1/products", params={"sku": sku}, headers=headers,
                        timeout=30).json()["items"][0]
        variant = next(v for v in item["variants"] if v["sku"] == sku)
        if sku in prices and variant["price"]["amount_minor"] != prices[sku]:
            wrong += 1
        if sku in moves and variant["stock"] != local[sku].stock:
            wrong += 1
    return f"100 sampled SKUs, {wrong} wrong"


ANALYSIS = """
## Where the time goes, and the 1.5x target

The target (first sync <= 1.5x raw) is **not met**. Before this work the first sync went object
by object through the ORM: 34.6 s for a 1,000-product, 2,000-order shop whose raw download took
0.34 s (103x); a 10,000 / 20,000 shop would have taken minutes. Now: new objects are written in
bulk (`sellerdesk/sync/bulk.py`: one multi-row INSERT per table and page, proven equal to the
merge path by `tests/sync/test_sync_counts.py`), the next page downloads while one is applied,
and the first sync of the big shop takes about 4.5-5x raw.

Measured split at 10,000 / 20,000 (seconds, one run): downloading and turning the feed into the
adapter's data classes 3.0 (raw alone 1.8); applying 5.7, of which inserting products 2.5 and
orders 2.7. About 2.9 s of the applying is SQLite itself: each new product row fires the store's
search (FTS5 with prefix indexes) and summary triggers (migration 0002), and orders, lines,
fulfilments and history rows carry ten indexes between them; the rest is Python building rows
and converting values (JSON, UTC times) through the columns' own processors.

What would close the gap, none of it done here: have the store rebuild the search entries of a
whole batch in one statement instead of per-row triggers (a store decision: the triggers are
what keep every writer correct); parse feed pages straight into rows without data classes;
commit several pages per transaction. The 1.5x bound also leaves little room by construction:
raw is a loop of GETs and `json.loads`, while the sync must also write what it downloads.

Timings move by tens of percent with other work on this 2-core machine (load average printed
above); the request counts do not.
"""


def report_figures(f: dict[str, Any], products: int, orders: int, runs: int,
                   md: Path | None) -> None:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    machine = (f"{os.cpu_count()} CPUs, Python {platform.python_version()}, "
               f"{platform.system()} {platform.release()}, load average {load}")
    lines = [
        f"Marketplace: {products:,} products, {orders:,} orders; change feed "
        f"{f['entries']:,} entries in {f['pages']} pages.",
        f"Raw paged GETs + JSON parsing: {f['raw_s']:.2f} s (median of {runs}).",
        f"First full sync into an empty shop: {f['first_s']:.2f} s (median of {runs}), "
        f"{f['first_requests']} requests, {f['first_pulled']:,} changes applied: "
        f"{f['ratio']:.2f}x raw (target <= 1.5x).",
        f"Sync with nothing new: {f['no_change_requests']} request(s) (target 1).",
        f"{f['edits']:,} offline edits (500 prices, 500 stock moves, one product each) pushed by "
        f"one sync in {f['push_requests']} requests, the pull included (target <= 60), "
        f"{f['push_s']:.2f} s; {f['push_acknowledged']} acknowledged, {f['pending_after']} "
        f"left; on the marketplace: {f['checked']}.",
    ]
    print("\n".join(lines))
    if md is None:
        return
    md.write_text(
        "# Sync efficiency (issue 4, acceptance 3)\n\n"
        "Written by `.venv/bin/python -m bench.bench_sync` "
        f"(`--products {products} --orders {orders} --runs {runs}`); see the module docstring "
        "for what is timed and how. A benchmark, not a test: it prints figures and asserts "
        "nothing about time. The request counts are also asserted, on a small shop, by "
        "`tests/sync/test_sync_counts.py`.\n\n"
        f"Machine: {machine}. The sandbox runs in its own process on 127.0.0.1; the shop "
        "database is on disk.\n\n"
        + "\n".join(f"- {line}" for line in lines) + "\n" + ANALYSIS, encoding="utf-8")
    print(f"written to {md}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--md", type=Path, default=ROOT / "SYNC.md")
    parser.add_argument("--no-md", action="store_true", help="print only")
    args = parser.parse_args()
    run(args.products, args.orders, args.runs, None if args.no_md else args.md)


if __name__ == "__main__":
    main()
