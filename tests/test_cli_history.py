"""Undo and redo from the shell, synced: every command a process of its own, as a script runs
them, against a sandbox marketplace on 127.0.0.1 (issue #15, finding 1).

The children share the test's tokens through `tests.file_keyring`; the marketplace is checked
over HTTP with a token of its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from sellerdesk.sandbox.embedded import RunningSandbox, fetch_token
from tests.file_keyring import ROOT, child_env
from tests.sandboxes import SYNC_DEFAULTS, sandboxes

PRODUCT = "BOR-ARNO-TES"
NEW = "BOR-ARNO-NER"


class Shop:
    """A data folder driven through `python -m sellerdesk`, one process per command."""

    def __init__(self, root: Path, keyring_file: Path) -> None:
        self.root = root
        self.env = child_env(keyring_file)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "sellerdesk", "--data-dir", str(self.root), "--lang", "it",
             *args],
            capture_output=True, text=True, env=self.env, cwd=ROOT, timeout=120,
        )

    def ok(self, *args: str) -> Any:
        """Run with --json; it must exit 0. Returns the parsed output."""
        done = self.run(*args, "--json")
        assert done.returncode == 0, f"{' '.join(args)} exited {done.returncode}: {done.stderr}"
        return json.loads(done.stdout)

    def sync(self) -> None:
        report = self.ok("sync", "--once")
        assert report["ok"] and report["error"] is None, report
        assert (report["rejected"], report["pending"], report["conflicts"]) == (0, 0, 0), report

    def skus(self) -> list[str]:
        return [v["sku"] for v in self.ok("products", "show", PRODUCT)["variants"]]


class Marketplace:
    """The sandbox as another client sees it over HTTP."""

    def __init__(self, sandbox: RunningSandbox) -> None:
        self.url = sandbox.url
        self.http = requests.Session()
        self.headers = fetch_token(self.url, "test-cli-history", session=self.http).headers

    def products_with(self, sku: str) -> list[dict[str, Any]]:
        answer = self.http.get(f"{self.url}/v1/products", params={"sku": sku, "limit": 10},
                               headers=self.headers, timeout=10)
        answer.raise_for_status()
        return list(answer.json()["items"])

    def skus(self) -> list[str]:
        [product] = self.products_with(PRODUCT)
        assert product["status"] == "active"
        return [v["sku"] for v in product["variants"]]


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with sandboxes(SYNC_DEFAULTS) as start:
        yield start()


@pytest.fixture
def shop(tmp_path: Path, sandbox: RunningSandbox) -> Shop:
    """A shop connected to the sandbox, with an active product synced to it."""
    shop = Shop(tmp_path / "shop", tmp_path / "keyring.json")
    connected = shop.ok("account", "connect", "--url", sandbox.url, "--name", "Sandbox")
    assert connected["keyring"] is True  # the later processes find the login
    shop.ok("products", "add", "--sku", PRODUCT, "--title", "it=Borsa Arno", "--price", "89,00",
            "--stock", "2", "--status", "active", "--option", "Colore=Testa di moro")
    shop.sync()
    return shop


def added_once(shop: Shop, market: Marketplace) -> None:
    assert shop.skus() == [PRODUCT, NEW]
    assert market.skus() == [PRODUCT, NEW]
    assert len(market.products_with(NEW)) == 1


def gone(shop: Shop, market: Marketplace) -> None:
    assert shop.skus() == [PRODUCT]
    assert market.skus() == [PRODUCT]
    assert market.products_with(NEW) == []


def test_variant_added_undone_and_redone_with_a_sync_after_each(
        shop: Shop, sandbox: RunningSandbox) -> None:
    market = Marketplace(sandbox)
    shop.ok("products", "variant", "add", PRODUCT, "--sku", NEW, "--option", "Colore=Nero")
    shop.sync()
    added_once(shop, market)
    assert shop.ok("undo")["description"].startswith(f"add variant {NEW}")
    shop.sync()
    gone(shop, market)
    assert shop.ok("redo")["done"] is True
    shop.sync()
    added_once(shop, market)
    assert [g["kind"] for g in shop.ok("history", "list")[:3]] == ["redo", "undo", "edit"]


def test_variant_undone_and_redone_before_a_sync(shop: Shop, sandbox: RunningSandbox) -> None:
    market = Marketplace(sandbox)
    shop.ok("products", "variant", "add", PRODUCT, "--sku", NEW, "--price", "95,00")
    shop.ok("undo")
    shop.ok("redo")
    shop.sync()
    added_once(shop, market)
    [product] = market.products_with(NEW)
    price = next(v["price"] for v in product["variants"] if v["sku"] == NEW)
    assert price["amount_minor"] == 9500, price
