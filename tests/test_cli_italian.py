"""`--lang it` makes the command line speak Italian (#16.3): every command a process of its own,
as the owner runs it. Today's `orders show` said "Order …: placed" and `orders list`
"awaiting_shipment"; the `--json` output keeps the stored codes for scripts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sellerdesk.demo.seed import seed_demo
from sellerdesk.paths import DataDir
from sellerdesk.store import Database
from tests.file_keyring import ROOT
from tests.shipped_translations import needs_shipped

PRODUCT = "BOR-ARNO-TES"


def sellerdesk(data: Path, *args: str, lang: str = "it") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return subprocess.run(
        [sys.executable, "-m", "sellerdesk", "--data-dir", str(data), "--lang", lang, *args],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )


def ok(data: Path, *args: str, lang: str = "it") -> str:
    done = sellerdesk(data, *args, lang=lang)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    data = DataDir(tmp_path_factory.mktemp("cli-it") / "shop").ensure()
    with Database.open(data.database) as database:
        seed_demo(database)
    yield data.root


def _to_ship(shop: Path) -> dict[str, Any]:
    rows = json.loads(ok(shop, "orders", "list", "--to-ship", "--json"))
    return next(r for r in rows if r["status"] == "awaiting_shipment")


def test_order_statuses_are_words_in_the_language(shop: Path) -> None:
    italian = ok(shop, "orders", "list", "--to-ship")
    assert "Da spedire" in italian and "awaiting_shipment" not in italian
    english = ok(shop, "orders", "list", "--to-ship", lang="en")
    assert "To ship" in english and "awaiting_shipment" not in english
    assert _to_ship(shop)["status"] == "awaiting_shipment"  # JSON keeps the code


def test_product_statuses_are_words_in_the_language(shop: Path) -> None:
    listed = ok(shop, "products", "list", "--limit", "5")
    assert "Attivo" in listed and " active" not in listed
    shown = ok(shop, "products", "show", PRODUCT)
    assert "Attivo" in shown and "Sincronizzato" in shown and "synced" not in shown


@needs_shipped("OrderCommands", "Order %1: %2")
def test_orders_speak_italian(shop: Path) -> None:
    number = _to_ship(shop)["number"]
    shown = ok(shop, "orders", "show", number)
    assert shown.startswith(f"Ordine {number}: Da spedire\n"), shown
    for label in ("  ricevuto il ", "spedire entro", "  acquirente: ", "  spedire a:",
                  "  righe:", "  totale: "):
        assert label in shown, label
    for english in ("Order ", "placed", "buyer:", "ship to:", "lines:", "total:"):
        assert english not in shown, english
    listed = ok(shop, "orders", "list", "--to-ship")
    assert "spedire entro" in listed and "ship by" not in listed


@needs_shipped("ProductCommands", "variants:")
def test_products_speak_italian(shop: Path) -> None:
    shown = ok(shop, "products", "show", PRODUCT)
    assert "  stato: Attivo   sincronizzazione: Sincronizzato   lingua principale: " in shown
    assert "  varianti:" in shown and " scorte " in shown
    for english in ("status:", "variants:", "main language", " stock "):
        assert english not in shown, english


@needs_shipped("HistoryCommands", "No changes to undo yet.")
def test_history_speaks_italian(tmp_path: Path) -> None:
    empty = DataDir(tmp_path / "empty").ensure()
    assert ok(empty.root, "history", "list") == "Ancora nessuna modifica da annullare.\n"
    ok(empty.root, "products", "add", "--sku", "TAZ-1", "--title", "it=Tazza", "--price",
       "12,50")
    ok(empty.root, "products", "set", "TAZ-1", "--price", "13,00")
    ok(empty.root, "undo")
    listed = ok(empty.root, "history", "list").splitlines()
    assert "annullata" in listed[1] and "fatta" in listed[-1], listed
    assert not any(" done " in line or " undone " in line for line in listed)
