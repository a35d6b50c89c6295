"""The sync suite's building blocks: an in-memory keyring, the marketplace as its owner and buyers
see it (a third token and the sandbox's admin switches), and app clients with their own database.

A module of its own (not conftest.py) so test modules and the crash child can import it by a
name no other test folder uses.
"""

from __future__ import annotations

import atexit
import shutil
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from sqlalchemy import select, text

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.marketplaces.base import ChangeBatch
from sellerdesk.marketplaces.rest import RestMarketplace
from sellerdesk.orders.service import Orders
from sellerdesk.sandbox.embedded import RunningSandbox, fetch_token
from sellerdesk.secrets import SecretStore
from sellerdesk.store import Database
from sellerdesk.store.models import (
    Account,
    Conflict,
    Fulfilment,
    Order,
    OutboxEntry,
    OutboxState,
    Product,
    Variant,
    utcnow,
)
from sellerdesk.store.search import search_product_ids
from sellerdesk.sync import accounts, pull
from sellerdesk.sync.engine import SyncEngine, SyncReport

TIMEOUT = 10
FIGURES: list[str] = []  # every test's figure, repeated in pytest's terminal summary


def figure(text: str) -> None:
    """Print a test's figure (visible with -s) and keep it for the end-of-run summary."""
    print(text)
    FIGURES.append(text)


def dead_url() -> tuple[str, socket.socket]:
    """An address where nothing listens (connection refused): the machine is offline. The socket
    is bound, never listening, so no other process takes the port meanwhile."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return f"http://127.0.0.1:{sock.getsockname()[1]}", sock


# -- the marketplace as its owner (website) and its buyers see it --------------------------------


class Server:
    """The sandbox seen from outside the app: the owner's website (a third OAuth client),
    buyers (admin endpoints) and the fault switches."""

    def __init__(self, sandbox: RunningSandbox) -> None:
        self.sandbox = sandbox
        self.url = sandbox.url
        self.http = requests.Session()
        self.tokens = fetch_token(self.url, "sellerdesk-owner-website", session=self.http)

    # plumbing
    def call(self, method: str, path: str, *, key: str | None = None,
             version: int | None = None, **kwargs: Any) -> requests.Response:
        headers = dict(self.tokens.headers)
        if method == "POST" and path.startswith("/v1/"):
            headers["Idempotency-Key"] = key or str(uuid.uuid4())
        if version is not None:
            headers["If-Match"] = f'"{version}"'
        return self.http.request(method, self.url + path, headers=headers, timeout=TIMEOUT,
                                 **kwargs)

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.call(method, path, **kwargs)
        assert response.status_code < 400, (method, path, response.status_code, response.text)
        return response.json() if response.content else None

    def admin(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.http.request(method, self.url + "/admin" + path, timeout=TIMEOUT,
                                     **kwargs)
        assert response.status_code < 400, (path, response.status_code, response.text)
        return response.json()

    # faults
    def faults(self, spec: str, seed: int = 0) -> None:
        self.admin("PUT", "/faults", json={"spec": spec, "seed": seed})

    def heal(self) -> None:
        """Faults off, and every request already under way finished (a stalled one included)."""
        self.faults("")
        self.wait_idle()

    def wait_idle(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while self.admin("GET", "/idempotency/in-flight"):
            assert time.monotonic() < deadline, "a request never finished on the sandbox"
            time.sleep(0.02)

    # reading
    def last_seq(self) -> int:
        return int(self.json("GET", "/v1/changes", params={"since": 0, "limit": 1})["last_seq"])

    def feed(self, since: int = 0) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = []
        for _ in range(100_000):
            page = self.json("GET", "/v1/changes", params={"since": since, "limit": 500})
            entries += page["changes"]
            since = page["next"]
            if not page["has_more"]:
                return entries
        raise AssertionError("the change feed never ended")

    def products(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        cursor: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 200}
            if cursor:
                params["cursor"] = cursor
            page = self.json("GET", "/v1/products", params=params)
            items += page["items"]
            if not page["has_more"]:
                return items
            cursor = page["next_cursor"]

    def product(self, product_id: str) -> dict[str, Any] | None:
        response = self.call("GET", f"/v1/products/{product_id}")
        if response.status_code == 404:
            return None
        assert response.status_code == 200, response.text
        return response.json()

    def product_by_sku(self, sku: str) -> dict[str, Any] | None:
        items = self.json("GET", "/v1/products", params={"sku": sku})["items"]
        assert len(items) <= 1
        return items[0] if items else None

    def variant(self, sku: str) -> dict[str, Any]:
        product = self.product_by_sku(sku)
        assert product is not None, sku
        return next(v for v in product["variants"] if v["sku"] == sku)

    def order(self, order_id: str) -> dict[str, Any]:
        return self.json("GET", f"/v1/orders/{order_id}")

    # the owner on the website
    def create_product(self, sku: str, title: str, *, price: int = 10_000, stock: int = 100,
                       status: str = "active") -> dict[str, Any]:
        return self.json("POST", "/v1/products", json={
            "main_language": "it", "status": status,
            "texts": {"it": {"title": title, "description": ""}},
            "variants": [{"sku": sku, "price": {"amount_minor": price, "currency": "EUR"},
                          "stock": stock}],
        })

    def edit_product(self, product_id: str, patch: dict[str, Any]) -> dict[str, Any]:
        """PATCH on the current version, as the website does (it always shows the latest)."""
        for _ in range(5):
            current = self.json("GET", f"/v1/products/{product_id}")
            response = self.call("PATCH", f"/v1/products/{product_id}",
                                 version=current["version"], json=patch)
            if response.status_code != 412:
                assert response.status_code == 200, response.text
                return response.json()
        raise AssertionError("the product kept changing under the website")

    def edit_price(self, sku: str, price: int) -> dict[str, Any]:
        for _ in range(5):
            variant = self.variant(sku)
            response = self.call(
                "PATCH", f"/v1/products/{variant['product_id']}/variants/{variant['id']}",
                version=variant["version"],
                json={"price": {"amount_minor": price, "currency": "EUR"}})
            if response.status_code != 412:
                assert response.status_code == 200, response.text
                return response.json()
        raise AssertionError("the variant kept changing under the website")

    def adjust_stock(self, sku: str, delta: int) -> int:
        answer = self.json("POST", "/v1/inventory/batch",
                           json={"items": [{"sku": sku, "adjust": delta}]})
        result = answer["results"][0]
        assert result["ok"], result
        return int(result["stock"])

    def delete_product(self, product_id: str) -> None:
        for _ in range(5):
            current = self.json("GET", f"/v1/products/{product_id}")
            response = self.call("DELETE", f"/v1/products/{product_id}",
                                 version=current["version"])
            if response.status_code != 412:
                assert response.status_code == 204, response.text
                return
        raise AssertionError("the product kept changing under the website")

    # buyers
    def place_order(self, lines: list[tuple[str, int]], *, pay: bool = True) -> dict[str, Any]:
        order = self.admin("POST", "/orders",
                           json={"lines": [{"sku": s, "quantity": q} for s, q in lines]})
        if pay:
            order = self.admin("POST", f"/orders/{order['id']}/pay")
        return order


# -- the app ------------------------------------------------------------------------------------


class RequestLog:
    """Every HTTP request one adapter sends, with its status (None: no reply ever came)."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, str, int | None, dict[str, str]]] = []

    def attach(self, session: requests.Session) -> None:
        send = session.send

        def logged(request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
            path = urlsplit(str(request.url)).path
            entry = [str(request.method), path, None, dict(request.headers)]
            try:
                response = send(request, **kwargs)
            except Exception:
                self.entries.append(tuple(entry))  # type: ignore[arg-type]
                raise
            entry[2] = response.status_code
            self.entries.append(tuple(entry))  # type: ignore[arg-type]
            return response

        session.send = logged  # type: ignore[method-assign]

    def clear(self) -> None:
        self.entries.clear()

    def matching(self, method: str,
                 fragment: str) -> list[tuple[str, str, int | None, dict[str, str]]]:
        return [e for e in self.entries if e[0] == method and fragment in e[1]]


_TEMPLATES: dict[str, Path] = {}


def fresh_database(path: Path) -> Database:
    """A migrated, empty shop database: migrating once and copying is 100× faster per file."""
    template = _TEMPLATES.get("empty")
    if template is None or not template.exists():
        import tempfile

        shm = Path("/dev/shm")
        folder = Path(tempfile.mkdtemp(prefix="sellerdesk-sync-template-",
                                       dir=shm if shm.is_dir() else None))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        template = folder / "template.db"
        Database.open(template).close()
        assert not template.with_name("template.db-wal").exists()
        _TEMPLATES["empty"] = template
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    return Database.open(path)


@dataclass
class Client:
    """One installation of the app: its own database, account, adapter and engine."""

    name: str
    db: Database
    secrets: SecretStore
    account_id: str
    market: RestMarketplace
    engine: SyncEngine
    catalogue: Catalogue
    orders: Orders
    log: RequestLog = field(default_factory=RequestLog)

    @classmethod
    def connect(cls, path: Path, url: str, name: str, *, since: int | None = None) -> Client:
        """Connect a fresh database to the marketplace at `url`. `since` starts the pull at that
        change-feed position, as for a client that already has everything before it."""
        db = fresh_database(path)
        secrets = SecretStore()
        account_id = accounts.connect(db, secrets, url, name)
        if since is not None:
            db.run_write(lambda s: pull.save_cursor(s, account_id, str(since)))
        with db.read() as session:
            account = session.get(Account, account_id)
            assert account is not None
        market = accounts.adapter_for(db, secrets, account)
        assert isinstance(market, RestMarketplace)
        client = cls(name=name, db=db, secrets=secrets, account_id=account_id, market=market,
                     engine=SyncEngine(db, market, account_id), catalogue=Catalogue(db),
                     orders=Orders(db))
        client.log.attach(market.http)
        return client

    def close(self) -> None:
        self.market.close()
        self.db.close()

    def sync(self) -> SyncReport:
        return self.engine.sync_once()

    @contextmanager
    def offline(self) -> Iterator[None]:
        url, sock = dead_url()
        real, self.market.base_url = self.market.base_url, url
        try:
            yield
        finally:
            self.market.base_url = real
            sock.close()

    @contextmanager
    def racing(self, action: Callable[[], object]) -> Iterator[None]:
        """Run `action` (a change on the website) once, right after the next pull reached the
        end of the feed and before the push: the race If-Match and the 412 merge exist for."""
        step = "parse_changes"  # where the engine gets a page as a batch (`engine.pull_steps`)
        real = getattr(self.market, step)
        done = False

        def parse(page: Any) -> ChangeBatch:
            nonlocal done
            batch = real(page)
            if not batch.has_more and not done:
                done = True
                action()
            return batch

        setattr(self.market, step, parse)
        self.market.page_parser = None  # type: ignore[misc]  # every page parsed by `parse`
        try:
            yield
        finally:
            delattr(self.market, step)
            del self.market.page_parser
        assert done, "no pull happened"

    # local shortcuts
    def create(self, sku: str, title: str, *, price: int = 10_000, stock: int = 100,
               status: str = "active") -> str:
        return self.catalogue.create_product(ProductInput(
            texts={"it": {"title": title, "description": ""}}, status=status,
            variants=[VariantInput(sku, price, stock=stock)]))

    def product_id(self, sku: str) -> str:
        return self.catalogue.get_by_sku(sku).id

    def outbox(self) -> list[OutboxEntry]:
        with self.db.read() as session:
            return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))

    def pending(self) -> list[OutboxEntry]:
        return [e for e in self.outbox() if e.state != OutboxState.REJECTED]

    def conflicts(self, *, open_only: bool = True) -> list[Conflict]:
        with self.db.read() as session:
            query = select(Conflict)
            if open_only:
                query = query.where(Conflict.resolved_at.is_(None))
            return list(session.scalars(query))

    def local_product(self, sku: str) -> Product | None:
        """The product holding `sku`, deleted or not, with texts and variants loaded."""
        with self.db.read() as session:
            variant = session.scalar(select(Variant).where(Variant.sku == sku)
                                     .order_by(Variant.deleted_at.is_not(None)).limit(1))
            if variant is None:
                return None
            product = variant.product
            _ = product.texts, [v.sku for v in product.variants]
            return product

    def fulfilments(self) -> list[Fulfilment]:
        with self.db.read() as session:
            return list(session.scalars(select(Fulfilment)))

    def order_by_number(self, number: str) -> Order | None:
        with self.db.read() as session:
            return session.scalar(select(Order).where(Order.number == number))


def quiesce(*clients: Client, rounds: int = 12,
            view: Callable[[Client], object] | None = None) -> int:
    """Sync every client in turn until a whole round sends nothing, receives nothing and leaves
    nothing pending; returns the number of passes. Bounded: failing to settle is a test failure.
    Entries told to wait (a busy object's Retry-After) are waited for, up to a few seconds.

    For a marketplace without a change feed, whose pulls never come back empty, pass `view`
    (what a desk shows): a round is then quiet when it changes nothing `view` shows on any
    desk, instead of when it receives nothing."""
    passes = 0
    before = [view(c) for c in clients] if view else None
    for _ in range(rounds):
        quiet = True
        for client in clients:
            report = client.sync()
            passes += 1
            assert report.error is None, f"{client.name}: {report.error!r}"
            if report.pushed.sent or (report.pulled and view is None):
                quiet = False
            waiting = [e for e in client.pending() if e.next_attempt_at is not None]
            if client.pending():
                quiet = False
            if waiting:
                due = min(e.next_attempt_at for e in waiting)  # type: ignore[type-var]
                delay = (due - utcnow()).total_seconds()  # type: ignore[operator]
                assert delay < 10, f"{client.name}: an entry waits {delay:.0f} s"
                if delay > 0:
                    time.sleep(delay + 0.05)
        if view is not None:
            after = [view(c) for c in clients]
            quiet = quiet and after == before
            before = after
        if quiet:
            return passes
    details = {c.name: [(e.entity, e.operation, e.state, e.last_error) for e in c.pending()]
               for c in clients}
    raise AssertionError(f"no quiescence after {rounds} rounds: {details}")


def shop_dump(client: Client) -> dict[str, Any]:
    """Everything a first sync writes, without local ids and clock times: two shops that
    pulled the same feed by different paths compare equal."""
    queries = {
        "products": "SELECT remote_id, remote_version, base, status, main_language, category,"
                    " brand, tags, weight_grams, length_mm, width_mm, height_mm, sync_state,"
                    " deleted_at, primary_sku, price_min_minor, currency, stock_total,"
                    " variant_count FROM products ORDER BY remote_id",
        "texts": "SELECT p.remote_id, t.language, t.title, t.description FROM product_texts t"
                 " JOIN products p ON p.id = t.product_id ORDER BY 1, 2",
        "variants": "SELECT p.remote_id, v.remote_id, v.remote_version, v.base, v.sku, v.options,"
                    " v.price_minor, v.currency, v.stock, v.position, v.deleted_at FROM variants v"
                    " JOIN products p ON p.id = v.product_id ORDER BY 2",
        "search": "SELECT p.remote_id, s.sku, s.title, s.description, s.tags FROM product_search s"
                  " JOIN search_keys k ON k.doc = s.rowid JOIN products p ON p.id = k.product_id"
                  " ORDER BY 1",
        "orders": "SELECT number, status, buyer_name, buyer_email, buyer_country,"
                  " shipping_address, currency, subtotal_minor, shipping_minor, total_minor,"
                  " placed_at, ship_by, notes, remote_id, remote_version FROM orders ORDER BY 1",
        "lines": "SELECT o.number, l.remote_id, l.sku, l.title, l.options, l.quantity,"
                 " l.unit_price_minor, l.position, l.variant_id IS NOT NULL FROM order_lines l"
                 " JOIN orders o ON o.id = l.order_id ORDER BY 1, l.position",
        "fulfilments": "SELECT o.number, f.remote_id, f.carrier, f.tracking_number,"
                       " f.tracking_url, f.shipped_at FROM fulfilments f"
                       " JOIN orders o ON o.id = f.order_id ORDER BY 2",
        "fulfilment lines": "SELECT f.remote_id, l.remote_id, fl.quantity FROM fulfilment_lines fl"
                            " JOIN fulfilments f ON f.id = fl.fulfilment_id"
                            " JOIN order_lines l ON l.id = fl.order_line_id ORDER BY 1, 2",
        "history": "SELECT h.entity, coalesce(p.remote_id, o.number), h.action, h.origin,"
                   " h.summary, h.before, h.after FROM history h"
                   " LEFT JOIN products p ON p.id = h.entity_id"
                   " LEFT JOIN orders o ON o.id = h.entity_id ORDER BY 1, 2",
    }
    with client.db.read() as session:
        dump = {name: [tuple(row) for row in session.execute(text(sql))]
                for name, sql in queries.items()}
        # What the owner sees: search results, best first, for what one would type - whole
        # words and two- and three-letter prefixes of titles, SKUs and tags in the shop.
        remote_of = dict(session.execute(text("SELECT id, remote_id FROM products")).all())
        words = sorted({word for row in dump["search"] for value in row[1:]
                        for word in str(value).split()})
        typed = sorted({w[:n] for w in words[::7] for n in (2, 3, len(w)) if len(w) >= n})
        dump["search results"] = [(q, [remote_of[i] for i in search_product_ids(session, q)])
                                  for q in typed]
    return dump


def integrity_ok(path: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()
