"""Acceptance 2, crash points: a real SellerDesk child process is SIGKILLed in the middle of a
sync, at each named crash point and then at 50 seeded random moments, and restarted. Each time
the database passes `PRAGMA integrity_check`; in the end nothing was lost or applied twice: every
product once on the marketplace with the last value the desk gave it, stock equal to the start
plus every movement once, every shipment once.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sync_helpers import Server, figure, fresh_database, integrity_ok

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.crashpoints import ENV as CRASH_ENV
from sellerdesk.orders.service import Orders
from sellerdesk.secrets import SecretStore
from sellerdesk.store import Database
from sellerdesk.store.models import Conflict, Fulfilment, Order, OutboxEntry, Variant
from sellerdesk.sync import accounts
from sellerdesk.sync.engine import SyncEngine

CHILD = Path(__file__).with_name("sync_child.py")
CRASH_POINTS = ("push.after_send", "push.after_commit", "pull.during_batch", "pull.cursor_save",
                "journal.after_change", "journal.after_history",
                "push.stock_counted")  # push.stock_prepared: AliExpress only (no CAS here)
START_STOCK = 500
RANDOM_KILLS = int(os.environ.get("SELLERDESK_CRASH_KILLS", "50"))


def run_child(database: Path, url: str, *,
              crash_at: str | None = None) -> tuple[int, dict[str, Any] | None]:
    """One sync pass in a freshly started interpreter; returns (exit code, its report)."""
    env = {k: v for k, v in os.environ.items() if k != CRASH_ENV}
    if crash_at:
        env[CRASH_ENV] = crash_at
    child = subprocess.run([sys.executable, str(CHILD), str(database), url], env=env,
                           capture_output=True, text=True, timeout=120)
    if child.returncode == 0:
        return 0, json.loads(child.stdout.strip().splitlines()[-1])
    if child.returncode != -signal.SIGKILL:
        raise AssertionError(f"the child failed ({child.returncode}): {child.stdout}\n"
                             f"{child.stderr}")
    return child.returncode, None


class ForkServer:
    """sync_child.py --fork-server: a fresh process per pass without a second of imports."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        env = {k: v for k, v in os.environ.items() if k != CRASH_ENV}
        self.process = subprocess.Popen([sys.executable, str(CHILD), "--fork-server"], env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._line() == "ready"
        self.runs = 0

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def run(self, database: Path, url: str, *,
            kill_after: float | None = None) -> tuple[int, dict[str, Any] | None]:
        self.runs += 1
        report = self.folder / f"report-{self.runs}.txt"
        assert self.process.stdin is not None
        self.process.stdin.write(f"{database} {url} {report}\n")
        self.process.stdin.flush()
        pid = int(self._line().removeprefix("pid "))
        if kill_after is not None:
            deadline = time.monotonic() + 30
            while not (report.exists() and report.read_text().startswith("ready")):
                assert time.monotonic() < deadline, "the pass never started"
                time.sleep(0.001)
            time.sleep(kill_after)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        code = int(self._line().rsplit(" ", 1)[1])
        if code == 0:
            return 0, json.loads(report.read_text().splitlines()[-1])
        assert code == -signal.SIGKILL, f"the pass failed ({code})"
        return code, None

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


class Shop:
    """One desk's database, the work done on it, and what the marketplace must end up with."""

    def __init__(self, folder: Path, server: Server, prefix: str) -> None:
        self.path = folder / "sellerdesk.db"
        self.server = server
        self.prefix = prefix
        self.rng = random.Random(prefix)
        self.titles: dict[str, str] = {}
        self.prices: dict[str, int] = {}
        self.moves: Counter[str] = Counter()
        self.deleted: set[str] = set()
        self.shipped: dict[str, str] = {}  # order number -> tracking number
        self.orders: list[str] = []
        self.step = 0
        fresh_database(self.path).close()

    def open(self) -> Database:
        return Database.open(self.path)

    def live(self) -> list[str]:
        return sorted(set(self.titles) - self.deleted)

    def held_deletes(self) -> set[str]:
        """SKUs whose delete here is held in an open conflict with an edit on the website."""
        db = self.open()
        try:
            with db.read() as session:
                held = select(Conflict.entity_id).where(
                    Conflict.field == "_deleted", Conflict.resolved_at.is_(None))
                return set(session.scalars(select(Variant.sku).where(
                    Variant.product_id.in_(held))))
        finally:
            db.close()

    def desk_work(self, creates: int = 1, edits: int = 3) -> None:
        """Offline work at the desk: new products, titles, prices, stock moves, a delete, and a
        shipment when an order waits. Every change commits with its outbox entry."""
        db = self.open()
        catalogue, orders = Catalogue(db), Orders(db)
        try:
            for _ in range(creates):
                self.step += 1
                sku = f"{self.prefix}{self.step}"
                title, price = f"Prodotto {sku}", 1_000 + self.step
                catalogue.create_product(ProductInput(
                    texts={"it": {"title": title}}, status="active",
                    variants=[VariantInput(sku, price, stock=START_STOCK)]))
                self.titles[sku], self.prices[sku] = title, price
            for _ in range(edits):
                live = self.live()
                if not live:
                    break
                sku = self.rng.choice(live)
                self.step += 1
                what = self.rng.choice(("title", "price", "stock", "stock"))
                if what == "title":
                    self.titles[sku] = f"Titolo {self.step}"
                    product = catalogue.get_by_sku(sku)
                    catalogue.update_product(product.id, {"title.it": self.titles[sku]})
                elif what == "price":
                    self.prices[sku] = 2_000 + self.step
                    catalogue.update_variant(sku, {"price_minor": self.prices[sku]})
                else:
                    delta = self.rng.choice((-2, -1, 3))
                    catalogue.adjust_stock(sku, delta)
                    self.moves[sku] += delta
            if len(self.live()) > 4 and self.rng.random() < 0.3:
                sku = self.rng.choice(self.live())
                catalogue.delete_product(catalogue.get_by_sku(sku).id)
                self.deleted.add(sku)
            with db.read() as session:
                waiting = session.scalars(select(Order.number).where(
                    Order.status == "awaiting_shipment", Order.number.in_(self.orders))).all()
            for number in waiting[:1]:
                tracking = f"{self.prefix}T{self.step}"
                orders.ship(number, "brt", tracking)
                self.shipped[number] = tracking
        finally:
            db.close()

    def buyers(self) -> None:
        """The marketplace moves too: an order (which takes stock) and a website stock count, so
        every pull has a batch to apply."""
        on_server = [sku for sku in self.live() if self.server.product_by_sku(sku)]
        if not on_server:
            return
        sku = self.rng.choice(on_server)
        order = self.server.place_order([(sku, 1)])
        self.orders.append(order["number"])
        self.moves[sku] -= 1
        other = self.rng.choice(on_server)
        self.server.adjust_stock(other, 1)
        self.moves[other] += 1
        # The owner edits a description on the website: the pull merges it into a known product
        # and writes its history (the journal.* crash points).
        product = self.server.product_by_sku(self.rng.choice(on_server))
        assert product is not None
        self.step += 1
        self.server.edit_product(product["id"], {"texts": {"it": {
            "description": f"Aggiornata sul sito ({self.step})"}}})

    def settle(self, url: str, rounds: int = 8) -> int:
        """Sync (in this process: same engine, same file) until a pass sends and receives
        nothing; returns the number of passes."""
        db = self.open()
        secrets = SecretStore()
        account_id = accounts.connect(db, secrets, url)
        market = accounts.adapter_for(db, secrets, accounts.default_account(db))
        engine = SyncEngine(db, market, account_id)
        try:
            for number in range(1, rounds + 1):
                report = engine.sync_once()
                assert report.ok, report.error
                if not report.pushed.sent and not report.pulled and not engine.status.pending:
                    return number
        finally:
            market.close()
            db.close()
        raise AssertionError("the desk never settled")

    def check(self) -> None:
        """Nothing lost, nothing twice, the file sound."""
        assert integrity_ok(self.path) == "ok"
        products = [p for p in self.server.products()
                    if p["variants"][0]["sku"].startswith(self.prefix)]
        skus = Counter(v["sku"] for p in products for v in p["variants"])
        assert all(count == 1 for count in skus.values()), skus
        # A delete made here while the website edited that listing waits for the owner in a
        # conflict (never deletes their edit unseen): whether a delete meets such an edit
        # depends on where the kills landed, so the listing is then still there, surfaced.
        held = self.held_deletes()
        assert held <= self.deleted, (held, self.deleted)
        assert set(skus) == set(self.live()) | held, (sorted(skus), self.live(), held)
        for product in products:
            variant = product["variants"][0]
            sku = variant["sku"]
            if sku in held:
                continue  # deleted here: its last edits wait with the owner's decision
            assert product["texts"]["it"]["title"] == self.titles[sku], sku
            assert variant["price"]["amount_minor"] == self.prices[sku], sku
            assert variant["stock"] == START_STOCK + self.moves[sku], (sku, variant["stock"])
        tracking = Counter()
        for number in self.orders:
            remote = self.server.json("GET", "/v1/orders", params={"number": number})["items"][0]
            tracking.update(f["tracking_number"] for f in remote["fulfillments"])
            if number in self.shipped:
                assert [f["tracking_number"] for f in remote["fulfillments"]] == [
                    self.shipped[number]], number
        assert all(count == 1 for count in tracking.values()), tracking
        db = self.open()
        try:
            with db.read() as session:
                left = [(e.entity, e.operation, e.state, e.attempts, e.last_error, e.payload)
                        for e in session.scalars(select(OutboxEntry))]
                assert left == []
                # Only the held deletes, each a surfaced "_deleted" conflict.
                conflicts = session.scalars(select(Conflict)).all()
                assert {c.field for c in conflicts} <= {"_deleted"}, conflicts
                assert bool(conflicts) == bool(held)
                local = {v.sku: v for v in session.scalars(select(Variant).where(
                    Variant.deleted_at.is_(None), Variant.sku.startswith(self.prefix)))}
                assert set(local) == set(self.live())
                for sku, variant in local.items():
                    assert variant.price_minor == self.prices[sku]
                    assert variant.stock == START_STOCK + self.moves[sku], sku
                shipments = Counter(session.scalars(select(Fulfilment.tracking_number)))
                assert all(count == 1 for count in shipments.values()), shipments
        finally:
            db.close()


@pytest.fixture
def world(start: Any, fast_tmp: Path) -> tuple[Server, Path]:
    sandbox = start(data=fast_tmp / "marketplace.db")
    return Server(sandbox), fast_tmp


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_sigkill_at_each_crash_point(point: str, world: tuple[Server, Path]) -> None:
    server, folder = world
    shop = Shop(folder / "desk", server, f"CP{CRASH_POINTS.index(point)}-")
    shop.desk_work(creates=3, edits=0)
    shop.settle(server.url)  # the products exist on both sides
    shop.buyers()
    shop.buyers()  # orders to ship
    shop.settle(server.url)
    shop.desk_work(creates=2, edits=6)  # creates, edits, stock, a shipment: all offline
    shop.buyers()  # and changes for the pull to apply
    code, _report = run_child(shop.path, server.url, crash_at=point)
    assert code == -signal.SIGKILL, f"the pass never reached {point}"
    integrity = integrity_ok(shop.path)
    restarted, report = run_child(shop.path, server.url)  # a new process, without the switch
    assert restarted == 0 and report is not None and report["ok"], report
    passes = 1 + shop.settle(server.url)
    shop.check()
    figure(f"crash at {point}: SIGKILLed, integrity {integrity}, restarted and settled in "
           f"{passes} pass(es); {len(shop.live())} products once each, {len(shop.shipped)} "
           f"shipment once, every stock move once")
    assert integrity == "ok"


def test_fifty_random_sigkills(world: tuple[Server, Path]) -> None:
    server, folder = world
    rng = random.Random(20261124)
    shop = Shop(folder / "desk", server, "RK-")
    shop.desk_work(creates=4, edits=0)
    shop.settle(server.url)
    forks = ForkServer(folder)
    killed = finished = 0
    began = time.monotonic()
    try:
        for _round in range(RANDOM_KILLS):
            shop.desk_work(creates=rng.choice((0, 1)), edits=rng.randint(1, 4))
            shop.buyers()
            code, _report = forks.run(shop.path, server.url, kill_after=rng.uniform(0.0, 0.2))
            killed += code == -signal.SIGKILL
            finished += code == 0
            assert integrity_ok(shop.path) == "ok"
        restarted, report = forks.run(shop.path, server.url)
        assert restarted == 0 and report is not None and report["ok"], report
    finally:
        forks.close()
    passes = 1 + shop.settle(server.url)
    shop.check()
    figure(f"random SIGKILLs: {RANDOM_KILLS} syncs, {killed} killed mid-pass, {finished} "
           f"finished first; integrity ok after each; settled in {passes} pass(es); "
           f"{len(shop.live())} products, {len(shop.orders)} orders, {len(shop.shipped)} "
           f"shipments, all once, every stock move once; {len(shop.held_deletes())} delete(s) "
           f"held against a website edit ({time.monotonic() - began:.0f} s)")
    assert killed >= RANDOM_KILLS * 2 // 5  # most kills land inside the pass
