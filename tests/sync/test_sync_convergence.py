"""Acceptance 1, convergence: two clients (two SQLite files, two accounts) and the marketplace's
own website and buyers change the same shop through random operations and network faults;
after healing and syncing to quiescence the three agree, and nothing was lost, duplicated or
silently overwritten.

The model makes every written title and price unique, so any value seen on the marketplace
names the party that wrote it. That turns "no acknowledged edit lost" and "no silent overwrite"
into checks on the marketplace's change feed:

- a client's last value of a field reached the marketplace (it is in the field's history there),
  or that client holds it in a Conflict row;
- every time a client's value replaced another on the marketplace, that client had seen the value
  it replaced (it was once its local value, its agreed base or a conflict's "theirs");
- stock is a counter: the marketplace holds the start plus every movement exactly once;
- SKUs and fulfilments exist once; every open conflict is a real both-sides change.

The sandbox is shared by all examples of a run (started once: examples stay cheap); each example
uses its own SKU prefix and starts its clients at the current end of the change feed.
Run longer with SELLERDESK_SYNC_EXAMPLES=1000 SELLERDESK_SYNC_STEPS=20 (tests/sync/README.md).
"""

from __future__ import annotations

import itertools
import os
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test
from sqlalchemy import select
from sync_helpers import Client, Server, figure, integrity_ok, quiesce

import sellerdesk.marketplaces.rest as rest
from sellerdesk.catalogue import ProductInput, VariantInput
from sellerdesk.catalogue.undo import revert_group
from sellerdesk.errors import SellerDeskError
from sellerdesk.marketplaces.base import ErrorKind
from sellerdesk.sandbox.embedded import RunningSandbox
from sellerdesk.store.models import (
    Conflict,
    Fulfilment,
    HistoryEntry,
    OutboxEntry,
    OutboxState,
    Product,
    Variant,
    new_id,
)
from sellerdesk.sync import conflicts as conflict_service

EXAMPLES = int(os.environ.get("SELLERDESK_SYNC_EXAMPLES", "300"))
STEPS = int(os.environ.get("SELLERDESK_SYNC_STEPS", "10"))
FAULTS = {
    "none": "",
    "errors": "error_rate=0.5",  # 500 or 503 before anything runs
    "throttled": "rate=2/s,burst=2",  # a 429 storm after two requests
    "reply-lost": "reset_after_commit=0.5",  # committed, then the connection is reset
    "truncated": "truncate=0.4",  # headers and part of the body, then the connection drops
    "stall": "latency_ms=100",  # longer than the client's (shortened) read timeout
    "offline": "",  # nothing listens: connection refused
}
STALL_TIMEOUT = (2.0, 0.05)
# Hypothesis leans towards the first choices: edits first, creating last.
DESK_ACTIONS = ["title.it", "price_minor", "ship", "stock", "status", "delete", "ship", "create"]
WEBSITE_ACTIONS = ["title.it", "order", "price_minor", "stock", "status", "delete", "order",
                   "create"]
START_STOCK = 1000
STATS: Counter[str] = Counter()
PHASES = (Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink)
TITLE, PRICE, STATUS = "title.it", "price_minor", "status"


Step = tuple[str, str]  # (what, sku): what a desk's undoable step did


class World(RuleBasedStateMachine):
    """Two shops' desks and the marketplace; the model tracks who wrote what."""

    sandbox: RunningSandbox
    server: Server
    root: Path
    examples = 0

    def __init__(self) -> None:
        super().__init__()
        World.examples += 1
        self.n = World.examples
        self.prefix = f"E{self.n}-"
        self.step = 0
        self.since = self.server.last_seq()
        folder = self.root / f"example-{self.n}"
        self.clients = {name: self.connect(folder / name / "sellerdesk.db", name)
                        for name in ("A", "B")}
        self.created: list[str] = []  # SKUs, in creation order, by anyone
        self.writer: dict[tuple[str, Any], str] = {}  # (field, unique value) -> party
        self.last_write: dict[tuple[str, str, str], Any] = {}  # (party, sku, field) -> value
        self.seen: dict[tuple[str, str, str], set[Any]] = defaultdict(set)
        self.moves: dict[str, int] = defaultdict(int)  # sku -> sum of stock movements
        self.deleted: set[str] = set()  # SKUs someone deleted (locally or on the website)
        self.orders: list[dict[str, Any]] = []  # placed on the marketplace
        self.remote_sku: dict[str, str] = {}
        self.shipments: list[tuple[str, str, str]] = []  # (client, order number, tracking)
        # Each desk's undo stack, as the window keeps it: (live group id, what it did).
        self.done: dict[str, list[tuple[str, Step]]] = {"A": [], "B": []}
        self.undone: dict[str, list[tuple[str, Step]]] = {"A": [], "B": []}
        self.reverted: set[tuple[str, str, str, Any]] = set()  # (desk, sku, field, value)
        self.restores: Counter[str] = Counter()  # SKUs brought back by an undo or a redo
        self.website_deleted: set[str] = set()
        STATS["examples"] += 1
        # The shop opens with two listings both desks have downloaded and an order to ship.
        first = self._website_create()
        self._website_create()
        self.orders.append(self.server.place_order([(first, 1)]))
        self.moves[first] -= 1
        for client in self.clients.values():
            assert client.sync().ok
        self.observe()

    def connect(self, path: Path, name: str) -> Client:
        """One desk on a fresh database, starting at the current end of the change feed. A hook:
        the AliExpress suite (tests/marketplaces/aliexpress) connects its desks to the gateway."""
        return Client.connect(path, self.sandbox.url, name, since=self.since)

    # -- helpers ---------------------------------------------------------------------------

    def _rule(self) -> None:
        STATS["rules"] += 1

    def _tick(self) -> int:
        self.step += 1
        STATS["steps"] += 1
        return self.step

    def _title(self, party: str) -> str:
        value = f"{party} title {self.n}.{self._tick()}"
        self.writer[(TITLE, value)] = party
        return value

    def _price(self, party: str) -> int:
        value = 10_000 + self._tick() * 10 + "ABS".index(party)
        self.writer[(PRICE, value)] = party
        return value

    def _wrote(self, who: str, sku: str, field: str, value: Any) -> None:
        self.last_write[(who, sku, field)] = value
        self.seen[(who, sku, field)].add(value)

    def _live_local(self, name: str) -> list[str]:
        with self.clients[name].db.read() as session:
            skus = session.scalars(
                select(Variant.sku).where(Variant.deleted_at.is_(None),
                                          Variant.sku.startswith(self.prefix))
                .order_by(Variant.sku))
            return list(skus)

    def _on_server(self) -> dict[str, str]:
        """SKU -> status of this example's products on the marketplace now, from its feed."""
        status: dict[str, str] = {}
        for change in self.server.feed(self.since):
            if change["entity"] != "product":
                continue
            for variant in (change["data"] or {}).get("variants", [])[:1]:
                self.remote_sku[change["id"]] = variant["sku"]
            sku = self.remote_sku[change["id"]]
            if change["data"] is None:
                status.pop(sku, None)
            else:
                status[sku] = change["data"]["status"]
        return status

    def observe(self) -> None:
        """Remember every value each client's database holds now (local, base, conflicts)."""
        for name, client in self.clients.items():
            with client.db.read() as session:
                for variant in session.scalars(select(Variant).where(
                        Variant.sku.startswith(self.prefix))):
                    product = variant.product
                    sku = variant.sku
                    text = product.text("it")
                    self.seen[(name, sku, TITLE)].add(text.title if text else None)
                    self.seen[(name, sku, TITLE)].add((product.base or {}).get(TITLE))
                    self.seen[(name, sku, PRICE)].add(variant.price_minor)
                    self.seen[(name, sku, PRICE)].add((variant.base or {}).get(PRICE))
                    for conflict in session.scalars(select(Conflict).where(
                            Conflict.entity_id.in_((product.id, variant.id)))):
                        field = PRICE if conflict.field == PRICE else conflict.field
                        self.seen[(name, sku, field)].update(
                            (conflict.local_value, conflict.remote_value))

    @contextmanager
    def faults(self, name: str, kind: str, seed: int) -> Iterator[None]:
        client = self.clients[name]
        if kind == "offline":
            with client.offline():
                yield
            return
        if kind == "none":
            yield
            return
        self.server.faults(FAULTS[kind], seed)
        saved = rest.TIMEOUT
        if kind == "stall":
            rest.TIMEOUT = STALL_TIMEOUT
        try:
            yield
        finally:
            rest.TIMEOUT = saved
            if kind == "stall":
                time.sleep(0.12)  # the stalled request finishes on the marketplace meanwhile
            self.server.heal()

    # -- the desks ------------------------------------------------------------------------

    @rule(who=st.sampled_from("AB"), what=st.sampled_from(DESK_ACTIONS), data=st.data())
    def desk(self, who: str, what: str, data: st.DataObject) -> None:
        """Staff at one desk, offline or not: the change commits locally with its outbox entry."""
        self._rule()
        client = self.clients[who]
        live = self._live_local(who)
        if what == "ship":
            self._ship(who, data)
            return
        group = new_id()  # one undoable step, as the window's undo stack makes it
        if what == "create" or not live:
            sku = f"{self.prefix}{who}{self.step + 1}"
            title, price = self._title(who), self._price(who)
            client.catalogue.create_product(ProductInput(
                texts={"it": {"title": title, "description": ""}}, status="active",
                variants=[VariantInput(sku, price, stock=START_STOCK)]), group_id=group)
            self.created.append(sku)
            self._wrote(who, sku, TITLE, title)
            self._wrote(who, sku, PRICE, price)
            self._did(who, group, ("create", sku))
            STATS["desk: create"] += 1
            return
        sku = data.draw(st.sampled_from(live), label="sku")
        if what == TITLE:
            value = self._title(who)
            client.catalogue.update_product(client.product_id(sku), {TITLE: value},
                                            group_id=group)
            self._wrote(who, sku, TITLE, value)
        elif what == PRICE:
            value = self._price(who)
            client.catalogue.update_variant(sku, {PRICE: value}, group_id=group)
            self._wrote(who, sku, PRICE, value)
        elif what == STATUS:
            status = data.draw(st.sampled_from(["active", "inactive", "draft"]), label="status")
            client.catalogue.update_product(client.product_id(sku), {STATUS: status},
                                            group_id=group)
            self._tick()
        elif what == "stock":
            delta = data.draw(st.sampled_from([-3, -1, 1, 2, 5]), label="delta")
            client.catalogue.adjust_stock(sku, delta, group_id=group)
            self.moves[sku] += delta
            self._tick()
        else:
            client.catalogue.delete_product(client.product_id(sku), group_id=group)
            self.deleted.add(sku)
            self._tick()
        self._did(who, group, (what, sku))
        STATS[f"desk: {what}"] += 1

    def _did(self, who: str, group: str, step: Step) -> None:
        self.done[who].append((group, step))
        self.undone[who].clear()  # a new edit ends the redo chain, as in the window

    @rule(who=st.sampled_from("AB"))
    def undo(self, who: str) -> None:
        """Ctrl+Z at a desk."""
        self._revert(who, redo=False)

    @rule(who=st.sampled_from("AB"))
    def redo(self, who: str) -> None:
        """Ctrl+Shift+Z at a desk."""
        self._revert(who, redo=True)

    def _revert(self, who: str, *, redo: bool) -> None:
        """The step's inverse, written through the same service the window's undo stack
        calls (`catalogue.undo.revert_group`)."""
        self._rule()
        source, target = (self.undone, self.done) if redo else (self.done, self.undone)
        if not source[who]:
            return
        group, step = source[who].pop()
        client = self.clients[who]
        new = new_id()
        try:
            revert_group(client.catalogue, group, new_group_id=new)
        except SellerDeskError:
            # Not possible any more (the product went meanwhile): the window says why and
            # drops the step; nothing was written.
            STATS["undo/redo refused"] += 1
            source[who].clear()
            return
        target[who].append((new, step))
        self._tick()
        self._reverted(who, new, step)
        STATS["desk: redo" if redo else "desk: undo"] += 1

    def _reverted(self, who: str, group: str, step: Step) -> None:
        """What the model expects after a revert: the desk's values are what the inverse
        wrote; a product deleted or brought back changes what must exist on the marketplace."""
        what, sku = step
        client = self.clients[who]
        with client.db.read() as session:
            entries = list(session.scalars(select(HistoryEntry).where(
                HistoryEntry.group_id == group)))
        actions = {entry.action for entry in entries}
        if what in (TITLE, PRICE):
            with client.db.read() as session:
                variant = session.scalar(select(Variant).where(Variant.sku == sku)
                                         .order_by(Variant.deleted_at.is_not(None)).limit(1))
                assert variant is not None
                text = variant.product.text("it")
                value = (text.title if text else None) if what == TITLE else variant.price_minor
            self._wrote(who, sku, what, value)
            self.reverted.add((who, sku, what, value))
        elif what == "stock":
            for entry in entries:
                if entry.action == "stock":
                    self.moves[sku] += int(entry.after["stock"]) - int(entry.before["stock"])
        elif "delete" in actions:
            self.deleted.add(sku)
        elif "restore" in actions:
            with client.db.read() as session:
                queued = session.scalar(select(OutboxEntry.seq).where(
                    OutboxEntry.operation == "restore",
                    OutboxEntry.entity_id.in_([e.entity_id for e in entries])).limit(1))
            if queued is not None:  # its delete may have gone out: a new listing comes
                self.restores[sku] += 1
                self.deleted.discard(sku)
            elif sku not in self.website_deleted:  # the unsent delete is simply taken back
                self.deleted.discard(sku)
            # else: deleted on the website meanwhile - that delete still comes, and wins

    def _ship(self, who: str, data: st.DataObject) -> None:
        client = self.clients[who]
        numbers = [o["number"] for o in self.orders
                   if (local := client.order_by_number(o["number"])) is not None
                   and local.status in ("awaiting_shipment", "partially_shipped")]
        if not numbers:
            return
        number = data.draw(st.sampled_from(numbers), label="order")
        order = next(o for o in self.orders if o["number"] == number)
        tracking = f"T{self.n}{who}{self._tick()}"
        whole = data.draw(st.booleans(), label="whole")
        lines = None if whole else {order["lines"][0]["sku"]: 1}
        try:
            client.orders.ship(number, "brt", tracking, lines=lines)
        except SellerDeskError:
            return  # nothing left on that line: the desk would not let staff do it either
        self.shipments.append((who, number, tracking))
        STATS["desk: ship"] += 1

    # -- the marketplace's own side -------------------------------------------------------

    def _website_create(self) -> str:
        sku = f"{self.prefix}S{self.step + 1}"
        self.server.create_product(sku, self._title("S"), price=self._price("S"),
                                   stock=START_STOCK)
        self.created.append(sku)
        return sku

    @rule(what=st.sampled_from(WEBSITE_ACTIONS), data=st.data())
    def website(self, what: str, data: st.DataObject) -> None:
        """The owner on the marketplace's website, or a buyer."""
        self._rule()
        on_sale = self._on_server()
        live = sorted(on_sale)
        if what == "create" or not live:
            self._website_create()
            STATS["website: create"] += 1
            return
        if what == "order":
            self._order(data, [sku for sku in live if on_sale[sku] == "active"])
            return
        sku = data.draw(st.sampled_from(live), label="sku")
        product = self.server.product_by_sku(sku)
        assert product is not None
        if what == TITLE:
            self.server.edit_product(product["id"], {"texts": {"it": {"title": self._title("S")}}})
        elif what == PRICE:
            self.server.edit_price(sku, self._price("S"))
        elif what == STATUS:
            flipped = {"active": "inactive", "inactive": "active", "draft": "active"}
            self.server.edit_product(product["id"], {"status": flipped[product["status"]]})
        elif what == "stock":
            self.server.adjust_stock(sku, -2)
            self.moves[sku] -= 2
        else:
            self.server.delete_product(product["id"])
            self.deleted.add(sku)
            self.website_deleted.add(sku)
        self._tick()
        STATS[f"website: {what}"] += 1

    def _order(self, data: st.DataObject, on_sale: list[str]) -> None:
        if not on_sale:
            return
        skus = data.draw(st.lists(st.sampled_from(on_sale), min_size=1, max_size=2, unique=True),
                         label="skus")
        order = self.server.place_order([(sku, 1) for sku in skus])
        for sku in skus:
            self.moves[sku] -= 1
        self.orders.append(order)
        self._tick()
        STATS["website: order"] += 1

    # -- the network ----------------------------------------------------------------------

    @rule(who=st.sampled_from("AB"), fault=st.sampled_from(sorted(FAULTS) + ["none"] * 2),
          seed=st.integers(0, 2**16))
    def sync(self, who: str, fault: str, seed: int) -> None:
        self._rule()
        with self.faults(who, fault, seed):
            report = self.clients[who].sync()
        STATS[f"syncs ({fault})"] += 1
        if report.error is not None:
            STATS["syncs that failed"] += 1
            # Faults make passes fail, always as one of the classified kinds: never a bug.
            assert report.error.kind != ErrorKind.UNEXPECTED, report.error
        self.observe()

    # -- the end of the example -----------------------------------------------------------

    def teardown(self) -> None:
        try:
            self.server.heal()
            self.observe()
            STATS["quiescence passes"] += quiesce(*self.clients.values())
            self.observe()
            self.check()
        finally:
            for client in self.clients.values():
                client.close()

    def check(self) -> None:
        feed = self.server.feed(self.since)
        products: dict[str, dict[str, Any] | None] = {}
        sku_of: dict[str, str] = {}
        history: dict[tuple[str, str], list[Any]] = defaultdict(list)
        stock: dict[str, int] = {}
        orders: dict[str, dict[str, Any]] = {}
        creates: Counter[str] = Counter()

        def remember(sku: str, field: str, value: Any) -> None:
            if not history[(sku, field)] or history[(sku, field)][-1] != value:
                history[(sku, field)].append(value)

        for change in feed:
            data = change["data"]
            if change["entity"] == "product":
                products[change["id"]] = data
                if data is None:
                    continue
                if change["op"] == "create":
                    creates.update(v["sku"] for v in data["variants"])
                for variant in data["variants"]:
                    sku_of[change["id"]] = variant["sku"]
                    remember(variant["sku"], TITLE, data["texts"]["it"]["title"])
                    remember(variant["sku"], PRICE, variant["price"]["amount_minor"])
                    stock[variant["sku"]] = variant["stock"]
            elif change["entity"] == "variant" and data is not None:
                remember(data["sku"], PRICE, data["price"]["amount_minor"])
                stock[data["sku"]] = data["stock"]
            elif change["entity"] == "stock":
                stock[data["sku"]] = data["stock"]
            elif change["entity"] == "order":
                orders[data["number"]] = data
        final = {sku_of[pid]: data for pid, data in products.items() if data is not None}
        # Brought back by an undo after its delete reached the marketplace: a new listing
        # with the same SKU, the old one gone.
        gone = {sku_of[pid] for pid, data in products.items() if data is None} - set(final)

        # No duplicate: every create reached the marketplace exactly once (or never, when it was
        # deleted on the desk before it could be sent) - once more for each time an undo or a
        # redo brought it back after its delete had reached the marketplace.
        assert all(count <= 1 + self.restores[sku] for sku, count in creates.items()), creates
        assert len(final) == len({pid for pid, data in products.items() if data is not None})
        assert set(creates) <= set(self.created), (sorted(creates), sorted(self.created))
        never_sent = set(self.created) - set(creates)
        assert never_sent <= self.deleted, (never_sent, self.deleted)
        # A desk's delete of a listing edited meanwhile on the website (or by the other desk)
        # waits for the owner in a conflict instead of deleting that edit unseen.
        held = {sku for client in self.clients.values() for sku in self._held_deletes(client)}
        assert held <= self.deleted, (held, self.deleted)
        assert gone == self.deleted - never_sent - held, (gone, self.deleted, held)
        self.never_sent = never_sent
        # Stock is a counter: every movement counted once.
        for sku in final:
            assert stock[sku] == START_STOCK + self.moves[sku], (sku, stock[sku], self.moves[sku])
        # Fulfilments: each tracking number once; every shipment there or refused with a reason.
        tracking = Counter(f["tracking_number"] for o in orders.values()
                           for f in o["fulfillments"])
        assert all(count == 1 for count in tracking.values()), tracking
        for name, client in self.clients.items():
            self._check_client(name, client, final, gone, history, stock, orders, tracking)
            assert integrity_ok(client.db.path) == "ok"

    def _held_deletes(self, client: Client) -> set[str]:
        """SKUs of products deleted on this desk whose delete is held in an open conflict."""
        held = {c.entity_id for c in client.conflicts()
                if c.field == "_deleted" and c.local_value}
        with client.db.read() as session:
            return {v.sku for v in session.scalars(select(Variant).where(
                Variant.product_id.in_(held), Variant.sku.startswith(self.prefix)))}

    def _check_client(self, name: str, client: Client, final: dict[str, dict[str, Any]],
                      gone: set[str], history: dict[tuple[str, str], list[Any]],
                      stock: dict[str, int], orders: dict[str, dict[str, Any]],
                      tracking: Counter[str]) -> None:
        with client.db.read() as session:
            conflicts = list(session.scalars(select(Conflict).where(
                Conflict.resolved_at.is_(None))))
            rejected = list(session.scalars(select(OutboxEntry).where(
                OutboxEntry.state == OutboxState.REJECTED)))
            variants = {v.sku: v for v in session.scalars(select(Variant).where(
                Variant.sku.startswith(self.prefix)))}
            local: dict[str, tuple[Product, Variant]] = {
                sku: (v.product, v) for sku, v in variants.items()}
            for product, _variant in local.values():
                _ = product.texts
        open_on: dict[tuple[str, str], Conflict] = {(c.entity_id, c.field): c for c in conflicts}
        views = {v.id: v for v in conflict_service.open_conflicts(client.db)}
        STATS["conflicts surfaced"] += len(conflicts)
        by_entity = {c.entity_id for c in conflicts}

        # Refusals are kept with a message, and only for what the marketplace could not take.
        for entry in rejected:
            assert entry.last_error, entry
            if entry.entity == "fulfilment":
                number = next(o["number"] for o in self.orders
                              if any(s == (name, o["number"], entry.payload["tracking_number"])
                                     for s in self.shipments))
                assert orders[number]["status"] in ("shipped", "completed"), (entry.last_error,)
                STATS["shipments refused (shipped by the other desk)"] += 1
            else:  # an edit that reached the marketplace after its listing was deleted there
                sku, (product, variant) = next((s, pv) for s, pv in local.items()
                                               if entry.entity_id in (pv[0].id, pv[1].id))
                assert sku in gone, (name, sku, entry.operation, entry.last_error)
                surfaced = [c for c in client.conflicts(open_only=False)
                            if c.field == "_deleted" and c.entity_id in (product.id, variant.id)]
                assert surfaced, (name, sku, entry.operation, "refused, no conflict")
                STATS["edits refused (deleted elsewhere), held in a conflict"] += 1

        # Every product agrees with the marketplace, except fields with an open conflict.
        for sku in self.created:
            if sku in self.never_sent:
                assert sku not in local or local[sku][0].deleted_at is not None
                continue
            if sku in gone and sku not in local:
                continue  # created and deleted there before this desk heard of it
            product, variant = local[sku]
            deleted_here = product.deleted_at is not None
            if sku in gone:
                assert deleted_here or (product.id, "_deleted") in open_on, (name, sku)
                continue
            remote = final[sku]
            held = open_on.get((product.id, "_deleted"))
            if deleted_here and held is not None and held.local_value:
                STATS["deletes held against an edit there"] += 1
                continue
            assert not deleted_here, (name, sku, "deleted here, not on the marketplace")
            assert product.remote_id == remote["id"], (name, sku)
            values = {
                TITLE: (product.text("it").title, remote["texts"]["it"]["title"], product.id),
                STATUS: (product.status, remote["status"], product.id),
                PRICE: (variant.price_minor, history[(sku, PRICE)][-1], variant.id),
            }
            for field, (mine, theirs, entity_id) in values.items():
                conflict = open_on.get((entity_id, field))
                if conflict is None:
                    assert mine == theirs, (name, sku, field, mine, theirs)
                    continue
                # A surfaced conflict: mine stays on screen (and the conflict view shows it,
                # edited again since or not), theirs stays on the marketplace, and it is a
                # real both-sides change.
                view = views[conflict.id]
                assert view.mine == mine != theirs == view.theirs, (
                    name, sku, field, view.mine, mine, theirs)
                if field in (TITLE, PRICE) and (name, sku, field, mine) not in self.reverted:
                    assert self.writer[(field, mine)] == name, (name, sku, field, mine)
                    assert self.writer.get((field, theirs)) != name, (name, sku, field, theirs)
            assert variant.stock == stock[sku] or variant.id in by_entity, (
                name, sku, variant.stock, stock[sku])

            # No acknowledged edit lost: my last value got there, or is held in a conflict.
            for field, entity_id in ((TITLE, product.id), (PRICE, variant.id)):
                mine = self.last_write.get((name, sku, field))
                if mine is None:
                    continue
                if mine in history[(sku, field)]:
                    continue
                conflict_values = {c.local_value for c in client.conflicts(open_only=False)
                                   if c.entity_id == entity_id and c.field == field}
                conflict_values |= {v.mine for v in views.values()
                                    if v.entity_id == entity_id and v.field == field}
                assert mine in conflict_values, (name, sku, field, mine, history[(sku, field)])
                STATS["edits held in conflicts"] += 1

        # No silent overwrite: a client only ever replaced a value it had seen.
        for (sku, field), values in history.items():
            for before, after in itertools.pairwise(values):
                if self.writer.get((field, after)) == name:
                    assert before in self.seen[(name, sku, field)], (
                        name, sku, field, before, after, "overwritten unseen")

        # Orders: the same orders, statuses and fulfilments everywhere (a refused shipment stays
        # visible on the desk that made it).
        refused = {e.payload.get("tracking_number") for e in rejected
                   if e.entity == "fulfilment"}
        for number, remote_order in orders.items():
            order = client.order_by_number(number)
            assert order is not None, (name, number)
            with client.db.read() as session:
                mine = {f.tracking_number for f in session.scalars(
                    select(Fulfilment).where(Fulfilment.order_id == order.id))}
            theirs = {f["tracking_number"] for f in remote_order["fulfillments"]}
            assert mine - refused == theirs, (name, number, mine, theirs, refused)
            if not mine & refused:
                assert order.status == remote_order["status"], (name, number)


@pytest.mark.timeout(1800)
def test_two_clients_and_the_website_converge(start: Any, fast_tmp: Path) -> None:
    sandbox = start(data=fast_tmp / "marketplace.db")
    World.sandbox, World.server, World.root = sandbox, Server(sandbox), fast_tmp
    World.examples = 0
    STATS.clear()
    began = time.monotonic()
    run_state_machine_as_test(World, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None, derandomize=True,
        database=None, suppress_health_check=list(HealthCheck),
        phases=PHASES if os.environ.get("SELLERDESK_SYNC_SHRINK", "1") != "0" else PHASES[:3]))
    elapsed = time.monotonic() - began
    syncs = sum(v for k, v in STATS.items() if k.startswith("syncs ("))
    faulty = syncs - STATS["syncs (none)"]
    desk = sum(v for k, v in STATS.items() if k.startswith("desk: "))
    website = sum(v for k, v in STATS.items() if k.startswith("website: "))
    figure(f"convergence: {STATS['examples']} examples, {STATS['rules']} steps: {desk} desk "
           f"changes ({STATS['desk: ship']} shipments), {website} website/buyer changes "
           f"({STATS['website: order']} orders), {syncs} syncs ({faulty} under faults, "
           f"{STATS['syncs that failed']} failed); at quiescence {STATS['conflicts surfaced']} "
           f"conflicts surfaced, {STATS['edits held in conflicts']} edits held in them, "
           f"0 lost, 0 duplicated, 0 silently overwritten; {elapsed:.0f} s")
    figure("convergence detail: " + ", ".join(f"{k}={v}" for k, v in sorted(STATS.items())))
    assert STATS["examples"] >= min(EXAMPLES, 300)
