"""The command line, run as a user runs it: a real process, a real data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sellerdesk import __version__


def sellerdesk(data: Path, *args: str, lang: str = "it") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "sellerdesk", "--data-dir", str(data), "--lang", lang, *args],
        capture_output=True, text=True, env=env, timeout=120,
    )


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_add_show_set_list_delete_round_trip(tmp_path: Path) -> None:
    shop = tmp_path / "shop"
    added = as_json(sellerdesk(
        shop, "products", "add", "--sku", "VASO-01", "--title", "it=Vaso perché",
        "--title", "en=Vase", "--price", "1.234,50", "--stock", "3", "--tag", "ceramica",
        "--option", "Colore=Blu", "--json",
    ))
    assert added["texts"]["it"]["title"] == "Vaso perché"
    assert added["variants"][0]["price_minor"] == 123450
    assert added["variants"][0]["options"] == {"Colore": "Blu"}

    shown = sellerdesk(shop, "products", "show", "VASO-01")
    assert shown.returncode == 0
    assert "1.234,50\xa0€" in shown.stdout  # Babel, Italian locale (no-break space)

    changed = as_json(sellerdesk(
        shop, "--json", "products", "set", "VASO-01", "--price", "99,90", "--stock", "+4",
        "--title", "fr=Vase bleu", "--status", "active",
    ))
    assert changed["variants"][0]["price_minor"] == 9990
    assert changed["variants"][0]["stock"] == 7
    assert changed["status"] == "active"
    assert changed["texts"]["fr"]["title"] == "Vase bleu"

    assert as_json(sellerdesk(shop, "products", "set", "VASO-01", "--stock", "2",
                              "--json"))["variants"][0]["stock"] == 2

    listed = as_json(sellerdesk(shop, "products", "list", "--search", "perche", "--json"))
    assert [row["sku"] for row in listed] == ["VASO-01"]

    assert sellerdesk(shop, "products", "delete", "VASO-01").returncode == 0
    assert as_json(sellerdesk(shop, "products", "list", "--json")) == []


def test_english_formats(tmp_path: Path) -> None:
    shop = tmp_path / "shop"
    sellerdesk(shop, "products", "add", "--sku", "A-1", "--title", "it=Sedia", "--price",
               "1234.5", lang="en")
    listed = sellerdesk(shop, "products", "list", lang="en")
    assert "€1,234.50" in listed.stdout, listed.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("products", "show", "NOPE"), "No product has the SKU “NOPE”"),
        (("products", "add", "--sku", "X-1", "--title", "it=X", "--price", "abc"),
         "is not a price"),
        (("products", "add", "--sku", "bad sku!", "--title", "it=X", "--price", "1"),
         "is not a valid SKU"),
        (("products", "set", "NOPE", "--price", "1"), "No product has the SKU “NOPE”"),
    ],
)
def test_errors_are_one_line_and_exit_1(tmp_path: Path, args: tuple[str, ...],
                                        message: str) -> None:
    result = sellerdesk(tmp_path / "shop", *args, lang="en")  # the Italian: test_cli_errors
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_duplicate_sku_is_refused(tmp_path: Path) -> None:
    shop = tmp_path / "shop"
    args = ("products", "add", "--sku", "DUP-1", "--title", "it=Uno", "--price", "1")
    assert sellerdesk(shop, *args).returncode == 0
    second = sellerdesk(shop, *args, lang="en")
    assert second.returncode == 1
    assert "already used" in second.stderr


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    result = sellerdesk(tmp_path / "shop", "products", "frobnicate")
    assert result.returncode == 2
    assert sellerdesk(tmp_path / "shop", "products", "add", "--sku", "X").returncode == 2


def test_version(tmp_path: Path) -> None:
    result = sellerdesk(tmp_path / "shop", "--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_newer_database_is_refused_with_one_line(tmp_path: Path) -> None:
    import sqlite3

    shop = tmp_path / "shop"
    assert sellerdesk(shop, "products", "list").returncode == 0
    with sqlite3.connect(shop / "sellerdesk.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    result = sellerdesk(shop, "products", "list")
    assert result.returncode == 1
    assert "newer version of SellerDesk" in result.stderr
