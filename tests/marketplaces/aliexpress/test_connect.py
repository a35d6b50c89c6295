"""`sellerdesk account connect --marketplace aliexpress` and `sellerdesk sandbox credentials`:
secrets only in the keyring, and `adapter_for` building a working adapter from them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from sellerdesk.cli import main
from sellerdesk.marketplaces.aliexpress import AliExpressMarketplace
from sellerdesk.sandbox.embedded import RunningSandbox, start_sandbox
from sellerdesk.secrets import SecretStore
from sellerdesk.store import Database
from sellerdesk.store.models import Account
from sellerdesk.sync.accounts import adapter_for, default_account
from sellerdesk.sync.engine import SyncEngine
from tests.sync.sync_helpers import Server


def test_connect_keeps_secrets_in_the_keyring_and_syncs(
        sandbox: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Server(sandbox).create_product("CON-1", "Borsa", price=1_000)
    creds = sandbox.aliexpress_credentials()
    shop = tmp_path / "shop"
    assert main(["--data-dir", str(shop), "account", "connect", "--marketplace", "aliexpress",
                 "--url", creds["base_url"], "--app-key", creds["app_key"],
                 "--app-secret", creds["app_secret"]]) == 0
    database = Database.open(shop / "sellerdesk.db")
    try:
        account = default_account(database)
        assert account.marketplace == "aliexpress"
        stored = SecretStore().get(account.id)
        assert stored is not None and stored["app_secret"] == creds["app_secret"]
        assert stored["access_token"] != creds["access_token"]  # a fresh grant, not a copy
        market = adapter_for(database, SecretStore(), account)
        assert isinstance(market, AliExpressMarketplace)
        assert SyncEngine(database, market, account.id).sync_once().error is None
        market.close()
    finally:
        database.close()
    raw = b"".join(p.read_bytes() for p in shop.rglob("*") if p.is_file())
    assert creds["app_secret"].encode() not in raw
    assert stored["access_token"].encode() not in raw
    with sqlite3.connect(shop / "sellerdesk.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM variants WHERE sku = 'CON-1'").fetchone()[0]


def test_connect_without_app_key_asks_the_sandbox(sandbox: RunningSandbox,
                                                  tmp_path: Path) -> None:
    url = sandbox.aliexpress_credentials()["base_url"]
    assert main(["--data-dir", str(tmp_path), "account", "connect", "--marketplace",
                 "aliexpress", "--url", url]) == 0
    database = Database.open(tmp_path / "sellerdesk.db")
    try:
        with database.read() as session:
            assert session.query(Account).one().marketplace == "aliexpress"
    finally:
        database.close()


def test_wrong_secret_fails_with_a_message(sandbox: RunningSandbox, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    creds = sandbox.aliexpress_credentials()
    code = main(["--data-dir", str(tmp_path), "account", "connect", "--marketplace",
                 "aliexpress", "--url", creds["base_url"], "--app-key", creds["app_key"],
                 "--app-secret", "WRONG"])
    assert code == 1
    assert "signature" in capsys.readouterr().err.lower()


def test_sandbox_credentials_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "sandbox.db"
    with start_sandbox(seed="empty", data=data) as running:
        expected = running.aliexpress_credentials()
        port = running.url.rsplit(":", 1)[1]
        assert main(["sandbox", "credentials", "--port", port, "--json"]) == 0
        shown = json.loads(capsys.readouterr().out)
        assert shown == expected
    assert main(["sandbox", "credentials", "--data", str(data)]) == 0
    text = capsys.readouterr().out
    assert f"app_secret: {expected['app_secret']}" in text
    assert main(["sandbox", "credentials", "--data", str(tmp_path / "none.db")]) == 1
    fresh = tmp_path / "fresh.db"
    with start_sandbox(seed="empty", data=fresh):
        pass  # never asked for its credentials: they are drawn when the sandbox is made
    assert main(["sandbox", "credentials", "--data", str(fresh), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["app_key"]
