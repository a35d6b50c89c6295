"""Input the command line refuses instead of bending (#16.1, #16.6): each a process of its own.

- `sellerdesk --demo sync --once` made an empty demo database in the owner's data folder;
- `products add/set --price 0` listed an item for nothing without a word;
- `orders picklist --out` into a folder that does not exist.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sellerdesk.demo.seed import seed_demo
from sellerdesk.paths import DataDir
from sellerdesk.store import Database
from tests.file_keyring import ROOT


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    child = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    child["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), child.get("PYTHONPATH")) if p)
    return subprocess.run([sys.executable, "-m", "sellerdesk", "--lang", "en", *args],
                          capture_output=True, text=True, timeout=120, env=child, cwd=ROOT)


def test_demo_sync_makes_no_empty_demo_shop(tmp_path: Path) -> None:
    user_data = tmp_path / "user-data"  # stands for ~/.local/share/SellerDesk
    done = run("--demo", "sync", "--once", env={"SELLERDESK_DATA_DIR": str(user_data)})
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"sellerdesk: There is no demo shop in {user_data / 'demo'} yet: "
                           "start `sellerdesk --demo` once (the window creates it), then run "
                           "this command again.\n")
    assert not (user_data / "demo").exists()


def test_demo_commands_use_the_demo_shop_once_it_exists(tmp_path: Path) -> None:
    user_data = tmp_path / "user-data"
    demo = DataDir(user_data / "demo").ensure()
    with Database.open(demo.database) as database:
        seed_demo(database)
    done = run("--demo", "products", "list", "--limit", "1", "--json",
               env={"SELLERDESK_DATA_DIR": str(user_data)})
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 1


def _skus(data: Path) -> dict[str, int]:
    done = run("--data-dir", str(data), "products", "list", "--json")
    assert done.returncode == 0, done.stderr
    return {row["sku"]: row["price_minor"] for row in json.loads(done.stdout)}


def test_price_zero_needs_free(tmp_path: Path) -> None:
    data = tmp_path / "shop"
    add = ("--data-dir", str(data), "products", "add", "--sku", "TAZ-1", "--title", "it=Tazza")
    refused = run(*add, "--price", "0")
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == ("sellerdesk: A price of 0 gives the item away. If that is what "
                              "you mean, add --free; otherwise give the price, e.g. --price "
                              "12.50.\n")
    assert _skus(data) == {}

    assert run(*add, "--price", "12.50").returncode == 0
    for zero in ("0", "0.00"):
        again = run("--data-dir", str(data), "products", "set", "TAZ-1", "--price", zero)
        assert again.returncode == 1 and "add --free" in again.stderr
    assert _skus(data) == {"TAZ-1": 1250}

    given = run("--data-dir", str(data), "products", "set", "TAZ-1", "--price", "0", "--free")
    assert given.returncode == 0, given.stderr
    assert _skus(data) == {"TAZ-1": 0}
    free = run("--data-dir", str(data), "products", "add", "--sku", "OMAGGIO", "--title",
               "it=Omaggio", "--price", "0", "--free")
    assert free.returncode == 0, free.stderr
    assert _skus(data)["OMAGGIO"] == 0


def test_picklist_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "shop").ensure()
    with Database.open(data.database) as database:
        seed_demo(database)
    missing = tmp_path / "nonexistent" / "dir"
    done = run("--data-dir", str(data.root), "orders", "picklist", "--out",
               str(missing / "x.pdf"))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"sellerdesk: The folder {missing} does not exist: create it "
                           "first, or choose another.\n")
    assert not (tmp_path / "nonexistent").exists()
