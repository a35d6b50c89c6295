"""Order changes made here reach a real marketplace (the sandbox, over HTTP) exactly once:
a cancellation whose reply is lost is not applied twice (the stock comes back once), and the
carrier list comes down through the same adapter."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import requests
from sqlalchemy import select

from sellerdesk.orders.carriers import CarrierBook
from sellerdesk.orders.service import Orders
from sellerdesk.sandbox.embedded import RunningSandbox, start_sandbox
from sellerdesk.secrets import SecretStore
from sellerdesk.store import Database
from sellerdesk.store.models import Order, OutboxEntry, Variant
from sellerdesk.sync.accounts import adapter_for, connect, default_account
from sellerdesk.sync.engine import SyncEngine
from tests.keyrings import MemoryKeyring


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[RunningSandbox]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    running = start_sandbox(data=tmp_path / "marketplace.db", seed="demo", audit_delay=0,
                            admin=True, rate_limit=10_000.0, rate_burst=10_000)
    yield running
    running.stop()
    keyring.set_keyring(previous)


@pytest.fixture
def engine(sandbox: RunningSandbox, tmp_path: Path) -> Iterator[SyncEngine]:
    """A shop connected to the sandbox (nothing downloaded yet)."""
    database = Database.open(tmp_path / "shop" / "sellerdesk.db")
    secrets = SecretStore()
    connect(database, secrets, sandbox.url)
    account = default_account(database)
    yield SyncEngine(database, adapter_for(database, secrets, account), account.id)
    database.close()


def remote(sandbox: RunningSandbox, sql: str, *args: object) -> list[tuple[object, ...]]:
    path = sandbox.config.data
    assert path is not None
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, args).fetchall()


def faults(sandbox: RunningSandbox, spec: str) -> None:
    requests.put(f"{sandbox.url}/admin/faults", json={"spec": spec, "seed": 1},
                 timeout=10).raise_for_status()


def test_a_cancellation_with_a_lost_reply_restocks_once(sandbox: RunningSandbox,
                                                        engine: SyncEngine) -> None:
    db = engine.db
    assert engine.sync_once().ok  # the shop and its orders come down
    with db.read() as session:
        order = session.scalars(select(Order).where(Order.status == "awaiting_shipment")
                                .order_by(Order.number)).first()
        assert order is not None
        number, sku, quantity = order.number, order.lines[0].sku, order.lines[0].quantity
    (before,) = remote(sandbox, "SELECT stock FROM variants WHERE sku = ?", sku)[0]
    Orders(db).cancel(number, "out_of_stock")

    faults(sandbox, "reset_after_commit=1.0")  # the marketplace cancels, the reply is lost
    assert engine.sync_once().error is not None
    faults(sandbox, "")
    assert engine.sync_once().ok

    status, reason = remote(sandbox, "SELECT status, cancel_reason FROM orders WHERE number = ?",
                            number)[0]
    assert (status, reason) == ("cancelled", "out_of_stock")
    (after,) = remote(sandbox, "SELECT stock FROM variants WHERE sku = ?", sku)[0]
    assert after == before + quantity  # restocked once, not twice
    with db.read() as session:
        assert session.scalar(select(Order.status).where(Order.number == number)) == \
            "cancelled"
        assert session.scalars(select(OutboxEntry)).all() == []
        # the marketplace's stock level came back down with the pull
        assert session.scalar(select(Variant.stock).where(Variant.sku == sku)) == after


def test_the_carrier_list_is_kept_for_offline_use(sandbox: RunningSandbox, engine: SyncEngine,
                                                  tmp_path: Path) -> None:
    book = CarrierBook(tmp_path / "shop")
    listed = book.refresh(engine.market)
    assert listed.from_marketplace and listed.name_of("brt") == "BRT Bartolini"
    sandbox.stop()
    assert CarrierBook(tmp_path / "shop").load().knows("cainiao")  # still there, offline
